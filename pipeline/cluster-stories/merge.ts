/**
 * A second pass over the stories. Streaming clustering depends on the order the articles come
 * in: one happening's first reports, in two outlets' words for it, may open two stories that no
 * later report joins. Each dated story, in the order opened, may fold into one earlier story
 * whose centroid is similar enough (`needed`, a story being surer evidence than an article: its
 * words are several reports'), with the same evidence against as a join: main happenings more
 * than the days' window apart, own dates more than a week, the span, places, and disjoint
 * participants (halving). Candidates come from the posting lists, as for an article.
 */
import { below, hopeful } from './candidates.js';
import type { Postings } from './centroid.js';
import { nearestDistance, samePlace, sortedIndex, type Story, type Windows } from './story.js';
import { dotProduct } from './vectors.js';

/** Candidates examined per story (as `MAX_CANDIDATES` for an article). */
const MAX_MERGE_CANDIDATES = 24;

/** Folds stories into earlier ones, in place: a folded story is left without members. */
export function mergeStories(stories: Story[], normOf: number[], postings: Postings, windows: Windows, needed: number): void {
  for (let s = 0; s < stories.length; s++) {
    const story = stories[s]!;
    if (!story.days.length) continue;
    const vec = story.centroid.vector();
    let best = -1, bestScore = 0, examined = 0;
    for (const c of hopeful(vec, story.norm, normOf, postings, needed)) {
      if (c.story >= s || !stories[c.story]!.members.length || !stories[c.story]!.days.length) continue;
      if (best >= 0 && below(c.bound, bestScore)) break;
      if (++examined > MAX_MERGE_CANDIDATES) break;
      const other = stories[c.story]!;
      const score = agreement(story, other, dotProduct(vec, other.centroid) / (story.norm * other.norm), windows);
      if (score > bestScore) (best = c.story), (bestScore = score);
    }
    if (best < 0 || bestScore < needed) continue;
    fold(stories[best]!, story, vec, postings, best);
    normOf[best] = stories[best]!.norm;
  }
}

/** How likely two stories report one happening: their centroids' cosine, discounted by the days between them; 0 when the evidence contradicts. */
function agreement(a: Story, b: Story, cosine: number, w: Windows): number {
  let distance = Infinity;
  for (const d of a.days) distance = Math.min(distance, nearestDistance(b.days, d));
  if (distance > w.day) return 0;
  if (Math.max(a.maxDay!, b.maxDay!) - Math.min(a.minDay!, b.minDay!) > w.storySpan) return 0;
  if (a.minOwn !== null && b.minOwn !== null && Math.max(a.maxOwn!, b.maxOwn!) - Math.min(a.minOwn, b.minOwn) > 7) return 0;
  if (a.places.size && b.places.size && ![...a.places].some((p) => [...b.places].some((q) => samePlace(p, q)))) return 0;
  let score = cosine * Math.pow(0.5, distance / w.halfLife);
  if (a.people.size && b.people.size && ![...a.people].some((p) => b.people.has(p)) && !(names(a, b) && names(b, a))) score *= 0.5;
  return score;
}

/** Whether `b`'s reports name one of `a`'s participants (by `@name` or the name's last word). */
function names(a: Story, b: Story): boolean {
  for (const ts of a.peopleTerms.values()) if (ts.some((t) => b.centroid.weightOf(t) > 0)) return true;
  return false;
}

/** `from`'s members, words, days, places and participants added to `into` (story number `s`); `from` is left empty. */
function fold(into: Story, from: Story, vec: { ids: Int32Array; weights: Float64Array }, postings: Postings, s: number): void {
  into.members.push(...from.members);
  from.members = [];
  into.centroid.add(vec.ids, vec.weights, postings, s);
  let norm = 0;
  for (const w of into.centroid.weights) norm += w * w;
  into.norm = Math.sqrt(norm) || 1;
  for (const [key, days] of [['days', from.days], ['toldDays', from.toldDays], ['reportDays', from.reportDays]] as const) {
    for (const d of days) into[key].splice(sortedIndex(into[key], d), 0, d);
  }
  into.minDay = Math.min(into.minDay!, from.minDay!);
  into.maxDay = Math.max(into.maxDay!, from.maxDay!);
  if (from.minOwn !== null) {
    into.minOwn = into.minOwn === null ? from.minOwn : Math.min(into.minOwn, from.minOwn);
    into.maxOwn = into.maxOwn === null ? from.maxOwn : Math.max(into.maxOwn!, from.maxOwn!);
  }
  for (const p of from.places) into.places.add(p);
  for (const p of from.people) into.people.add(p);
  for (const [p, ts] of from.peopleTerms) if (!into.peopleTerms.has(p)) into.peopleTerms.set(p, ts);
  for (const md of from.mds) into.mds.add(md);
}
