/**
 * Emit: the only module that writes `out/`. Every table goes out as CSV, JSON, Arrow and Parquet,
 * with its JSON Schema, a Frictionless `datapackage.json`, the run's `report.json`, the change
 * report against the output it replaces (`CHANGES.md`, `changes.json`) and the browsable report
 * (`site/`). Files are written into a temporary sibling folder that replaces `out/` only once
 * everything is written, so a failed run leaves the previous `out/` as it was.
 */
import { createHash } from 'node:crypto';
import { TABLES, columns, toJsonSchema, withBounds, type TableDef } from '../schemas/index.js';
import { changesJson, changesMarkdown, diffTable, type Changes } from './changes.js';
import { toArrow } from './emit/arrow.js';
import { csvChunks } from './emit/csv.js';
import { datapackage, resource, type Format } from './emit/datapackage.js';
import { jsonChunks, reportChunks } from './emit/json.js';
import { toParquet } from './emit/parquet.js';
import { NO_PREVIOUS, parseRows, previousOutput, type PreviousOutput } from './emit/previous.js';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT, publishFolder } from './emit/publish.js';
import { siteFiles } from './report/index.js';
export { OUTPUT_MARKER, OutputRefused, recoverOutput, refuseOutput } from './emit/publish.js';
export { previousOutput, type PreviousOutput } from './emit/previous.js';
import { PACKAGE_VERSION } from './lib/version.js';

export interface EmitInput {
  tables: Record<string, Record<string, unknown>[]>;
  report: unknown;
}

export interface RenderOptions {
  /** Let each table's records go once its files are out (publishing a large corpus). */
  release?: boolean;
  /** The output being replaced, for the change report (default: none, a first publication). */
  previous?: PreviousOutput;
}

/** An output file as it is produced: its path under out/ and its bytes, in pieces. */
export type OutputFile = [path: string, chunks: Iterable<Uint8Array>];

const FORMATS: Format[] = ['csv', 'json', 'arrow', 'parquet'];
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A table's records as published: with the derived columns (typed bounds of partial dates) filled in. */
export function publishedRows(t: TableDef, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const cols = columns(t.published);
  return cols.some((c) => c.boundOf) ? rows.map((r) => withBounds(cols, r)) : rows;
}

/** The pieces of one table file. */
function tableFile(t: TableDef, format: Format, rows: Record<string, unknown>[]): Iterable<string | Uint8Array> {
  const cols = columns(t.published);
  const metadata = { pipeline_version: PACKAGE_VERSION, table: t.name };
  if (format === 'csv') return csvChunks(cols, rows);
  if (format === 'json') return jsonChunks(cols, rows);
  if (format === 'arrow') return [toArrow(cols, rows, metadata)];
  return [toParquet(cols, rows, metadata, `reportage ${PACKAGE_VERSION}`)];
}

/**
 * Render the output files one at a time, each in pieces, so a caller can write them as they come:
 * memory holds the records and one piece, not the dataset a second time. A file's pieces must be
 * consumed before the next file is asked for. The site comes first (it reads every table), then
 * each table's files, after which its records may go. `datapackage.json` comes last: it lists
 * every other file's size and hash, and the dataset version is derived from those hashes (no
 * clock), so unchanged input gives unchanged bytes.
 */
