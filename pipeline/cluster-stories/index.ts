/**
 * Corpus-level: cluster articles that report the same happening into stories, and give every
 * article its best-known date (its own, else its story's).
 *
 * Streaming, time-aware clustering (after Miranda et al. 2018, "Multilingual clustering of
 * streaming news"): dated articles are taken in order of their main happening's day; each joins
 * the story whose centroid is most similar to it, the similarity discounted by the distance in
 * days to the story, or opens a new story. Evidence against is checked first and vetoes a join:
 * main happenings more than `dayWindow` days apart (or own dates more than a week), a story
 * spanning more than `storySpan` days, different places named for the main happening; disjoint
 * participants halve the similarity. Undated articles come last: each may join the one story it
 * is most similar to (at a higher threshold), never two, so an undated article cannot bridge
 * two dated stories. Candidates come from an inverted index of rare terms to stories (postings
 * longer than `MAX_POSTING` are skipped), so the work grows with the corpus, not its square.
 * Duplicates (`duplicateOf`) always share a story.
 *
 * story_id: `st_` + 12 hex of the SHA-256 of the *anchor* member's sha256, the anchor being the
 * earliest-dated member (undated last, ties by sha256). Adding a later report of a story keeps
 * its id; only an earlier report changes it.
 */
import type { EventMentionDraft } from '../extract-events/index.js';
import { cmp, push } from '../lib/collections.js';
import { dayNumber } from '../lib/dates.js';
import { stableId } from '../lib/hash.js';
import type { CleanArticle } from '../types.js';
import { featuresOf, type Features } from './features.js';

export interface StoryAssignment {
  /** article_id -> story_id */
  storyOf: Map<string, string>;
  /** article_id -> its best-known date and where it came from */
  articleDate: Map<string, { date: string | null; source: CleanArticle['dateSource'] | 'story' }>;
}

export interface ClusterInput {
  articles: CleanArticle[];
  /** article_id -> the article it duplicates (from dedupe), or null */
  duplicateOf: Map<string, string | null>;
  mentions: EventMentionDraft[];
  canonical(articleId: string, name: string): string;
}

export interface ClusterOptions {
  /** Similarity (0..1) needed to join a story, before the time discount. */
  threshold?: number;
  /** Similarity needed by an undated article (nothing to check its time against). */
  undatedThreshold?: number;
  /** Largest difference between the main happenings' days of one story. */
  dayWindow?: number;
  /** Largest span of known days within one story (coverage of one happening runs for weeks, not a year). */
  storySpan?: number;
  /** Days over which the similarity is halved by the time discount. */
  halfLife?: number;
}

const MAX_POSTING = 60;

interface Story {
  members: number[];
  /** Sum of the members' unit vectors. */
  centroid: Map<string, number>;
  norm: number;
  minDay: number | null;
  maxDay: number | null;
  /** The main happening's day of the members, for the time discount. */
  days: number[];
  places: Set<string>;
  people: Set<string>;
  mds: Set<string>;
}

export function clusterStories(input: ClusterInput, options: ClusterOptions = {}): StoryAssignment {
  const threshold = options.threshold ?? 0.2;
  const undatedThreshold = options.undatedThreshold ?? 0.55;
  const dayWindow = options.dayWindow ?? 4;
  const storySpan = options.storySpan ?? 31;
  const halfLife = options.halfLife ?? 5;
  const articles = [...input.articles].sort((x, y) => cmp(x.articleId, y.articleId));
  const byArticle = new Map<string, EventMentionDraft[]>();
  for (const m of input.mentions) push(byArticle, m.articleId, m);
  const feats = articles.map((a) => featuresOf(a, byArticle.get(a.articleId) ?? [], input.canonical));
  const vecs = weigh(feats);

  // Duplicates first: a copy is always in its original's story.
  const index = new Map(feats.map((f, i) => [f.a.articleId, i]));
  const group = feats.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  for (const [id, of] of input.duplicateOf) {
    const i = index.get(id), j = of ? index.get(of) : undefined;
    if (i !== undefined && j !== undefined) group[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
  }
  const units = new Map<number, number[]>();
  feats.forEach((_, i) => push(units, root(i), i));

  // Streaming: dated units in order of their day, then the undated ones.
  const order = [...units.values()].sort((x, y) => cmpUnit(feats, x, y));
  const stories: Story[] = [];
  const storyOfUnit = new Map<number, number>();
  const postings = new Map<string, number[]>();
  for (const unit of order) {
    const dated = unit.some((i) => dayOf(feats[i]!) !== null);
    const vec = sumVectors(unit.map((i) => vecs[i]!));
    let best = -1, bestScore = 0;
    for (const s of candidates(vec, postings)) {
      const score = similarity(feats, unit, vec, stories[s]!, dayWindow, storySpan, halfLife);
      if (score > bestScore) (best = s), (bestScore = score);
    }
    const needed = dated ? threshold : undatedThreshold;
    const s = best >= 0 && bestScore >= needed ? best : stories.push(newStory()) - 1;
    addTo(stories[s]!, unit, vec, feats, postings, s);
    storyOfUnit.set(unit[0]!, s);
  }

  // Stories, their anchor and date.
  const storyOf = new Map<string, string>();
  const articleDate: StoryAssignment['articleDate'] = new Map();
  for (const story of stories) {
    const sorted = [...story.members].sort((x, y) => {
      const fx = feats[x]!, fy = feats[y]!;
      if (fx.own !== null && fy.own !== null && fx.own !== fy.own) return fx.own - fy.own;
      if ((fx.own === null) !== (fy.own === null)) return fx.own === null ? 1 : -1;
      return cmp(fx.a.sha256, fy.a.sha256) || cmp(fx.a.articleId, fy.a.articleId);
    });
    const anchor = feats[sorted[0]!]!.a;
    const id = stableId('st', anchor.sha256 || anchor.articleId);
    for (const i of story.members) {
      const a = feats[i]!.a;
      storyOf.set(a.articleId, id);
      articleDate.set(a.articleId, a.date ? { date: a.date, source: a.dateSource } : { date: anchor.date, source: anchor.date ? 'story' : null });
    }
  }
  return { storyOf, articleDate };
}

const dayOf = (f: Features): number | null => f.mainDay ?? f.own;

function cmpUnit(feats: readonly Features[], x: number[], y: number[]): number {
  const dx = Math.min(...x.map((i) => dayOf(feats[i]!) ?? Infinity)), dy = Math.min(...y.map((i) => dayOf(feats[i]!) ?? Infinity));
  if (dx !== dy) return dx < dy ? -1 : 1;
  return cmp(feats[x[0]!]!.a.articleId, feats[y[0]!]!.a.articleId);
}

/** tf-idf vectors, unit length; a term in one article links nothing and is dropped. */
function weigh(feats: readonly Features[]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const f of feats) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = feats.length;
  return feats.map((f) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of f.terms) {
      const d = df.get(t) ?? 1;
      if (d < 2 && n > 2) continue;
      const w = (1 + Math.log(c)) * Math.log(1 + n / d) * (t.startsWith('@') ? 2 : t.startsWith('~') ? 0.7 : 1);
      v.set(t, w);
      norm += w * w;
    }
    const k = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / k);
    return v;
  });
}

