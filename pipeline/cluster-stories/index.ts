/**
 * Corpus-level: cluster articles that report the same happening into stories, and give every
 * article its best-known date (its own, else its story's).
 *
 * Streaming, time-aware clustering (after Miranda et al. 2018, "Multilingual clustering of
 * streaming news"): dated articles are taken in order of their main happening's day; each joins
 * the story whose centroid is most similar to it, the similarity discounted by the distance in
 * days to the story, or opens a new story. Evidence against is checked first and vetoes a join:
 * main happenings more than `dayWindow` days apart (`reportWindow` where one day is only a
 * report's own date, the report after the other's day, and the join then needs
 * `reportThreshold`), or own dates more than a week, a story spanning more than `storySpan`
 * days, different places named for the main happening; disjoint participants halve the
 * similarity unless each side names the other's. Undated articles come last: each may join the one story it
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
import { encodeFeatures, featuresOf, textFeatures, type EncodedFeatures, type Features } from './features.js';
import { Centroid, postingCount, Postings } from './centroid.js';
import { byWeight, CountsSlab, dotProduct, sumVectors, vectorNorm, weighOne, Vocabulary, type Counts, type Vector } from './vectors.js';
export { textFeatures, type EncodedFeatures, type TextFeatures } from './features.js';
export { Vocabulary } from './vectors.js';

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
  /**
   * What `textFeatures` found of each article (in a worker), its terms as ids of the run's
   * `vocabulary`; without it, each article's text is read here and its features made.
   */
  known?: { vocabulary: Vocabulary; of(a: CleanArticle): EncodedFeatures | null };
}

export interface ClusterOptions {
  /** Similarity (0..1) needed to join a story, before the time discount. */
  threshold?: number;
  /** Similarity needed by an undated article (nothing to check its time against). */
  undatedThreshold?: number;
  /** Largest difference between the main happenings' days of one story. */
  dayWindow?: number;
  /**
   * Largest difference when one of the two days is only a report's own date (the text tells no
   * day of its main happening): coverage of one happening runs over the days after it, so a
   * report's date says only that its happening is not later.
   */
  reportWindow?: number;
  /** Similarity needed, after the time discount, by a join past `dayWindow` (within `reportWindow`). */
  reportThreshold?: number;
  /** Largest span of known days within one story (coverage of one happening runs for weeks, not a year). */
  storySpan?: number;
  /** Days over which the similarity is halved by the time discount. */
  halfLife?: number;
}

const MAX_POSTING = 60;
/**
 * Candidates examined per unit, highest upper bound first. A unit that opens a new story would
 * otherwise have every story its bound cannot rule out checked (in an undated corpus, where no
 * time window prunes, a growing share of all stories): the cost of a run grew with the square of
 * the corpus. The story a unit joins is, in practice, among the first few by bound.
 */
const MAX_CANDIDATES = 24;

interface Story {
  members: number[];
  /** Sum of the members' unit vectors, by term id. */
  centroid: Centroid;
  norm: number;
  minDay: number | null;
  maxDay: number | null;
  /** The main happening's day of the members, for the time discount: sorted, so the nearest is found by halving. */
  days: number[];
  /** Those of `days` that the members' texts tell, and those that are only their own dates (`Features.dayTold`), sorted. */
  toldDays: number[];
  reportDays: number[];
  /** The members' own dates (day numbers), least and greatest. */
  minOwn: number | null;
  maxOwn: number | null;
  places: Set<string>;
  people: Set<string>;
  /** How a text names each of `people` (`Features.peopleTerms`), by person. */
  peopleTerms: Map<string, number[]>;
  mds: Set<string>;
}