export function* renderFiles(input: EmitInput, options: RenderOptions = {}): Generator<OutputFile> {
  const previous = options.previous ?? NO_PREVIOUS;
  const resources: Record<string, unknown>[] = [];
  const digest = createHash('sha256');
  // Pieces pass through here on their way out, to count and hash them.
  function* measured(path: string, pieces: Iterable<string | Uint8Array>, done: (bytes: number, hash: string) => void): Generator<Uint8Array> {
    const hash = createHash('sha256');
    let bytes = 0;
    for (const piece of pieces) {
      const b = typeof piece === 'string' ? Buffer.from(piece) : piece;
      hash.update(b);
      bytes += b.length;
      yield b;
    }
    const hex = hash.digest('hex');
    digest.update(`${path}\u0000${hex}\n`);
    done(bytes, hex);
  }
  yield [OUTPUT_MARKER, [Buffer.from(OUTPUT_MARKER_TEXT)]];
  const published = Object.fromEntries(TABLES.map((t) => [t.name, publishedRows(t, input.tables[t.name] ?? [])]));
  for (const [path, html] of siteFiles(published)) yield [`site/${path}`, [Buffer.from(html)]];

  const changes: Changes = { from: null, to: '', tables: {} };
  const from = createHash('sha256');
  const to = createHash('sha256');
  for (const t of TABLES) {
    const rows = published[t.name]!;
    for (const format of FORMATS) {
      const path = `${t.name}.${format}`;
      yield [path, measured(path, tableFile(t, format, rows), (bytes, hash) => {
        resources.push(resource(t, format, rows.length, bytes, hash));
        if (format === 'json') to.update(`${t.name}\u0000${hash}\n`);
      })];
    }
    const before = previous.file(`${t.name}.json`);
    if (before) {
      changes.from = '';
      from.update(`${t.name}\u0000${sha256(before)}\n`);
    }
    changes.tables[t.name] = diffTable(t.primaryKey, columns(t.published).map((c) => c.name), parseRows(before), rows);
    // Once its files are out, a table's rows are no longer needed (when the caller says so).
    if (options.release) {
      delete input.tables[t.name];
      delete published[t.name];
    }
    const schemaPath = `schema/${t.name}.json`;
    yield [schemaPath, measured(schemaPath, [JSON.stringify(toJsonSchema(t), null, 2) + '\n'], () => {})];
  }
  yield ['report.json', measured('report.json', reportChunks(input.report as Record<string, unknown>), () => {})];
  yield* changeReport(changes, from.digest('hex'), to.digest('hex'), previous);
  const pkg = datapackage(`${PACKAGE_VERSION}+${digest.digest('hex').slice(0, 12)}`, resources);
  yield ['datapackage.json', [Buffer.from(JSON.stringify(pkg, null, 2) + '\n')]];
}

/**
 * `CHANGES.md` and `changes.json`. When no table changed, the previous report is kept as it was:
 * it still describes how this data came to be, and an unchanged regeneration then leaves every
 * byte of out/ unchanged (nothing to commit).
 */
function* changeReport(changes: Changes, fromHash: string, toHash: string, previous: PreviousOutput): Generator<OutputFile> {
  changes.from = changes.from === null ? null : fromHash;
  changes.to = toHash;
  const keptMd = previous.file('CHANGES.md');
  const keptJson = previous.file('changes.json');
  if (changes.from === toHash && keptMd && keptJson) {
    yield ['CHANGES.md', [keptMd]];
    yield ['changes.json', [keptJson]];
    return;
  }
  yield ['CHANGES.md', [Buffer.from(changesMarkdown(changes))]];
  yield ['changes.json', [Buffer.from(changesJson(changes))]];
}

/** Every output file in memory, whole (tests compare them byte for byte). */
export function render(input: EmitInput, options: { previous?: PreviousOutput } = {}): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [path, chunks] of renderFiles(input, options)) files.set(path, Buffer.concat([...chunks]));
  return files;
}

/**
 * Write the files to `outDir` as its whole content (temporary sibling folder, then swapped in),
 * each as it comes. Refuses, by throwing `OutputRefused`, a path that is not an empty folder or an
 * earlier output, or that is or holds the input folder or the working directory (see emit/publish.ts).
 */
export async function emit(outDir: string, files: Iterable<OutputFile | [string, Uint8Array]>, options: { inDir?: string } = {}): Promise<void> {
  await publishFolder(outDir, files, options);
}

/** Render and publish a run's records into `outDir`, with the change report against what it replaces. */
export async function publish(outDir: string, input: EmitInput, options: { inDir?: string; release?: boolean } = {}): Promise<void> {
  await emit(outDir, renderFiles(input, { release: options.release ?? false, previous: previousOutput(outDir) }), options);
}
