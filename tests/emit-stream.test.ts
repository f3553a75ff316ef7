/**
 * Publishing streams every table (rows a batch at a time, texts read back from the run store,
 * Parquet a row group at a time, the previous table read a row at a time for the change report):
 * the files are exactly the bytes of the in-memory render, over tables of several batches.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm/node';
import { describe, expect, test } from 'vitest';
import { jsonRows, jsonRowTexts, NotRowPerBlock, previousOutput } from '../pipeline/emit/previous.js';
import { diffRows } from '../pipeline/changes.js';
import { columns, withBounds } from '../schemas/index.js';
import { FORMATS, batchSize, folderSink, joinHalves, memorySink, tableDef, writeTable, writeTableSync } from '../pipeline/emit/tables.js';
import { RowReader, rowsInMemory, storeRows } from '../pipeline/emit/rows.js';
import { NO_PREVIOUS } from '../pipeline/emit/previous.js';
import { openRunStore } from '../pipeline/lib/store.js';

const articles = tableDef('articles');
const quotes = tableDef('quotes');

/** Made-up article records, some with characters outside the BMP. */
function articleRows(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    article_id: `a${String(i).padStart(5, '0')}`, story_id: `st_${i % 7}`, duplicate_of: null, duplicate_similarity: null, duplicate_basis: null,
    published_date: i % 3 ? `2020-01-${String((i % 28) + 1).padStart(2, '0')}` : null, date_source: i % 3 ? 'metadata' : null, date_confidence: i % 3 ? 1 : null,
    published_at: null, title: `Made-up title ${i}`, dateline: null, publisher: null, byline: i % 2 ? ['Ana Ferro'] : [], captions: [], url: null,
    language: 'en', license: null, source_id: null, text: `Harbour report ${i}. ${'The ferry ran late again, said the port. '.repeat(i % 5)}${i % 11 ? '' : ' 🚢 arrived.'}`,
    word_count: 3, repairs: 0, format: 'txt', sha256: 'f'.repeat(64),
  }));
}