export function clusterStories(input: ClusterInput, options: ClusterOptions = {}): StoryAssignment {
  const threshold = options.threshold ?? 0.2;
  const undatedThreshold = options.undatedThreshold ?? 0.55;
  const dayWindow = options.dayWindow ?? 4;
  const windows = { day: dayWindow, report: Math.max(dayWindow, options.reportWindow ?? 7), farScore: options.reportThreshold ?? 0.3 };
  const storySpan = options.storySpan ?? 31;
  const halfLife = options.halfLife ?? 5;
  const articles = [...input.articles].sort((x, y) => cmp(x.articleId, y.articleId));
  const byArticle = new Map<string, EventMentionDraft[]>();
  for (const m of input.mentions) push(byArticle, m.articleId, m);
  // Each article's terms are ids of one vocabulary: the run's, numbered as its articles arrived
  // (`known`), or one made here; the corpus never holds a map of terms per article.
  const vocabulary = input.known?.vocabulary ?? new Vocabulary();
  const counted: Counts[] = [];
  const slab = new CountsSlab();
  const feats = articles.map((a) => {
    const ms = byArticle.get(a.articleId) ?? [];
    const text = input.known?.of(a) ?? encodeFeatures(vocabulary, textFeatures(a, ms));
    const f = featuresOf(a, ms, input.canonical, vocabulary, text, slab);
    counted.push(f.counted);
    f.counted = NO_COUNTS;
    return f;
  });
  vocabulary.clear();
  const df = new Int32Array(vocabulary.size);
  for (const c of counted) for (const id of c.ids) df[id]!++;
  const factor = vocabulary.factor;
  // [scale] Each article's vector is made when its unit is clustered, and its counts let go then:
  // the corpus holds the counts of the articles still to come and the stories' centroids, never
  // a vector per article besides.
  const vectorOf = (i: number) => {
    const v = weighOne(counted[i]!, df, factor, counted.length);
    counted[i] = NO_COUNTS;
    return v;
  };

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
  // A unit is compared by its first member: a dated copy speaks for an undated one.
  for (const u of units.values()) u.sort((x, y) => rank(feats[x]!) - rank(feats[y]!) || x - y);

  // Streaming: dated units in order of their day, then the undated ones.
  const order = byDay(feats, [...units.values()]);
  const stories: Story[] = [];
  // Each story's norm, by story: what scoring candidates reads for every story found.
  const normOf: number[] = [];
  const storyOfUnit = new Map<number, number>();
  const postings = new Postings(MAX_POSTING, vocabulary.size);
  for (const unit of order) {
    const dated = unit.some((i) => dayOf(feats[i]!) !== null);
    const vec = sumVectors(unit.map(vectorOf));
    // The candidate with the highest score wins, the first found on a tie; candidates are scored
    // from the most promising down, and those that can no longer win are not scored at all.
    let best = -1, bestScore = 0, bestOrder = Infinity;
    const needed = dated ? threshold : undatedThreshold;
    const norm = vectorNorm(vec);
    // Made for the first candidate: most units have none (they open a story).
    let ranked: ReturnType<typeof byWeight> | null = null;
    let examined = 0;
    for (const c of hopeful(vec, norm, normOf, postings, needed)) {
      if (best >= 0 && below(c.bound, bestScore)) break;
      if (++examined > MAX_CANDIDATES) break;
      if (!reaches((ranked ??= byWeight(vec)), stories[c.story]!, norm, best >= 0 ? Math.max(needed, bestScore) : needed)) continue;
      const score = similarity(feats, unit, vec, dotProduct(vec, stories[c.story]!.centroid), norm, stories[c.story]!, windows, storySpan, halfLife);
      if (score > bestScore || (score === bestScore && score > 0 && c.order < bestOrder)) (best = c.story), (bestScore = score), (bestOrder = c.order);
    }
    const s = best >= 0 && bestScore >= needed ? best : stories.push(newStory()) - 1;
    addTo(stories[s]!, unit, vec, feats, postings, s);
    normOf[s] = stories[s]!.norm;
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
      // An undated copy takes its own report's date (its unit's first member) before the story's.
      const own = feats[units.get(root(i))![0]!]!.a.date ?? anchor.date;
      articleDate.set(a.articleId, a.date ? { date: a.date, source: a.dateSource } : { date: own, source: own ? 'story' : null });
    }
  }
  return { storyOf, articleDate };
}

const dayOf = (f: Features): number | null => f.mainDay ?? f.own;
/** Whether the text tells the day of the article's main happening (not only its own date). */
const told = (f: Features): boolean => f.mainDay !== null && f.dayTold;
/** Which member of a unit speaks for it: one with its own date, then one with a day, then any. */
const rank = (f: Features): number => (f.own !== null ? 0 : dayOf(f) !== null ? 1 : 2);

