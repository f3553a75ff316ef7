import { describe, expect, test } from 'vitest';
import { clusterStories } from '../pipeline/cluster-stories/index.js';
import { extractEvents, type EventMentionDraft } from '../pipeline/extract-events/index.js';
import { mergeEvents, linkQuotes, storyRecords } from '../pipeline/merge-events.js';
import type { CleanArticle, QuoteMention } from '../pipeline/types.js';
import { eventFixture } from './helpers/event-fixture.js';

const PEOPLE = 'people: Anna Berg | Foreign Minister | Sweden; Paulo Reis | Foreign Minister | Brazil';
const canonical = (_a: string, n: string) => n;

function corpus(docs: [id: string, date: string | null, body: string, dateline?: string][], known = PEOPLE) {
  const articles: CleanArticle[] = [];
  const mentions: EventMentionDraft[] = [];
  for (const [id, date, body, dateline] of docs) {
    const { article, people, quoted } = eventFixture(`date: ${date ?? 'null'}\ndateline: ${dateline ?? 'null'}\n${known}\n---\n${body}`, id);
    article.sha256 = `sha-${id}`;
    articles.push(article);
    mentions.push(...extractEvents(article, people, quoted).mentions);
  }
  return { articles, mentions };
}

/** The story of each article of `docs`, with no duplicates known. */
function cluster(docs: [id: string, date: string | null, body: string][]) {
  const x = corpus(docs);
  return clusterStories({ articles: x.articles, duplicateOf: new Map(), mentions: x.mentions, canonical }).storyOf;
}

// Two outlets on one meeting (one undated, giving only the month-day), and the same pair a year later.
const A = 'Swedish Foreign Minister Anna Berg met Brazilian Foreign Minister Paulo Reis in Lisbon on Tuesday. Berg criticised the fishing quotas. The two ministers agreed to hold annual consultations on Atlantic fisheries.';
const B = 'Berg and Reis held talks in Lisbon on March 9 about Atlantic fisheries quotas. Berg criticised the fishing quotas at a joint news conference with Reis.';
const C = 'Swedish Foreign Minister Anna Berg met Brazilian Foreign Minister Paulo Reis in Lisbon on Wednesday. Berg criticised the fishing quotas. They agreed to review Atlantic fisheries.';

describe('clusterStories', () => {
  const { articles, mentions } = corpus([
    ['a', '2021-03-09', A],
    ['b', null, B],
    ['c', '2022-03-16', C],
  ]);
  const stories = clusterStories({ articles, duplicateOf: new Map(), mentions, canonical });

  test('same event from two outlets, one undated: one story, its date propagated', () => {
    expect(stories.storyOf.get('a')).toBe(stories.storyOf.get('b'));
    expect(stories.articleDate.get('b')).toEqual({ date: '2021-03-09', source: 'story' });
  });

  test('same people, same city, a year later: another story', () => {
    expect(stories.storyOf.get('c')).not.toBe(stories.storyOf.get('a'));
    expect(stories.articleDate.get('c')).toEqual({ date: '2022-03-16', source: 'header' });
  });

  test('an undated article whose month-day contradicts stays apart', () => {
    const x = corpus([
      ['a', '2021-03-09', A],
      ['b', null, B.replace('March 9', 'June 2')],
    ]);
    const s = clusterStories({ articles: x.articles, duplicateOf: new Map(), mentions: x.mentions, canonical });
    expect(s.storyOf.get('a')).not.toBe(s.storyOf.get('b'));
  });

  test('duplicates always share a story; ids come from the earliest member and survive a later report', () => {
    const x = corpus([['a', '2021-03-09', A], ['d', '2021-04-20', 'An unrelated text about rainfall in Oslo.']]);
    const s = clusterStories({ articles: x.articles, duplicateOf: new Map([['d', 'a']]), mentions: x.mentions, canonical });
    expect(s.storyOf.get('d')).toBe(s.storyOf.get('a'));
    expect(stories.storyOf.get('a')).toBe(s.storyOf.get('a'));
  });

  test("an undated copy takes its dated copy's date and joins by it, not by the story of another year", () => {
    // `b` is an undated copy of `k`, a report in the words of `a` on the pair's meeting a year later.
    const x = corpus([['a', '2021-03-09', A], ['b', null, A], ['k', '2022-03-15', A]]);
    const s = clusterStories({ articles: x.articles, duplicateOf: new Map([['k', 'b']]), mentions: x.mentions, canonical });
    expect(s.storyOf.get('b')).toBe(s.storyOf.get('k'));
    expect(s.storyOf.get('k')).not.toBe(s.storyOf.get('a'));
    expect(s.articleDate.get('b')).toEqual({ date: '2022-03-15', source: 'story' });
  });
});

