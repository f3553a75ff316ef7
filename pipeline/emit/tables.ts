/**
 * One table's four files (CSV, JSON, Arrow, Parquet) and its change against the previous output,
 * rendered row batch by row batch into a sink, so a table is never held twice: not as pieces of a
 * file, nor as a second copy of its rows (the derived columns are added one row at a time), nor,
 * for the articles, as texts (read back from the run store one at a time). The same code serves
 * the worker threads that publish (files on disk, Parquet streamed a row group at a time) and
 * `render` (files in memory, Parquet written at once): the bytes are the same.
 */
import { createHash, hash } from 'node:crypto';
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, columns, withBounds, type Column, type TableDef } from '../../schemas/index.js';
import { diffRows, rowId, type TableChanges } from '../changes.js';
import { PACKAGE_VERSION } from '../lib/version.js';
import type { RecordBatch } from 'apache-arrow';
import { arrowEncoder, arrowSchema, recordBatch } from './arrow.js';
import { csvEncoder } from './csv.js';
import type { Format } from './datapackage.js';
import { jsonEncoder } from './json.js';
import { parquetOf, parquetStream } from './parquet.js';
import { jsonRowTexts, NotRowPerBlock, parseRows, previousPieces, type PreviousOutput } from './previous.js';
import { RowReader, type TableRows } from './rows.js';

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
}

/** Where rendered pieces go: a file on disk or in memory, opened per path. */
export interface Sink {
  open(path: string): { write(piece: Uint8Array): void; close(): void };
}

/** Rows per CSV/JSON piece, Arrow record batch and Parquet row group: fewer for the table of texts. */
export function batchSize(t: TableDef): number {
  return t.name === 'articles' ? 1_000 : 10_000;
}

export function tableDef(name: string): TableDef {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/**
 * The table's files in one pass over its rows, a batch at a time: each batch becomes CSV lines,
 * JSON lines and an Arrow record batch, which goes on to the Parquet writer (`step` returns it),
 * so a row (and an article's text) is read and made whole once for the four files.
 */
function tablePass(t: TableDef, rows: TableRows, sink: Sink, formats: FormatGroup, lines: LineKeys | null) {
  const cols = columns(t.published);
  const schema = arrowSchema(cols, { pipeline_version: PACKAGE_VERSION, table: t.name });
  const file = (format: Format) => measuredFile(sink, `${t.name}.${format}`, format);
  const text = formats !== 'binary', binary = formats !== 'text';
  const out = { csv: text ? file('csv') : null, json: text ? file('json') : null, arrow: binary ? file('arrow') : null, parquet: binary ? file('parquet') : null };
  const csv = csvEncoder(cols);
  const json = jsonEncoder(cols, lines ? (line) => lines.add(line) : undefined);
  const arrow = arrowEncoder(schema);
  const derived = cols.some((c) => c.boundOf);
  const source = new RowReader(rows).batches(batchSize(t));
  const ids: string[] = [];
  let made = 0;
  out.csv?.add(csv.start());
  return {
    out,
    ids,
    /**
     * The next batch, written to CSV and JSON and made an Arrow record batch (written to Arrow) as
     * the formats asked for need; null once every row is (an empty table is one empty batch).
     */
    step(): RecordBatch | null {
      const next = source.next();
      if (next.done && made > 0) return null;
      const slice = next.done ? [] : derived ? next.value.map((r) => withBounds(cols, r)) : next.value;
      made++;
      for (const r of slice) ids.push(rowId(t.primaryKey, r));
      out.csv?.add(csv.rows(slice));
      out.json?.add(json.rows(slice));
      if (!out.arrow) return EMPTY_BATCH;
      const batch = recordBatch(cols, slice, schema);
      for (const piece of arrow.batch(batch)) out.arrow.add(piece);
      return batch;
    },
    /** The other files' ends (CSV, JSON, Arrow, of those asked for); Parquet's is the caller's. */
    finish(): FileResult[] {
      out.csv?.add(csv.end());
      out.json?.add(json.end());
      if (out.arrow) for (const piece of arrow.end()) out.arrow.add(piece);
      return [out.csv?.done(), out.json?.done(), out.arrow?.done()].filter((f): f is FileResult => !!f);
    },
  };
}

/**
 * Which of a table's files one pass writes: all four, or half of them, so that two threads can
 * share the writing of one large table (CSV and JSON, with the change report; or Arrow and
 * Parquet). The halves of a table, put together (`joinHalves`), are its whole result.
 */
export type FormatGroup = 'all' | 'text' | 'binary';

/** A stand-in for a batch the pass did not make (CSV and JSON only): any non-null value ends nothing. */
const EMPTY_BATCH = {} as RecordBatch;

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
  private count = 0;
  add(line: string): void {
    this.index.set(lineKey(line), this.count++);
  }
  readonly same = (text: string): number | undefined => this.index.get(lineKey(text));
}
const lineKey = (line: string) => hash('sha256', line, 'base64').slice(0, 22);

