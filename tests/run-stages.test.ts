/**
 * run() says as each stage starts which it is (`onStage`), so a caller measuring memory or CPU
 * by stage labels the moment rightly; every stage timed in `timings` is announced first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { run } from '../pipeline/index.js';

const SEEDS = join(import.meta.dirname, '..', 'seeds');

test('each stage timed is announced as it starts, in the order of the pipeline', async () => {
  const announced: string[] = [];
  const timedBeforeAnnounced: string[] = [];
  const timings = new Proxy({} as Record<string, number>, {
    set(t, k: string, v: number) {
      if (!announced.includes(k)) timedBeforeAnnounced.push(k);
      t[k] = v;
      return true;
    },
  });
  const result = await run({ inDir: SEEDS, timings, onStage: (s) => void announced.push(s) });
  const out = join(mkdtempSync(join(tmpdir(), 'reportage-stages-')), 'out');
  try {
    await result.publish(out, { site: false });
  } finally {
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
  expect(timedBeforeAnnounced).toEqual([]);
  expect(Object.keys(timings).every((k) => announced.includes(k))).toBe(true);
  const first = (s: string) => announced.indexOf(s);
  const order = ['ingest+per-article', 'dedupe', 'resolve-actors', 'cluster-stories', 'merge-events', 'assemble', 'validate', 'store', 'render+write'];
  expect(order.map(first).every((i, n, all) => i >= 0 && (n === 0 || i > all[n - 1]!))).toBe(true);
  expect(announced.at(-1)).toBe('render+write');
});
