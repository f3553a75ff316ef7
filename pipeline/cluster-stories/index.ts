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
 * similarity unless the days agree and each side names the other's. Undated articles come last:
 * each may join the one story it is most similar to (at a higher threshold), never two, so an
 * undated article cannot bridge two dated stories. Then a second pass (`merge.ts`) folds each
 * dated story into an earlier one its centroid agrees with (`mergeThreshold`), under the same
 * evidence against: single-pass clustering depends on the order the reports come in. Candidates come from an inverted index of rare terms to stories (postings
 * longer than `MAX_POSTING` are skipped), so the work grows with the corpus, not its square.
 * Duplicates (`duplicateOf`) always share a story.
 *
 * story_id: `st_` + 12 hex of the SHA-256 of the *anchor* member's sha256, the anchor being the
 * earliest-dated member (undated last, ties by sha256). Adding a later report of a story keeps
 * its id; only an earlier report changes it.
 */
import type { EventMentionDraft } from '../extract-events/index.js';
import { cmp, push } from '../lib/collections.js';
import { stableId } from '../lib/hash.js';
import type { CleanArticle } from '../types.js';
import { encodeFeatures, featuresOf, textFeatures, type EncodedFeatures, type Features } from './features.js';
import { Postings } from './centroid.js';
import { below, hopeful, reaches } from './candidates.js';
import { mergeStories } from './merge.js';
import { addTo, dayOf, newStory, similarity, type Story } from './story.js';
import { byWeight, CountsSlab, dotProduct, sumVectors, vectorNorm, weighOne, Vocabulary, type Counts } from './vectors.js';
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
  /** Similarity of two stories' centroids needed to fold the later into the earlier (`merge.ts`); `Infinity`: never. */
  mergeThreshold?: number;
}

const MAX_POSTING = 60;
/**
 * Candidates examined per unit, highest upper bound first. A unit that opens a new story would
 * otherwise have every story its bound cannot rule out checked (in an undated corpus, where no
 * time window prunes, a growing share of all stories): the cost of a run grew with the square of
 * the corpus. The story a unit joins is, in practice, among the first few by bound.
 */
const MAX_CANDIDATES = 24;

export function clusterStories(input: ClusterInput, options: ClusterOptions = {}): StoryAssignment {
  const threshold = options.threshold ?? 0.2;
  const undatedThreshold = options.undatedThreshold ?? 0.55;
  const dayWindow = options.dayWindow ?? 4;
  
  const windows = {
    day: dayWindow, report: Math.max(dayWindow, options.reportWindow ?? 7), farScore: options.reportThreshold ?? 0.3,
    storySpan: options.storySpan ?? 31, halfLife: options.halfLife ?? 5,
  };
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
    // At most MAX_CANDIDATES are examined, past the one that ends the loop.
    for (const c of hopeful(vec, norm, normOf, postings, needed, MAX_CANDIDATES + 1)) {
      if (best >= 0 && below(c.bound, bestScore)) break;
      if (++examined > MAX_CANDIDATES) break;
      if (!reaches((ranked ??= byWeight(vec)), stories[c.story]!, norm, best >= 0 ? Math.max(needed, bestScore) : needed)) continue;
      const score = similarity(feats, unit, vec, dotProduct(vec, stories[c.story]!.centroid), norm, stories[c.story]!, windows);
      if (score > bestScore || (score === bestScore && score > 0 && c.order < bestOrder)) (best = c.story), (bestScore = score), (bestOrder = c.order);
    }
    const s = best >= 0 && bestScore >= needed ? best : stories.push(newStory()) - 1;
    addTo(stories[s]!, unit, vec, feats, postings, s);
    normOf[s] = stories[s]!.norm;
    storyOfUnit.set(unit[0]!, s);
  }
  // Stories that one happening's first reports opened apart.
  mergeStories(stories, normOf, postings, windows, options.mergeThreshold ?? 0.3);


  // Stories, their anchor and date.
  const storyOf = new Map<string, string>();
  const articleDate: StoryAssignment['articleDate'] = new Map();
  for (const story of stories) {
    if (!story.members.length) continue; // folded into another (merge.ts)
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

/** Which member of a unit speaks for it: one with its own date, then one with a day, then any. */
const rank = (f: Features): number => (f.own !== null ? 0 : dayOf(f) !== null ? 1 : 2);

/** Units by their earliest day (undated last), then by their first article's id; each unit's day found once, not per comparison. */
function byDay(feats: readonly Features[], units: number[][]): number[][] {
  const keyed = units.map((u) => ({ u, day: Math.min(...u.map((i) => dayOf(feats[i]!) ?? Infinity)), id: feats[u[0]!]!.a.articleId }));
  keyed.sort((x, y) => (x.day !== y.day ? (x.day < y.day ? -1 : 1) : cmp(x.id, y.id)));
  return keyed.map((k) => k.u);
}

const NO_COUNTS: Counts = { ids: new Int32Array(0), counts: new Float32Array(0) };