describe('clusterStories: evidence against joining', () => {
  // Two rounds of talks of the same pair on the same subject, three weeks apart, and an undated
  // report sharing the words of both.
  const FIRST = 'Swedish Foreign Minister Anna Berg met Brazilian Foreign Minister Paulo Reis in Lisbon on Tuesday to discuss Atlantic fisheries quotas and the cod moratorium.';
  const SECOND = 'Swedish Foreign Minister Anna Berg met Brazilian Foreign Minister Paulo Reis in Lisbon on Tuesday for a second round on Atlantic fisheries quotas and the cod moratorium.';
  const UNDATED = 'Anna Berg and Paulo Reis discussed Atlantic fisheries quotas and the cod moratorium in Lisbon, where Berg criticised the trawler fleets.';

  test('an undated article joins at most one story and never bridges two dated ones', () => {
    const s = cluster([['a', '2021-03-09', FIRST], ['c', '2021-03-30', SECOND], ['u', null, UNDATED]]);
    expect(s.get('a')).not.toBe(s.get('c'));
    expect([s.get('a'), s.get('c')]).toContain(s.get('u'));
  });

  test('the same kind of happening days apart is another happening, even in reports of one day', () => {
    const launch = (day: string) => `The Freedonian Army launched a long-range rocket from the Korvath coast on ${day}, the navy of Sylvania said, in defiance of sanctions over its missile programme.`;
    const s = cluster([['a', '2021-03-08', launch('March 2')], ['b', '2021-03-08', launch('Sunday')], ['c', '2021-03-09', launch('Sunday')]]);
    expect(s.get('b')).toBe(s.get('c'));
    expect(s.get('a')).not.toBe(s.get('b'));
  });

  test('main happenings in different places named by the text are different happenings', () => {
    const talks = (city: string) => `Swedish Foreign Minister Anna Berg met Brazilian Foreign Minister Paulo Reis in ${city} on Tuesday to discuss Atlantic fisheries quotas and the cod moratorium.`;
    const s = cluster([['a', '2021-03-09', talks('Lisbon')], ['b', '2021-03-10', talks('Oslo')], ['c', '2021-03-09', talks('Lisbon')]]);
    expect(s.get('a')).toBe(s.get('c'));
    expect(s.get('a')).not.toBe(s.get('b'));
  });

  test('two spellings of one place (vowels and hyphens apart) are one place', () => {
    const talks = (city: string) => `Swedish Foreign Minister Anna Berg met Brazilian Foreign Minister Paulo Reis in ${city} on Tuesday to discuss Atlantic fisheries quotas and the cod moratorium.`;
    const s = cluster([['a', '2021-03-09', talks('Dar-i-Salam')], ['b', '2021-03-09', talks('Dar-e-Salam')], ['c', '2021-03-09', talks('Durban')]]);
    expect(s.get('a')).toBe(s.get('b'));
    expect(s.get('a')).not.toBe(s.get('c'));
  });
});

