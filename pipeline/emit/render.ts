/**
 * The whole output folder: the tables (emit/tables.ts), each table's JSON Schema, the run report,
 * the site, then the files that describe the others (the change report and datapackage.json,
 * which lists every file's size and hash). Two ways to the same bytes: `writeOutput` into the
 * folder being published, with the tables written by worker threads while this thread writes the
 * site and the report; `renderOutput` into memory, synchronously (tests, `run().files`).
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TABLES, columns, toJsonSchema, withBounds, type TableDef } from '../../schemas/index.js';
import { changesJson, changesMarkdown, type Changes } from '../changes.js';
import { createThreads, threadUrl } from '../lib/threads.js';
import { PACKAGE_VERSION } from '../lib/version.js';
import { siteFiles } from '../report/index.js';
import { addStats, noBatches, type BatchCacheOptions, type BatchStats } from './batch-cache.js';
import { datapackage, resource } from './datapackage.js';
import { reportChunks } from './json.js';
import type { PreviousOutput } from './previous.js';
import { listedFiles, reuseTable, type TableRecord } from './reuse.js';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from './publish.js';
import { RowReader, rowsInMemory, type Row, type TableRows } from './rows.js';
import { folderSink, joinHalves, memorySink, tableDef, writeTable, writeTableSync, type FormatGroup, type RecordedJson, type TableResult } from './tables.js';

export interface Output {
  /** Every table's records, by name. */
  tables: Record<string, TableRows>;
  report: unknown;
}

export interface OutputOptions {
  previous: PreviousOutput;
  /** Write the browsable report (site/). */
  site: boolean;
  /** Threads that write the tables; 1 writes them on this thread. */
  workers?: number;
  /** What was last published to this output: unchanged tables are linked from it (emit/reuse.ts). */
  records?: Record<string, TableRecord>;
  /** Encoded batches of earlier runs, reused (emit/batch-cache.ts). */
  batchCache?: BatchCacheOptions;
}

/** What a worker thread is given: one table (or half its files) to write into the folder being built. */
export interface TableJob {
  table: string;
  rows: TableRows;
  dir: string;
  previousDir: string | null;
  formats: FormatGroup;
  batchCache: BatchCacheOptions | null;
  /** The previous output's JSON of the table as recorded when it was written, or null. */
  recorded: RecordedJson | null;
}

type File = [path: string, bytes: Uint8Array];

/** The site's pages, from every table read back whole (the site is for corpora a reader can browse). */
function* siteOf(output: Output): Generator<File> {
  const published: Record<string, Row[]> = {};
  for (const t of TABLES) {
    const cols = columns(t.published);
    published[t.name] = new RowReader(rowsOf(output, t.name)).all().map((r) => withBounds(cols, r));
  }
  for (const [path, html] of siteFiles(published)) yield [`site/${path}`, Buffer.from(html)];
}

/** Schema files and the report, with their bytes. */
function schemaFiles(): File[] {
  return TABLES.map((t) => [`schema/${t.name}.json`, Buffer.from(JSON.stringify(toJsonSchema(t), null, 2) + '\n')]);
}

function reportFile(report: unknown): File {
  return ['report.json', Buffer.concat([...reportChunks(report as Record<string, unknown>)].map((s) => Buffer.from(s)))];
}