/** Units by their earliest day (undated last), then by their first article's id; each unit's day found once, not per comparison. */
function byDay(feats: readonly Features[], units: number[][]): number[][] {
  const keyed = units.map((u) => ({ u, day: Math.min(...u.map((i) => dayOf(feats[i]!) ?? Infinity)), id: feats[u[0]!]!.a.articleId }));
  keyed.sort((x, y) => (x.day !== y.day ? (x.day < y.day ? -1 : 1) : cmp(x.id, y.id)));
  return keyed.map((k) => k.u);
}

const NO_COUNTS: Counts = { ids: new Int32Array(0), counts: new Float32Array(0) };

function newStory(): Story {
  return { members: [], centroid: new Centroid(), norm: 0, minDay: null, maxDay: null, days: [], toldDays: [], reportDays: [], minOwn: null, maxOwn: null, places: new Set(), people: new Set(), peopleTerms: new Map(), mds: new Set() };
}

function addTo(story: Story, unit: number[], vec: Vector, feats: readonly Features[], postings: Postings, s: number): void {
  story.members.push(...unit);
  story.centroid.add(vec.ids, vec.weights, postings, s);
  let norm = 0;
  for (const w of story.centroid.weights) norm += w * w;
  story.norm = Math.sqrt(norm) || 1;
  for (const i of unit) {
    const f = feats[i]!;
    const d = dayOf(f);
    if (f.own !== null) {
      story.minOwn = story.minOwn === null ? f.own : Math.min(story.minOwn, f.own);
      story.maxOwn = story.maxOwn === null ? f.own : Math.max(story.maxOwn, f.own);
    }
    if (d !== null) {
      story.days.splice(sortedIndex(story.days, d), 0, d);
      const kind = told(f) ? story.toldDays : story.reportDays;
      kind.splice(sortedIndex(kind, d), 0, d);
      story.minDay = story.minDay === null ? d : Math.min(story.minDay, d);
      story.maxDay = story.maxDay === null ? d : Math.max(story.maxDay, d);
    }
    if (f.place) story.places.add(f.place.toLowerCase());
    f.people.forEach((p, k) => {
      story.people.add(p);
      if (!story.peopleTerms.has(p)) story.peopleTerms.set(p, f.peopleTerms[k]!);
    });
    if (f.mainMd) story.mds.add(f.mainMd);
  }
}

/** Partial dot products and candidates by story, for `hopeful`: kept between calls, cleared as they are read. */
let partial = new Float64Array(1024);
let seen = new Uint8Array(1024);

/**
 * Whether a story's cosine with the vector can reach `target`: the dot product taken heaviest
 * term first, and at each step at most the rest's length times the centroid's still to come
 * (Cauchy-Schwarz). A story that cannot is left out before its exact dot product is taken.
 */