describe('clusterStories: participants', () => {
  const PARTIES = 'people: Anna Berg | Prime Minister | Sylvania; Paulo Reis | President | Freedonia; Tomas Lind | | Freedonia';
  const cluster = (docs: [string, string, string][]) => {
    const x = corpus(docs, PARTIES);
    return clusterStories({ articles: x.articles, duplicateOf: new Map(), mentions: x.mentions, canonical }).storyOf;
  };

  test("one happening and another party's answer to it, each naming the other's actor, are one story", () => {
    // The main happenings' participants are disjoint (Reis fired, Berg condemned), but each report names both.
    const s = cluster([
      ['a', '2021-03-09', 'The Freedonian army of President Paulo Reis fired a ballistic missile over the Sylvanian island of Korvath on Tuesday, the defence ministry in Tesmar said. The missile flew for twelve minutes before falling into the sea. Residents of Korvath were told to take shelter. Prime Minister Anna Berg called an emergency cabinet meeting.'],
      ['b', '2021-03-09', 'Sylvanian Prime Minister Anna Berg on Tuesday condemned the ballistic missile that Freedonia fired over Korvath, calling it a reckless provocation by Paulo Reis. Berg said her government would raise the launch at the regional security council. Fishermen near the island reported debris in the water.'],
    ]);
    expect(s.get('a')).toBe(s.get('b'));
  });

  test('a later denial naming the accuser, in a story whose reports never name the one denying, stays apart', () => {
    // Only the second report names the first one's participant: disjoint participants still count against.
    const s = cluster([
      ['a', '2021-03-09', 'Sylvanian Prime Minister Anna Berg on Tuesday accused Freedonia of poisoning the dissident Tomas Lind, citing laboratory tests in Tesmar. Lind fell ill on a flight to Korvath last month. Doctors at the Tesmar clinic said his condition was improving, and his wife thanked the nurses.'],
      ['b', '2021-03-10', 'Freedonian President Paulo Reis on Wednesday denied that his government had poisoned the dissident Tomas Lind and said the laboratory tests in Tesmar cited by Anna Berg were staged. Lind fell ill on a flight to Korvath. Reis told a rally in the capital that foreign spies had invented the affair.'],
    ]);
    expect(s.get('a')).not.toBe(s.get('b'));
  });
});

describe("clusterStories: a report's own date", () => {
  const cluster = (docs: [string, string, string][]) => {
    const x = corpus(docs, 'people: Paulo Reis | President | Freedonia');
    return clusterStories({ articles: x.articles, duplicateOf: new Map(), mentions: x.mentions, canonical }).storyOf;
  };
  const REMOVED = 'The Tesmar app store has removed Quillchat, an encrypted messaging app, after regulators found that its channels carried stolen bank records. Quillchat said it was working with the store to restore the app.';

  test('two reports of one happening, neither telling its day, five days apart: one story', () => {
    const later = 'The encrypted messaging app Quillchat, removed from the Tesmar app store after regulators found stolen bank records in its channels, said it was still working with the store to restore the app.';
    const s = cluster([['a', '2021-03-09', REMOVED], ['b', '2021-03-14', later]]);
    expect(s.get('a')).toBe(s.get('b'));
  });

  test('a happening told for a day after a report\'s date is not what that report tells', () => {
    // `c` (no day told) is dated the 9th; `b` tells of the 14th: `c` cannot report it, nor bridge it to `a`.
    const criticised = (day: string) => `President Paulo Reis on ${day} criticised the Tesmar app store for removing Quillchat, an encrypted messaging app, after regulators found that its channels carried stolen bank records.`;
    const s = cluster([['a', '2021-03-09', criticised('Tuesday')], ['c', '2021-03-09', REMOVED], ['b', '2021-03-14', criticised('Sunday')]]);
    expect(s.get('a')).toBe(s.get('c'));
    expect(s.get('b')).not.toBe(s.get('a'));
  });

  test('past the days\' window the words alone must say more: a looser report joins a day later, not five', () => {
    const related = 'Banks in Tesmar warned customers about phishing after regulators said stolen bank records were sold on messaging apps such as Quillchat, and promised new cards to anyone whose details had leaked.';
    const near = cluster([['a', '2021-03-09', REMOVED], ['d', '2021-03-10', related]]);
    expect(near.get('a')).toBe(near.get('d'));
    const far = cluster([['a', '2021-03-09', REMOVED], ['d', '2021-03-14', related]]);
    expect(far.get('a')).not.toBe(far.get('d'));
  });
});

