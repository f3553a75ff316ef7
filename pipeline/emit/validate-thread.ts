/**
 * The schema check of the assembled tables on a thread of its own: each table, once in the run
 * store, is read back there a batch at a time and checked (`validate`), while this thread
 * assembles the next. The messages are `validate`'s on the rows as assembled, in table order.
 */
import { createThreads, threadUrl } from '../lib/threads.js';
import { validate } from '../run-report.js';
import type { Message } from '../types.js';
import { RowReader, type TableRows } from './rows.js';

/** What the thread is given: a table's rows as stored, and the columns they leave out on purpose. */
export interface CheckJob {
  name: string;
  rows: TableRows;
  without: string[];
}

/** One table's check, a stored batch at a time (the thread holds one batch, never the table). */
export function checkStored(job: CheckJob): Message[] {
  const out: Message[] = [];
  const { texts: _texts, ...rows } = job.rows; // the texts were checked with their articles
  for (const batch of new RowReader(rows).batches(rows.stored?.size ?? 10_000)) for (const m of validate({ [job.name]: batch }, { [job.name]: job.without })) out.push(m);
  return out;
}

export interface Checks {
  /** Check this stored table (in the order given). */
  add(name: string, rows: TableRows, without?: string[]): void;
  /** Every message, in the order the tables were added; the thread is stopped. */
  done(): Promise<Message[]>;
}

export function checkInThread(): Checks {
  const url = threadUrl(new URL('./validate-worker.js', import.meta.url), new URL('../../dist/pipeline/emit/validate-worker.js', import.meta.url));
  const threads = createThreads<CheckJob, Message[]>(url, 1);
  const pending: Promise<Message[]>[] = [];
  return {
    add(name, rows, without = []) {
      const p = threads.run({ name, rows, without });
      p.catch(() => {}); // rethrown by done()
      pending.push(p);
    },
    done: () => Promise.all(pending).then((all) => all.flat()).finally(() => threads.close()),
  };
}
