/**
 * `dedupe` on a thread of its own, so the corpus stages that do not need its result (the actors'
 * resolution) run beside it on the calling thread. The signatures and shingle sets go over packed
 * into two arrays that are moved, not copied; the result is `dedupe`'s, to the byte.
 */
import { createThreads, threadUrl } from '../lib/threads.js';
import type { Message } from '../types.js';
import { dedupe, type DedupeItem, type Duplicate } from '../dedupe.js';

export interface DedupeResult {
  duplicates: Map<string, Duplicate>;
  messages: Message[];
}

/** What goes to the thread: the items without their arrays, and the arrays end to end. */
export interface PackedItems {
  items: Omit<DedupeItem, 'signature' | 'shingles' | 'text'>[];
  signatures: Uint32Array;
  /** Where each item's signature ends in `signatures` (it starts where the previous one ends). */
  signatureEnds: Uint32Array;
  shingles: Uint32Array;
  /** Where each item's shingles end in `shingles`; an item without shingles has none (length 0) and `hasShingles` 0. */
  shingleEnds: Uint32Array;
  hasShingles: Uint8Array;
}

export function packItems(items: readonly DedupeItem[]): PackedItems {
  if (items.some((i) => i.text !== undefined && !i.shingles)) throw new Error('dedupe thread: items need their shingles, not their text');
  let sigLength = 0, shingleLength = 0;
  for (const i of items) (sigLength += i.signature.length), (shingleLength += i.shingles?.length ?? 0);
  const packed: PackedItems = {
    items: items.map(({ signature: _s, shingles: _h, text: _t, ...rest }) => rest),
    signatures: new Uint32Array(sigLength),
    signatureEnds: new Uint32Array(items.length),
    shingles: new Uint32Array(shingleLength),
    shingleEnds: new Uint32Array(items.length),
    hasShingles: new Uint8Array(items.length),
  };
  let s = 0, h = 0;
  items.forEach((i, k) => {
    packed.signatures.set(i.signature, s);
    packed.signatureEnds[k] = s += i.signature.length;
    if (i.shingles) packed.shingles.set(i.shingles, h), (h += i.shingles.length), (packed.hasShingles[k] = 1);
    packed.shingleEnds[k] = h;
  });
  return packed;
}

export function unpackItems(p: PackedItems): DedupeItem[] {
  return p.items.map((rest, k) => {
    const s0 = k ? p.signatureEnds[k - 1]! : 0, h0 = k ? p.shingleEnds[k - 1]! : 0;
    const item: DedupeItem = { ...rest, signature: p.signatures.subarray(s0, p.signatureEnds[k]!) };
    if (p.hasShingles[k]) item.shingles = p.shingles.subarray(h0, p.shingleEnds[k]!);
    return item;
  });
}

/**
 * `dedupe(items)` on a new thread, stopped once it answers. The items are packed before this
 * returns: the caller may let them go then.
 */
export function dedupeInThread(items: readonly DedupeItem[]): Promise<DedupeResult> {
  const packed = packItems(items);
  const url = threadUrl(new URL('./worker.js', import.meta.url), new URL('../../dist/pipeline/dedupe/worker.js', import.meta.url));
  const threads = createThreads<PackedItems, DedupeResult>(url, 1);
  return threads.run(packed, [packed.signatures.buffer as ArrayBuffer, packed.shingles.buffer as ArrayBuffer]).finally(() => threads.close());
}

/** The thread's side (dedupe/worker.ts). */
export function dedupePacked(p: PackedItems): DedupeResult {
  return dedupe(unpackItems(p));
}
