/** Derived date bounds, and the change report: rows added, removed and changed by id; kept when nothing changed. */
import { describe, expect, test } from 'vitest';
import { changesMarkdown, diffRows, diffTable, RowText, summaryLine, type Changes } from '../pipeline/changes.js';
import { render } from '../pipeline/emit.js';
import type { PreviousOutput } from '../pipeline/emit/previous.js';
import { dateBounds } from '../schemas/index.js';

describe('dateBounds', () => {
  test.each([
    ['2018-05-31', null, ['2018-05-31', '2018-05-31']],
    ['2018-05', null, ['2018-05-01', '2018-05-31']],
    ['2016-02', null, ['2016-02-01', '2016-02-29']],
    ['2018-02', 'month', ['2018-02-01', '2018-02-28']],
    ['2018', 'year', ['2018-01-01', '2018-12-31']],
    ['1970', 'decade', ['1970-01-01', '1979-12-31']],
    ['0999', null, ['0999-01-01', '0999-12-31']],
  ] as const)('%s (%s) → %j', (value, precision, bounds) => {
    expect(dateBounds(value, precision)).toEqual(bounds);
  });
  test('null has no bounds', () => expect(dateBounds(null)).toBeNull());
});

describe('diffTable', () => {
  const before = [
    { id: 'a', n: 1, tags: ['x'] },
    { id: 'b', n: 2, tags: [] },
    { id: 'c', n: 3, tags: [] },
  ];
  test('added, removed and changed ids (with their columns), sorted', () => {
    const after = [
      { id: 'd', n: 4, tags: [] },
      { id: 'a', n: 1, tags: ['x', 'y'] },
      { id: 'c', n: 3, tags: [] },
    ];
    expect(diffTable('id', ['id', 'n', 'tags'], before, after)).toEqual({
      before: 3, after: 3, added: ['d'], removed: ['b'], changed: [{ id: 'a', columns: ['tags'] }], columns_added: [], columns_removed: [],
    });
  });
  test('a new column is reported once, not as a change of every row', () => {
    const after = before.map((r) => ({ ...r, extra: 'z' }));
    const d = diffTable('id', ['id', 'n', 'tags', 'extra'], before, after);
    expect(d.changed).toEqual([]);
    expect(d.columns_added).toEqual(['extra']);
  });
  test('composite keys; no previous output: a first publication, counts only', () => {
    expect(diffTable('q,a', ['q', 'a'], null, [{ q: 'x', a: '1' }])).toMatchObject({ before: null, after: 1, added: [] });
    expect(diffTable('q,a', ['q', 'a'], [{ q: 'x', a: '2' }], [{ q: 'x', a: '1' }])).toMatchObject({ before: 1, added: ['x,1'], removed: ['x,2'] });
  });
  test('the previous rows are read once, one at a time, and each new row is made whole only when compared', () => {
    const seen: string[] = [];
    const previous = (function* () {
      for (const r of before) {
        seen.push(r.id);
        yield r;
      }
    })();
    const slim = before.map(({ id, n }) => ({ id, n }));
    const made: number[] = [];
    const d = diffRows('id', ['id', 'n', 'tags'], previous, slim.map((r) => r.id), (i) => (made.push(i), { ...slim[i]!, tags: i === 1 ? ['z'] : before[i]!.tags }));
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(made).toEqual([0, 1, 2]);
    expect(d.changed).toEqual([{ id: 'b', columns: ['tags'] }]);
  });
  test('a previous row given as its text is parsed and compared only when no new row was written as that text', () => {
    const after = [{ id: 'a', n: 1, tags: ['x'] }, { id: 'c', n: 30, tags: [] }, { id: 'd', n: 4, tags: [] }];
    const text = (r: object) => JSON.stringify(r);
    const parsed: string[] = [];
    const made: number[] = [];
    const previous = before.map((r) => new RowText(text(r), () => (parsed.push(r.id), JSON.parse(text(r)) as Record<string, unknown>)));
    const byText = new Map(after.map((r, i) => [text(r), i]));
    const d = diffRows('id', ['id', 'n', 'tags'], previous, after.map((r) => r.id), (i) => (made.push(i), after[i]!), (t) => byText.get(t));
    expect(d).toEqual(diffTable('id', ['id', 'n', 'tags'], before, after));
    expect(d).toMatchObject({ added: ['d'], removed: ['b'], changed: [{ id: 'c', columns: ['n'] }] });
    expect(parsed).toEqual(['b', 'c']); // 'a' was written exactly as before
    expect(made).toEqual([1]);
  });
  test('the summary line and the Markdown', () => {
    const c: Changes = { from: 'f'.repeat(64), to: 'e'.repeat(64), tables: { events: diffTable('id', ['id', 'n', 'tags'], before, [before[0]!]) } };
    expect(summaryLine(c)).toBe('-2 events');
    expect(changesMarkdown(c)).toContain('- Removed (2): `b`, `c`');
  });
});

