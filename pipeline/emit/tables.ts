/**
 * One table's four files (CSV, JSON, Arrow, Parquet) and its change against the previous output,
 * rendered row batch by row batch into a sink, so a table is never held twice: not as pieces of a
 * file, nor as a second copy of its rows (the derived columns are added one row at a time), nor,
 * for the articles, as texts (read back from the run store one at a time). The same code serves
 * the worker threads that publish (files on disk, with the batch cache) and `render` (files in
 * memory, no cache): the bytes are the same.
 */
import { createHash, hash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, columns, withBounds, type TableDef } from '../../schemas/index.js';
import { diffRows, rowId, SameRows, type RowText, type TableChanges } from '../changes.js';
import { PACKAGE_VERSION } from '../lib/version.js';
import { arrowFile, arrowSchema, batchMessage, ipcStream, recordBatch } from './arrow.js';
import { addStats, BatchCache, noBatches, type BatchCacheOptions, type BatchStats } from './batch-cache.js';
import { cutBatches, type CutSizes } from './batches.js';
import { csvEncoder } from './csv.js';
import type { Format } from './datapackage.js';
import { jsonFrame, jsonLines } from './json.js';
import { ParquetJoin } from './parquet-join.js';
import { parquetPart } from './parquet.js';
import { jsonRowTexts, NotRowPerBlock, parseRows, previousPieces, rowText, type PreviousOutput } from './previous.js';
import { RowReader, type Row, type TableRows } from './rows.js';

export const FORMATS: Format[] = ['csv', 'json', 'arrow', 'parquet'];
export type { Row, TableRows } from './rows.js';

/** A file written: its path under out/, size and SHA-256. */
export interface FileResult {
  path: string;
  format: Format;
  bytes: number;
  hash: string;
}

export interface TableResult {
  name: string;
  rows: number;
  /** In FORMATS order. */
  files: FileResult[];
  changes: TableChanges;
  /** SHA-256 of the previous output's JSON of this table, or null when there was none. */
  previousHash: string | null;
  /** Its batches, and how many pieces of them were encoded or taken from the batch cache (none: its files were linked). */
  batches?: BatchStats;
  /** The JSON file's batches (with the CSV and JSON). */
  jsonBatches?: JsonBatch[];
}

/** A batch of a table's JSON file: a hash of its lines (as written, between the framing), their bytes and rows. */
export type JsonBatch = [key: string, bytes: number, rows: number];

/** A previous JSON file as recorded when it was written: its hash and batches. */
export interface RecordedJson {
  hash: string;
  batches: JsonBatch[];
}

/** Where rendered pieces go: a file on disk or in memory, opened per path. */
export interface Sink {
  open(path: string): { write(piece: Uint8Array): void; close(): void };
}

/** Rows per batch of the run store (emit/rows.ts): the files' batches are cut by content (`cutSizes`). */
export function batchSize(t: TableDef): number {
  return t.name === 'articles' ? 1_000 : 10_000;
}

/**
 * Where a table's batches (CSV and JSON pieces, Arrow record batches, Parquet row groups) are cut
 * (emit/batches.ts `cutBatches`): about every 256 rows past 64 for the table of texts, every 1,024
 * past 256 for the others; small enough that a run which adds a few rows encodes a small part of
 * each table again (emit/batch-cache.ts), large enough that Parquet still compresses a column well.
 */
export function cutSizes(t: TableDef): CutSizes {
  return t.name === 'articles' ? { min: 64, every: 256, max: 2_048 } : { min: 256, every: 1_024, max: 8_192 };
}

export function tableDef(name: string): TableDef {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** A table's rows one at a time as stored (the store's batches read one at a time), each with its index. */
function* rowStream(reader: RowReader, size: number): Generator<{ row: Row; at: number }> {
  for (const { rows, first } of reader.storedBatches(size)) for (let j = 0; j < rows.length; j++) yield { row: rows[j]!, at: first + j };
}

/**
 * The table's files in one pass over its rows, a batch at a time: each batch becomes CSV lines,
 * JSON lines, an Arrow record batch message and a Parquet row group (those `formats` asks for),
 * or is copied from the batch cache when its rows were encoded before; a row (and an article's
 * text) is read and made whole once for the four files.
 */
