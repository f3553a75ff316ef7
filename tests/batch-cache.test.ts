/**
 * Batch-level reuse (emit/batches.ts, emit/batch-cache.ts): batches are cut by the rows' ids, so
 * one added row changes one batch (or two, when it is a cut), and a re-run encodes only those;
 * every other batch's CSV, JSON, Arrow and Parquet bytes come from the cache, and the files are
 * the bytes of a render without any cache. A damaged entry is found by its hash and encoded again.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordBatchFileWriter, tableFromIPC } from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import { arrowSchema, ipcStream, recordBatch } from '../pipeline/emit/arrow.js';
import { cutBatches } from '../pipeline/emit/batches.js';
import { ParquetJoin } from '../pipeline/emit/parquet-join.js';
import { parquetOf, parquetPart } from '../pipeline/emit/parquet.js';
import { PACKAGE_VERSION } from '../pipeline/lib/version.js';
import { columns, withBounds } from '../schemas/index.js';
import { NO_PREVIOUS, previousOutput } from '../pipeline/emit/previous.js';
import { rowsInMemory, storeRows, type Row } from '../pipeline/emit/rows.js';
import { openRunStore } from '../pipeline/lib/store.js';
import { createHash } from 'node:crypto';
import { FORMATS, cutSizes, folderSink, memorySink, tableDef, writeTable, writeTableSync } from '../pipeline/emit/tables.js';

const articles = tableDef('articles');

/** A made-up article record with id `id`. */
function article(id: string, i: number): Row {
  return {
    article_id: id, story_id: `st_${i % 5}`, duplicate_of: null, duplicate_similarity: null, duplicate_basis: null,
    published_date: `2021-03-${String((i % 28) + 1).padStart(2, '0')}`, date_source: 'metadata', date_confidence: 1,
    published_at: null, title: `Invented headline ${i}`, dateline: null, publisher: null, byline: [], captions: [], url: null,
    language: 'en', license: null, source_id: null, text: `The tram line to Orvel reopened, item ${i}. ${'It ran on time. '.repeat(i % 4)}`,
    word_count: 8, repairs: 0, format: 'txt', sha256: 'e'.repeat(64),
  };
}

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => article(`a${String(i * 10).padStart(6, '0')}`, i));

/** The table written into a fresh folder with the batch cache at `cache`: its result and files. */
async function publishWith(rows: Row[], cache: string) {
  const dir = mkdtempSync(join(tmpdir(), 'reportage-batches-'));
  const result = await writeTable(articles, rowsInMemory(rows), folderSink(dir), NO_PREVIOUS, 'all', { dir: cache, version: 'test' });
  return { result, files: new Map(FORMATS.map((f) => [f, readFileSync(join(dir, `articles.${f}`))])) };
}

/** The same table rendered without any cache. */
function clean(rows: Row[]) {
  const files = new Map<string, Uint8Array>();
  writeTableSync(articles, rowsInMemory(rows), memorySink(files), NO_PREVIOUS);
  return new Map(FORMATS.map((f) => [f, Buffer.from(files.get(`articles.${f}`)!)]));
}

const expectSame = (a: Map<string, Buffer>, b: Map<string, Buffer>) => {
  for (const f of FORMATS) expect(a.get(f)!.equals(b.get(f)!), f).toBe(true);
};

describe('content-defined batches', () => {
  test('a row inserted changes at most two batches; the others are the same rows', () => {
    const rows = rowsOf(3000);
    const ids = (r: Row) => r.article_id as string;
    const before = [...cutBatches(rows, ids, cutSizes(articles))].map((b) => b.map(ids).join(' '));
    expect(before.length).toBeGreaterThanOrEqual(6);
    const sizes = before.map((b) => b.split(' ').length);
    expect(new Set(sizes).size).toBeGreaterThan(1); // cut by content, not every n rows
    for (const s of sizes.slice(0, -1)) expect(s).toBeGreaterThanOrEqual(cutSizes(articles).min);
    for (const at of [0, 1234, 2999]) {
      const next = [...rows.slice(0, at), article(`${ids(rows[at]!)}5`, 9999), ...rows.slice(at)].sort((a, b) => (ids(a) < ids(b) ? -1 : 1));
      const after = [...cutBatches(next, ids, cutSizes(articles))].map((b) => b.map(ids).join(' '));
      const kept = after.filter((b) => before.includes(b));
      expect(after.length - kept.length, `inserted at ${at}`).toBeLessThanOrEqual(2);
      expect(before.length - kept.length, `inserted at ${at}`).toBeLessThanOrEqual(2);
    }
  });
});

test('the Arrow and Parquet files joined from batches are what the writers give for the whole table with those batches', () => {
  const rows = rowsOf(1500);
  const cols = columns(articles.published);
  const schema = arrowSchema(cols, { pipeline_version: PACKAGE_VERSION, table: 'articles' });
  const cuts = [...cutBatches(rows, (r) => r.article_id as string, cutSizes(articles))];
  expect(cuts.length).toBeGreaterThan(2);
  const batches = cuts.map((b) => recordBatch(cols, b.map((r) => withBounds(cols, r)), schema));
  const files = clean(rows);
  expect(Buffer.from(RecordBatchFileWriter.writeAll(batches).toUint8Array(true)).equals(files.get('arrow')!)).toBe(true);
  // arrow-rs cuts row groups every `size` rows, whatever the batches: with batches of that size each is one row group.
  const even = Array.from({ length: 5 }, (_, i) => recordBatch(cols, rows.slice(i * 300, i * 300 + 300), schema));
  const join = new ParquetJoin();
  const joined = Buffer.concat([join.start(), ...even.map((b) => join.add(parquetPart(ipcStream(b), 'made-up writer', 300))), ...join.end()]);
  expect(joined.equals(Buffer.from(parquetOf(even, 'made-up writer', 300)))).toBe(true);
});

