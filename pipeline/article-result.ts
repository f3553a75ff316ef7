/**
 * What a run keeps of one analysed article. The per-article stages (in a worker) give an
 * `ArticleAnalysis`; `finishAnalysis` adds what the published rows need of the text (where its
 * code points differ from UTF-16 units, its word count), so nothing later reads the text for
 * them. On the main thread `keepArticle` puts the text into the run store and keeps the rest:
 * the corpus stages work on dates, names, signatures and spans, and a stage that does read an
 * article's `text` gets it back from the store.
 */
import { Article } from '../schemas/index.js';
import type { ArticleAnalysis } from './index.js';
import type { TextLoc, TextStore } from './lib/store.js';
import type { CleanArticle, Message } from './types.js';

export interface ArticleResult extends ArticleAnalysis {
  /**
   * UTF-16 positions of the characters that take two units (outside the Basic Multilingual Plane),
   * ascending, for converting offsets to code points; null when there are none (nearly always).
   */
  astral: Int32Array | null;
  /** Words in the text (`articles.word_count`). */
  wordCount: number;
}

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Words in a text: runs of letters and digits, an apostrophe and letters kept inside a word. */
export function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORDS)) n++;
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
  const result: ArticleResult = { ...a, astral: text ? astralPositions(text) : null, wordCount: text ? wordCount(text) : 0 };
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

/** A clean article whose text waits in the run store: every other field as it was. */
class StoredArticle {
  declare [LOC]: TextLoc;
  declare [STORE]: TextStore;
  get text(): string {
    return this[STORE].get(this[LOC]);
  }
}

/**
 * Keep an analysed article for the corpus stages: its text goes to the store (where `textLoc`
 * finds it), and `article.text` reads it back when a stage asks for it.
 */
export function keepArticle(r: ArticleResult, store: TextStore): ArticleResult {
  const a = r.article;
  const kept = Object.create(StoredArticle.prototype) as CleanArticle & StoredArticle;
  for (const key of Object.keys(a) as (keyof CleanArticle)[]) if (key !== 'text') (kept as unknown as Record<string, unknown>)[key] = a[key];
  kept[LOC] = store.put(a.text);
  kept[STORE] = store;
  r.article = kept;
  return r;
}

/** Where an article kept by `keepArticle` has its text. */
export function textLoc(a: CleanArticle): TextLoc {
  const loc = (a as Partial<StoredArticle>)[LOC];
  if (!loc) throw new Error(`article ${a.articleId}: its text is not in the run store`);
  return loc;
}
