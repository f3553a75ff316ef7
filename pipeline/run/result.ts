/**
 * The run's report and its result: the files, tables and publication of the stored records,
 * each made on first use.
 */
import { join } from 'node:path';
import { ASSEMBLED } from '../assemble.js';
import { noBatches } from '../emit/batch-cache.js';
import { publish, recordsOf, render, rowsInMemory, type Output } from '../emit.js';
import type { RunOptions, RunResult } from '../index.js';
import { boundHeapGrowth } from '../lib/memory.js';
import { buildReport } from '../run-report.js';
import { TABLES } from '../../schemas/index.js';
import { ASSEMBLE_HEAP_GROWTH, type RunContext } from './context.js';
import type { StoredTables } from './store-tables.js';

export function runResult(options: RunOptions, ctx: RunContext, counts: { files: number; rejected: number }, tables: StoredTables): RunResult {
  // The closures below hold what publishing needs, not the context (its messages are in the report).
  const { store, timings, large, stage } = ctx;
  const { stored, invalid, articleCount } = tables;
  const { rejected } = counts;
  const report = buildReport(ctx.messages.all(), {
    files: counts.files,
    articles: articleCount,
    rejected,
    ...Object.fromEntries(ASSEMBLED.map((name) => [name, stored[name]!.count])),
  });
  if (invalid.length || articleCount === 0) {
    store.close();
    if (articleCount === 0) report.errors.push({ ruleId: 'run/no-articles', severity: 'error', reason: 'No article could be read: nothing to publish' });
    report.valid = false;
    return { files: null, tables: null, publish: async () => ({ reused: [], batches: noBatches() }), report, rejected };
  }
  const output: Output = { tables: Object.fromEntries(TABLES.map((t) => [t.name, stored[t.name] ?? rowsInMemory([])])), report };
  store.flush();
  ctx.tidy();
  let rendered: Map<string, Uint8Array> | null = null;
  let whole: Record<string, Record<string, unknown>[]> | null = null;
  let published = false;
  const open = () => {
    if (published) throw new Error('the records were released by publish()');
  };
  return {
    get files() {
      open();
      return (rendered ??= render(output));
    },
    get tables() {
      open();
      return (whole ??= recordsOf(output));
    },
    publish: async (outDir: string, publishOptions: { site?: boolean } = {}) => {
      open();
      stage('render+write');
      const t = performance.now();
      // Publishing consumes the records and closes the run store.
      published = true;
      if (large) boundHeapGrowth(ASSEMBLE_HEAP_GROWTH);
      try {
        return await publish(outDir, output, {
          inDir: options.inDir,
          site: publishOptions.site ?? true,
          workers: options.workers ?? 1,
          ...(options.publishCache ? { records: options.publishCache, batches: join(options.publishCache, 'batches') } : {}),
        });
      } finally {
        store.close();
        if (large) boundHeapGrowth(0);
        timings['render+write'] = (timings['render+write'] ?? 0) + performance.now() - t;
      }
    },
    report,
    rejected,
  };
}