describe('the batch cache', () => {
  const rows = rowsOf(3000);

  test('a re-run reuses every batch; an added row re-encodes only the batches it touches', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'reportage-batch-cache-'));
    const first = await publishWith(rows, cache);
    const n = first.result.batches!.batches;
    expect(n).toBeGreaterThanOrEqual(6);
    expect(first.result.batches).toEqual({ batches: n, encoded: 4 * n, reused: 0, unusable: 0 });
    expectSame(first.files, clean(rows));

    const again = await publishWith(rows, cache);
    expect(again.result.batches).toEqual({ batches: n, encoded: 0, reused: 4 * n, unusable: 0 });
    expectSame(again.files, first.files);

    // One row added in the middle: its batch (two, if it is a cut) is encoded; the files are a clean render's.
    const next = [...rows.slice(0, 1500), article('a0149955', 4242), ...rows.slice(1500)];
    const added = await publishWith(next, cache);
    const b = added.result.batches!;
    expect(b.encoded).toBeGreaterThan(0);
    expect(b.encoded).toBeLessThanOrEqual(4 * 2);
    expect(b.reused).toBe(4 * b.batches - b.encoded);
    expectSame(added.files, clean(next));
    expect(tableFromIPC(added.files.get('arrow')!).numRows).toBe(3001);
  });

  test('texts waiting in the run store are keyed by their hashes: a changed text re-encodes its batch', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'reportage-batch-cache-'));
    const store = openRunStore();
    try {
      const stored = (rs: Row[]) => {
        const texts = { fd: store.fd, locs: rs.map((r) => store.putText(r.text as string)), hashes: rs.map((r) => createHash('sha256').update(r.text as string).digest('hex')) };
        return storeRows(store, rs.map(({ text: _t, ...r }) => r), 1000, texts);
      };
      const write = async (rs: Row[]) => {
        const dir = mkdtempSync(join(tmpdir(), 'reportage-batches-'));
        const result = await writeTable(articles, stored(rs), folderSink(dir), NO_PREVIOUS, 'all', { dir: cache, version: 'test' });
        return { result, files: new Map(FORMATS.map((f) => [f, readFileSync(join(dir, `articles.${f}`))])) };
      };
      const first = await write(rows);
      expectSame(first.files, clean(rows));
      const next = rows.map((r, i) => (i === 2000 ? { ...r, text: 'A text changed, nothing else.' } : r));
      const changed = await write(next);
      expect(changed.result.batches).toMatchObject({ encoded: 4, unusable: 0 });
      expectSame(changed.files, clean(next));
    } finally {
      store.close();
    }
  });

  test('a damaged entry is found by its hash and encoded again', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'reportage-batch-cache-'));
    const first = await publishWith(rows, cache);
    const table = join(cache, 'articles');
    const sub = readdirSync(table).sort()[0]!;
    const entry = join(table, sub, readdirSync(join(table, sub)).filter((f) => f.endsWith('.parquet')).sort()[0]!);
    const bytes = readFileSync(entry);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(entry, bytes);
    const again = await publishWith(rows, cache);
    expect(again.result.batches).toMatchObject({ encoded: 1, unusable: 1 });
    expectSame(again.files, first.files);
    // Written again: the next run reuses it.
    expect((await publishWith(rows, cache)).result.batches).toMatchObject({ encoded: 0, unusable: 0 });
  });
});

describe('the change report over recorded batches', () => {
  test('batches the previous JSON has byte for byte are skipped; the report is the row-by-row one, and a file not as recorded is compared row by row', async () => {
    const rows = rowsOf(3000);
    const dir = mkdtempSync(join(tmpdir(), 'reportage-batches-prev-'));
    const first = await writeTable(articles, rowsInMemory(rows), folderSink(dir), NO_PREVIOUS);
    const recorded = { hash: first.files.find((f) => f.format === 'json')!.hash, batches: first.jsonBatches! };
    expect(recorded.batches.length).toBe(first.batches!.batches);
    // One row added, one removed, one changed.
    const next = [...rows.slice(0, 700), ...rows.slice(701, 1500), article('a0149955', 4242), ...rows.slice(1500)];
    next[2500] = { ...next[2500]!, title: 'Another invented headline' };
    const write = async (r: typeof recorded | null) => (await writeTable(articles, rowsInMemory(next), memorySink(new Map()), previousOutput(dir), 'text', null, r)).changes;
    const slow = await write(null);
    expect(slow).toMatchObject({ before: 3000, after: 3000, added: ['a0149955'], removed: [rows[700]!.article_id], changed: [{ id: next[2500]!.article_id, columns: ['title'] }] });
    expect(await write(recorded)).toEqual(slow);
    // The previous file changed behind the record's back (same size): no batch is taken on trust.
    const path = join(dir, 'articles.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('Invented headline 2999', 'Invented headline 2998'));
    const tampered = await write(recorded);
    expect(tampered.changed).toEqual([{ id: next[2500]!.article_id, columns: ['title'] }, { id: rows[2999]!.article_id, columns: ['title'] }].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });
});
