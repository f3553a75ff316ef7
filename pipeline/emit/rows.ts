/**
 * A table's records as emit reads them: in memory, or in the run store a batch of rows at a time
 * (publishing a run: a thread that writes a table holds one batch, never the table), and the
 * articles' texts may wait in the store as well. A `TableRows` is plain data, so it can be handed
 * to a worker thread as it is; `RowReader` gives the rows back whole.
 */
import { createHash } from 'node:crypto';
import { readRecords, readText, type Loc, type RunStore } from '../lib/store.js';

export type Row = Record<string, unknown>;

export interface TableRows {
  count: number;
  /** The rows in memory ... */
  rows?: Row[];
  /** ... or in the store open as `fd`, `size` rows per batch. */
  stored?: { fd: number; batches: readonly Loc[]; size: number };
  /** Where row i's `text` is (`locs[i]`), when the rows leave it out. */
  texts?: { fd: number; locs: readonly Loc[]; hashes?: readonly string[] };
  /** A digest of the rows, their texts and the code that renders them, when stored (emit/reuse.ts). */
  digest?: string;
}

export function rowsInMemory(rows: Row[], texts?: TableRows['texts']): TableRows {
  return { count: rows.length, rows, ...(texts ? { texts } : {}) };
}

/**
 * Write rows to the store, `size` at a time (the caller may let the rows go then), texts already
 * put. With `digest` (the code's version and the texts' hashes, row by row), the table gets a
 * digest of its content: of its rows as JSON, since the stored bytes depend on how each string
 * happens to be held in memory, not only on what it says.
 */
export function storeRows(store: RunStore, rows: readonly Row[], size: number, texts?: TableRows['texts'], digest?: { version: string; textHashes?: readonly string[] }): TableRows {
  const hash = digest ? createHash('sha256').update(`${digest.version}\u0000${size}\u0000${rows.length}\u0000`) : null;
  const batches: Loc[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const batch = rows.slice(i, i + size);
    hash?.update(JSON.stringify(batch));
    batches.push(store.putRecords(batch));
  }
  for (const h of digest?.textHashes ?? []) hash?.update(h);
  store.flush(); // readable from the descriptor (other threads) from now on
  return { count: rows.length, stored: { fd: store.fd, batches, size }, ...(texts ? { texts } : {}), ...(hash ? { digest: hash.digest('hex') } : {}) };
}

export class RowReader {
  private cached: { index: number; rows: Row[] } | null = null;
  constructor(private readonly t: TableRows) {}

  get count(): number {
    return this.t.count;
  }

  /**
   * Rows `size` at a time (a stored table: its own batches) as stored: without their texts when
   * those wait in the store (`withTexts` adds them), with the index of the first.
   */
  *storedBatches(size: number): Generator<{ rows: Row[]; first: number }> {
    if (this.t.rows) {
      for (let i = 0; i < this.t.rows.length; i += size) yield { rows: this.t.rows.slice(i, i + size), first: i };
      return;
    }
    const stored = this.t.stored!;
    for (let b = 0; b < stored.batches.length; b++) yield { rows: readRecords(stored.fd, stored.batches[b]!) as Row[], first: b * stored.size };
  }

  /** The SHA-256 (hex) of row i's text when the texts wait in the store (as given, else of the text read back). */
  textHash(i: number): string | undefined {
    const texts = this.t.texts;
    if (!texts) return undefined;
    return texts.hashes?.[i] ?? createHash('sha256').update(readText(texts.fd, texts.locs[i]!)).digest('hex');
  }

  /** Rows as stored, starting at index `first`, made whole. */
  withTexts(rows: Row[], first: number): Row[] {
    return this.whole(rows, first);
  }

  /** Rows `size` at a time (a stored table: its own batches), each whole. */
  *batches(size: number): Generator<Row[]> {
    if (this.t.rows) {
      for (let i = 0; i < this.t.rows.length; i += size) yield this.whole(this.t.rows.slice(i, i + size), i);
      return;
    }
    const stored = this.t.stored!;
    for (let b = 0; b < stored.batches.length; b++) yield this.whole(readRecords(stored.fd, stored.batches[b]!) as Row[], b * stored.size);
  }

  /** Row i, whole. */
  row(i: number): Row {
    if (this.t.rows) return this.whole([this.t.rows[i]!], i)[0]!;
    const { fd, batches, size } = this.t.stored!;
    const index = Math.floor(i / size);
    // The previous table comes in about the same order as this one: one batch read serves many rows.
    if (this.cached?.index !== index) this.cached = { index, rows: readRecords(fd, batches[index]!) as Row[] };
    return this.whole([this.cached.rows[i - index * size]!], i)[0]!;
  }

  /** Every row, whole, in memory (small tables: the site, `run().tables`). */
  all(): Row[] {
    const out: Row[] = [];
    for (const batch of this.batches(10_000)) for (const r of batch) out.push(r);
    return out;
  }

  /** Rows starting at index `first`, with their texts when they wait in the store. */
  private whole(rows: Row[], first: number): Row[] {
    const texts = this.t.texts;
    return texts ? rows.map((r, j) => ({ ...r, text: readText(texts.fd, texts.locs[first + j]!) })) : rows;
  }
}
