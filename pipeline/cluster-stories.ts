/**
 * Corpus-level: cluster articles that report the same happening into stories, and give every
 * article its best-known date (its own, else its story's).
 *
 * Two articles are one story when they name the same rare things (idf-weighted overlap of proper
 * names, people from the event mentions counted double) AND their dates do not contradict:
 * - both dated: article dates within `DAY_WINDOW` days, and main-event days (when both known) within a day;
 * - one undated: its main event's month-day (`March 21`, year unknown) must match the other's,
 *   or, when it has none, a higher similarity is required.
 * Same people and city a year later is therefore another story. Candidates come from an inverted
 * index of rare names (postings longer than `MAX_POSTING` are skipped), so the work grows with the
 * corpus, not with its square. Duplicates (`duplicateOf`) are always joined.
 *
 * story_id: `st_` + 12 hex of the SHA-256 of the *anchor* member's sha256, the anchor being the
 * earliest-dated member (undated last, ties by sha256). Adding a later report of a story keeps its
 * id; only an earlier report (or a merge of two stories) changes it. A hash of all members would
 * change with every new article.
 */
import type { EventMentionDraft } from './extract-events/index.js';
import { dayNumber, resolveTime } from './lib/dates.js';
import { stableId } from './lib/hash.js';
import type { CleanArticle } from './types.js';
import { cmp, push } from './lib/collections.js';

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
  /** Similarity (0..1) needed when dates agree. */
  threshold?: number;
  /** Similarity needed when one article has no date at all to check. */
  undatedThreshold?: number;
  /** Largest difference between two members' own dates, in days. */
  dayWindow?: number;
  /** Largest span of known days within one story (coverage of one happening runs for weeks, not a year). */
  storySpan?: number;
}

const MAX_POSTING = 60;
const STOP = new Set(
  ('The A An In On At For But And Or If As After Before During While When Meanwhile However Also He She They We It I ' +
    'This That These Those There Here His Her Their Its Our Your Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'January February March April May June July August September October November December Jan Feb Aug Sept Oct Nov Dec ' +
    'According What Why How Who Where Which Some Many Most One Two Three No Not Both Each Other Another Under Since Despite Even ' +
    'New Photo AP Reuters AFP Copyright Click Read More Share Follow Image Getty Images Video Updated Last Next First').split(' '),
);

interface Features {
  a: CleanArticle;
  own: number | null;
  mainDay: number | null;
  mainMd: string | null;
  terms: Map<string, number>;
}

