/**
 * What a run keeps of one analysed article. The per-article stages (in a worker) give an
 * `ArticleAnalysis`; `finishAnalysis` adds what the published rows need of the text (where its
 * code points differ from UTF-16 units, its word count), so nothing later reads the text for
 * them. On the main thread `keepArticle` puts the text into the run store and keeps the rest:
 * the corpus stages work on dates, names, signatures and spans, and a stage that does read an
 * article's `text` gets it back from the store.
 */
import { Article } from '../schemas/index.js';
import { encodeFeatures, textFeatures, type EncodedFeatures, type TextFeatures } from './cluster-stories/features.js';
import type { Vocabulary } from './cluster-stories/vectors.js';
import { shingleSet } from './dedupe/shingles.js';
import type { ArticleAnalysis } from './index.js';
import type { Slab } from './lib/slab.js';
import type { Loc, RunStore } from './lib/store.js';
import type { CleanArticle, Message, PersonName, QuoteMention } from './types.js';

export interface ArticleResult extends ArticleAnalysis {
  /**
   * UTF-16 positions of the characters that take two units (outside the Basic Multilingual Plane),
   * ascending, for converting offsets to code points; null when there are none (nearly always).
   */
  astral: Int32Array | null;
  /** Words in the text (`articles.word_count`). */
  wordCount: number;
  /** The text's distinct word 5-shingles, sorted (dedupe's exact measures), made here rather than in the corpus stage. */
  shingles: Uint32Array;
  /** What story clustering takes of the text (cluster-stories/features.ts), made here so the corpus stage never reads it; null without a text. */
  storyFeatures: TextFeatures | null;
}

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Words in a text: runs of letters and digits, an apostrophe and letters kept inside a word. */
export function wordCount(text: string): number {
  // `test` on the global regex steps from match to match without making a match array for each.
  let n = 0;
  WORDS.lastIndex = 0;
  while (WORDS.test(text)) n++;
  return n;
}

/** The UTF-16 positions of surrogate pairs in `text`, or null when there is none. */
export function astralPositions(text: string): Int32Array | null {
  if (!/[\uD800-\uDFFF]/.test(text)) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) out.push(i++);
  }
  return out.length ? Int32Array.from(out) : null;
}

