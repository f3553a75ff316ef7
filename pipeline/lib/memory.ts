/**
 * A full garbage collection between the corpus stages. V8 collects when its heap has grown enough,
 * and between stages that each build large structures it lets the dead ones pile up: over 50,000
 * articles the process grew to about three times what it held alive. Collecting once per stage
 * keeps the peak near what is alive, for a few tenths of a second per stage. The collector is
 * made callable once (`--expose-gc` set at run time, the function taken from a fresh context).
 *
 * Below `COLLECT_FLOOR` of heap in use a collection is skipped: what it could give back is then
 * small beside the memory budget (1 GB at 50,000 articles), while over a few thousand articles the
 * dozen collections of a run were one of its largest fixed costs (4,000 articles, warm cache:
 * 0.55 s of 4.2 s, for a heap never above 120 MB). V8 still collects such a heap when it needs to.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** Heap in use (bytes) under which a forced collection is not worth its time. */
export const COLLECT_FLOOR = 256 * 2 ** 20;

export function collectGarbage(floor = COLLECT_FLOOR): void {
  if (getHeapStatistics().used_heap_size < floor) return;
  if (collect === undefined) {
    try {
      const exposed = (globalThis as { gc?: () => void }).gc;
      if (exposed) collect = exposed;
      else {
        setFlagsFromString('--expose-gc');
        collect = runInNewContext('gc') as () => void;
      }
    } catch {
      collect = null; // not available here: V8 collects when it sees fit
    }
  }
  if (!collect) return;
  collect();
  // An ordinary full collection leaves pages partly filled and keeps them (after the records of
  // 50,000 articles went to the run store, 820 MB of heap held for 190 MB alive). A compacting one
  // moves what is alive onto fresh pages and gives the rest back, so for a moment it needs what is
  // alive twice: it is run only where it gives back more than that.
  const { heapUsed, heapTotal } = process.memoryUsage();
  if (heapTotal - heapUsed <= heapUsed) return;
  setFlag('--compact-on-every-full-gc');
  try {
    collect();
  } finally {
    setFlag('--no-compact-on-every-full-gc');
  }
}

function setFlag(flag: string): void {
  try {
    setFlagsFromString(flag);
  } catch {
    // not available here: an ordinary collection
  }
}

/**
 * How far V8 lets the heap grow past what was alive at the last full collection before it
 * collects again, in percent (0: V8's own choice, which is up to four times). The corpus stages
 * of a large run each make garbage several times what they keep: bounded, the peak stays near
 * what is alive, for a few more collections. Process-wide, so set for the corpus stages only.
 * With `floor`, not set while less heap than that is in use (what the bound saves is then small
 * beside the extra collections it costs).
 */
export function boundHeapGrowth(percent: number, floor = 0): void {
  if (percent > 0 && getHeapStatistics().used_heap_size < floor) return;
  try {
    setFlagsFromString(`--heap-growing-percent=${Math.max(0, Math.round(percent))}`);
  } catch {
    // not available here: V8 grows the heap as it sees fit
  }
}