function sumVectors(vs: readonly Map<string, number>[]): Map<string, number> {
  if (vs.length === 1) return vs[0]!;
  const out = new Map<string, number>();
  for (const v of vs) for (const [t, w] of v) out.set(t, (out.get(t) ?? 0) + w);
  return out;
}

/** Stories sharing a rare term with the vector (each term's posting list is capped). */
function candidates(vec: Map<string, number>, postings: Map<string, number[]>): Set<number> {
  const out = new Set<number>();
  for (const t of vec.keys()) {
    const p = postings.get(t);
    if (!p || p.length > MAX_POSTING) continue;
    for (const s of p) out.add(s);
  }
  return out;
}

function newStory(): Story {
  return { members: [], centroid: new Map(), norm: 0, minDay: null, maxDay: null, days: [], places: new Set(), people: new Set(), mds: new Set() };
}

function addTo(story: Story, unit: number[], vec: Map<string, number>, feats: readonly Features[], postings: Map<string, number[]>, s: number): void {
  story.members.push(...unit);
  for (const [t, w] of vec) {
    if (!story.centroid.has(t)) push(postings, t, s);
    story.centroid.set(t, (story.centroid.get(t) ?? 0) + w);
  }
  let norm = 0;
  for (const w of story.centroid.values()) norm += w * w;
  story.norm = Math.sqrt(norm) || 1;
  for (const i of unit) {
    const f = feats[i]!;
    const d = dayOf(f);
    if (d !== null) {
      story.days.push(d);
      story.minDay = story.minDay === null ? d : Math.min(story.minDay, d);
      story.maxDay = story.maxDay === null ? d : Math.max(story.maxDay, d);
    }
    if (f.place) story.places.add(f.place.toLowerCase());
    for (const p of f.people) story.people.add(p);
    if (f.mainMd) story.mds.add(f.mainMd);
  }
}

/**
 * How likely a unit (an article and its copies) reports a story's happening: the cosine of the
 * unit's vector and the story's centroid, times a time discount; 0 when the evidence contradicts.
 */
function similarity(feats: readonly Features[], unit: number[], vec: Map<string, number>, story: Story, dayWindow: number, storySpan: number, halfLife: number): number {
  let dot = 0, norm = 0;
  for (const [t, w] of vec) {
    norm += w * w;
    const c = story.centroid.get(t);
    if (c) dot += w * c;
  }
  let score = dot / ((Math.sqrt(norm) || 1) * story.norm);
  const f = feats[unit[0]!]!;
  const day = dayOf(f);
  if (day !== null && story.days.length) {
    // Main happenings days apart are different happenings; the story's own span is bounded too.
    const nearest = story.days.reduce((b, d) => (Math.abs(d - day) < Math.abs(b - day) ? d : b));
    if (Math.abs(nearest - day) > dayWindow) return 0;
    if (Math.max(story.maxDay!, day) - Math.min(story.minDay!, day) > storySpan) return 0;
    score *= Math.pow(0.5, Math.abs(nearest - day) / halfLife);
  } else if (f.mainMd && story.mds.size && ![...story.mds].some((md) => mdClose(md, f.mainMd!))) {
    // An undated article whose month-day contradicts the story's.
    return 0;
  }
  if (f.own !== null) {
    for (const i of story.members) {
      const o = feats[i]!.own;
      if (o !== null && Math.abs(o - f.own) > 7) return 0;
    }
  }
  // A place the text names for the main happening, other than the story's: another happening.
  if (f.place && story.places.size && ![...story.places].some((p) => samePlace(p, f.place!.toLowerCase()))) return 0;
  // No one in common between the main happenings' participants: probably another happening.
  if (f.people.length && story.people.size && !f.people.some((p) => story.people.has(p))) score *= 0.5;
  return score;
}

/** `Geneva` and `Palais des Nations, Geneva` are one place. */
function samePlace(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

function mdClose(a: string, b: string): boolean {
  const da = dayNumber(`2001-${a}`), db = dayNumber(`2001-${b}`);
  return Math.abs(da - db) <= 1;
}
