/**
 * Dedupe: flag exact and near-duplicate articles (the same story re-crawled, a wire copy, a light
 * edit) with MinHash signatures over word 5-shingles and LSH banding, so candidate pairs come from
 * shared buckets instead of an all-pairs comparison over the corpus.
 *
 * `signature` runs per article (in a worker); `dedupe` runs once over the corpus.
 */
import { UnionFind } from './lib/union-find.js';
import type { Message } from './types.js';

export interface DedupeOptions {
  /** Estimated Jaccard similarity at or above which two articles are duplicates. */
  threshold: number;
}

export const DEFAULT_DEDUPE: DedupeOptions = { threshold: 0.7 };

const K = 64;
const BANDS = 16;
const ROWS = K / BANDS;
const SHINGLE = 5;

/** Per-permutation seeds, fixed so signatures are the same on every run. */
const SEEDS = (() => {
  const s = new Uint32Array(K);
  let x = 0x9e3779b9;
  for (let i = 0; i < K; i++) {
    x = fmix32((x + 0x7f4a7c15) >>> 0);
    s[i] = x;
  }
  return s;
})();

function fmix32(h: number): number {
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

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * MinHash signature of a text over its word 5-shingles (lower-cased words; punctuation and
 * quote styles ignored, so straight and curly quotes do not make a copy look different).
 * Token hashes are rolled into shingle hashes, so no shingle string is ever built.
 */
export function signature(text: string): Uint32Array {
  const tokens: number[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) tokens.push(fnv1a(m[0]));
  const sig = new Uint32Array(K).fill(0xffffffff);
  const n = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + SHINGLE, tokens.length); j++) h = fmix32((Math.imul(h, 31) + tokens[j]!) >>> 0);
    for (let k = 0; k < K; k++) {
      const v = fmix32((h ^ SEEDS[k]!) >>> 0);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < K; k++) if (a[k] === b[k]) same++;
  return same / K;
}

export interface DedupeItem {
  articleId: string;
  signature: Uint32Array;
  /** Hash of the cleaned text: equal hashes are exact duplicates. */
  textHash: string;
}

export interface Duplicate {
  duplicateOf: string | null;
  similarity: number | null;
}

/**
 * Group duplicates and point each member at its group's canonical article (the smallest
 * article_id, so adding a file never changes which existing article is canonical unless the new
 * one sorts first).
 */
export function dedupe(items: DedupeItem[], options: DedupeOptions = DEFAULT_DEDUPE): { duplicates: Map<string, Duplicate>; messages: Message[] } {
  const sorted = [...items].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
  const sets = new UnionFind(sorted.length);
  const find = (i: number) => sets.find(i);
  const union = (a: number, b: number) => sets.union(a, b);
  const exact = new Map<string, number>();
  sorted.forEach((it, i) => {
    const first = exact.get(it.textHash);
    if (first === undefined) exact.set(it.textHash, i);
    else union(first, i);
  });
  for (let b = 0; b < BANDS; b++) {
    const buckets = new Map<string, number>();
    sorted.forEach((it, i) => {
      let key = '';
      for (let r = 0; r < ROWS; r++) key += it.signature[b * ROWS + r]!.toString(36) + ',';
      const first = buckets.get(key);
      if (first === undefined) buckets.set(key, i);
      // Verify the candidate against the bucket's first member; chains link the rest.
      else if (find(first) !== find(i) && similarity(sorted[first]!.signature, it.signature) >= options.threshold) union(first, i);
    });
  }
  const duplicates = new Map<string, Duplicate>();
  const messages: Message[] = [];
  sorted.forEach((it, i) => {
    const root = find(i);
    if (root === i) {
      duplicates.set(it.articleId, { duplicateOf: null, similarity: null });
      return;
    }
    const canon = sorted[root]!;
    const sim = canon.textHash === it.textHash ? 1 : Math.round(similarity(canon.signature, it.signature) * 1000) / 1000;
    duplicates.set(it.articleId, { duplicateOf: canon.articleId, similarity: sim });
    messages.push({
      ruleId: sim === 1 && canon.textHash === it.textHash ? 'dedupe/exact-duplicate' : 'dedupe/near-duplicate',
      severity: 'info',
      articleId: it.articleId,
      reason: `Article duplicates ${canon.articleId} (estimated similarity ${sim})`,
    });
  });
  return { duplicates, messages };
}