describe('clusterStories: stories opened apart', () => {
  // Two first reports of one launch in words they do not share, and a report of the next day in both.
  const FIRST = 'The FPR test-fired a ballistic missile on Tuesday that flew over the Korvath peninsula, the FPR navy said. The FPR has ignored repeated warnings from its neighbours over the Korvath tests.';
  const OTHER = 'Sirens sounded in Porvik as a Freedonian rocket crossed Sylvanian airspace, and schools in Porvik were closed for the day by Sylvanian officials.';
  const BOTH = 'A day after the FPR missile flew over the Korvath peninsula, the FPR navy said more tests would follow. In Porvik, where sirens sounded as the rocket crossed Sylvanian airspace, schools reopened.';

  test('a later report in both words brings together the two stories its happening\'s first reports opened', () => {
    const s = cluster([['a', '2021-03-09', FIRST], ['b', '2021-03-09', OTHER], ['c', '2021-03-10', BOTH]]);
    expect(s.get('a')).toBe(s.get('c'));
    expect(s.get('b')).toBe(s.get('a'));
  });

  test('the same words a week before are another happening: its story stays apart', () => {
    const s = cluster([['a', '2021-03-09', FIRST], ['b', '2021-03-02', OTHER], ['c', '2021-03-10', BOTH]]);
    expect(s.get('a')).toBe(s.get('c'));
    expect(s.get('b')).not.toBe(s.get('a'));
  });
});

describe('mergeEvents', () => {
  const { articles, mentions } = corpus([
    ['a', '2021-03-09', A],
    ['b', null, B],
    ['c', '2022-03-16', C],
  ]);
  const stories = clusterStories({ articles, duplicateOf: new Map(), mentions, canonical });
  const events = mergeEvents({ mentions, stories, canonical });
  const find = (type: string, date: string) => events.filter((e) => e.eventType === type && e.date === date);

  test('one row per real-world event: both outlets\' meeting mentions merge, every mention kept', () => {
    const meet = find('CONSULT', '2021-03-09');
    expect(meet).toHaveLength(1);
    expect(new Set(meet[0]!.mentions.map((m) => m.articleId))).toEqual(new Set(['a', 'b']));
    expect(meet[0]!.actors).toEqual(expect.arrayContaining(['Anna Berg', 'Paulo Reis']));
    expect(meet[0]!.location).toBe('Lisbon');
  });

  test('the undated article\'s mentions get the story date; a criticism that day takes the meeting\'s place', () => {
    const acc = find('ACCUSE', '2021-03-09');
    expect(acc).toHaveLength(1);
    expect(new Set(acc[0]!.mentions.map((m) => m.articleId))).toEqual(new Set(['a', 'b']));
    expect(acc[0]!.location).toBe('Lisbon');
  });

  test('the meeting a year later is another event', () => {
    expect(find('CONSULT', '2022-03-16')).toHaveLength(1);
  });

  test('a quote said at the joint news conference links to the meeting and takes its date', () => {
    const sentence = articles[1]!.text.indexOf('Berg criticised');
    const q: QuoteMention = { articleId: 'b', text: 'x', quoteStart: sentence, quoteEnd: sentence + 1, sentenceStart: sentence, sentenceEnd: articles[1]!.text.length, speaker: 'Anna Berg', speakerMention: 'Berg', cue: 'said', partial: false, rule: 'test', groupKey: null };
    const ids = new Map(events.map((e, i) => [e, `ev${i}`]));
    const link = linkQuotes({ quotes: [q], events, eventIdOf: ids, stories, canonical }).get(q)!;
    expect(link.date).toBe('2021-03-09');
    expect(link.eventId).toBe(ids.get(find('CONSULT', '2021-03-09')[0]!));
  });

  test('story rows: members, date, actors, places', () => {
    const rows = storyRecords({ articles, stories, events, canonical });
    const s = rows.find((r) => r.article_ids.includes('a'))!;
    expect(s.article_ids).toEqual(['a', 'b']);
    expect(s.date).toBe('2021-03-09');
    expect(s.actors.slice(0, 2).sort()).toEqual(['Anna Berg', 'Paulo Reis']);
    expect(s.locations[0]).toBe('Lisbon');
  });
});

