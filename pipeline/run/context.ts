/**
 * What every phase of a run shares: its timings, its run store and messages, and the memory
 * discipline of a large corpus ([scale]).
 */
import { collectGarbage } from '../lib/memory.js';
import { openRunStore, SpilledList, type RunStore } from '../lib/store.js';
import type { Message } from '../types.js';

/** A corpus this large has a garbage collection between corpus stages (lib/memory.ts). */
export const LARGE = 2000;
/** How far the heap may grow past what is alive during the corpus stages of a large run, in percent (lib/memory.ts). */
export const HEAP_GROWTH = 25;
/** The same while the records are assembled, and while they are published (the threads that write the tables hold a batch of rows and the garbage of making its files). */
export const ASSEMBLE_HEAP_GROWTH = 10;
/** A corpus this large has its independent corpus stages run on two threads when the run has them (`workers`). */
export const PARALLEL_STAGES = 1000;

export interface RunContext {
  /** Wall time per stage, in ms (the caller's `timings` when given). */
  readonly timings: Record<string, number>;
  /** Says that `stage` starts (to the caller's `onStage`). */
  stage(stage: string): void;
  /** Runs `f`, adding its wall time to `stage`. */
  time<T>(stage: string, f: () => T): T;
  /** Waits for `p`, adding the wait to `stage`. */
  waited<T>(stage: string, p: Promise<T>): Promise<T>;
  /** Adds `ms` to `stage` (a stage timed in parts). */
  add(stage: string, ms: number): void;
  /** Set once the inputs are listed: a large corpus collects garbage between stages. */
  large: boolean;
  /** [scale] Over a large corpus, what a stage leaves behind is collected before the next builds its own (timed as gc). */
  tidy(): void;
  readonly store: RunStore;
  /** [scale] The messages of every article wait in the run store until the report is made. */
  readonly messages: SpilledList<Message>;
}

export function openRun(timings: Record<string, number> = {}, onStage?: (stage: string) => void): RunContext {
  const stage = (name: string) => onStage?.(name);
  const add = (stage: string, ms: number) => {
    timings[stage] = (timings[stage] ?? 0) + ms;
  };
  const store = openRunStore();
  const ctx: RunContext = {
    timings,
    stage,
    time(name, f) {
      stage(name);
      const t0 = performance.now();
      const r = f();
      add(name, performance.now() - t0);
      return r;
    },
    async waited(name, p) {
      stage(name);
      const t0 = performance.now();
      const r = await p;
      add(name, performance.now() - t0);
      return r;
    },
    add,
    large: false,
    tidy: () => void (ctx.large && ctx.time('gc', collectGarbage)),
    store,
    messages: new SpilledList<Message>(store),
  };
  return ctx;
}
