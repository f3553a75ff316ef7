/**
 * The run store: article texts written to a temporary file as the articles are analysed, and read
 * back by position when a stage or an output file needs one, so the corpus stages hold what they
 * work on (ids, dates, names, signatures) and not the text of the corpus.
 *
 * One append-only file in the system's temporary folder, unlinked as soon as it is open (POSIX):
 * nothing is left behind whatever ends the process, and worker threads of the process read it
 * through the same descriptor. Writes are buffered and reads are positioned (`pread`), both
 * synchronous: a text costs one system call to read back.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a text is: byte offset and length in the store file. */
export type TextLoc = readonly [offset: number, length: number];

const FLUSH_AT = 1 << 20;

export interface TextStore {
  /** The file descriptor, for reading from worker threads of this process (`readText`). */
  readonly fd: number;
  put(text: string): TextLoc;
  get(loc: TextLoc): string;
  /** Writes what is buffered, so that other threads can read every text put so far. */
  flush(): void;
  /** Closes the file (idempotent); texts can no longer be read. */
  close(): void;
}

const registry = new FinalizationRegistry<() => void>((close) => close());

export function openTextStore(): TextStore {
  const dir = mkdtempSync(join(tmpdir(), 'reportage-run-'));
  const path = join(dir, 'texts');
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
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let closed = false;
  const flush = () => {
    if (!pendingBytes) return;
    const buf = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at, flushed + at);
    flushed += pendingBytes;
    pending = [];
    pendingBytes = 0;
  };
  const close = () => {
    if (closed) return;
    closed = true;
    closeSync(fd);
    if (!unlinked) rmSync(dir, { recursive: true, force: true });
  };
  const store: TextStore = {
    fd,
    put(text) {
      const bytes = Buffer.from(text, 'utf8');
      const loc: TextLoc = [size, bytes.length];
      pending.push(bytes);
      pendingBytes += bytes.length;
      size += bytes.length;
      if (pendingBytes >= FLUSH_AT) flush();
      return loc;
    },
    get(loc) {
      if (loc[0] + loc[1] > flushed) flush();
      return readText(fd, loc);
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

/** One text of a store, by its descriptor (any thread of the process that opened it). */
export function readText(fd: number, [offset, length]: TextLoc): string {
  const buf = Buffer.allocUnsafe(length);
  for (let at = 0; at < length; ) {
    const n = readSync(fd, buf, at, length - at, offset + at);
    if (n === 0) throw new Error(`run store: text at ${offset} is cut short`);
    at += n;
  }
  return buf.toString('utf8');
}
