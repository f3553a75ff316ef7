/**
 * The pipeline, in order. This file is the one place the order of stages is written:
 *
 *   per article (pure, parallel):  ingest → clean → signature → extract-quotes → extract-events
 *   per corpus:                    dedupe → resolve-actors → cluster-stories → merge-events
 *                                  → assemble records → validate → render (emit writes them)
 */
import { clean } from './clean.js';
import { signature } from './dedupe.js';
import { extractEvents, type EventMentionDraft } from './extract-events/index.js';
import { extractQuotes } from './extract-quotes/index.js';
import { finishAnalysis, type ArticleResult } from './article-result.js';
export type { ArticleResult } from './article-result.js';
import type { Report } from './run-report.js';
import { boundHeapGrowth, COLLECT_FLOOR } from './lib/memory.js';
import { sha256Hex } from './lib/hash.js';
import { MAX_SENTENCE, splitSentences } from './lib/sentences.js';
import type { CleanArticle, Message, PersonMention, PersonName, QuoteMention, RawArticle } from './types.js';
import { append } from './lib/collections.js';
import { HEAP_GROWTH, openRun, PARALLEL_STAGES } from './run/context.js';
import { ingestAll } from './run/ingest-all.js';
import { clusterAll, firstOfEachId, mergeAll, resolveAllActors, startDedupe } from './run/corpus-stages.js';
import type { Published } from './emit.js';
import { storeTables } from './run/store-tables.js';
import { runResult } from './run/result.js';

/** Everything the per-article stages learn about one article: structured-cloneable (workers, cache). */
export interface ArticleAnalysis {
  article: CleanArticle;
  signature: Uint32Array;
  textHash: string;
  quotes: QuoteMention[];
  /** Each form of each person named, once, with its count: positions are not needed past this point. */
  people: PersonName[];
  events: EventMentionDraft[];
  messages: Message[];
}

/**
 * The per-article stages, in order. Pure: the same raw article always gives the same analysis.
 * A stage that throws is a bug, but one article must not sink the corpus: the failure becomes an
 * error message naming the article and stage, and the article keeps what the earlier stages gave
 * (no text at all if cleaning failed, which rejects it).
 */
export function analyzeArticle(raw: RawArticle): ArticleAnalysis {
  const messages: Message[] = [];
  const attempt = <T>(stage: string, f: () => T, fallback: T): T => {
    try {
      return f();
    } catch (e) {
      messages.push({
        ruleId: 'run/internal-error',
        severity: 'error',
        articleId: raw.articleId,
        file: raw.file,
        reason: `Internal error in ${stage}, please report it: ${(e as Error).message}`,
      });
      return fallback;
    }
  };
  const article = attempt('clean', () => clean(raw), null);
  if (article) {
    messages.unshift(...article.messages);
    article.messages = [];
  }
  if (!article || !article.text) {
    // No body: the caller counts the article as rejected (the messages say why).
    const rejected: CleanArticle = article ?? {
      articleId: raw.articleId, file: raw.file, format: raw.format, sha256: raw.sha256, bytes: raw.bytes, text: '',
      title: null, dateline: null, publisher: null, byline: [], captions: [], url: null, date: null, dateSource: null, dateConfidence: null,
      datetime: null, language: null, license: null, sourceId: null, altUrls: [],
      repairs: 0, messages: [],
    };
    return { article: rejected, signature: new Uint32Array(0), textHash: '', quotes: [], people: [], events: [], messages: nameFile(messages, raw) };
  }
  const cut = { cut: 0 };
  const sentences = attempt('sentence splitting', () => splitSentences(article.text, cut), []);
  if (cut.cut) {
    messages.push({
      ruleId: 'run/long-sentence',
      severity: 'warning',
      reason: `${cut.cut} sentence(s) longer than ${MAX_SENTENCE} characters (text without sentence punctuation?) cut at spaces before extraction`,
    });
  }
  const q = attempt('extract-quotes', () => extractQuotes(article, sentences), { quotes: [], people: [], quoted: [], messages: [] });
  const e = attempt('extract-events', () => extractEvents(article, q.people, q.quoted, sentences, q.quotes), { mentions: [], messages: [] });
  append(append(messages, q.messages), e.messages);
  nameFile(messages, raw);
  return {
    article,
    signature: signature(article.text),
    textHash: sha256Hex(article.text),
    quotes: q.quotes,
    people: summarisePeople(q.people),
    events: e.mentions,
    messages,
  };
}