function tablePass(t: TableDef, rows: TableRows, sink: Sink, formats: FormatGroup, lines: LineKeys | null, cache: BatchCache | null, recorded: ReadonlySet<string> | null) {
  const cols = columns(t.published);
  const keys = cols.map((c) => c.name);
  const schema = arrowSchema(cols, { pipeline_version: PACKAGE_VERSION, table: t.name });
  const file = (format: Format) => measuredFile(sink, `${t.name}.${format}`, format);
  const text = formats !== 'binary', binary = formats !== 'text';
  const out = { csv: text ? file('csv') : null, json: text ? file('json') : null, arrow: binary ? file('arrow') : null, parquet: binary ? file('parquet') : null };
  const csv = csvEncoder(cols);
  const json = jsonFrame();
  const arrow = arrowFile(schema);
  const parquet = new ParquetJoin();
  const sizes = cutSizes(t);
  const derived = cols.some((c) => c.boundOf);
  const reader = new RowReader(rows);
  const source = cutBatches(rowStream(reader, batchSize(t)), (r) => rowId(t.primaryKey, r.row), sizes);
  const ids: string[] = [];
  const jsonBatches: JsonBatch[] = [];
  const stats = noBatches();
  let made = 0;
  out.csv?.add(csv.start());
  out.arrow?.add(arrow.start());
  out.parquet?.add(parquet.start());
  return {
    out,
    ids,
    stats,
    jsonBatches,
    /** The next batch, into the files asked for; false once every row is (an empty table is one empty batch). */
    step(): boolean {
      const next = source.next();
      if (next.done && made > 0) return false;
      const batch = next.done ? [] : next.value;
      const stored = batch.map((r) => r.row);
      const first = batch[0]?.at ?? 0;
      made++;
      stats.batches++;
      for (const r of stored) ids.push(rowId(t.primaryKey, r));
      const key = cache ? cache.key(t.name, stored, (j) => reader.textHash(first + j)) : null;
      // Whole (an article's text read back) and with the derived columns only when a format is encoded.
      let whole: Row[] | null = null;
      const full = () => (whole ??= reader.withTexts(stored, first).map((r) => (derived ? withBounds(cols, r) : r)));
      /** A format's piece of this batch: kept from an earlier run, or encoded (and kept). */
      const piece = (format: Format, encode: () => Uint8Array): { bytes: Uint8Array; kept: boolean } => {
        const kept = key ? cache!.get(key, format, stats) : null;
        if (kept) {
          stats.reused++;
          return { bytes: kept, kept: true };
        }
        const bytes = encode();
        stats.encoded++;
        if (key) cache!.put(key, format, bytes);
        return { bytes, kept: false };
      };
      if (out.csv) out.csv.add(piece('csv', () => Buffer.from(csv.rows(full()))).bytes);
      if (out.json) {
        let fresh: string[] | null = null;
        const body = piece('json', () => {
          fresh = [];
          return Buffer.from(jsonLines(keys, full(), lines ? (line) => fresh!.push(line) : undefined));
        });
        const batchKey = lineKey(body.bytes);
        if (stored.length) jsonBatches.push([batchKey, body.bytes.length, stored.length]);
        // The change report knows a new row by its line (those of a kept piece are read from it),
        // but not those of a batch the previous JSON has byte for byte: it skips that batch whole.
        if (lines && stored.length && !recorded?.has(batchKey)) {
          let at = ids.length - stored.length; // the batch's first row
          for (const line of fresh ?? Buffer.from(body.bytes).toString('utf8').split('\n')) lines.add(line.endsWith(',') ? line.slice(0, -1) : line, at++);
        }
        if (stored.length) out.json.add(json.before()), out.json.add(body.bytes);
      }
      if (out.arrow || out.parquet) {
        let stream: Uint8Array | null = null;
        const ipc = () => (stream ??= ipcStream(recordBatch(cols, full(), schema)));
        if (out.arrow) out.arrow.add(arrow.batch(piece('arrow', () => batchMessage(ipc())).bytes));
        if (out.parquet) out.parquet.add(parquet.add(piece('parquet', () => parquetPart(ipc(), CREATED_BY, sizes.max)).bytes));
      }
      return true;
    },
    /** The files' ends; every file asked for, done. */
    finish(): FileResult[] {
      out.csv?.add(csv.end());
      out.json?.add(json.end());
      if (out.arrow) for (const piece of arrow.end()) out.arrow.add(piece);
      if (out.parquet) for (const piece of parquet.end()) out.parquet.add(piece);
      return [out.csv?.done(), out.json?.done(), out.arrow?.done(), out.parquet?.done()].filter((f): f is FileResult => !!f);
    },
  };
}

/**
 * Which of a table's files one pass writes: all four, or half of them, so that two threads can
 * share the writing of one large table (CSV and JSON, with the change report; or Arrow and
 * Parquet). The halves of a table, put together (`joinHalves`), are its whole result.
 */
