/** The forced collections between corpus stages (lib/memory.ts): skipped under the floor, made above it. */
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { describe, expect, test } from 'vitest';
import { collectGarbage } from '../pipeline/lib/memory.js';

/** How many full (major) collections `f` set off, as the `gc` performance entries report them. */
async function majorCollections(f: () => void): Promise<number> {
  let majors = 0;
  const seen = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if ((e.detail as { kind?: number } | undefined)?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors++;
  });
  seen.observe({ entryTypes: ['gc'] });
  f();
  // Entries are delivered asynchronously.
  await new Promise((r) => setTimeout(r, 50));
  seen.disconnect();
  return majors;
}

describe('collectGarbage', () => {
  test('a heap under the floor is not collected', async () => {
    expect(await majorCollections(() => collectGarbage(Number.MAX_SAFE_INTEGER))).toBe(0);
  });

  test('a heap over the floor is collected', async () => {
    expect(await majorCollections(() => collectGarbage(0))).toBeGreaterThan(0);
  });
});