function reaches(ranked: ReturnType<typeof byWeight>, story: Story, norm: number, target: number): boolean {
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
const below = (bound: number, value: number) => bound * (1 + 1e-9) + 1e-12 < value;

/**
 * The candidates, the stories sharing a rare term with the vector (each term's posting list is
 * capped), in the order found, that can reach `needed`, with an upper bound of their score,
 * highest first (ties in the order found). A story's score is at most the cosine, whose dot
 * product is what the rare terms give (summed from their short posting lists) plus at most the
 * length of the vector's other terms times the centroid's (Cauchy-Schwarz); the time discount and
 * the other factors only lower it. A story below `needed` can neither be joined nor beat one that
 * can, so leaving it out changes nothing; it saves the exact dot product, the clustering's cost.
 */
function hopeful(vec: Vector, norm: number, normOf: readonly number[], postings: Postings, needed: number): { story: number; order: number; bound: number }[] {
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
    if (postingCount(p) > MAX_POSTING) {
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
  const out: { story: number; order: number; bound: number }[] = [];
  found.forEach((s, order) => {
    const storyNorm = normOf[s]!;
    const bound = (partial[s]! + restNorm * storyNorm) / (norm * storyNorm);
    // The scratch arrays are left clear for the next vector.
    partial[s] = 0;
    seen[s] = 0;
    if (!below(bound, needed)) out.push({ story: s, order, bound });
  });
  return out.sort((a, b) => b.bound - a.bound || a.order - b.order);
}

/** Where `d` goes in the sorted `days`. */
function sortedIndex(days: readonly number[], d: number): number {
  let lo = 0, hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one of the sorted `days` is in [lo, hi]. */
function anyIn(days: readonly number[], lo: number, hi: number): boolean {
  const i = sortedIndex(days, lo);
  return i < days.length && days[i]! <= hi;
}

/**
 * Whether a member and the unit could report one happening although their days are more than
 * `dayWindow` apart: one of the two days is only a report's own date, which a happening it
 * reports precedes by up to `week` days (a report cannot tell of a happening after its date).
 */
function reportCovers(f: Features, day: number, story: Story, week: number): boolean {
  if (told(f)) return anyIn(story.reportDays, day, day + week);
  return anyIn(story.reportDays, day - week, day + week) || anyIn(story.toldDays, day - week, day);
}

/** How far `day` is from the nearest of the sorted `days`. */
function nearestDistance(days: readonly number[], day: number): number {
  const i = sortedIndex(days, day);
  const after = i < days.length ? days[i]! - day : Infinity;
  const before = i > 0 ? day - days[i - 1]! : Infinity;
  return Math.min(after, before);
}

/**
 * How likely a unit (an article and its copies) reports a story's happening: the cosine of the
 * unit's vector (`dot` with the story's centroid, `norm` its length) and the story's centroid,
 * times a time discount; 0 when the evidence contradicts.
 */
function similarity(feats: readonly Features[], unit: number[], vec: Vector, dot: number, norm: number, story: Story, windows: { day: number; report: number; farScore: number }, storySpan: number, halfLife: number): number {
  let score = dot / (norm * story.norm);
  let far = false;
  const f = feats[unit[0]!]!;
  const day = dayOf(f);
  if (day !== null && story.days.length) {
    // Main happenings days apart are different happenings (a week apart, when one day is only a
    // report's date); the story's own span is bounded too.
    const distance = nearestDistance(story.days, day);
    if (distance > windows.day && !reportCovers(f, day, story, windows.report)) return 0;
    if (Math.max(story.maxDay!, day) - Math.min(story.minDay!, day) > storySpan) return 0;
    score *= Math.pow(0.5, distance / halfLife);
    far = distance > windows.day;
  } else if (f.mainMd && story.mds.size && ![...story.mds].some((md) => mdClose(md, f.mainMd!))) {
    // An undated article whose month-day contradicts the story's.
    return 0;
  }
  // A member's own date more than a week from this one's.
  if (f.own !== null && story.minOwn !== null && (story.maxOwn! - f.own > 7 || f.own - story.minOwn > 7)) return 0;
  // A place the text names for the main happening, other than the story's: another happening.
  if (f.place && story.places.size && ![...story.places].some((p) => samePlace(p, f.place!.toLowerCase()))) return 0;
  // No one in common between the main happenings' participants: probably another happening,
  // unless each side's reports name the other's participants (reactions of several parties to
  // one happening: the state that acted, and the governments answering it).
  if (f.people.length && story.people.size && !f.people.some((p) => story.people.has(p)) && !namedByEach(f, vec, story)) score *= 0.5;
  // Past the days' window, the words alone carry the join: they must say more.
  return far && score < windows.farScore ? 0 : score;
}

/**
 * Whether the story's reports name one of the unit's participants and the unit names one of the
 * story's: by `@name` or by the name's last word among the terms (`Features.peopleTerms`).
 */
function namedByEach(f: Features, vec: Vector, story: Story): boolean {
  if (!f.peopleTerms.some((ts) => ts.some((t) => story.centroid.weightOf(t) > 0))) return false;
  const own = new Set(vec.ids);
  for (const ts of story.peopleTerms.values()) if (ts.some((t) => own.has(t))) return true;
  return false;
}

/**
 * `Geneva` and `Palais des Nations, Geneva` are one place; so are two spellings of one name that
 * differ only in their vowels and hyphens (`Dar-i-Salam`, `Dar-e-Salam`; `Kiev`, `Kyiv`).
 */
function samePlace(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || (a.length >= 4 && b.length >= 4 && skeleton(a) === skeleton(b));
}

/** A name's consonants, in order (case, vowels, `y`, spaces and punctuation dropped). */
function skeleton(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[^a-z]|[aeiouy]/g, '');
}

function mdClose(a: string, b: string): boolean {
  const da = dayNumber(`2001-${a}`), db = dayNumber(`2001-${b}`);
  return Math.abs(da - db) <= 1;
}
