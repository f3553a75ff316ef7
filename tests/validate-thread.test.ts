/**
 * The schema check on its own thread (emit/validate-thread.ts), reading each table back from the
 * run store a batch at a time, gives exactly `validate`'s messages on the rows as assembled, in
 * table order. The thread runs the compiled dist/ tree (`make test` compiles first).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { storeRows } from '../pipeline/emit/rows.js';
import { checkInThread, checkStored } from '../pipeline/emit/validate-thread.js';
import { openRunStore } from '../pipeline/lib/store.js';
import { validate } from '../pipeline/run-report.js';

const built = existsSync(join(import.meta.dirname, '..', 'dist', 'pipeline', 'emit', 'validate-worker.js'));

/** Made-up actors rows over several stored batches, a few of them wrong in different ways. */
function actorRows(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    actor_id: i % 97 === 5 ? 42 : `ac_${String(i).padStart(12, '0')}`,
    name: `Made-up Person ${i}`,
    kind: i % 131 === 7 ? 'planet' : 'person',
    ...(i % 211 === 3 ? { unexpected: true } : {}),
  }));
}

describe('the schema check on a thread', () => {
  test('reading the stored table a batch at a time gives validate\'s messages', () => {
    const store = openRunStore();
    try {
      const rows = actorRows(2500);
      const expected = validate({ actors: rows });
      expect(expected.length).toBeGreaterThan(20);
      const stored = storeRows(store, rows, 1000);
      expect(checkStored({ name: 'actors', rows: stored, without: [] })).toEqual(expected);
    } finally {
      store.close();
    }
  });

  test.skipIf(!built)('on the thread, tables in the order given', async () => {
    const store = openRunStore();
    try {
      const one = actorRows(1200), two = actorRows(300).reverse();
      const checks = checkInThread();
      checks.add('actors', storeRows(store, one, 1000));
      checks.add('actors', storeRows(store, two, 1000));
      expect(await checks.done()).toEqual([...validate({ actors: one }), ...validate({ actors: two })]);
    } finally {
      store.close();
    }
  });
});
