/** Worker-thread entry for `dedupeInThread` (dedupe/thread.ts). Loaded from the compiled dist/ tree. */
import { serveJobs } from '../lib/threads.js';
import { dedupePacked } from './thread.js';

serveJobs(dedupePacked);
