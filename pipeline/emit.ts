/**
 * Emit: the only module that writes `out/`. Every table goes out as CSV, JSON, Arrow and Parquet,
 * with its JSON Schema, a Frictionless `datapackage.json`, the run's `report.json`, the change
 * report against the output it replaces (`CHANGES.md`, `changes.json`) and, unless asked not to,
 * the browsable report (`site/`). Files are written into a temporary sibling folder that replaces
 * `out/` only once everything is written, so a failed run leaves the previous `out/` as it was
 * (emit/publish.ts); what goes into it is emit/render.ts.
 */
import { resolve } from 'node:path';
import { TABLES, columns, withBounds, type TableDef } from '../schemas/index.js';
import { codeFingerprint } from './cache.js';
import { noBatches, type BatchStats } from './emit/batch-cache.js';
import { NO_PREVIOUS, previousOutput, type PreviousOutput } from './emit/previous.js';
import { publishFolder } from './emit/publish.js';
import { renderOutput, writeOutput, type Output } from './emit/render.js';
import { readRecords, recordFile, writeRecords } from './emit/reuse.js';
import { RowReader, rowsInMemory, storeRows, type TableRows } from './emit/rows.js';
import { batchSize, tableDef } from './emit/tables.js';
import type { RunStore } from './lib/store.js';
export { OUTPUT_MARKER, OutputRefused, recoverOutput, refuseOutput } from './emit/publish.js';
export { previousOutput, type PreviousOutput } from './emit/previous.js';
export type { Output } from './emit/render.js';
export { rowsInMemory, type TableRows } from './emit/rows.js';

export interface EmitInput {
  /** Every table's records, whole (the articles with their texts), sorted by id. */
  tables: Record<string, Record<string, unknown>[]>;
  report: unknown;
}

export interface RenderOptions {
  /** The output being replaced, for the change report (default: none, a first publication). */
  previous?: PreviousOutput;
  /** Write the browsable report, site/ (default true). */
  site?: boolean;
}

export interface PublishOptions {
  /** The input folder, which the output must not be, hold or be inside of. */
  inDir?: string;
  /** Write the browsable report, site/ (default true). */
  site?: boolean;
  /** Threads that write the tables (default 1: this thread). */
  workers?: number;
  /** Folder of the records of published tables, to link unchanged tables' files instead of writing them (emit/reuse.ts); none by default. */
  records?: string;
  /** Folder of encoded batches, reused when a batch's rows were encoded before (emit/batch-cache.ts); none by default. */
  batches?: string;
}

/** What publishing did: the tables linked unchanged, and the batches of the others (pieces encoded or taken from the batch cache). */
export interface Published {
  reused: string[];
  batches: BatchStats;
}

/** An output file as it is produced: its path under out/ and its bytes, in pieces. */
export type OutputFile = [path: string, chunks: Iterable<Uint8Array>];

/** A table's records as published: with the derived columns (typed bounds of partial dates) filled in. */
export function publishedRows(t: TableDef, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const cols = columns(t.published);
  return cols.some((c) => c.boundOf) ? rows.map((r) => withBounds(cols, r)) : rows;
}

const inMemory = (input: EmitInput): Output => ({
  tables: Object.fromEntries(TABLES.map((t) => [t.name, rowsInMemory(input.tables[t.name] ?? [])])),
  report: input.report,
});

/**
 * A table's records moved to the run store, a batch of rows at a time, ready to be published:
 * the threads that write the files read them back a batch at a time, and the caller can let go
 * of the rows. For the articles, `texts` says where each row's text is (the rows leave it out)
 * and its hash; with `version` (naming the code), the table gets a digest of its content
 * (emit/reuse.ts).
 */
export function storeTable(store: RunStore, name: string, rows: Record<string, unknown>[], texts?: TableRows['texts'] & { hashes: readonly string[] }, version?: string): TableRows {
  const t = tableDef(name);
  const digest = version ? { version, ...(texts ? { textHashes: texts.hashes } : {}) } : undefined;
  return storeRows(store, rows, batchSize(t), texts ? { fd: texts.fd, locs: texts.locs, hashes: texts.hashes } : undefined, digest);
}

/** The records of an output, whole, in memory (the articles with their texts). */
export function recordsOf(output: Output): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(Object.entries(output.tables).map(([name, rows]) => [name, new RowReader(rows).all()]));
}

/** Every output file in memory, whole (tests compare them byte for byte). */
export function render(input: EmitInput | Output, options: RenderOptions = {}): Map<string, Uint8Array> {
  const output = isOutput(input) ? input : inMemory(input);
  return renderOutput(output, { previous: options.previous ?? NO_PREVIOUS, site: options.site ?? true });
}

/** The files of `render`, one at a time. */
export function* renderFiles(input: EmitInput | Output, options: RenderOptions = {}): Generator<OutputFile> {
  for (const [path, bytes] of render(input, options)) yield [path, [bytes]];
}

function isOutput(input: EmitInput | Output): input is Output {
  const articles = (input.tables as Record<string, unknown>).articles;
  return !!articles && !Array.isArray(articles);
}

/**
 * Write the files to `outDir` as its whole content (temporary sibling folder, then swapped in),
 * each as it comes. Refuses, by throwing `OutputRefused`, a path that is not an empty folder or an
 * earlier output, or that is or holds the input folder or the working directory (see emit/publish.ts).
 */
export async function emit(outDir: string, files: Iterable<OutputFile | [string, Uint8Array]>, options: { inDir?: string } = {}): Promise<void> {
  await publishFolder(outDir, async (_dir, write) => {
    for (const [path, content] of files) await write(path, content);
  }, options);
}

/** Render and publish a run's records into `outDir`, with the change report against what it replaces. */
export async function publish(outDir: string, input: EmitInput | Output, options: PublishOptions = {}): Promise<Published> {
  const output = isOutput(input) ? input : inMemory(input);
  const previous = previousOutput(resolve(outDir));
  const file = options.records ? recordFile(options.records, outDir) : undefined;
  const records = readRecords(file);
  let written: Awaited<ReturnType<typeof writeOutput>> = { records: {}, reused: [], batches: noBatches() };
  const batchCache = options.batches ? { dir: options.batches, version: codeFingerprint() } : undefined;
  await publishFolder(outDir, async (dir) => {
    written = await writeOutput(output, dir, { previous, site: options.site ?? true, workers: options.workers ?? 1, records, ...(batchCache ? { batchCache } : {}) });
  }, options);
  // Recorded once the new output is in place: it describes what is there now.
  if (file) writeRecords(file, written.records);
  return { reused: written.reused, batches: written.batches };
}
