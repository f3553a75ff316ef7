/**
 * Dedupe: flag the same report arriving more than once: a re-crawl, a retransmission, the same wire
 * story on two sites, successive wire versions (a first take inside its longer lead version), the
 * same page in two raw forms. Evidence, strongest first:
 * - the same text (hash), the same story id, the same address once wrappers are taken off;
 * - word 5-shingles: Jaccard ≥ 0.7 (a copy or a light edit), or containment ≥ 0.7 (one version
 *   holds most of the other: |A∩B| / min(|A|, |B|)).
 * Candidate pairs come from MinHash LSH buckets (similar texts) and from an inverted index of a
 * fixed sample of shingles (one text inside another); each is verified on the exact shingle sets.
 * Nothing compares all pairs. Reports written separately about the same happening share little
 * text and are not duplicates (they are one story: cluster-stories).
 *
 * `signature` runs per article (in a worker); `dedupe` runs once over the corpus.
 */
import type { DUPLICATE_BASES } from '../schemas/article.js';
import { identityKeys } from './dedupe/identity.js';
import { CONTAINMENT_MIN_SHINGLES, containmentCandidates } from './dedupe/containment.js';
import { fmix32, overlap, shingleSet, shingleStream } from './dedupe/shingles.js';
import { UnionFind } from './lib/union-find.js';
import type { Message } from './types.js';

export { unwrapUrl } from './dedupe/identity.js';

export interface DedupeOptions {
  /** Jaccard similarity of shingles at or above which two texts are copies. */
  threshold: number;
  /** Containment at or above which one text is a version of the other. */
  containment: number;
}

export const DEFAULT_DEDUPE: DedupeOptions = { threshold: 0.7, containment: 0.7 };

/** What a duplicate was recognised by; `duplicate_similarity` is the measure it names (null for ids and addresses). */
export type DuplicateBasis = (typeof DUPLICATE_BASES)[number];

const K = 64;
const BANDS = 16;
const ROWS = K / BANDS;

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

/** MinHash signature of a text over its word 5-shingles. */
export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(K);
  const hashes = shingleStream(text);
  // One permutation at a time over all shingles: the minimum stays in a local, not in the array.
  for (let k = 0; k < K; k++) {
    const seed = SEEDS[k]!;
    let min = 0xffffffff;
    for (let i = 0; i < hashes.length; i++) {
      const v = fmix32((hashes[i]! ^ seed) >>> 0);
      if (v < min) min = v;
    }
    sig[k] = min;
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
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
  /** The cleaned text, for exact shingle measures (without it, similarity is estimated from the signature). */
  text?: string;
  /** Its distinct shingles, sorted (`shingleSet(text)`), when made already (per article, in a worker): then `text` is not read. */
  shingles?: Uint32Array;
  url?: string | null;
  altUrls?: readonly string[];
  sourceId?: string | null;
}

export interface Duplicate {
  duplicateOf: string | null;
  similarity: number | null;
  basis: DuplicateBasis | null;
}

interface Entry {
  item: DedupeItem;
  shingles: Uint32Array | null;
}

/**
 * Group duplicates and point each member at its group's canonical article (the smallest
 * article_id, so adding a file never changes which existing article is canonical unless the new
 * one sorts first).
 */