describe('the change report in out/', () => {
  const tables = {
    articles: [{ article_id: 'a1', story_id: 's1', duplicate_of: null, duplicate_similarity: null, published_date: '2020-01-02', date_source: 'metadata', date_confidence: 1, published_at: null, title: 'T', dateline: null, publisher: null, byline: [], captions: [], url: null, language: null, license: null, source_id: null, text: 'Made-up words.', word_count: 2, repairs: 0, format: 'txt', sha256: '0'.repeat(64) }],
    stories: [{ story_id: 's1', article_ids: ['a1'], date: '2020-01', headline: 'T', actors: [], locations: [] }],
  };
  const first = render({ tables, report: {} });
  const previous: PreviousOutput = { file: (p) => first.get(p) ?? null };
  test('a first publication without a previous output: counts only, no list of ids', () => {
    const c = JSON.parse(Buffer.from(first.get('changes.json')!).toString());
    expect(c.from).toBeNull();
    expect(c.tables.articles).toEqual({ before: null, after: 1 });
    expect(Buffer.from(first.get('CHANGES.md')!).toString()).toContain('| articles | – | 1 | 1 | 0 | 0 |');
  });
  test('report.json: one compact message per line, the whole still one JSON document', () => {
    const report = { valid: true, stats: { articles: 1 }, messages_by_rule: { 'clean/title': 2 }, errors: [], warnings: [], infos: [{ ruleId: 'clean/title', reason: 'Removed "A"', severity: 'info' }, { ruleId: 'clean/title', reason: 'Removed B\nC', severity: 'info' }] };
    const text = Buffer.from(render({ tables, report }).get('report.json')!).toString();
    expect(JSON.parse(text)).toEqual(report);
    const lines = text.split('\n');
    expect(lines).toContain('    {"ruleId":"clean/title","reason":"Removed \\"A\\"","severity":"info"},');
    expect(lines).toContain('  "errors": [],');
    expect(lines.at(-2)).toBe('}');
  });
  test('the same tables again keep the previous report byte for byte', () => {
    const again = render({ tables, report: { other: 'report' } }, { previous: { file: (p) => (p === 'CHANGES.md' ? Buffer.from('kept\n') : previous.file(p)) } });
    expect(Buffer.from(again.get('CHANGES.md')!).toString()).toBe('kept\n');
  });
  test('a changed row is reported by id and column', () => {
    const next = render({ tables: { ...tables, stories: [{ ...tables.stories[0]!, headline: 'U' }] }, report: {} }, { previous });
    const c = JSON.parse(Buffer.from(next.get('changes.json')!).toString()) as Changes;
    expect(c.tables.stories!.changed).toEqual([{ id: 's1', columns: ['headline'] }]);
    expect(c.tables.articles!.changed).toEqual([]);
    expect(Buffer.from(next.get('stories.json')!).toString()).toContain('"date_end":"2020-01-31"');
  });
});
