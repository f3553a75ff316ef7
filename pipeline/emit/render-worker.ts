/**
 * Worker-thread entry that writes tables (see emit/render.ts): each job is a list of tables (or
 * halves of one), each written into the output folder being built, with its change against the
 * previous output.
 * Loaded from the compiled dist/ tree.
 */
import { serveJobs } from '../lib/threads.js';
import { NO_PREVIOUS, previousOutput } from './previous.js';
import { folderSink, tableDef, writeTable, type TableResult } from './tables.js';
import type { TableJob } from './render.js';

serveJobs(async (jobs: TableJob[]) => {
  const out: TableResult[] = [];
  for (const job of jobs) {
    const previous = job.previousDir ? previousOutput(job.previousDir) : NO_PREVIOUS;
    out.push(await writeTable(tableDef(job.table), job.rows, folderSink(job.dir), previous, job.formats, job.batchCache, job.recorded));
  }
  return out;
});