export function dedupe(items: DedupeItem[], options: DedupeOptions = DEFAULT_DEDUPE): { duplicates: Map<string, Duplicate>; messages: Message[] } {
  const sorted: Entry[] = [...items]
    .sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0))
    .map((item) => ({ item, shingles: item.shingles ?? (item.text !== undefined ? shingleSet(item.text) : null) }));
  const sets = new UnionFind(sorted.length);
  const byKey = new Map<string, number>();
  const joinOn = (key: string, i: number) => {
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else sets.union(first, i);
  };
  sorted.forEach((e, i) => {
    joinOn(`hash:${e.item.textHash}`, i);
    for (const { key } of identityKeys(e.item)) joinOn(key, i);
  });
  const verify = (a: number, b: number) => {
    if (sets.find(a) !== sets.find(b) && measure(sorted[a]!, sorted[b]!, options)) sets.union(a, b);
  };
  for (const [a, b] of lshCandidates(sorted)) verify(a, b);
  for (const [a, b] of containmentCandidates(sorted.map((e) => e.shingles))) verify(a, b);

  const duplicates = new Map<string, Duplicate>();
  const messages: Message[] = [];
  sorted.forEach((e, i) => {
    const root = sets.find(i);
    if (root === i) {
      duplicates.set(e.item.articleId, { duplicateOf: null, similarity: null, basis: null });
      return;
    }
    const canon = sorted[root]!;
    const { basis, value } = describe(canon, e, options);
    duplicates.set(e.item.articleId, { duplicateOf: canon.item.articleId, similarity: value, basis });
    messages.push({ ruleId: RULES[basis], severity: 'info', articleId: e.item.articleId, reason: REASONS[basis](canon.item.articleId, value) });
  });
  return { duplicates, messages };
}

const RULES: Record<DuplicateBasis, string> = {
  exact: 'dedupe/exact-duplicate',
  'source-id': 'dedupe/same-source-id',
  url: 'dedupe/same-url',
  jaccard: 'dedupe/near-duplicate',
  containment: 'dedupe/version',
};

const REASONS: Record<DuplicateBasis, (canon: string, value: number | null) => string> = {
  exact: (c) => `Article duplicates ${c} (the same text)`,
  'source-id': (c) => `Article duplicates ${c} (the same story id)`,
  url: (c) => `Article duplicates ${c} (the same address)`,
  jaccard: (c, v) => `Article duplicates ${c} (shingle Jaccard similarity ${v})`,
  containment: (c, v) => `Article is a version of ${c} (${v} of the shorter text's shingles are in the other)`,
};

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Are two texts copies or versions of each other? Exact sets where the texts are known, else the MinHash estimate. */
function measure(a: Entry, b: Entry, options: DedupeOptions): boolean {
  if (!a.shingles || !b.shingles) return similarity(a.item.signature, b.item.signature) >= options.threshold;
  const { jaccard, containment } = overlap(a.shingles, b.shingles);
  if (jaccard >= options.threshold) return true;
  return Math.min(a.shingles.length, b.shingles.length) >= CONTAINMENT_MIN_SHINGLES && containment >= options.containment;
}

/** Why `member` is a duplicate of `canon`, and the measure that says so. */
function describe(canon: Entry, member: Entry, options: DedupeOptions): { basis: DuplicateBasis; value: number | null } {
  if (canon.item.textHash === member.item.textHash) return { basis: 'exact', value: 1 };
  const keys = new Map(identityKeys(canon.item).map((k) => [k.key, k.basis]));
  const shared = identityKeys(member.item).find((k) => keys.has(k.key));
  if (shared) return { basis: shared.basis, value: null };
  if (!canon.shingles || !member.shingles) return { basis: 'jaccard', value: round(similarity(canon.item.signature, member.item.signature)) };
  const { jaccard, containment } = overlap(canon.shingles, member.shingles);
  // A member joined through another member may measure lower against the canonical article.
  return jaccard >= options.threshold || jaccard >= containment ? { basis: 'jaccard', value: round(jaccard) } : { basis: 'containment', value: round(containment) };
}

/** Pairs sharing a MinHash band: texts with a high Jaccard similarity. */
function* lshCandidates(sorted: Entry[]): Generator<[number, number]> {
  for (let b = 0; b < BANDS; b++) {
    const buckets = new Map<string, number>();
    for (let i = 0; i < sorted.length; i++) {
      const sig = sorted[i]!.item.signature;
      if (sig.length < K) continue;
      let key = '';
      for (let r = 0; r < ROWS; r++) key += sig[b * ROWS + r]!.toString(36) + ',';
      const first = buckets.get(key);
      // Each is checked against the bucket's first member; chains link the rest.
      if (first === undefined) buckets.set(key, i);
      else yield [first, i];
    }
  }
}