describe('streamed tables', () => {
  const n = batchSize(articles) * 2 + 345;
  const rows = articleRows(n);

  test('the articles table, rows and texts from the run store, gives the bytes of the in-memory render', async () => {
    const store = openRunStore();
    try {
      const texts = { fd: store.fd, locs: rows.map((r) => store.putText(r.text)) };
      const stored = storeRows(store, rows.map(({ text: _t, ...r }) => r), batchSize(articles), texts);
      store.flush();
      expect(stored.stored!.batches).toHaveLength(3);
      expect(new RowReader(stored).row(n - 1)).toEqual(rows[n - 1]);
      expect(new RowReader(stored).all()).toEqual(rows);
      const dir = mkdtempSync(join(tmpdir(), 'reportage-stream-'));
      const streamed = await writeTable(articles, stored, folderSink(dir), NO_PREVIOUS);
      const files = new Map<string, Uint8Array>();
      const whole = writeTableSync(articles, rowsInMemory(rows), memorySink(files), NO_PREVIOUS);
      expect(streamed).toEqual(whole);
      expect(whole.rows).toBe(n);
      for (const f of FORMATS) expect(readFileSync(join(dir, `articles.${f}`)).equals(Buffer.from(files.get(`articles.${f}`)!)), f).toBe(true);
      // Several record batches and row groups (cut by content: emit/batches.ts), all rows back.
      expect(whole.batches!.batches).toBeGreaterThanOrEqual(3);
      expect(tableFromIPC(readFileSync(join(dir, 'articles.arrow'))).batches.length).toBe(whole.batches!.batches);
      const parquet = readParquet(readFileSync(join(dir, 'articles.parquet')));
      expect(parquet.numBatches).toBeGreaterThanOrEqual(3);
      expect(tableFromIPC(parquet.intoIPCStream()).numRows).toBe(n);
      expect(JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8'))).toEqual(rows);
      // Written in two halves (two threads share a large table): the same files and result.
      const halvesDir = mkdtempSync(join(tmpdir(), 'reportage-stream-'));
      const text = await writeTable(articles, stored, folderSink(halvesDir), NO_PREVIOUS, 'text');
      const binary = await writeTable(articles, stored, folderSink(halvesDir), NO_PREVIOUS, 'binary');
      expect(text.files.map((f) => f.format)).toEqual(['csv', 'json']);
      expect(binary.files.map((f) => f.format)).toEqual(['arrow', 'parquet']);
      expect(joinHalves(text, binary)).toEqual(whole);
      for (const f of FORMATS) expect(readFileSync(join(halvesDir, `articles.${f}`)).equals(readFileSync(join(dir, `articles.${f}`))), f).toBe(true);
    } finally {
      store.close();
    }
  });

  test('the change report reads the previous table a row at a time, from the folder or from memory alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportage-previous-'));
    writeTableSync(articles, rowsInMemory(rows), folderSink(dir), NO_PREVIOUS);
    const next = rows.filter((r) => r.article_id !== 'a00003').map((r) => (r.article_id === 'a00010' ? { ...r, text: 'Changed made-up text.' } : r));
    next.push({ ...rows[0]!, article_id: 'b00000' });
    const store = openRunStore();
    const stored = storeRows(store, next, batchSize(articles));
    store.flush();
    const fromFolder = await writeTable(articles, stored, memorySink(new Map()), previousOutput(dir));
    store.close();
    const fromMemory = writeTableSync(articles, rowsInMemory(next), memorySink(new Map()), { file: (p) => readFileSync(join(dir, p)) });
    expect(fromFolder.changes).toEqual(fromMemory.changes);
    expect(fromFolder.changes).toMatchObject({ before: n, after: n, added: ['b00000'], removed: ['a00003'], changed: [{ id: 'a00010', columns: ['text'] }] });
    expect(fromFolder.previousHash).toBe(fromMemory.previousHash);
  });

  test('rows written exactly as before are known unchanged by their text: the report is what comparing every row gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportage-previous-'));
    writeTableSync(articles, rowsInMemory(rows), folderSink(dir), NO_PREVIOUS);
    // Every column of some rows changes, one row goes, one comes, the rest are as they were.
    const next = rows.filter((r) => r.article_id !== 'a00005').map((r, i) => (i % 97 === 3 ? { ...r, title: `Retitled ${i}`, word_count: 9 } : r));
    next.splice(40, 0, { ...rows[1]!, article_id: 'a00040x' });
    const got = (await writeTable(articles, rowsInMemory(next), memorySink(new Map()), previousOutput(dir), 'text')).changes;
    const cols = columns(articles.published);
    const previous = [...jsonRows([readFileSync(join(dir, 'articles.json'))])];
    const full = next.map((r) => withBounds(cols, r));
    expect(got).toEqual(diffRows(articles.primaryKey, cols.map((c) => c.name), previous, full.map((r) => r.article_id as string), (i) => full[i]!));
    expect(got.changed.length).toBeGreaterThan(1);
    expect(got).toMatchObject({ added: ['a00040x'], removed: ['a00005'] });
    // The texts of the rows are what was written: each parses to its row.
    expect([...jsonRowTexts([readFileSync(join(dir, 'articles.json'))])].map((r) => r.parse())).toEqual(previous);
  });

  test('a batch that cannot be read fails the table: it is never written short', async () => {
    const store = openRunStore();
    const texts = { fd: store.fd, locs: rows.map((r) => store.putText(r.text)) };
    const stored = storeRows(store, rows.map(({ text: _t, ...r }) => r), batchSize(articles), texts);
    store.flush();
    const broken = { ...stored, stored: { ...stored.stored!, batches: [...stored.stored!.batches.slice(0, 2), [1e9, 100] as const] } };
    await expect(writeTable(articles, broken, memorySink(new Map()), NO_PREVIOUS)).rejects.toThrow(/cut short/);
    store.close();
  });

  test('a previous table in another layout is read whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportage-previous-'));
    const q = { quote_id: 'q1', text: 'We will build it.', speaker: null, cue: 'said', partial: false, article_ids: ['a1'], event_id: null, date: null, date_start: null, date_end: null, story_id: 's', group_id: null, speaker_mention: null, quote_start: 1, quote_end: 18, article_id: 'a1', span_start: 0, span_end: 19, rule: 'r', mention_count: 1 };
    writeFileSync(join(dir, 'quotes.json'), JSON.stringify([q]));
    const r = writeTableSync(quotes, rowsInMemory([{ ...q, cue: 'told' }]), memorySink(new Map()), previousOutput(dir));
    expect(r.changes.changed).toEqual([{ id: 'q1', columns: ['cue'] }]);
  });
});

describe('jsonRows', () => {
  const rows = [{ a: 1, b: ['x'] }, { a: 2, b: [] }];
  const read = (text: string) => [...jsonRows([Buffer.from(text)])];
  test.each([
    ['a row per line', `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`],
    ['indented rows', JSON.stringify(rows, null, 2) + '\n'],
  ])('%s', (_name, text) => {
    expect(read(text)).toEqual(rows);
    // Pieces may end anywhere, inside a line or a character.
    const bytes = Buffer.from(text.replace('x', 'é'));
    expect([...jsonRows([bytes.subarray(0, 9), bytes.subarray(9, 10), bytes.subarray(10)])][0]).toEqual({ a: 1, b: ['é'] });
  });
  test('an empty table', () => expect(read('[]\n')).toEqual([]));
  test.each([['compact', JSON.stringify(rows)], ['cut short', '[\n{"a":1},\n'], ['not rows', '[\n1,\n2\n]\n']])('%s: another layout', (_name, text) => {
    expect(() => read(text)).toThrow(NotRowPerBlock);
  });
});
