/**
 * Worker-thread entry for the per-article stages (see `pipeline/lib/pool.ts`): it receives batches
 * of RawArticle and answers with their results (`analyzeForRun`) in the same order. Loaded from
 * the compiled dist/ tree: workers run JavaScript, not TypeScript.
 */
import { analyzeForRun } from './index.js';
import { serveJobs } from './lib/threads.js';
import type { RawArticle } from './types.js';

serveJobs((batch: RawArticle[]) => batch.map(analyzeForRun));
