/** The derived artifacts of the schemas: column lists (reviewed as snapshots) and the README's dictionary. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { arrowSchema } from '../pipeline/emit/arrow.js';
import { TABLES, columns, dataDictionary } from '../schemas/index.js';

test('the README data dictionary is the one generated from the schemas', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const m = readme.match(/<!-- data-dictionary:start -->\n([\s\S]*?)<!-- data-dictionary:end -->/);
  expect(m, 'README.md has no data-dictionary markers').not.toBeNull();
  expect(m![1], 'README data dictionary is stale: run `node dist/pipeline/docs.js` (make docs)').toBe(dataDictionary());
});

test('every column has a description', () => {
  for (const t of TABLES) for (const c of columns(t.published)) expect(c.description, `${t.name}.${c.name}`).not.toBe('');
});

test('table columns', () => {
  expect(Object.fromEntries(TABLES.map((t) => [t.name, columns(t.published).map((c) => `${c.name}:${c.kind}${c.nullable ? '?' : ''}`).join(' ')]))).toMatchSnapshot();
});

test('Arrow fields follow the columns: types and nullability', () => {
  const articles = TABLES.find((t) => t.name === 'articles')!;
  const s = arrowSchema(columns(articles.published));
  const f = (n: string) => s.fields.find((x) => x.name === n)!;
  expect(String(f('byline').type)).toBe('List<Utf8>');
  expect(f('byline').nullable).toBe(false);
  expect(f('title').nullable).toBe(true);
  expect(String(f('word_count').type)).toBe('Int64');
  expect(String(f('published_date').type)).toBe('Date32<DAY>');
  expect(String(f('article_id').type)).toBe('Utf8');
  expect(f('text').metadata.get('description')).toContain('cleaned body');
});

test('a record that fails its schema is reported with its id and the failing path', async () => {
  const { validate } = await import('../pipeline/index.js');
  const messages = validate({
    events: [{ event_id: 'ev_bad', event_type: 'MEET', article_ids: [], extra: 1 } as Record<string, unknown>],
  });
  const reasons = messages.map((m) => `${m.ruleId} ${m.reason}`);
  expect(reasons.some((r) => r.startsWith('schema/invalid_value events row ev_bad: event_type:'))).toBe(true);
  expect(reasons.some((r) => r.includes('events row ev_bad: article_ids:'))).toBe(true);
  expect(reasons.some((r) => r.startsWith('schema/unrecognized_keys events row ev_bad'))).toBe(true);
  expect(messages.every((m) => m.severity === 'error')).toBe(true);
});
