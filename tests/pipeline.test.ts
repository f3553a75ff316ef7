/**
 * End to end over the committed seeds: the committed out/ is exactly what the pipeline produces,
 * runs are byte-identical, the four formats carry the same rows, and every row's evidence span
 * points into its article's text at a sentence that holds what the row says.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkOut, spanProblems } from '../pipeline/check.js';
import { emit, previousOutput, render } from '../pipeline/emit.js';
import { run } from '../pipeline/index.js';
import { TABLES } from '../schemas/index.js';
import { readArrow, readCsv, readJson, readParquetRows } from './helpers/out.js';
import { listFiles } from './helpers/folders.js';

const ROOT = join(import.meta.dirname, '..');

describe('the pipeline over seeds/', async () => {
  const first = await run({ inDir: join(ROOT, 'seeds') });
  const outDir = mkdtempSync(join(tmpdir(), 'reportage-out-'));
  await emit(outDir, first.files!);

  test('publishes every seed without errors', () => {
    expect(first.report.errors).toEqual([]);
    expect(first.rejected).toBe(0);
    expect(first.report.stats.articles).toBe(readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).length);
  });

  test('the committed out/ is what the pipeline produces from the committed seeds/', () => {
    const committed = join(ROOT, 'out');
    // Published over the committed out/: the same data keeps its change report.
    const files = render({ tables: first.tables!, report: first.report }, { previous: previousOutput(committed) });
    expect(listFiles(committed)).toEqual([...files.keys()].sort());
    for (const [path, bytes] of files) {
      expect(Buffer.from(bytes).equals(readFileSync(join(committed, path))), `out/${path} is stale: run make`).toBe(true);
    }
  });

  test('two runs are byte-identical', async () => {
    const second = await run({ inDir: join(ROOT, 'seeds') });
    expect([...second.files!.keys()]).toEqual([...first.files!.keys()]);
    for (const [path, bytes] of first.files!) expect(Buffer.from(second.files!.get(path)!).equals(Buffer.from(bytes)), path).toBe(true);
  });

  test.each(TABLES.map((t) => [t.name, t] as const))('%s: CSV, JSON, Arrow and Parquet carry the same rows', (_name, t) => {
    const json = readJson(outDir, t);
    expect(readCsv(outDir, t)).toEqual(json);
    expect(readArrow(outDir, t)).toEqual(json);
    expect(readParquetRows(outDir, t)).toEqual(json);
  });

  test('every evidence span points into its article text at a sentence holding the quoted words or the trigger', () => {
    expect(checkOut(outDir)).toEqual([]);
    const articles = new Map(readJson(outDir, TABLES.find((t) => t.name === 'articles')!).map((a) => [a.article_id, Array.from(a.text as string)]));
    let checked = 0;
    for (const t of TABLES.filter((x) => x.offsets.includes('span_start'))) {
      for (const r of readJson(outDir, t)) {
        const text = articles.get(r.article_id)!;
        const sentence = text.slice(r.span_start as number, r.span_end as number).join('');
        expect(sentence.length).toBeGreaterThan(0);
        if (t.offsets.includes('quote_start')) {
          expect(text.slice(r.quote_start as number, r.quote_end as number).join('')).toBe(r.text);
          expect(sentence).toContain(r.text);
        } else expect(sentence.toLowerCase()).toContain((r.trigger as string).toLowerCase());
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('the span check catches a span that points elsewhere', () => {
    const quotes = TABLES.find((t) => t.name === 'quotes')!;
    const events = TABLES.find((t) => t.name === 'events')!;
    const text = Array.from('Made-up lead. "We will build the bridge," Ana Ferro said. Talks were held.');
    const q = { quote_id: 'q', text: 'We will build the bridge,', quote_start: 15, quote_end: 40, span_start: 14, span_end: 57 };
    expect(spanProblems(quotes, q, text)).toEqual([]);
    expect(spanProblems(quotes, { ...q, span_start: 20 }, text)[0]).toMatch(/not inside the evidence/);
    expect(spanProblems(quotes, { ...q, quote_start: 16, quote_end: 41 }, text)[0]).toMatch(/not the quoted words/);
    expect(spanProblems(quotes, { ...q, span_end: 80 }, text)[0]).toMatch(/not inside its article's text/);
    expect(spanProblems(quotes, { ...q, span_start: 13 }, text)[0]).toMatch(/space/);
    const e = { event_id: 'e', trigger: 'held', span_start: 58, span_end: 74 };
    expect(spanProblems(events, e, text)).toEqual([]);
    expect(spanProblems(events, { ...e, span_start: 0, span_end: 13 }, text)[0]).toMatch(/trigger/);
  });

  test('every actor speaks or takes part in an event; every speaker and event actor is an actor', () => {
    const t = (name: string) => readJson(outDir, TABLES.find((x) => x.name === name)!);
    const actors = new Set(t('actors').map((a) => a.name as string));
    const used = new Set<string>([
      ...t('quotes').flatMap((q) => (q.speaker ? [q.speaker as string] : [])),
      ...t('events').flatMap((e) => e.actors as string[]),
      ...t('stories').flatMap((s) => s.actors as string[]),
    ]);
    expect([...actors].sort()).toEqual([...used].sort());
  });
});
