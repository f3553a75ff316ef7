/**
 * The stories a vector may join, found from the posting lists of its rare terms, with an upper
 * bound of each one's score, so that most stories are never scored ([scale]: no all-pairs).
 */
import { postingCount, type Postings } from './centroid.js';
import type { Story } from './story.js';
import type { byWeight, Vector } from './vectors.js';

/** Partial dot products and candidates by story, for `hopeful`: kept between calls, cleared as they are read. */
let partial = new Float64Array(1024);
let seen = new Uint8Array(1024);

/**
 * Whether a story's cosine with the vector can reach `target`: the dot product taken heaviest
 * term first, and at each step at most the rest's length times the centroid's still to come
 * (Cauchy-Schwarz). A story that cannot is left out before its exact dot product is taken.
 */
export function reaches(ranked: ReturnType<typeof byWeight>, story: Story, norm: number, target: number): boolean {
  const scale = norm * story.norm;
  let dot = 0;
  for (let k = 0; k < ranked.terms.length; k++) {
    const c = story.centroid.weightOf(ranked.terms[k]!);
    if (c) dot += ranked.weights[k]! * c;
    if ((k & 7) === 7 && below((dot + ranked.after[k + 1]! * story.norm) / scale, target)) return false;
  }
  return !below(dot / scale, target);
}

/** `bound` is below `value` for certain, rounding included. */
export const below = (bound: number, value: number) => bound * (1 + 1e-9) + 1e-12 < value;

/**
 * The candidates, the stories sharing a rare term with the vector (each term's posting list is
 * capped), in the order found, that can reach `needed`, with an upper bound of their score,
 * highest first (ties in the order found). A story's score is at most the cosine, whose dot
 * product is what the rare terms give (summed from their short posting lists) plus at most the
 * length of the vector's other terms times the centroid's (Cauchy-Schwarz); the time discount and
 * the other factors only lower it. A story below `needed` can neither be joined nor beat one that
 * can, so leaving it out changes nothing; it saves the exact dot product, the clustering's cost.
 * With `limit`, only the first `limit` of them (a caller that reads no further).
 */
export function hopeful(vec: Vector, norm: number, normOf: readonly number[], postings: Postings, needed: number, limit = Infinity): Candidate[] {
  if (partial.length < normOf.length) {
    partial = new Float64Array(Math.max(normOf.length, partial.length * 2));
    seen = new Uint8Array(partial.length);
  }
  const found: number[] = [];
  let rest = 0;
  for (let k = 0; k < vec.ids.length; k++) {
    const t = vec.ids[k]!, w = vec.weights[k]!;
    const p = postings.of(t);
    if (!p) continue;
    if (postingCount(p) > postings.cap) {
      rest += w * w;
      continue;
    }
    const pairs = p.data;
    for (let j = 0; j < p.length; j += 2) {
      const s = pairs[j]! | 0;
      if (!seen[s]) (seen[s] = 1), found.push(s);
      partial[s]! += w * pairs[j + 1]!;
    }
  }
  const restNorm = Math.sqrt(rest);
  const out: Candidate[] = [];
  const top = limit < found.length;
  for (let order = 0; order < found.length; order++) {
    const s = found[order]!;
    const storyNorm = normOf[s]!;
    const bound = (partial[s]! + restNorm * storyNorm) / (norm * storyNorm);
    // The scratch arrays are left clear for the next vector.
    partial[s] = 0;
    seen[s] = 0;
    if (below(bound, needed)) continue;
    if (!top) out.push({ story: s, order, bound });
    else keepBest(out, { story: s, order, bound }, limit);
  }
  return top ? out : out.sort((a, b) => b.bound - a.bound || a.order - b.order);
}

export interface Candidate {
  story: number;
  /** Where it was found (ties of `bound` go in this order). */
  order: number;
  bound: number;
}

/**
 * `c` put into `best`, kept sorted (highest bound first; `c` was found after every one there, so
 * it goes after those of its bound) and at most `limit` long: the first `limit` of the full
 * sort, without sorting (or keeping) every candidate ([scale]: a unit examines a few dozen).
 */
function keepBest(best: Candidate[], c: Candidate, limit: number): void {
  if (best.length === limit && !(c.bound > best[limit - 1]!.bound)) return;
  let at = best.length;
  while (at > 0 && best[at - 1]!.bound < c.bound) at--;
  best.splice(at, 0, c);
  if (best.length > limit) best.pop();
}
