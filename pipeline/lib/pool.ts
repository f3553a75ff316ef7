/**
 * A pool of worker threads running the per-article stages (`analyzeForRun`), for `run({ analyze })`.
 *
 * Each batch from `run()` is cut into chunks handed to whichever worker is free, so a slow article
 * does not leave the other core idle; results are put back in input order. Workers start on the
 * first batch big enough to be worth it: a handful of articles (the committed seeds, one added
 * file) is analysed in-process, because starting a worker (loading the stages) costs more than it.
 * `workers: 1` never starts a thread. Results are the same either way: the stages are pure.
 */
import { analyzeForRun, type ArticleResult } from '../index.js';
import type { RawArticle } from '../types.js';
import { createThreads, threadUrl, type Threads } from './threads.js';

export interface PoolOptions {
  /** Worker threads; 1 (or less) analyses in-process. */
  workers: number;
  /** A batch smaller than this is analysed in-process (default 16). */
  minParallel?: number;
  /** The worker script; defaults to the compiled `dist/pipeline/worker.js`. */
  workerUrl?: URL;
}

export interface PoolStats {
  /** Articles analysed on the calling thread / in workers. */
  inProcess: number;
  inWorkers: number;
  workersStarted: number;
}

export interface Pool {
  analyze(batch: RawArticle[]): Promise<ArticleResult[]>;
  readonly stats: PoolStats;
  /** Stops the workers; the pool can still analyse in-process afterwards. */
  close(): Promise<void>;
}

export function createPool(options: PoolOptions): Pool {
  const size = Math.max(1, Math.floor(options.workers));
  const minParallel = options.minParallel ?? 16;
  const stats: PoolStats = { inProcess: 0, inWorkers: 0, workersStarted: 0 };
  let threads: Threads<RawArticle[], ArticleResult[]> | null = null;
  let closing = false;
  return {
    stats,
    async analyze(batch) {
      if (size === 1 || closing || (!threads && batch.length < minParallel)) {
        stats.inProcess += batch.length;
        return batch.map(analyzeForRun);
      }
      if (!threads) {
        threads = createThreads(options.workerUrl ?? threadUrl(new URL('../worker.js', import.meta.url), new URL('../../dist/pipeline/worker.js', import.meta.url)), size);
        stats.workersStarted = size;
      }
      // Two chunks per worker: enough to even out uneven articles, few enough to keep messages cheap.
      const per = Math.max(1, Math.ceil(batch.length / (size * 2)));
      const parts: Promise<ArticleResult[]>[] = [];
      for (let i = 0; i < batch.length; i += per) parts.push(threads.run(batch.slice(i, i + per)));
      const results = (await Promise.all(parts)).flat();
      if (results.length !== batch.length) throw new Error(`worker pool: ${results.length} results for ${batch.length} articles`);
      stats.inWorkers += batch.length;
      return results;
    },
    async close() {
      closing = true;
      await threads?.close();
    },
  };
}