export function clusterStories(input: ClusterInput, options: ClusterOptions = {}): StoryAssignment {
  const threshold = options.threshold ?? 0.28;
  const undatedThreshold = options.undatedThreshold ?? 0.45;
  const dayWindow = options.dayWindow ?? 7;
  const storySpan = options.storySpan ?? 31;
  const articles = [...input.articles].sort((x, y) => cmp(x.articleId, y.articleId));
  const byArticle = new Map<string, EventMentionDraft[]>();
  for (const m of input.mentions) {
    const l = byArticle.get(m.articleId) ?? [];
    l.push(m);
    byArticle.set(m.articleId, l);
  }

  // Features.
  const feats: Features[] = articles.map((a) => {
    const ms = byArticle.get(a.articleId) ?? [];
    // The day of the main event: the main mention's, else the first dated occurred meeting's.
    let mainDay: number | null = null;
    let mainMd: string | null = null;
    // Failing those, any dated occurred mention in the lead (the first two paragraphs), which
    // reports the happening the article is about.
    const leadEnd = nthIndexOf(a.text, '\n\n', 2);
    const candidates = [
      ...ms.filter((m) => m.main),
      ...ms.filter((m) => !m.main && m.eventType === 'CONSULT' && m.status === 'occurred' && m.pendingDate),
      ...ms.filter((m) => !m.main && m.status === 'occurred' && m.pendingDate && m.sentenceStart < leadEnd),
    ];
    for (const m of candidates) {
      const r = m.pendingDate ? resolveTime(m.pendingDate.spec, a.date, m.pendingDate.future) : null;
      const d = r?.date ?? (m.pendingDate ? null : a.date);
      if (d && d.length === 10) (mainDay = dayNumber(d)), (mainMd = d.slice(5));
      else if (r?.monthDay) mainMd = r.monthDay;
      if (mainMd) break;
    }
    // An article's own date stands for its main event's day when the text gives none.
    if (mainDay === null && !mainMd && a.date) (mainDay = dayNumber(a.date)), (mainMd = a.date.slice(5));
    const terms = new Map<string, number>();
    const add = (t: string, w: number) => terms.set(t, (terms.get(t) ?? 0) + w);
    for (const t of properTerms(a.title ?? '')) add(t, 2);
    for (const t of properTerms(a.text.slice(0, 4000))) add(t, 1);
    for (const m of ms) if (m.status === 'occurred') for (const x of m.actors) add('@' + input.canonical(a.articleId, x).toLowerCase(), 1);
    return { a, own: a.date ? dayNumber(a.date) : null, mainDay, mainMd, terms };
  });

  // Document frequencies and the inverted index of rare terms.
  const df = new Map<string, number>();
  for (const f of feats) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = feats.length;
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 1));
  const vecs = feats.map((f) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of f.terms) {
      if ((df.get(t) ?? 0) < 2 && n > 2) continue; // a name in one article links nothing
      const w = (1 + Math.log(c)) * idf(t) * (t.startsWith('@') ? 2 : 1);
      v.set(t, w);
      norm += w * w;
    }
    return { v, norm: Math.sqrt(norm) || 1 };
  });
  const postings = new Map<string, number[]>();
  feats.forEach((f, i) => {
    for (const t of vecs[i]!.v.keys()) {
      const p = postings.get(t) ?? [];
      p.push(i);
      postings.set(t, p);
    }
  });

  const parent = feats.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // The known days of each cluster, so a chain through undated articles cannot join happenings
  // that are further apart than the window (the same people a year later are another story).
  const days = feats.map((f) => {
    const d = f.mainDay ?? f.own;
    return d === null ? null : { min: d, max: d };
  });
  const union = (i: number, j: number, guard = false): boolean => {
    const a = find(i), b = find(j);
    if (a === b) return true;
    const da = days[a]!, db = days[b]!;
    const merged = da && db ? { min: Math.min(da.min, db.min), max: Math.max(da.max, db.max) } : (da ?? db);
    if (guard && merged && merged.max - merged.min > storySpan) return false;
    const root = Math.min(a, b);
    parent[Math.max(a, b)] = root;
    days[root] = merged;
    return true;
  };
  const index = new Map(feats.map((f, i) => [f.a.articleId, i]));
  for (const [id, of] of input.duplicateOf) {
    const i = index.get(id), j = of ? index.get(of) : undefined;
    if (i !== undefined && j !== undefined) union(i, j);
  }

  for (let i = 0; i < feats.length; i++) {
    // Candidates: articles sharing a rare term with this one, later in order (each pair once).
    const dot = new Map<number, number>();
    const vi = vecs[i]!;
    for (const [t, w] of vi.v) {
      const p = postings.get(t)!;
      if (p.length > MAX_POSTING) continue;
      for (const j of p) if (j > i) dot.set(j, (dot.get(j) ?? 0) + w * vecs[j]!.v.get(t)!);
    }
    for (const [j, d] of dot) {
      const sim = d / (vi.norm * vecs[j]!.norm);
      if (sim < threshold) continue;
      const verdict = datesAgree(feats[i]!, feats[j]!, dayWindow);
      if (verdict === 'no') continue;
      if (verdict === 'unknown' && sim < undatedThreshold) continue;
      union(i, j, true);
    }
  }

  // Stories, their anchor and date.
  const groups = new Map<number, number[]>();
  feats.forEach((_, i) => push(groups, find(i), i));
  const storyOf = new Map<string, string>();
  const articleDate: StoryAssignment['articleDate'] = new Map();
  for (const members of groups.values()) {
    const sorted = [...members].sort((x, y) => {
      const fx = feats[x]!, fy = feats[y]!;
      if (fx.own !== null && fy.own !== null && fx.own !== fy.own) return fx.own - fy.own;
      if ((fx.own === null) !== (fy.own === null)) return fx.own === null ? 1 : -1;
      return cmp(fx.a.sha256, fy.a.sha256) || cmp(fx.a.articleId, fy.a.articleId);
    });
    const anchor = feats[sorted[0]!]!.a;
    const id = stableId('st', anchor.sha256 || anchor.articleId);
    const storyDate = feats[sorted[0]!]!.a.date;
    for (const i of members) {
      const a = feats[i]!.a;
      storyOf.set(a.articleId, id);
      articleDate.set(a.articleId, a.date ? { date: a.date, source: a.dateSource } : { date: storyDate, source: storyDate ? 'story' : null });
    }
  }
  return { storyOf, articleDate };
}

/** `yes`: dates confirm; `no`: they contradict; `unknown`: nothing to compare. */
function datesAgree(x: Features, y: Features, window: number): 'yes' | 'no' | 'unknown' {
  if (x.own !== null && y.own !== null && Math.abs(x.own - y.own) > window) return 'no';
  if (x.mainDay !== null && y.mainDay !== null) return Math.abs(x.mainDay - y.mainDay) <= 1 ? 'yes' : 'no';
  if (x.mainMd && y.mainMd) return mdClose(x.mainMd, y.mainMd) ? 'yes' : 'no';
  if (x.own !== null && y.own !== null) return 'yes';
  return 'unknown';
}

function mdClose(a: string, b: string): boolean {
  const da = dayNumber(`2001-${a}`), db = dayNumber(`2001-${b}`);
  return Math.abs(da - db) <= 1;
}

/** Proper names, lower-cased: capitalised words not opening a sentence, and all-caps acronyms. */
function properTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![.!?:"“]\s|^|\n)\b([A-Z][\p{L}'’-]+|[A-Z]{2,}(?:\.[A-Z])*)/gu)) {
    const w = m[1]!.replace(/['’]s$/, '');
    if (STOP.has(w) || w.length < 3) continue;
    out.push(w.toLowerCase());
  }
  return out;
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return text.length;
  }
  return at;
}

