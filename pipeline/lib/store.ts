/**
 * The run store: what a run has made but does not need at hand, written to a temporary file and
 * read back by position. The articles' texts go there as the articles are analysed, so the corpus
 * stages hold what they work on (ids, dates, names, signatures) and not the text of the corpus;
 * the records, once assembled and validated, go there a batch of rows at a time, and the threads
 * that write the output read them back a batch at a time.
 *
 * One append-only file in the system's temporary folder, unlinked as soon as it is open (POSIX):
 * nothing is left behind whatever ends the process, and worker threads of the process read it
 * through the same descriptor. Writes are buffered and reads are positioned (`pread`), both
 * synchronous: a text or a batch costs one system call to read back.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Where something is: byte offset and length in the store file. */
export type Loc = readonly [offset: number, length: number];

const FLUSH_AT = 1 << 20;

export interface RunStore {
  /** The file descriptor, for reading from worker threads of this process (`readText`, `readRecords`). */
  readonly fd: number;
  putText(text: string): Loc;
  text(loc: Loc): string;
  putBytes(bytes: ArrayBufferView): Loc;
  bytes(loc: Loc): Buffer;
  /** The bytes at `loc` copied into `target` at `at`. */
  bytesInto(loc: Loc, target: Uint8Array, at: number): void;
  putRecords(records: unknown[]): Loc;
  records(loc: Loc): unknown[];
  /** Writes what is buffered, so that other threads can read everything put so far. */
  flush(): void;
  /** Closes the file (idempotent); nothing can be read any more. */
  close(): void;
}

const registry = new FinalizationRegistry<() => void>((close) => close());

export function openRunStore(): RunStore {
  const dir = mkdtempSync(join(tmpdir(), 'reportage-run-'));
  const path = join(dir, 'store');
  const fd = openSync(path, 'w+');
  let unlinked = false;
  try {
    unlinkSync(path);
    rmSync(dir, { recursive: true, force: true });
    unlinked = true;
  } catch {
    // A system that cannot remove an open file: removed on close instead.
  }
  let size = 0;
  let flushed = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let closed = false;
  // The last text read: a stage that reads an article's text twice reads the file once.
  let last: { loc: Loc; text: string } | null = null;
  const flush = () => {
    if (!pendingBytes) return;
    const buf = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at, flushed + at);
    flushed += pendingBytes;
    pending = [];
    pendingBytes = 0;
  };
  const put = (bytes: Uint8Array): Loc => {
    const loc: Loc = [size, bytes.length];
    pending.push(bytes);
    pendingBytes += bytes.length;
    size += bytes.length;
    if (pendingBytes >= FLUSH_AT) flush();
    return loc;
  };
  const readable = (loc: Loc) => {
    if (loc[0] + loc[1] > flushed) flush();
  };
  const close = () => {
    if (closed) return;
    closed = true;
    closeSync(fd);
    if (!unlinked) rmSync(dir, { recursive: true, force: true });
  };
  const store: RunStore = {
    fd,
    putText: (text) => put(Buffer.from(text, 'utf8')),
    text(loc) {
      if (last && last.loc === loc) return last.text;
      readable(loc);
      last = { loc, text: readText(fd, loc) };
      return last.text;
    },
    putBytes: (bytes) => put(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    bytes(loc) {
      readable(loc);
      return readBytes(fd, loc);
    },
    bytesInto(loc, target, at) {
      readable(loc);
      readInto(fd, loc, target, at);
    },
    putRecords: (records) => put(serialize(records)),
    records(loc) {
      readable(loc);
      return readRecords(fd, loc);
    },
    flush,
    close() {
      registry.unregister(store);
      close();
    },
  };
  // A store nobody closed (a run whose output was never published) is closed when it is collected.
  registry.register(store, close, store);
  return store;
}

function readBytes(fd: number, loc: Loc): Buffer {
  const buf = Buffer.allocUnsafe(loc[1]);
  readInto(fd, loc, buf, 0);
  return buf;
}

function readInto(fd: number, [offset, length]: Loc, target: Uint8Array, start: number): void {
  for (let at = 0; at < length; ) {
    const n = readSync(fd, target, start + at, length - at, offset + at);
    if (n === 0) throw new Error(`run store: the record at ${offset} is cut short`);
    at += n;
  }
}

/** A text of a store, by its descriptor (any thread of the process that opened it). */
export function readText(fd: number, loc: Loc): string {
  return readBytes(fd, loc).toString('utf8');
}

/** A batch of records of a store, by its descriptor. */
export function readRecords(fd: number, loc: Loc): unknown[] {
  return deserialize(readBytes(fd, loc)) as unknown[];
}

/**
 * A list that waits in a run store, `size` items at a time: what a run collects from every
 * article (its messages) and needs only at the end is not held meanwhile. `all` reads it back,
 * in the order it was added.
 */
export class SpilledList<T> {
  private readonly batches: Loc[] = [];
  private pending: T[] = [];
  constructor(private readonly store: RunStore, private readonly size = 4096) {}

  push(items: readonly T[]): void {
    for (const item of items) this.pending.push(item);
    if (this.pending.length >= this.size) {
      this.batches.push(this.store.putRecords(this.pending));
      this.pending = [];
    }
  }

  all(): T[] {
    const out: T[] = [];
    for (const loc of this.batches) for (const item of this.store.records(loc) as T[]) out.push(item);
    for (const item of this.pending) out.push(item);
    return out;
  }
}
