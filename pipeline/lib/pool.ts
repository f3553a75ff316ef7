/**
 * A pool of worker threads running the per-article stages (`analyzeArticle`), for `run({ analyze })`.
 *
 * Each batch from `run()` is cut into chunks handed to whichever worker is free, so a slow article
 * does not leave the other core idle; results are put back in input order. Workers start on the
 * first batch big enough to be worth it: a handful of articles (the committed seeds, one added
 * file) is analysed in-process, because starting a worker (loading the stages) costs more than it.
 * `workers: 1` never starts a thread. Results are the same either way: the stages are pure.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyzeArticle, type ArticleAnalysis } from '../index.js';
import type { RawArticle } from '../types.js';
import type { WorkerReply, WorkerRequest } from '../worker.js';

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
  analyze(batch: RawArticle[]): Promise<ArticleAnalysis[]>;
  readonly stats: PoolStats;
  /** Stops the workers; the pool can still analyse in-process afterwards. */
  close(): Promise<void>;
}

/** Workers run the compiled JS. From dist/ that is the sibling file; from the TS sources (tests), dist/'s copy. */
function defaultWorkerUrl(): URL {
  const here = new URL('../worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/pipeline/worker.js', import.meta.url);
}

interface Job {
  id: number;
  batch: RawArticle[];
  resolve: (r: ArticleAnalysis[]) => void;
  reject: (e: Error) => void;
}

export function createPool(options: PoolOptions): Pool {
  const size = Math.max(1, Math.floor(options.workers));
  const minParallel = options.minParallel ?? 16;
  const stats: PoolStats = { inProcess: 0, inWorkers: 0, workersStarted: 0 };
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const queue: Job[] = [];
  const running = new Map<Worker, Job>();
  let nextId = 0;
  let failed: Error | null = null;
  let closing = false;

  const fail = (e: Error) => {
    failed ??= e;
    for (const job of [...running.values(), ...queue.splice(0)]) job.reject(failed);
    running.clear();
  };

  const dispatch = () => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const job = queue.shift()!;
      running.set(w, job);
      w.postMessage({ id: job.id, batch: job.batch } satisfies WorkerRequest);
    }
  };

  const start = () => {
    const url = options.workerUrl ?? defaultWorkerUrl();
    for (let i = 0; i < size; i++) {
      const w = new Worker(url);
      w.on('message', (reply: WorkerReply) => {
        const job = running.get(w);
        running.delete(w);
        idle.push(w);
        if (!job || job.id !== reply.id) return fail(new Error(`worker pool: reply ${reply.id} does not match the job sent`));
        if ('error' in reply) job.reject(new Error(`in a worker: ${reply.error}`));
        else job.resolve(reply.results);
        dispatch();
      });
      w.on('error', (e) => fail(e));
      w.on('exit', (code) => {
        if (code !== 0 && !closing) fail(new Error(`worker pool: a worker exited with code ${code}`));
      });
      all.push(w);
      idle.push(w);
    }
    stats.workersStarted = size;
  };

  const runChunk = (batch: RawArticle[]) =>
    new Promise<ArticleAnalysis[]>((resolve, reject) => {
      if (failed) return reject(failed);
      queue.push({ id: nextId++, batch, resolve, reject });
      dispatch();
    });

  return {
    stats,
    async analyze(batch) {
      if (size === 1 || closing || (all.length === 0 && batch.length < minParallel)) {
        stats.inProcess += batch.length;
        return batch.map(analyzeArticle);
      }
      if (all.length === 0) start();
      // Two chunks per worker: enough to even out uneven articles, few enough to keep messages cheap.
      const per = Math.max(1, Math.ceil(batch.length / (size * 2)));
      const parts: Promise<ArticleAnalysis[]>[] = [];
      for (let i = 0; i < batch.length; i += per) parts.push(runChunk(batch.slice(i, i + per)));
      const results = (await Promise.all(parts)).flat();
      if (results.length !== batch.length) throw new Error(`worker pool: ${results.length} results for ${batch.length} articles`);
      stats.inWorkers += batch.length;
      return results;
    },
    async close() {
      closing = true;
      await Promise.all(all.splice(0).map((w) => w.terminate()));
      idle.length = 0;
    },
  };
}
