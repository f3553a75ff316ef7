/** Worker-thread entry for `checkInThread` (emit/validate-thread.ts). Loaded from the compiled dist/ tree. */
import { serveJobs } from '../lib/threads.js';
import { checkStored } from './validate-thread.js';

serveJobs(checkStored);
