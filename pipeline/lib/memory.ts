/**
 * A full garbage collection between the corpus stages. V8 collects when its heap has grown enough,
 * and between stages that each build large structures it lets the dead ones pile up: over 50,000
 * articles the process grew to about three times what it held alive. Collecting once per stage
 * keeps the peak near what is alive, for a few tenths of a second per stage. The collector is
 * made callable once (`--expose-gc` set at run time, the function taken from a fresh context).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
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
  collect?.();
}

/**
 * How far V8 lets the heap grow past what was alive at the last full collection before it
 * collects again, in percent (0: V8's own choice, which is up to four times). The corpus stages
 * of a large run each make garbage several times what they keep: bounded, the peak stays near
 * what is alive, for a few more collections. Process-wide, so set for the corpus stages only.
 */
export function boundHeapGrowth(percent: number): void {
  try {
    setFlagsFromString(`--heap-growing-percent=${Math.max(0, Math.round(percent))}`);
  } catch {
    // not available here: V8 grows the heap as it sees fit
  }
}
