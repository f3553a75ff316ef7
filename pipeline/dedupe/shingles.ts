/**
 * Word 5-shingles as 32-bit hashes: lower-cased words, punctuation and quote styles ignored (so
 * straight and curly quotes do not make a copy look different). Token hashes are rolled into
 * shingle hashes, so no shingle string is ever built.
 */

export const SHINGLE = 5;
const WORD = /[\p{L}\p{N}]+/gu;

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// The last text's stream: an article's signature (dedupe.ts) and its shingle set (article-result.ts)
// are made one after the other from the same text, which is then read once, not twice.
let lastText: string | null = null;
let lastStream: Uint32Array = new Uint32Array(0);

/** Every shingle hash of `text` in order (with repeats); a text shorter than a shingle gives one. Callers must not modify it. */
export function shingleStream(text: string): Uint32Array {
  if (text === lastText) return lastStream;
  const tokens: number[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) tokens.push(fnv1a(m[0]));
  const n = Math.max(1, tokens.length - SHINGLE + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + SHINGLE, tokens.length); j++) h = fmix32((Math.imul(h, 31) + tokens[j]!) >>> 0);
    out[i] = h;
  }
  lastText = text;
  lastStream = out;
  return out;
}

/** The distinct shingle hashes of `text`, sorted. */
export function shingleSet(text: string): Uint32Array {
  const all = shingleStream(text).slice().sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.slice(0, n);
}

/** How many hashes two sorted sets share (a merge, linear in their sizes). */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

/** Jaccard (|A∩B| / |A∪B|) and containment (|A∩B| / min(|A|, |B|)) of two sorted sets. */
export function overlap(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number } {
  const shared = sharedCount(a, b);
  const union = a.length + b.length - shared;
  return { jaccard: union ? shared / union : 0, containment: Math.min(a.length, b.length) ? shared / Math.min(a.length, b.length) : 0 };
}

/**
 * A fixed sample of a sorted set: the hashes divisible by `every` after a remix, so two texts
 * keep the same shingles of what they share, and the shares of the samples estimate containment.
 */
export function sampleSet(set: Uint32Array, every: number): Uint32Array {
  return set.filter((h) => fmix32(h ^ 0x5bd1e995) % every === 0);
}
