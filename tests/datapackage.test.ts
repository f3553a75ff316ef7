/**
 * out/datapackage.json as Frictionless tools meet it: the Frictionless JS reader (`datapackage`)
 * loads the package without errors and reads every CSV resource with its Table Schema (dialect,
 * types, constraints, foreign keys); a broken foreign key or a value outside its enum is caught.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TABLES } from '../schemas/index.js';

const ROOT = join(import.meta.dirname, '..');
// CommonJS, no type declarations: the little used here is typed by hand.
interface Resource {
  name: string;
  tabular: boolean;
  read(options: { keyed: boolean; cast: boolean; relations: boolean }): Promise<Record<string, unknown>[]>;
}
const { Package } = createRequire(import.meta.url)('datapackage') as {
  Package: { load(path: string, options: { strict: boolean }): Promise<{ valid: boolean; errors: unknown[]; resources: Resource[] }> };
};

async function readAll(dir: string): Promise<Record<string, number>> {
  const dp = await Package.load(join(dir, 'datapackage.json'), { strict: true });
  expect(dp.errors.map(String)).toEqual([]);
  const counts: Record<string, number> = {};
  for (const r of dp.resources.filter((x) => x.tabular)) counts[r.name] = (await r.read({ keyed: true, cast: true, relations: true })).length;
  return counts;
}

describe('datapackage.json', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'out', 'datapackage.json'), 'utf8'));

  test('an open licence for the data, the code\'s apart, a CSV dialect and every foreign key', () => {
    expect(pkg.licenses.map((l: { name: string }) => l.name)).toEqual(['ODC-By-1.0']);
    expect(pkg.code_license.name).toBe('MIT');
    const csv = pkg.resources.filter((r: { format: string }) => r.format === 'csv');
    expect(csv.map((r: { name: string }) => r.name)).toEqual(TABLES.map((t) => t.name));
    for (const r of csv) expect(r.dialect).toMatchObject({ delimiter: ',', quoteChar: '"', doubleQuote: true, header: true });
    const fks = csv.flatMap((r: { name: string; schema: { foreignKeys?: { fields: string; reference: { resource: string } }[] } }) =>
      (r.schema.foreignKeys ?? []).map((k) => `${r.name}.${k.fields}→${k.reference.resource || r.name}`),
    );
    for (const k of ['articles.story_id→stories', 'articles.duplicate_of→articles', 'quotes.event_id→events', 'quotes.story_id→stories', 'quote_mentions.quote_id→quotes', 'event_mentions.event_id→events', 'events.article_id→articles']) {
      expect(fks).toContain(k);
    }
    const articles = csv.find((r: { name: string }) => r.name === 'articles').schema.fields;
    const field = (n: string) => articles.find((f: { name: string }) => f.name === n);
    expect(field('sha256').constraints.pattern).toBe('[0-9a-f]{64}');
    expect(field('format').constraints.enum).toContain('news-please');
    expect(field('published_date').type).toBe('date');
    expect(field('license')).toBeDefined();
  });

  test('the Frictionless JS reader reads every table of the committed out/, casting and following foreign keys', async () => {
    const counts = await readAll(join(ROOT, 'out'));
    for (const r of pkg.resources.filter((x: { format: string }) => x.format === 'csv')) expect(counts[r.name], r.name).toBe(r.rows);
  });

  test('it catches a foreign key that resolves to nothing and a value outside its enum', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'reportage-dp-')), 'out');
    cpSync(join(ROOT, 'out'), dir, { recursive: true });
    const quotes = readFileSync(join(dir, 'quotes.csv'), 'utf8');
    const eventId = /ev_[0-9a-f]{12}/.exec(quotes)![0];
    writeFileSync(join(dir, 'quotes.csv'), quotes.replace(eventId, 'ev_000000000000'));
    await expect(readAll(dir)).rejects.toThrow(/foreign key/i);
    cpSync(join(ROOT, 'out', 'quotes.csv'), join(dir, 'quotes.csv'));
    const events = readFileSync(join(dir, 'events.csv'), 'utf8');
    writeFileSync(join(dir, 'events.csv'), events.replace(',occurred,', ',happened,'));
    await expect(readAll(dir)).rejects.toThrow(/mismatch|constraint|enum/i);
  });
});