/** A UTF-16 offset as a code-point offset, given the article's astral positions. */
export function toCodePoint(astral: Int32Array | null, offset: number): number {
  if (!astral) return offset;
  // Pairs that start before `offset` each count one code point for two units.
  let lo = 0;
  let hi = astral.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (astral[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return offset - lo;
}

/** The rest of the per-article work, in the worker: what the published rows need of the text. */
export function finishAnalysis(a: ArticleAnalysis): ArticleResult {
  const text = a.article.text;
  const result: ArticleResult = {
    ...a,
    astral: text ? astralPositions(text) : null,
    wordCount: text ? wordCount(text) : 0,
    shingles: text ? shingleSet(text) : new Uint32Array(0),
    storyFeatures: text ? textFeatures(a.article, a.events) : null,
  };
  // The text column is checked here, with its article: the corpus stages never hold it.
  const check = text ? Article.shape.text.safeParse(text) : null;
  if (check && !check.success) result.messages = [...a.messages, textProblem(a.article, check.error.issues[0]?.message ?? 'invalid')];
  return result;
}

function textProblem(a: CleanArticle, message: string): Message {
  return { ruleId: 'schema/invalid_text', severity: 'error', articleId: a.articleId, file: a.file, reason: `articles row ${a.articleId}: text: ${message}` };
}

const LOC = Symbol('text in the run store');
const STORE = Symbol('the run store');
const SHINGLES = Symbol('shingles in the run store');
const FEATURES = Symbol('story features, their terms in the run store');
const QUOTES = Symbol('quotes in the run store');
const PEOPLE = Symbol('people in the run store');

/** An article's story features as kept: the term ids and counts in the store. */
type KeptFeatures = Omit<EncodedFeatures, 'ids' | 'counts'> & { ids: Loc; counts: Loc };

/**
 * A clean article whose text waits in the run store: every other field as it was. Made by its
 * constructor, not `Object.create`: V8 keeps an object made from a prototype that way in
 * dictionary mode (1.6 KB an article instead of about 200 bytes: 80 MB over 50,000 articles).
 */
class StoredArticle {
  declare [LOC]: Loc;
  declare [SHINGLES]: Loc;
  declare [STORE]: RunStore;
  declare [FEATURES]: KeptFeatures | null;
  constructor(a: CleanArticle, loc: Loc, shingles: Loc, store: RunStore, features: KeptFeatures | null) {
    const self = this as unknown as Record<string, unknown>;
    for (const key of Object.keys(a) as (keyof CleanArticle)[]) if (key !== 'text') self[key] = a[key];
    this[LOC] = loc;
    this[SHINGLES] = shingles;
    this[STORE] = store;
    this[FEATURES] = features;
  }
  get text(): string {
    return this[STORE].text(this[LOC]);
  }
}

/**
 * Keep an analysed article for the corpus stages: its text goes to the store (where `textLoc`
 * finds it), and `article.text` reads it back when a stage asks for it. Its story features'
 * terms become ids of the run's `vocabulary`, and wait in the store too (`storedFeatures`). Its
 * signature, kept to dedupe, is copied into the run's `signatures` (lib/slab.ts).
 */
export function keepArticle(r: ArticleResult, store: RunStore, vocabulary?: Vocabulary, signatures?: Slab<Uint32Array>): ArticleResult {
  const a = r.article;
  if (signatures) r.signature = signatures.copy(r.signature);
  let features: KeptFeatures | null = null;
  if (r.storyFeatures && vocabulary) {
    const { ids, counts, ...rest } = encodeFeatures(vocabulary, r.storyFeatures);
    features = { ...rest, ids: store.putBytes(ids), counts: store.putBytes(counts) };
  }
  const kept = new StoredArticle(a, store.putText(a.text), store.putBytes(r.shingles), store, features) as unknown as CleanArticle & StoredArticle;
  r.article = kept;
  r.shingles = NO_SHINGLES;
  r.storyFeatures = null;
  // [scale] The quotes wait in the store until assemble, the people until actors are resolved.
  const held = r as ArticleResult & { [QUOTES]?: Loc; [PEOPLE]?: Loc };
  if (r.quotes.length) held[QUOTES] = store.putRecords(r.quotes);
  if (r.people.length) held[PEOPLE] = store.putRecords(r.people);
  r.quotes = [];
  r.people = [];
  internAll(r.events, kept.articleId);
  return r;
}

/** An article's quotes: read back from the run store when `keepArticle` put them there. */
export function quotesOf(r: ArticleResult): QuoteMention[] {
  return heldBack(r, QUOTES, r.quotes);
}

/** An article's people (each form once): read back from the run store when `keepArticle` put them there. */
export function peopleOf(r: ArticleResult): PersonName[] {
  return heldBack(r, PEOPLE, r.people);
}

function heldBack<T extends object>(r: ArticleResult, key: typeof QUOTES | typeof PEOPLE, own: T[]): T[] {
  const loc = (r as ArticleResult & { [QUOTES]?: Loc; [PEOPLE]?: Loc })[key];
  if (!loc) return own;
  const records = (r.article as Partial<StoredArticle>)[STORE]!.records(loc) as T[];
  internAll(records, r.article.articleId);
  return records;
}

const SHORT = 80;
const interned = new Map<string, string>();

/** One copy of each short string (names, rules, cues, dates): the results of a worker arrive as copies. */
function intern(s: string): string {
  if (s.length > SHORT) return s;
  const seen = interned.get(s);
  if (seen !== undefined) return seen;
  // Bounded: the few thousand strings that recur are met again soon enough.
  if (interned.size >= 200_000) interned.clear();
  interned.set(s, s);
  return s;
}

/** Lets go of the one copies kept of short strings (a run that is done with its articles' results). */
export function forgetInterned(): void {
  interned.clear();
}

/**
 * The short strings of a list of records (one level deep, and lists of strings) replaced by their
 * one copy, and every `articleId` by the article's own: a worker's results arrive as copies, and
 * the names, rules, cues and dates they repeat would otherwise be held once per mention.
 */
function internAll(records: readonly object[], articleId: string): void {
  for (const r of records as Record<string, unknown>[]) {
    for (const k in r) {
      const v = r[k];
      if (k === 'articleId') r[k] = articleId;
      else if (typeof v === 'string') r[k] = intern(v);
      else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (typeof v[i] === 'string') v[i] = intern(v[i] as string);
    }
  }
}

const NO_SHINGLES = new Uint32Array(0);

/**
 * The shingles of articles kept by `keepArticle`, read back from the store into one buffer
 * (dedupe): [scale] 50,000 small buffers, freed together, would leave the allocator's heap
 * fragmented and held for the rest of the run; one large one is given back whole.
 */
export function shinglesOfAll(articles: readonly CleanArticle[]): Uint32Array[] {
  const kept = articles as readonly Partial<StoredArticle>[];
  let total = 0;
  for (const a of kept) total += a[SHINGLES]![1];
  const buffer = new Uint8Array(total);
  let at = 0;
  return kept.map((a) => {
    const loc = a[SHINGLES]!;
    a[STORE]!.bytesInto(loc, buffer, at);
    const view = new Uint32Array(buffer.buffer, at, loc[1] / 4);
    at += loc[1];
    return view;
  });
}

/** The story features of an article kept by `keepArticle`, their terms read back from the store; null when it kept none. */
export function storedFeatures(a: CleanArticle): EncodedFeatures | null {
  const kept = a as Partial<StoredArticle>;
  const f = kept[FEATURES];
  if (!f) return null;
  return { ...f, ids: typed(kept[STORE]!.bytes(f.ids), Int32Array), counts: typed(kept[STORE]!.bytes(f.counts), Float32Array) };
}

/** Bytes as a typed array: a view when they are aligned for it (they are, from a pooled buffer), else a copy. */
function typed<T extends Uint32Array | Int32Array | Float32Array>(bytes: Buffer, Kind: { new (buffer: ArrayBuffer, offset?: number, length?: number): T }): T {
  const b = bytes.byteOffset % 4 ? Uint8Array.from(bytes) : bytes;
  return new Kind(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength / 4);
}

/** Where an article kept by `keepArticle` has its text. */
export function textLoc(a: CleanArticle): Loc {
  const loc = (a as Partial<StoredArticle>)[LOC];
  if (!loc) throw new Error(`article ${a.articleId}: its text is not in the run store`);
  return loc;
}