/** Every message names its file and article, whichever stage wrote it. */
function nameFile(messages: Message[], raw: RawArticle): Message[] {
  for (const m of messages) {
    m.file ??= raw.file;
    m.articleId ??= raw.articleId;
  }
  return messages;
}

/** The per-article stages and what the published rows need of the text (see article-result.ts): what a worker returns. */
export function analyzeForRun(raw: RawArticle): ArticleResult {
  return finishAnalysis(analyzeArticle(raw));
}

/** One entry per distinct (name, fullName, title, country), in order of first mention. */
function summarisePeople(people: PersonMention[]): PersonName[] {
  const byForm = new Map<string, PersonName>();
  for (const p of people) {
    const key = `${p.name}\u0000${p.fullName}\u0000${p.title ?? ''}\u0000${p.country ?? ''}`;
    const seen = byForm.get(key);
    if (seen) seen.count = (seen.count ?? 1) + 1;
    else byForm.set(key, { articleId: p.articleId, name: p.name, fullName: p.fullName, title: p.title, country: p.country, count: 1 });
  }
  return [...byForm.values()];
}

export interface RunOptions {
  inDir: string;
  /** Largest input file accepted, in bytes. */
  maxBytes?: number;
  /** Files read at once. */
  ioConcurrency?: number;
  /**
   * Runs the per-article stages for a batch of raw articles; defaults to in-process. The CLI
   * passes a worker pool and/or the per-article cache here.
   */
  analyze?: (batch: RawArticle[]) => Promise<ArticleResult[]>;
  /** Threads that write the tables when publishing, and that run independent corpus stages side by side (default 1: the calling thread). */
  workers?: number;
  /**
   * A folder where the digests of the tables published to each output folder are kept, so that
   * a table that has not changed is linked from the output it replaces instead of written again
   * (emit/reuse.ts). The CLI keeps them in its cache folder; none by default.
   */
  publishCache?: string;
  /** Called as articles finish, for a progress indicator. */
  onProgress?: (done: number, total: number) => void;
  /** Wall time per stage is recorded here when given (benchmarks). */
  timings?: Record<string, number>;
  /** Called as each stage named in `timings` starts (benchmarks: what the memory of the moment belongs to). */
  onStage?: (stage: string) => void;
}

export interface RunResult {
  /** Every out/ file (path → bytes), rendered on first use, as a first publication with its site; null when the run failed validation. */
  readonly files: Map<string, Uint8Array> | null;
  /** The validated records, table name → rows (sorted by id), the articles with their texts; null when the run failed validation. */
  readonly tables: Record<string, Record<string, unknown>[]> | null;
  /**
   * Render and write the output into `outDir`, replacing it whole at the end; `site: false` leaves
   * out site/. Says which tables were unchanged and linked from the output replaced, and how many
   * batches of the others were encoded or taken from the batch cache (`publishCache`).
   */
  publish(outDir: string, options?: { site?: boolean }): Promise<Published>;
  report: Report;
  /** Input files rejected (the run still publishes the others). */
  rejected: number;
}

export type { Report } from './run-report.js';
export type { Published } from './emit.js';
export { validate } from './run-report.js';

/**
 * The corpus phases, in order (each in run/). [scale] Over a large corpus the heap's growth is
 * bounded and garbage collected between stages (run/context.ts); each phase lets go of what the
 * next does not need.
 */
export async function run(options: RunOptions): Promise<RunResult> {
  const ctx = openRun(options.timings, options.onStage);
  const read = await ingestAll(options, ctx, analyzeForRun);
  // [scale] The corpus stages of a large run hold much and make garbage of several times it.
  if (ctx.large) boundHeapGrowth(HEAP_GROWTH, COLLECT_FLOOR);
  ctx.tidy();
  const { unique, dropped } = firstOfEachId(read.analyses, ctx);
  const parallel = (options.workers ?? 1) > 1 && unique.length >= PARALLEL_STAGES;
  const deduped = startDedupe(unique, parallel, ctx);
  const actors = resolveAllActors(unique, ctx);
  const d = await deduped();
  const { stories, mentions } = clusterAll(unique, d, actors, read.vocabulary, ctx);
  const events = mergeAll(mentions, stories, actors, ctx);
  const tables = await storeTables({ unique, d, actors, stories, events }, { ...(options.publishCache ? { publishCache: options.publishCache } : {}), parallel }, ctx);
  return runResult(options, ctx, { files: read.files, rejected: read.rejected + dropped }, tables);
}