export type FormatGroup = 'all' | 'text' | 'binary';

const CREATED_BY = `reportage ${PACKAGE_VERSION}`;

/** A file being written to the sink, counted and hashed piece by piece. */
function measuredFile(sink: Sink, path: string, format: Format) {
  const file = sink.open(path);
  const hash = createHash('sha256');
  let bytes = 0;
  return {
    add(piece: string | Uint8Array) {
      const b = typeof piece === 'string' ? Buffer.from(piece) : piece;
      hash.update(b);
      bytes += b.length;
      file.write(b);
    },
    done(): FileResult {
      file.close();
      return { path, format, bytes, hash: hash.digest('hex') };
    },
  };
}

/**
 * Each new row's JSON line by a key (a hash of it), for the change report: a previous row whose
 * line has the key of a new row's is that row, unchanged, and is not parsed nor compared (most
 * rows, when a few articles were added). 128 bits of SHA-256, as the tables' digests trust it.
 */
class LineKeys {
  private readonly index = new Map<string, number>();
  /** Row `at`'s line. */
  add(line: string, at: number): void {
    this.index.set(lineKey(line), at);
  }
  readonly same = (text: string): number | undefined => this.index.get(lineKey(text));
}
const lineKey = (line: string | Uint8Array) => hash('sha256', line, 'base64').slice(0, 22);

/** Line keys are worth making when there is a previous JSON of the table to compare with. */
function lineKeysFor(t: TableDef, previous: PreviousOutput, formats: FormatGroup): LineKeys | null {
  if (formats === 'binary') return null;
  const path = `${t.name}.json`;
  const there = previous.dir !== undefined ? existsSync(join(previous.dir, path)) : previous.file(path) !== null;
  return there ? new LineKeys() : null;
}

/** The previous file is not the one recorded: compared row by row instead. */
class NotAsRecorded extends Error {}

/**
 * The previous JSON file as its recorded batches: a batch whose key is a new batch's (its lines
 * byte for byte) is those new rows, unchanged, and is only hashed; the others' rows are given as
 * their texts. The whole file must hash to what was recorded, else `NotAsRecorded` (at the end:
 * nothing taken from it is used then).
 */
function* recordedRows(path: string, recorded: RecordedJson, news: ReadonlyMap<string, { start: number; rows: number }>): Generator<RowText | SameRows> {
  const fd = openSync(path, 'r');
  try {
    const digest = createHash('sha256');
    let at = 0;
    const read = (n: number, keep: boolean): Buffer | null => {
      const buf = Buffer.allocUnsafe(Math.min(n, 1 << 20));
      const parts: Buffer[] = [];
      for (let left = n; left > 0; ) {
        const got = readSync(fd, buf, 0, Math.min(left, buf.length), at);
        if (!got) throw new NotAsRecorded();
        const piece = buf.subarray(0, got);
        digest.update(piece);
        if (keep) parts.push(Buffer.from(piece));
        at += got;
        left -= got;
      }
      return keep ? Buffer.concat(parts) : null;
    };
    const expect = (s: string) => {
      if (!read(s.length, true)!.equals(Buffer.from(s))) throw new NotAsRecorded();
    };
    expect(recorded.batches.length ? '[\n' : '[]\n');
    for (const [i, [key, bytes, count]] of recorded.batches.entries()) {
      if (i) expect(',\n');
      const same = news.get(key);
      if (same && same.rows === count) {
        read(bytes, false);
        yield new SameRows(same.start, count);
      } else for (const line of read(bytes, true)!.toString('utf8').split('\n')) yield rowText(line.endsWith(',') ? line.slice(0, -1) : line);
    }
    if (recorded.batches.length) expect('\n]\n');
    if (at !== fstatSync(fd).size || digest.digest('hex') !== recorded.hash) throw new NotAsRecorded();
  } finally {
    closeSync(fd);
  }
}

