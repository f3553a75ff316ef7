/**
 * Encoded batches kept for the next run: each batch of a table (emit/batches.ts `cutBatches`), as
 * CSV lines, JSON lines, an Arrow record batch message and a one-row-group Parquet file, by a key
 * that hashes the code's version, the table and the batch's rows. A run whose batch has a key
 * seen before copies its bytes instead of encoding them; the files are the same bytes, since
 * every one of those pieces is what that batch encodes to wherever it stands in the file (the
 * Arrow footer and the Parquet footer and page indexes, which do depend on it, are always made
 * anew: emit/arrow.ts `arrowFile`, emit/parquet-join.ts).
 *
 * Kept beside the per-article cache, never in the output. Entry: `RPTB1\n`, the SHA-256 of the
 * payload, the payload; written to a temporary file and renamed. An entry that is short, or whose
 * hash does not match, is unusable: the batch is encoded and the entry written again. Old entries
 * are never read again (`make clean` removes them).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Format } from './datapackage.js';
import { frameEntry, unframeEntry } from '../lib/checked-entry.js';

const MAGIC = Buffer.from('RPTB1\n');

/** What a table pass took from the cache and what it encoded, counted per batch and format. */
export interface BatchStats {
  batches: number;
  reused: number;
  encoded: number;
  /** Entries found but not usable (counted in `encoded` too). */
  unusable: number;
}

export const noBatches = (): BatchStats => ({ batches: 0, reused: 0, encoded: 0, unusable: 0 });

export function addStats(a: BatchStats, b: BatchStats | undefined): BatchStats {
  return b ? { batches: a.batches + b.batches, reused: a.reused + b.reused, encoded: a.encoded + b.encoded, unusable: a.unusable + b.unusable } : a;
}

/** Where the cache is and the version of the code that fills it (both part of nothing published). */
export interface BatchCacheOptions {
  dir: string;
  version: string;
}

export class BatchCache {
  private readonly made = new Set<string>();
  private counter = 0;
  constructor(private readonly o: BatchCacheOptions) {}

  /**
   * The key of a batch of `table`: its rows as stored (before the derived columns), and for rows
   * whose text waits in the run store, the text's SHA-256 (`textHash(j)`), so texts are read only
   * for batches that are encoded.
   */
  key(table: string, rows: readonly Record<string, unknown>[], textHash: (j: number) => string | undefined): string {
    const h = createHash('sha256').update(`RPTB1\u0000${this.o.version}\u0000${table}\u0000${rows.length}\u0000`);
    rows.forEach((r, j) => h.update(JSON.stringify(r)).update(`\u0000${textHash(j) ?? ''}\n`));
    return h.digest('hex');
  }

  private path(key: string, format: Format): string {
    return join(this.o.dir, key.slice(0, 2), `${key}.${format}`);
  }

  /** The bytes kept for `key` in `format`, or null when there are none that can be trusted. */
  get(key: string, format: Format, stats: BatchStats): Uint8Array | null {
    let entry: Buffer;
    try {
      entry = readFileSync(this.path(key, format));
    } catch {
      return null;
    }
    const payload = unframeEntry(MAGIC, entry);
    if (payload) return payload;
    stats.unusable++;
    return null;
  }

  /** Keeps `bytes` for `key`; a cache that cannot be written only costs the shortcut next time. */
  put(key: string, format: Format, bytes: Uint8Array): void {
    const path = this.path(key, format);
    const tmp = `${path}.tmp-${process.pid}-${threadId}-${this.counter++}`;
    try {
      const sub = dirname(path);
      if (!this.made.has(sub)) mkdirSync(sub, { recursive: true }), this.made.add(sub);
      writeFileSync(tmp, frameEntry(MAGIC, bytes));
      renameSync(tmp, path);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
}