/** Line keys are worth making when there is a previous JSON of the table to compare with. */
function lineKeysFor(t: TableDef, previous: PreviousOutput, formats: FormatGroup): LineKeys | null {
  if (formats === 'binary') return null;
  const path = `${t.name}.json`;
  const there = previous.dir !== undefined ? existsSync(join(previous.dir, path)) : previous.file(path) !== null;
  return there ? new LineKeys() : null;
}

/** The table's change against the previous output's JSON, read a row at a time (whole when laid out otherwise). */
function changesOf(t: TableDef, rows: TableRows, ids: readonly string[], previous: PreviousOutput, lines: LineKeys | null): { changes: TableChanges; previousHash: string | null } {
  const path = `${t.name}.json`;
  const cols = columns(t.published);
  const names = cols.map((c) => c.name);
  const derived = cols.some((c) => c.boundOf);
  const reader = new RowReader(rows);
  const full = (i: number) => (derived ? withBounds(cols, reader.row(i)) : reader.row(i));
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

/** One table, all four files, synchronously (Parquet written at once): the in-memory render. */
export function writeTableSync(t: TableDef, rows: TableRows, sink: Sink, previous: PreviousOutput): TableResult {
  const lines = lineKeysFor(t, previous, 'all');
  const pass = tablePass(t, rows, sink, 'all', lines);
  const all: RecordBatch[] = [];
  for (let batch = pass.step(); batch; batch = pass.step()) all.push(batch);
  const files = pass.finish();
  pass.out.parquet!.add(parquetOf(all, CREATED_BY, batchSize(t)));
  return { name: t.name, rows: rows.count, files: [...files, pass.out.parquet!.done()], ...changesOf(t, rows, pass.ids, previous, lines) };
}

/**
 * One table's files (all four, or a `FormatGroup`'s half), Parquet a row group at a time as the
 * writer asks for batches: publishing. The change report comes with the CSV and JSON.
 */
export async function writeTable(t: TableDef, rows: TableRows, sink: Sink, previous: PreviousOutput, formats: FormatGroup = 'all'): Promise<TableResult> {
  const lines = lineKeysFor(t, previous, formats);
  const pass = tablePass(t, rows, sink, formats, lines);
  if (pass.out.parquet) for await (const piece of parquetStream(() => pass.step(), CREATED_BY, batchSize(t))) pass.out.parquet.add(piece);
  else while (pass.step());
  const files = [...pass.finish(), ...(pass.out.parquet ? [pass.out.parquet.done()] : [])];
  const changes = formats === 'binary' ? { changes: NO_CHANGES, previousHash: null } : changesOf(t, rows, pass.ids, previous, lines);
  return { name: t.name, rows: rows.count, files, ...changes };
}

/** Stands for the change report in the Arrow and Parquet half of a table, which has none. */
const NO_CHANGES = {} as TableChanges;

/** A table's result from its two halves (text: CSV, JSON and the change report; binary: Arrow, Parquet). */
export function joinHalves(text: TableResult, binary: TableResult): TableResult {
  return { ...text, files: [...text.files, ...binary.files] };
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