/** Write report.json into `dir` a batch of chunks at a time ([scale]: never whole in memory); its hash. */
function writeReport(dir: string, report: unknown): string {
  const hash = createHash('sha256');
  const fd = openSync(join(dir, 'report.json'), 'w');
  try {
    let batch: string[] = [];
    let size = 0;
    const flush = () => {
      const b = Buffer.from(batch.join(''));
      hash.update(b);
      writeSync(fd, b);
      batch = [];
      size = 0;
    };
    for (const chunk of reportChunks(report as Record<string, unknown>)) {
      batch.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * CHANGES.md, changes.json and datapackage.json, from what was written. The dataset version is
 * derived from every file's hash (no clock), so unchanged input gives unchanged bytes. When no
 * table changed, the previous change report is kept as it was: it still describes how this data
 * came to be, and an unchanged regeneration then leaves every byte of out/ unchanged.
 */
function describe(results: TableResult[], schemas: File[], reportHash: string, previous: PreviousOutput): File[] {
  const digest = createHash('sha256');
  const from = createHash('sha256');
  const to = createHash('sha256');
  const resources: Record<string, unknown>[] = [];
  const changes: Changes = { from: null, to: '', tables: {} };
  results.forEach((r, i) => {
    const t = TABLES[i]!;
    for (const f of r.files) {
      digest.update(`${f.path}\u0000${f.hash}\n`);
      resources.push(resource(t, f.format, r.rows, f.bytes, f.hash));
      if (f.format === 'json') to.update(`${t.name}\u0000${f.hash}\n`);
    }
    digest.update(`${schemas[i]![0]}\u0000${sha256(schemas[i]![1])}\n`);
    if (r.previousHash !== null) {
      changes.from = '';
      from.update(`${t.name}\u0000${r.previousHash}\n`);
    }
    changes.tables[t.name] = r.changes;
  });
  digest.update(`report.json\u0000${reportHash}\n`);
  changes.from = changes.from === null ? null : from.digest('hex');
  changes.to = to.digest('hex');
  const keptMd = previous.file('CHANGES.md');
  const keptJson = previous.file('changes.json');
  const kept = changes.from === changes.to && keptMd && keptJson;
  const pkg = datapackage(`${PACKAGE_VERSION}+${digest.digest('hex').slice(0, 12)}`, resources);
  return [
    ['CHANGES.md', kept ? keptMd : Buffer.from(changesMarkdown(changes))],
    ['changes.json', kept ? keptJson : Buffer.from(changesJson(changes))],
    ['datapackage.json', Buffer.from(JSON.stringify(pkg, null, 2) + '\n')],
  ];
}

const rowsOf = (output: Output, name: string): TableRows => output.tables[name] ?? rowsInMemory([]);

/** What a table's record says of its JSON file: its hash and batches (checked against the file before use). */
function recordedJson(record: TableRecord | undefined): RecordedJson | null {
  const json = record?.files.find((f) => f.format === 'json');
  return json && record?.jsonBatches ? { hash: json.hash, batches: record.jsonBatches } : null;
}

/** Every output file in memory, whole, in the order they are written. */
export function renderOutput(output: Output, options: OutputOptions): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>([[OUTPUT_MARKER, Buffer.from(OUTPUT_MARKER_TEXT)]]);
  if (options.site) for (const [path, bytes] of siteOf(output)) files.set(path, bytes);
  const sink = memorySink(files);
  const results = TABLES.map((t) => writeTableSync(t, rowsOf(output, t.name), sink, options.previous));
  const schemas = schemaFiles();
  const report = reportFile(output.report);
  for (const [path, bytes] of [...schemas, report, ...describe(results, schemas, sha256(report[1]), options.previous)]) files.set(path, bytes);
  return files;
}

/** How much work a table is, roughly: cells, and the bytes of texts read back. */
function cost(t: TableDef, rows: TableRows): number {
  return rows.count * columns(t.published).length + (rows.texts?.locs.reduce((n, [, length]) => n + length, 0) ?? 0) / 16;
}

/**
 * Write the tables into `dir` on `workers` threads. A table that is a large part of the work is
 * cut in two jobs (CSV and JSON; Arrow and Parquet), so that no thread is left with one big table
 * while the others have finished. Jobs go largest first to whichever thread is free; when this
 * thread writes the site meanwhile (and could not hand out the next job on time), each thread is
 * given its jobs at once instead, largest first to the least loaded.
 */
async function writeTables(output: Output, dir: string, options: OutputOptions): Promise<{ results: TableResult[]; reused: string[] }> {
  const batchCache = options.batchCache ?? null;
  const previousDir = options.previous.dir ?? null;
  const listed = listedFiles(options.previous.dir);
  const reused = new Map<string, TableResult>();
  for (const t of TABLES) {
    const r = reuseTable(t.name, rowsOf(output, t.name).digest, options.records?.[t.name], options.previous.dir, listed, dir);
    if (r) reused.set(t.name, r);
  }
  const linked = [...reused.keys()];
  const all = () => ({ results: TABLES.map((t) => reused.get(t.name)!), reused: linked });
  const tables = TABLES.filter((t) => !reused.has(t.name)).map((t) => ({ table: t.name, rows: rowsOf(output, t.name), dir, previousDir, formats: 'all' as FormatGroup, batchCache, recorded: recordedJson(options.records?.[t.name]) }));
  const workers = Math.min(Math.max(1, Math.floor(options.workers ?? 1)), tables.length);
  if (workers <= 1) {
    const sink = folderSink(dir);
    for (const job of tables) reused.set(job.table, await writeTable(tableDef(job.table), job.rows, sink, options.previous, 'all', batchCache, job.recorded));
    return all();
  }
  const costOf = (job: TableJob) => cost(tableDef(job.table), job.rows) / (job.formats === 'all' ? 1 : 2);
  const total = tables.reduce((n, job) => n + costOf(job), 0);
  const jobs = tables
    .flatMap((job): TableJob[] => (costOf(job) > total / (2 * workers) ? [{ ...job, formats: 'text' }, { ...job, formats: 'binary' }] : [job]))
    .sort((a, b) => costOf(b) - costOf(a));
  const url = threadUrl(new URL('./render-worker.js', import.meta.url), new URL('../../dist/pipeline/emit/render-worker.js', import.meta.url));
  const threads = createThreads<TableJob[], TableResult[]>(url, workers);
  try {
    let lists: TableJob[][];
    if (options.site) {
      const shares = Array.from({ length: workers }, () => ({ load: 0, jobs: [] as TableJob[] }));
      for (const job of jobs) {
        const share = shares.reduce((a, b) => (b.load < a.load ? b : a));
        share.jobs.push(job);
        share.load += costOf(job);
      }
      lists = shares.map((s) => s.jobs);
    } else lists = jobs.map((job) => [job]);
    const done = (await Promise.all(lists.map((l) => threads.run(l)))).flat();
    const sent = lists.flat();
    const halves = new Map<string, TableResult>();
    done.forEach((r, i) => {
      const formats = sent[i]!.formats;
      if (formats === 'all') return void reused.set(r.name, r);
      const other = halves.get(r.name);
      if (!other) return void halves.set(r.name, r);
      reused.set(r.name, formats === 'text' ? joinHalves(r, other) : joinHalves(other, r));
    });
    return all();
  } finally {
    await threads.close();
  }
}

/**
 * Write every output file into `dir` (the folder being published; its marker is written by the
 * caller); returns the record of each table written, and the tables whose files were reused.
 */
export async function writeOutput(output: Output, dir: string, options: OutputOptions): Promise<{ records: Record<string, TableRecord>; reused: string[]; batches: BatchStats }> {
  const tables = writeTables(output, dir, options);
  tables.catch(() => {}); // rethrown by the await below
  const made = new Set<string>();
  const write = ([path, bytes]: File) => {
    const folder = dirname(join(dir, path));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true }), made.add(folder);
    writeFileSync(join(dir, path), bytes);
  };
  // This thread's share while the tables are written: the site, the schemas and the report.
  if (options.site) for (const file of siteOf(output)) write(file);
  const schemas = schemaFiles();
  for (const file of schemas) write(file);
  const reportHash = writeReport(dir, output.report);
  const { results, reused } = await tables;
  for (const file of describe(results, schemas, reportHash, options.previous)) write(file);
  const records: Record<string, TableRecord> = {};
  results.forEach((r, i) => {
    const digest = rowsOf(output, TABLES[i]!.name).digest;
    if (digest) records[r.name] = { digest, rows: r.rows, files: r.files, ...(r.jsonBatches ? { jsonBatches: r.jsonBatches } : {}) };
  });
  const batches = results.reduce((n, r) => addStats(n, r.batches), noBatches());
  return { records, reused, batches };
}
