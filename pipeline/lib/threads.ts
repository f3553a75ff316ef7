/**
 * Worker threads that run jobs: each job goes to the next free thread, its reply comes back to the
 * job's promise, so results can be put in any order the caller needs. A thread that dies or
 * answers out of turn fails every job in flight (a bug, not an input problem). The threads run
 * compiled JavaScript (`threadUrl` finds it when the caller runs from the TypeScript sources).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

type Reply<R> = { id: number; result: R } | { id: number; error: string };

export interface Threads<Q, R> {
  /** `transfer`: buffers of the job moved to the thread rather than copied (unusable here afterwards). */
  run(job: Q, transfer?: readonly ArrayBuffer[]): Promise<R>;
  /** Stops the threads; jobs still queued fail. */
  close(): Promise<void>;
}

/**
 * The first of `candidates` that exists: a worker script's compiled sibling when running from
 * dist/, else dist/'s copy (the tests run the TypeScript sources, threads run JavaScript).
 */
export function threadUrl(...candidates: URL[]): URL {
  return candidates.find((u) => existsSync(fileURLToPath(u))) ?? candidates[0]!;
}

interface Job<Q, R> {
  id: number;
  job: Q;
  transfer: readonly ArrayBuffer[];
  resolve: (r: R) => void;
  reject: (e: Error) => void;
}

export function createThreads<Q, R>(url: URL, size: number): Threads<Q, R> {
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const queue: Job<Q, R>[] = [];
  const running = new Map<Worker, Job<Q, R>>();
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
      w.postMessage({ id: job.id, job: job.job }, job.transfer as ArrayBuffer[]);
    }
  };
  for (let i = 0; i < Math.max(1, size); i++) {
    const w = new Worker(url);
    w.on('message', (reply: Reply<R>) => {
      const job = running.get(w);
      running.delete(w);
      idle.push(w);
      if (!job || job.id !== reply.id) return fail(new Error(`worker threads: reply ${reply.id} does not match the job sent`));
      if ('error' in reply) job.reject(new Error(`in a worker: ${reply.error}`));
      else job.resolve(reply.result);
      dispatch();
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => {
      if (code !== 0 && !closing) fail(new Error(`worker threads: a worker exited with code ${code}`));
    });
    all.push(w);
    idle.push(w);
  }
  return {
    run: (job, transfer = []) =>
      new Promise<R>((resolve, reject) => {
        if (failed) return reject(failed);
        if (closing) return reject(new Error('worker threads: closed'));
        queue.push({ id: nextId++, job, transfer, resolve, reject });
        dispatch();
      }),
    async close() {
      closing = true;
      for (const job of queue.splice(0)) job.reject(new Error('worker threads: closed'));
      await Promise.all(all.splice(0).map((w) => w.terminate()));
      idle.length = 0;
    },
  };
}

/**
 * The thread side: answers each job with `handle`'s result (or the error's stack, which fails the
 * run on the main thread: a throw here is a bug).
 */
export function serveJobs<Q, R>(handle: (job: Q) => R | Promise<R>): void {
  if (!parentPort) throw new Error('a worker-thread entry is not run directly');
  const port = parentPort;
  port.on('message', async (req: { id: number; job: Q }) => {
    let result: R;
    try {
      result = await handle(req.job);
    } catch (e) {
      port.postMessage({ id: req.id, error: (e as Error).stack ?? String(e) } satisfies Reply<R>);
      return;
    }
    port.postMessage({ id: req.id, result } satisfies Reply<R>);
  });
}
