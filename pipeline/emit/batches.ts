/** Rows taken a batch at a time, from an array or from a stream of rows. */
export function* batches<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  if (Array.isArray(rows)) {
    for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
    return;
  }
  let batch: T[] = [];
  for (const r of rows) {
    batch.push(r);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Content-defined batch sizes: no batch under `min` rows (but the last) nor over `max`; a cut about every `every` rows past `min`. */
export interface CutSizes {
  min: number;
  every: number;
  max: number;
}

/** A 32-bit hash of a string (FNV-1a, then a murmur3 finish so every bit depends on every character). */
function idHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Rows cut into batches where their ids say, not at every `size` rows: a batch ends after a row
 * whose id hashes to a multiple of `every` (once the batch has `min` rows), or at `max` rows. A
 * row added, removed or changed then changes its own batch (and, rarely, the next, when it is or
 * was a cut), never the batches after it, whose bytes can be reused (emit/batch-cache.ts).
 */
export function* cutBatches<T>(rows: Iterable<T>, idOf: (row: T) => string, sizes: CutSizes): Generator<T[]> {
  let batch: T[] = [];
  for (const r of rows) {
    batch.push(r);
    if (batch.length >= sizes.max || (batch.length >= sizes.min && idHash(idOf(r)) % sizes.every === 0)) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
