/**
 * One table's four files (CSV, JSON, Arrow, Parquet) and its change against the previous output,
 * rendered row batch by row batch into a sink, so a table is never held twice: not as pieces of a
 * file, nor as a second copy of its rows (the derived columns are added one row at a time), nor,
 * for the articles, as texts (read back from the run store one at a time). The same code serves
 * the worker threads that publish (files on disk, Parquet streamed a row group at a time) and
 * `render` (files in memory, Parquet written at once): the bytes are the same.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, columns, withBounds, type Column, type TableDef } from '../../schemas/index.js';
import { diffTable, type TableChanges } from '../changes.js';
import { PACKAGE_VERSION } from '../lib/version.js';
import { readText, type TextLoc } from '../lib/store.js';
import { arrowChunks } from './arrow.js';
import { csvChunks } from './csv.js';
import type { Format } from './datapackage.js';
import { jsonChunks } from './json.js';
import { parquetChunks, toParquet } from './parquet.js';
import { jsonRows, NotRowPerBlock, parseRows, previousPieces, type PreviousOutput } from './previous.js';

export type Row = Record<string, unknown>;
export const FORMATS: Format[] = ['csv', 'json', 'arrow', 'parquet'];

/** A table's records as emit reads them; the articles' texts may wait in the run store. */
export interface TableRows {
  rows: Row[];
  /** Where row i's `text` is (`locs[i]` in the store open as `fd`), when the rows leave it out. */
  texts?: { fd: number; locs: readonly TextLoc[] };
}

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

/** Row i whole: with its text when it waits in the store. */
function fullRow(t: TableRows, i: number): Row {
  const r = t.rows[i]!;
  return t.texts ? { ...r, text: readText(t.texts.fd, t.texts.locs[i]!) } : r;
}

/** The published rows in order: whole, with the derived columns (bounds of partial dates) filled in. */
function* publishedRows(cols: Column[], t: TableRows): Generator<Row> {
  const derived = cols.some((c) => c.boundOf);
  for (let i = 0; i < t.rows.length; i++) {
    const r = fullRow(t, i);
    yield derived ? withBounds(cols, r) : r;
  }
}

/** The pieces of one file; Parquet streamed (`stream`) or written at once. */
function pieces(t: TableDef, format: Format, rows: TableRows, stream: boolean): Iterable<string | Uint8Array> | AsyncIterable<Uint8Array> {
  const cols = columns(t.published);
  const metadata = { pipeline_version: PACKAGE_VERSION, table: t.name };
  const size = batchSize(t);
  const published = publishedRows(cols, rows);
  if (format === 'csv') return csvChunks(cols, published, Math.min(size, 2000));
  if (format === 'json') return jsonChunks(cols, published, Math.min(size, 2000));
  if (format === 'arrow') return arrowChunks(cols, published, metadata, size);
  const createdBy = `reportage ${PACKAGE_VERSION}`;
  return stream ? parquetChunks(cols, published, metadata, createdBy, size) : [toParquet(cols, published, metadata, createdBy, size)];
}

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

function writeFile(sink: Sink, path: string, format: Format, produced: Iterable<string | Uint8Array>): FileResult {
  const f = measuredFile(sink, path, format);
  for (const piece of produced) f.add(piece);
  return f.done();
}

async function writeFileAsync(sink: Sink, path: string, format: Format, produced: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<FileResult> {
  const f = measuredFile(sink, path, format);
  for await (const piece of produced) f.add(piece);
  return f.done();
}

/** The table's change against the previous output's JSON, read a row at a time (whole when laid out otherwise). */
function changesOf(t: TableDef, rows: TableRows, previous: PreviousOutput): { changes: TableChanges; previousHash: string | null } {
  const path = `${t.name}.json`;
  const cols = columns(t.published);
  const names = cols.map((c) => c.name);
  const derived = cols.some((c) => c.boundOf);
  const full = (i: number) => (derived ? withBounds(cols, fullRow(rows, i)) : fullRow(rows, i));
  const source = previousPieces(previous, path);
  if (!source) return { changes: diffTable(t.primaryKey, names, null, rows.rows), previousHash: null };
  const hash = createHash('sha256');
  const hashed = (function* () {
    for (const piece of source) {
      hash.update(piece);
      yield piece;
    }
  })();
  try {
    const changes = diffTable(t.primaryKey, names, jsonRows(hashed), rows.rows, full);
    return { changes, previousHash: hash.digest('hex') };
  } catch (e) {
    if (!(e instanceof NotRowPerBlock)) throw e;
    const bytes = previous.file(path);
    return { changes: diffTable(t.primaryKey, names, parseRows(bytes) ?? [], rows.rows, full), previousHash: createHash('sha256').update(bytes!).digest('hex') };
  }
}

/** One table, all four files, synchronously (Parquet written at once): the in-memory render. */
export function writeTableSync(t: TableDef, rows: TableRows, sink: Sink, previous: PreviousOutput): TableResult {
  const files = FORMATS.map((format) => writeFile(sink, `${t.name}.${format}`, format, pieces(t, format, rows, false) as Iterable<string | Uint8Array>));
  return { name: t.name, rows: rows.rows.length, files, ...changesOf(t, rows, previous) };
}

/** One table, all four files, Parquet a row group at a time: publishing. */
export async function writeTable(t: TableDef, rows: TableRows, sink: Sink, previous: PreviousOutput): Promise<TableResult> {
  const files: FileResult[] = [];
  for (const format of FORMATS) {
    const produced = pieces(t, format, rows, true);
    const path = `${t.name}.${format}`;
    files.push(await writeFileAsync(sink, path, format, produced));
  }
  return { name: t.name, rows: rows.rows.length, files, ...changesOf(t, rows, previous) };
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
