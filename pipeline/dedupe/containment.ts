/**
 * Candidate pairs for containment (one text inside another): pairs of articles sharing a good part
 * of a fixed sample of their shingles. Stock phrases found in many articles are left out of the
 * index, so the work stays proportional to the corpus.
 *
 * [scale] The index is two typed arrays sorted by hash (each sampled shingle beside the article
 * holding it), not a map of lists, and the pairs are counted one article at a time against the
 * articles after it, in one counter array: over 50,000 articles the map of 4 million postings and
 * the map of every pair's count took about 400 MB of the dedupe thread's heap.
 */
import { sortByKey } from '../lib/collections.js';
import { sampleSet } from './shingles.js';

/** The shorter text needs this many shingles for containment to mean anything (a two-line brief does not). */
export const CONTAINMENT_MIN_SHINGLES = 40;
/** One shingle in this many goes into the containment index. */
const SAMPLE_EVERY = 8;
/** A sampled shingle found in more articles than this is a stock phrase, not evidence. */
const POSTING_MAX = 50;
/** Candidates share at least this part of the smaller sample (a loose filter before the exact check). */
const CANDIDATE_SHARE = 0.4;

const NONE = new Uint32Array(0);

/** Pairs [a, b] (a < b, indices into `shingles`, each a sorted set or null), in ascending order of a, then b. */
export function* containmentCandidates(shingles: readonly (Uint32Array | null)[]): Generator<[number, number]> {
  const n = shingles.length;
  const samples = shingles.map((s) => (s && s.length >= CONTAINMENT_MIN_SHINGLES ? sampleSet(s, SAMPLE_EVERY) : NONE));
  const { position, owner, sharedUntil } = sampleIndex(samples);
  // How many sampled hashes article `a` shares with each later article: one counter per article, reset after each.
  const counts = new Uint32Array(n);
  const touched: number[] = [];
  let j = 0;
  for (let a = 0; a < n; a++) {
    for (const end = j + samples[a]!.length; j < end; j++) {
      const at = position[j]!;
      for (let k = at + 1; k < sharedUntil[at]!; k++) {
        const b = owner[k]!;
        if (counts[b]!++ === 0) touched.push(b);
      }
    }
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      const count = counts[b]!;
      counts[b] = 0;
      if (count >= Math.max(2, CANDIDATE_SHARE * Math.min(samples[a]!.length, samples[b]!.length))) yield [a, b];
    }
    touched.length = 0;
  }
}

/**
 * The sampled hashes sorted by hash, the articles of one hash in ascending order. `position`: for
 * each hash of `samples` (article after article), where it is in that order; `owner`: the article
 * at each position; `sharedUntil`: where the later articles with the same hash end (the position
 * itself, so none, for a stock phrase).
 */
function sampleIndex(samples: readonly Uint32Array[]): { position: Uint32Array; owner: Uint32Array; sharedUntil: Uint32Array } {
  let total = 0;
  for (const s of samples) total += s.length;
  const hashes = new Uint32Array(total);
  let at = 0;
  for (const s of samples) hashes.set(s, at), (at += s.length);
  const entry = Uint32Array.from({ length: total }, (_, j) => j);
  sortByKey(hashes, entry);
  const position = new Uint32Array(total);
  for (let k = 0; k < total; k++) position[entry[k]!] = k;
  const owner = entry; // reused: each entry's article, by position
  let j = 0;
  samples.forEach((s, a) => {
    for (const end = j + s.length; j < end; j++) owner[position[j]!] = a;
  });
  const sharedUntil = new Uint32Array(total);
  for (let start = 0; start < total; ) {
    let end = start + 1;
    while (end < total && hashes[end] === hashes[start]) end++;
    for (let k = start; k < end; k++) sharedUntil[k] = end - start <= POSTING_MAX ? end : k;
    start = end;
  }
  return { position, owner, sharedUntil };
}