describe('mergeEvents: no chains', () => {
  const merged = (docs: [string, string, string][]) => {
    const x = corpus(docs);
    const stories = clusterStories({ articles: x.articles, duplicateOf: new Map(), mentions: x.mentions, canonical });
    return mergeEvents({ mentions: x.mentions, stories, canonical }).filter((e) => e.eventType === 'REJECT').map((e) => [e.date, e.actors]);
  };
  test("a state's denial and a citizen's a day apart are two events; two people's denials are never one", () => {
    const rows = merged([
      ['a', '2021-03-09', 'Swedish Foreign Minister Anna Berg rejected the report on Monday.'],
      ['b', '2021-03-09', 'Sweden rejected the report on Tuesday.'],
      ['c', '2021-03-10', 'Brazilian Foreign Minister Paulo Reis rejected the report on Wednesday.'],
    ]);
    expect(rows).toHaveLength(3);
  });
});

test('mergeEvents: in an undated article, a meeting told as context and a summit planned are two events', () => {
  const x = corpus([['u', null, 'Last week Anna Berg and Paulo Reis met fishing unions to discuss the quotas.\n\nThey plan to hold a summit next month with officials from the ports and fleets.']]);
  const stories = clusterStories({ articles: x.articles, duplicateOf: new Map(), mentions: x.mentions, canonical });
  const consult = mergeEvents({ mentions: x.mentions, stories, canonical }).filter((e) => e.eventType === 'CONSULT');
  expect(consult.map((e) => e.mentions.map((m) => m.status).join('+')).sort()).toEqual(['background', 'planned']);
});

test('mergeEvents: in an undated article, talks held and a visit planned with the same person are two events', () => {
  const x = corpus([['u', null, 'Anna Berg held talks with Paulo Reis on Monday. She is due to visit Oslo on Tuesday afternoon.']]);
  const stories = clusterStories({ articles: x.articles, duplicateOf: new Map(), mentions: x.mentions, canonical });
  const consult = mergeEvents({ mentions: x.mentions, stories, canonical }).filter((e) => e.eventType === 'CONSULT');
  expect(consult.map((e) => e.mentions.map((m) => m.status).join('+')).sort()).toEqual(['occurred', 'planned']);
});

describe('mergeEvents: dateline defaults', () => {
  test('a dateline default does not keep a report apart from one naming the place; the named place wins', () => {
    const x = corpus([
      ['a', '2021-03-09', 'Swedish Foreign Minister Anna Berg rejected the report on Monday.', 'PORVIK'],
      ['b', '2021-03-09', 'Swedish Foreign Minister Anna Berg rejected the report in Lisbon on Monday.'],
    ]);
    expect(x.mentions.map((m) => [m.location, m.defaultPlace])).toEqual([['Porvik', true], ['Lisbon', false]]);
    const stories = clusterStories({ articles: x.articles, duplicateOf: new Map(), mentions: x.mentions, canonical });
    const rows = mergeEvents({ mentions: x.mentions, stories, canonical }).filter((e) => e.eventType === 'REJECT');
    expect(rows.map((e) => [e.location, e.mentions.length])).toEqual([['Lisbon', 2]]);
  });

  test('two places the texts name keep two events apart', () => {
    const x = corpus([
      ['a', '2021-03-09', 'Swedish Foreign Minister Anna Berg rejected the report in Porvik on Monday.'],
      ['b', '2021-03-09', 'Swedish Foreign Minister Anna Berg rejected the report in Lisbon on Monday.'],
    ]);
    const stories = clusterStories({ articles: x.articles, duplicateOf: new Map(), mentions: x.mentions, canonical });
    expect(mergeEvents({ mentions: x.mentions, stories, canonical }).filter((e) => e.eventType === 'REJECT')).toHaveLength(2);
  });
});

