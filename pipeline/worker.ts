/**
 * Worker-thread entry for the per-article stages (see `pipeline/lib/pool.ts`). It receives
 * batches of RawArticle and posts back their ArticleAnalysis in the same order. Loaded from the
 * compiled dist/ tree: workers run JavaScript, not TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle, type ArticleAnalysis } from './index.js';
import type { RawArticle } from './types.js';

export interface WorkerRequest {
  id: number;
  batch: RawArticle[];
}

export type WorkerReply = { id: number; results: ArticleAnalysis[] } | { id: number; error: string };

if (!parentPort) throw new Error('pipeline/worker.js is a worker-thread entry; it is not run directly');
const port = parentPort;

port.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: req.id, results: req.batch.map(analyzeArticle) };
  } catch (e) {
    // A throw in a stage is a bug: hand the stack to the main thread, which fails the run with it.
    reply = { id: req.id, error: (e as Error).stack ?? String(e) };
  }
  port.postMessage(reply);
});
