import { describe, expect, test } from 'vitest';
import { foldName, resolveActors } from '../pipeline/resolve-actors.js';
import type { PersonMention } from '../pipeline/types.js';

function mention(articleId: string, name: string, fullName = name, title: string | null = null, country: string | null = null): PersonMention {
  return { articleId, start: 0, end: name.length, name, fullName, title, country };
}

describe('foldName', () => {
  test.each([
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Zelenskiy', 'Zelensky'],
    ['Zelenskyy', 'Zelensky'],
    ['Mikhail Gorbachev', 'Mihail Gorbachev'],
    ['Alexei Navalny', 'Aleksey Navalny'],
    ['Kim Jong-un', 'Kim Jong Un'],
    ['José Martí', 'Jose Marti'],
  ])('%s and %s share a key', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  test.each([
    ['North Korea', 'South Korea'],
    ['Kim Jong Un', 'Kim Jong Nam'],
    ['Shinzo Abe', 'Akie Abe'],
  ])('%s and %s stay apart', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });
});

describe('resolveActors', () => {
  const people = [
    mention('a1', 'Sergey Lavrov', 'Sergey Lavrov', 'Foreign Minister', 'Russia'),
    mention('a1', 'Lavrov', 'Sergey Lavrov'),
    mention('a2', 'Sergei Lavrov', 'Sergei Lavrov', 'Foreign Minister', 'Russia'),
    mention('a3', 'Lavrov', 'Lavrov'),
    mention('a4', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskyy', 'President', 'Ukraine'),
    mention('a5', 'Volodymyr Zelensky', 'Volodymyr Zelensky'),
    mention('a5', 'Volodymyr Zelensky', 'Volodymyr Zelensky'),
    mention('a6', 'Shinzo Abe', 'Shinzo Abe', 'Prime Minister', 'Japan'),
    mention('a7', 'Akie Abe', 'Akie Abe'),
    mention('a8', 'Abe', 'Abe'),
    mention('a9', 'Xi Jinping', 'Xi Jinping', 'President', 'China'),
    mention('a10', 'Xi', 'Xi'),
    // Named in full in three articles each: a bare surname elsewhere is taken for them.
    mention('a11', 'Sergey Lavrov', 'Sergey Lavrov'),
    mention('a11', 'Xi Jinping', 'Xi Jinping'),
    mention('a12', 'Xi Jinping', 'Xi Jinping'),
    // Named in full in one article only: a bare `Mr Vantor` elsewhere may be a namesake.
    mention('a13', 'Lena Vantor', 'Lena Vantor'),
    mention('a14', 'Vantor', 'Vantor'),
  ];
  const others = [
    { articleId: 'a1', name: 'U.S.', kind: 'country' as const },
    { articleId: 'a2', name: 'United States', kind: 'country' as const },
    { articleId: 'a2', name: 'the Kremlin', kind: 'organization' as const },
    { articleId: 'a3', name: 'Kremlin', kind: 'organization' as const },
  ];
  const { actors, canonical } = resolveActors(people, others);
  const byName = new Map(actors.map((a) => [a.name, a]));

  test('spelling variants are one actor named by the fullest, most used spelling', () => {
    const lavrov = byName.get('Sergey Lavrov');
    expect(lavrov).toMatchObject({ kind: 'person', title: 'Foreign Minister', country: 'Russia' });
    expect(lavrov?.aliases).toEqual(['Lavrov', 'Sergei Lavrov']);
    expect(lavrov?.article_ids).toEqual(['a1', 'a11', 'a2', 'a3']);
    expect(byName.get('Volodymyr Zelensky')?.aliases).toEqual(['Volodymyr Zelenskyy']);
    expect(byName.get('Volodymyr Zelensky')?.country).toBe('Ukraine');
  });

  test('a surname from another article resolves only when one person fits', () => {
    expect(canonical('a3', 'Lavrov')).toBe('Sergey Lavrov');
    expect(canonical('a10', 'Xi')).toBe('Xi Jinping');
    // Two Abes in the corpus: the bare surname stays its own actor.
    expect(canonical('a8', 'Abe')).toBe('Abe');
    expect(byName.has('Shinzo Abe') && byName.has('Akie Abe') && byName.has('Abe')).toBe(true);
  });

  test('a surname from another article is not taken for someone the corpus names in full only once', () => {
    expect(canonical('a14', 'Vantor')).toBe('Vantor');
    expect(byName.get('Lena Vantor')?.article_ids).toEqual(['a13']);
  });

  test('countries and organisations are actors with their canonical names', () => {
    expect(byName.get('United States')).toMatchObject({ kind: 'country', aliases: ['U.S.'], article_ids: ['a1', 'a2'] });
    expect(byName.get('Kremlin')).toMatchObject({ kind: 'organization', article_ids: ['a2', 'a3'] });
    expect(canonical('a9', 'America')).toBe('United States');
  });

  test('ids are content-derived and the output is sorted and deterministic', () => {
    expect(actors.map((a) => a.actor_id)).toEqual([...actors.map((a) => a.actor_id)].sort());
    expect(actors.every((a) => /^ac_[0-9a-f]{12}$/.test(a.actor_id))).toBe(true);
    const again = resolveActors([...people].reverse(), [...others].reverse());
    expect(again.actors).toEqual(actors);
  });
});

describe('resolveActors: speakers named by organisations and initials', () => {
  test('a middle initial does not make a spelling fuller: the most used form is canonical', () => {
    const r = resolveActors([mention('a1', 'Hana K. Vell'), mention('a2', 'Hana Vell'), mention('a3', 'Hana Vell')], []);
    expect(r.actors.map((a) => a.name)).toEqual(['Hana Vell']);
  });

  test('a hyphenated name is as full as its spelling with a space: the most used form is canonical', () => {
    const r = resolveActors([mention('a1', 'Tomas Ried Holm'), mention('a2', 'Tomas Ried-Holm'), mention('a3', 'Tomas Ried-Holm')], []);
    expect(r.actors.map((a) => a.name)).toEqual(['Tomas Ried-Holm']);
  });

  test('an organisation that speaks keeps its name, not its country', () => {
    const r = resolveActors([], [{ articleId: 'a1', name: 'Kremlin', kind: 'organization' }]);
    expect(r.canonical('a1', 'Kremlin')).toBe('Kremlin');
    expect(resolveActors([], []).canonical('a1', 'Kremlin')).toBe('Russia');
  });
});

describe('resolveActors: names other stages give countries and organisations', () => {
  const r = resolveActors(
    [mention('a1', 'Hana Vell', 'Hana Vell', 'Prime Minister', 'Freedonia'), mention('a1', 'Fiscal Studies'), mention('a2', 'Labour MPs')],
    [
      { articleId: 'a1', name: 'But Germany', kind: 'organization' },
      { articleId: 'a1', name: 'Instead', kind: 'country' },
      { articleId: 'a1', name: 'Prime Minister Hana Vell', kind: 'organization' },
      { articleId: 'a2', name: 'Mr Orlo', kind: 'organization' },
      { articleId: 'a2', name: 'Lindholm Times', kind: 'country' },
      { articleId: 'a2', name: 'Berlin', kind: 'country' },
      { articleId: 'a3', name: 'Berlin', kind: 'organization' },
      { articleId: 'a3', name: "Berlin's Charite hospital", kind: 'organization' },
      { articleId: 'a3', name: 'EU', kind: 'organization' },
    ],
  );
  const kinds = new Map(r.actors.map((a) => [a.name, a.kind]));
  test('groups and organisations found as persons are organisations', () => {
    expect(kinds.get('Fiscal Studies')).toBe('organization');
    expect(kinds.get('Labour MPs')).toBe('organization');
  });
  test('clause openers are no part of a name, a lone function word is no actor', () => {
    expect(r.canonical('a1', 'But Germany')).toBe('Germany');
    expect(kinds.get('Germany')).toBe('country');
    expect(kinds.has('Instead')).toBe(false);
  });
  test('a name under an honorific or office is a person', () => {
    expect(r.canonical('a1', 'Prime Minister Hana Vell')).toBe('Hana Vell');
    expect(kinds.get('Orlo')).toBe('person');
  });
  test('only countries are countries; a capital stands for its state where an event names it', () => {
    expect(kinds.get('Lindholm Times')).toBe('organization');
    expect(r.canonical('a2', 'Berlin')).toBe('Germany');
    expect(r.canonical('a3', 'Berlin')).toBe('Berlin');
    expect(r.canonical('a3', "Berlin's Charite hospital")).toBe('Charite hospital');
    expect(r.canonical('a3', 'EU')).toBe('European Union');
  });
  test("a person's country as the corpus gives it", () => {
    expect(r.personCountry('Hana Vell')).toBe('Freedonia');
    expect(r.personCountry('Orlo')).toBeNull();
  });
});