test("mergeEvents: a state's act meets its leader's the same day when the corpus gives the leader's country", () => {
  const docs: [string, string][] = [['a', 'Sweden rejected the report on Monday.'], ['b', 'Anna Berg rejected the report on Monday.']];
  const articles: CleanArticle[] = [];
  const mentions: EventMentionDraft[] = [];
  for (const [id, body] of docs) {
    // Article b names Berg without her country.
    const { article, people, quoted } = eventFixture(`date: 2021-03-09\ndateline: null\npeople: Anna Berg | Minister |\n---\n${body}`, id);
    articles.push(article);
    mentions.push(...extractEvents(article, people, quoted).mentions);
  }
  const stories = clusterStories({ articles, duplicateOf: new Map(), mentions, canonical });
  const rows = (personCountry?: (n: string) => string | null) => mergeEvents({ mentions, stories, canonical, personCountry }).filter((e) => e.eventType === 'REJECT').length;
  expect(rows()).toBe(2);
  expect(rows((n) => (n === 'Anna Berg' ? 'Sweden' : null))).toBe(1);
});

describe('mergeEvents: several states are not one of their people', () => {
  // Sweden's and Brazil's call, and the Swedish minister's own call that day: two statements.
  const D = "Sweden and Brazil on Tuesday called for a halt to deep-sea trawling in the Atlantic. Anna Berg on Tuesday called for new quotas for the northern fleets.";
  const { articles, mentions } = corpus([['d', '2021-03-09', D]]);
  const stories = clusterStories({ articles, duplicateOf: new Map(), mentions, canonical });
  const personCountry = (n: string) => (n === 'Anna Berg' ? 'Sweden' : null);
  const events = mergeEvents({ mentions, stories, canonical, personCountry }).filter((e) => e.eventType === 'REQUEST');

  test('the two states\' call keeps both states; the minister\'s is another event', () => {
    expect(events.map((e) => e.actors).sort()).toEqual([['Anna Berg'], ['Sweden', 'Brazil']].sort());
  });
});

/** The merged events of one type over a corpus of (id, date, text) articles. */
function eventsOf(docs: [string, string, string][], type: string) {
  const { articles, mentions } = corpus(docs);
  const stories = clusterStories({ articles, duplicateOf: new Map(), mentions, canonical });
  return mergeEvents({ mentions, stories, canonical }).filter((e) => e.eventType === type);
}

describe('mergeEvents: two mentions that the days keep apart', () => {
  test.each([
    // One outlet's context (`earlier this month`) and another's news of the 29th.
    ['context told vaguely is not a given day\'s news', 'ACCUSE', '2021-03-29', 'Earlier this month, Anna Berg criticised the fishing quotas in a speech.',
      'Anna Berg on Monday criticised the fishing quotas again.', ['background 2021-03', 'occurred 2021-03-29']],
    // One outlet: the minister met her advisers on Thursday; another: she will meet the cabinet on Friday.
    ['what happened before the day a plan was for is not that plan', 'CONSULT', '2021-03-25', 'Anna Berg met her advisers in Porvik on Thursday.',
      'Anna Berg will meet the cabinet in Porvik on Friday.', ['occurred 2021-03-25', 'planned 2021-03-26']],
  ])('%s', (_name, type, date, first, second, expected) => {
    const events = eventsOf([['e', date, first], ['f', date, second]], type);
    expect(events.map((e) => `${e.status} ${e.date}`).sort()).toEqual(expected);
  });
});

describe('mergeEvents: the day the text names', () => {
  test('outweighs any number of reports that only default to their own day', () => {
    // 2021-03-30 is a Tuesday: `on Monday` is the 29th; the two others say no day at all.
    const events = eventsOf([
      ['g', '2021-03-30', 'Anna Berg criticised the fishing quotas in Porvik.'],
      ['h', '2021-03-30', 'In Porvik, Anna Berg criticised the fishing quotas.'],
      ['i', '2021-03-30', 'Anna Berg on Monday criticised the fishing quotas in Porvik.'],
    ], 'ACCUSE');
    expect(events.map((e) => [e.date, e.dateBasis, e.mentions.length])).toEqual([['2021-03-29', 'relative', 3]]);
  });
});