/** The table's change against the previous output's JSON, read a row at a time (whole when laid out otherwise). */
function changesOf(t: TableDef, rows: TableRows, ids: readonly string[], previous: PreviousOutput, lines: LineKeys | null, fast: { recorded: RecordedJson; written: JsonBatch[] } | null): { changes: TableChanges; previousHash: string | null } {
  const path = `${t.name}.json`;
  const cols = columns(t.published);
  const names = cols.map((c) => c.name);
  const derived = cols.some((c) => c.boundOf);
  const reader = new RowReader(rows);
  const full = (i: number) => (derived ? withBounds(cols, reader.row(i)) : reader.row(i));
  if (fast && previous.dir !== undefined && existsSync(join(previous.dir, path))) {
    const news = new Map<string, { start: number; rows: number }>();
    let start = 0;
    for (const [key, , count] of fast.written) news.set(key, { start, rows: count }), (start += count);
    try {
      return { changes: diffRows(t.primaryKey, names, recordedRows(join(previous.dir, path), fast.recorded, news), ids, full, lines?.same), previousHash: fast.recorded.hash };
    } catch (e) {
      if (!(e instanceof NotAsRecorded || e instanceof NotRowPerBlock)) throw e;
      // Rows the batches skipped have no line key: the comparison below parses them instead.
    }
  }
  const source = previousPieces(previous, path);
  if (!source) return { changes: diffRows(t.primaryKey, names, null, ids, full), previousHash: null };
  const hash = createHash('sha256');
  const hashed = (function* () {
    for (const piece of source) {
      hash.update(piece);
      yield piece;
    }
  })();
  try {
    const changes = diffRows(t.primaryKey, names, jsonRowTexts(hashed), ids, full, lines?.same);
    return { changes, previousHash: hash.digest('hex') };
  } catch (e) {
    if (!(e instanceof NotRowPerBlock)) throw e;
    const bytes = previous.file(path);
    return { changes: diffRows(t.primaryKey, names, parseRows(bytes) ?? [], ids, full), previousHash: createHash('sha256').update(bytes!).digest('hex') };
  }
}

/** One table, all four files, synchronously: the in-memory render (no batch cache). */
export function writeTableSync(t: TableDef, rows: TableRows, sink: Sink, previous: PreviousOutput): TableResult {
  return writeTableWith(t, rows, sink, previous, 'all', null);
}

/**
 * One table's files (all four, or a `FormatGroup`'s half), with the batches kept by `cache`
 * reused: publishing. The change report comes with the CSV and JSON.
 */
export async function writeTable(t: TableDef, rows: TableRows, sink: Sink, previous: PreviousOutput, formats: FormatGroup = 'all', cache: BatchCacheOptions | null = null, recorded: RecordedJson | null = null): Promise<TableResult> {
  return writeTableWith(t, rows, sink, previous, formats, cache ? new BatchCache({ ...cache, dir: join(cache.dir, t.name) }) : null, recorded);
}

function writeTableWith(t: TableDef, rows: TableRows, sink: Sink, previous: PreviousOutput, formats: FormatGroup, cache: BatchCache | null, recorded: RecordedJson | null = null): TableResult {
  const lines = lineKeysFor(t, previous, formats);
  // The previous JSON's batches help only while there is a previous JSON to compare with.
  const known = lines && recorded ? recorded : null;
  const pass = tablePass(t, rows, sink, formats, lines, cache, known ? new Set(known.batches.map(([key]) => key)) : null);
  while (pass.step());
  const files = pass.finish();
  const changes = formats === 'binary' ? { changes: NO_CHANGES, previousHash: null } : changesOf(t, rows, pass.ids, previous, lines, known ? { recorded: known, written: pass.jsonBatches } : null);
  return { name: t.name, rows: rows.count, files, ...changes, batches: pass.stats, ...(formats === 'binary' ? {} : { jsonBatches: pass.jsonBatches }) };
}

/** Stands for the change report in the Arrow and Parquet half of a table, which has none. */
const NO_CHANGES = {} as TableChanges;

/** A table's result from its two halves (text: CSV, JSON and the change report; binary: Arrow, Parquet). */
export function joinHalves(text: TableResult, binary: TableResult): TableResult {
  const batches = text.batches && binary.batches ? { ...addStats(text.batches, binary.batches), batches: text.batches.batches } : text.batches;
  return { ...text, files: [...text.files, ...binary.files], ...(batches ? { batches } : {}) };
}

/** Files in a folder (which must exist), written as the pieces come. */
export function folderSink(dir: string): Sink {
  return {
    open(path) {
      const fd = openSync(join(dir, path), 'w');
      return {
        write(piece) {
          for (let at = 0; at < piece.length; ) at += writeSync(fd, piece, at, piece.length - at);
        },
        close: () => closeSync(fd),
      };
    },
  };
}

/** Files in memory: each path's bytes, whole, once it is closed. */
export function memorySink(files: Map<string, Uint8Array>): Sink {
  return {
    open(path) {
      const parts: Uint8Array[] = [];
      return { write: (piece) => void parts.push(piece), close: () => void files.set(path, Buffer.concat(parts)) };
    },
  };
}
