/**
 * The pipeline, in order. This file is the one place the order of stages is written:
 *
 *   per article (pure, parallel):  ingest → clean → signature → extract-quotes → extract-events
 *   per corpus:                    dedupe → resolve-actors → cluster-stories → merge-events
 *                                  → assemble records → validate → render (emit writes them)
 */
import pLimit from 'p-limit';
import { clean } from './clean.js';
import { clusterStories, Vocabulary } from './cluster-stories/index.js';
import { dedupe, signature, type DedupeItem, type Duplicate } from './dedupe.js';
import { dedupeInThread } from './dedupe/thread.js';
import { checkInThread } from './emit/validate-thread.js';
import { publish, recordsOf, render, rowsInMemory, storeTable, type Output, type TableRows } from './emit.js';
import { TABLES } from '../schemas/index.js';
import { extractEvents, type EventMentionDraft } from './extract-events/index.js';
import { extractQuotes } from './extract-quotes/index.js';
import { DEFAULT_INGEST, listInputs, readInput } from './ingest/index.js';
import { ASSEMBLED, assemble } from './assemble.js';
import { finishAnalysis, forgetInterned, keepArticle, peopleOf, quotesOf, shinglesOfAll, storedFeatures, textLoc, type ArticleResult } from './article-result.js';
export type { ArticleResult } from './article-result.js';
import { buildReport, validate, type Report } from './run-report.js';
import { codeFingerprint } from './cache.js';
import { boundHeapGrowth, collectGarbage } from './lib/memory.js';
import { Slab } from './lib/slab.js';
import { openRunStore, SpilledList, type Loc } from './lib/store.js';
import { sha256Hex } from './lib/hash.js';
import { MAX_SENTENCE, splitSentences } from './lib/sentences.js';
import { mergeEvents } from './merge-events.js';
import { resolveActors, type OtherActor } from './resolve-actors.js';
import type { CleanArticle, Message, PersonMention, PersonName, QuoteMention, RawArticle } from './types.js';
import { append, cmp } from './lib/collections.js';
import { isOrganisationName } from './lib/gazetteer.js';

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
}

export interface RunResult {
  /** Every out/ file (path → bytes), rendered on first use, as a first publication with its site; null when the run failed validation. */
  readonly files: Map<string, Uint8Array> | null;
  /** The validated records, table name → rows (sorted by id), the articles with their texts; null when the run failed validation. */
  readonly tables: Record<string, Record<string, unknown>[]> | null;
  /**
   * Render and write the output into `outDir`, replacing it whole at the end; `site: false` leaves
   * out site/. Says which tables were unchanged and linked from the output replaced (`publishCache`).
   */
  publish(outDir: string, options?: { site?: boolean }): Promise<{ reused: string[] }>;
  report: Report;
  /** Input files rejected (the run still publishes the others). */
  rejected: number;
}

export type { Report } from './run-report.js';
export { validate } from './run-report.js';

const BATCH = 64;
/** A corpus this large has a garbage collection between corpus stages (lib/memory.ts). */
const LARGE = 2000;
/** How far the heap may grow past what is alive during the corpus stages of a large run, in percent (lib/memory.ts). */
const HEAP_GROWTH = 25;
/** The same while the records are assembled, and while they are published (the threads that write the tables hold a batch of rows and the garbage of making its files). */
const ASSEMBLE_HEAP_GROWTH = 10;
/** A corpus this large has its independent corpus stages run on two threads when the run has them (`workers`). */
const PARALLEL_STAGES = 1000;
/** Batches read and analysed at once ([scale]: keeps every worker busy). */
const IN_FLIGHT = 4;

export async function run(options: RunOptions): Promise<RunResult> {
  const timings = options.timings ?? {};
  const time = <T>(stage: string, f: () => T): T => {
    const t0 = performance.now();
    const r = f();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return r;
  };
  const waited = async <T>(stage: string, p: Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const r = await p;
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return r;
  };
  // [scale] Over a large corpus, what a stage leaves behind is collected before the next builds its own.
  let large = false;
  const tidy = () => large && time('gc', collectGarbage);
  const store = openRunStore();
  // [scale] The messages of every article wait in the run store until the report is made.
  const messages = new SpilledList<Message>(store);

  // Load inputs and run the per-article stages, a batch at a time so raw text is dropped early;
  // each article's text goes to the run store as its result comes in.
  const t0 = performance.now();
  const listed = await listInputs(options.inDir);
  messages.push(listed.messages);
  large = listed.files.length >= LARGE;
  const analyze = options.analyze ?? (async (batch: RawArticle[]) => batch.map(analyzeForRun));
  const limit = pLimit(options.ioConcurrency ?? 16);
  const ingest = { maxBytes: options.maxBytes ?? DEFAULT_INGEST.maxBytes };
  // The terms of story clustering, numbered as the articles arrive (their ids wait in the run store).
  const vocabulary = new Vocabulary();
  const signatures = new Slab(Uint32Array);
  const analyses: ArticleResult[] = [];
  let rejected = 0;
  let done = 0;
  // [scale] Up to IN_FLIGHT batches are read and analysed at once (results are taken in input
  // order), so worker threads are not left idle while the next batch is read or a slow article
  // finishes; raw text still lives only for the batches in flight.
  const step = (i: number) => {
    const files = listed.files.slice(i, i + BATCH);
    return Promise.all(files.map((f) => limit(() => readInput(options.inDir, f, ingest, listed.sidecars)))).then(async (read) => {
      const raws = read.flatMap((r) => r.articles);
      return { files, read, analysed: await analyze(raws) };
    });
  };
  const inFlight: ReturnType<typeof step>[] = [];
  for (let next = 0; next < listed.files.length || inFlight.length; ) {
    while (next < listed.files.length && inFlight.length < IN_FLIGHT) {
      const p = step(next);
      p.catch(() => {}); // a failure is rethrown by the await below, in order, not as an unhandled rejection
      inFlight.push(p);
      next += BATCH;
    }
    const { files, read, analysed } = await inFlight.shift()!;
    for (const r of read) {
      messages.push(r.messages);
      if (r.articles.length === 0) rejected++;
    }
    for (const a of analysed) {
      messages.push(a.messages);
      a.messages = [];
      if (a.article.text) analyses.push(keepArticle(a, store, vocabulary, signatures));
      else rejected++;
    }
    done += files.length;
    options.onProgress?.(done, listed.files.length);
  }
  timings['ingest+per-article'] = (timings['ingest+per-article'] ?? 0) + performance.now() - t0;
  // [scale] The corpus stages of a large run hold much and make garbage of several times it.
  if (large) boundHeapGrowth(HEAP_GROWTH);
  tidy();

  // Corpus stages.
  // Same id from two files (`a.txt` beside `a.json`): the first file by name is kept, and the
  // message names both, so nothing is dropped without saying which.
  analyses.sort((a, b) => cmp(a.article.articleId, b.article.articleId) || cmp(a.article.file, b.article.file));
  for (const [kept, dropped] of findDuplicateIds(analyses)) {
    messages.push([{
      ruleId: 'ingest/duplicate-id',
      severity: 'error',
      articleId: dropped.articleId,
      file: dropped.file,
      reason: `Gives the article id ${dropped.articleId}, as ${kept.file} does: ${kept.file} is kept, this file is not published`,
    }]);
    rejected++;
  }
  const unique = analyses.filter((a, i) => i === 0 || a.article.articleId !== analyses[i - 1]!.article.articleId);
  const shingles = time('dedupe', () => shinglesOfAll(unique.map((a) => a.article)));
  const dedupeItems = unique.map(({ article: a, signature, textHash }, i): DedupeItem => ({ articleId: a.articleId, signature, textHash, shingles: shingles[i]!, url: a.url, altUrls: a.altUrls, sourceId: a.sourceId }));
  shingles.length = 0;
  // [scale] With threads to spare, dedupe runs on one while this thread resolves the actors (the
  // one does not need the other); no stage between them writes a message, so their order holds.
  const parallel = (options.workers ?? 1) > 1 && unique.length >= PARALLEL_STAGES;
  const deduping = parallel ? time('dedupe (to its thread)', () => dedupeInThread(dedupeItems)) : null;
  deduping?.catch(() => {}); // rethrown by the await below
  const dedupedHere = deduping ? null : time('dedupe', () => dedupe(dedupeItems));
  dedupeItems.length = 0;
  if (dedupedHere) messages.push(dedupedHere.messages);
  tidy();
  const people = unique.map(peopleOf);
  const others: OtherActor[] = [];
  unique.forEach((a, i) => { for (const m of a.events) for (const actor of m.actors) {
    const kind = actorKindOf(people[i]!, actor);
    if (kind) others.push({ articleId: a.article.articleId, name: actor, kind });
  } });
  // Organisations and countries that speak are actors too.
  for (const a of unique) for (const q of quotesOf(a)) {
    if (q.speaker && (q.speakerKind === 'organization' || q.speakerKind === 'country')) others.push({ articleId: a.article.articleId, name: q.speaker, kind: q.speakerKind });
  }
  const actors = time('resolve-actors', () => resolveActors(people.flat(), others));
  people.length = 0; // resolved: what the people stage knew is in `actors` now
  others.length = 0; // likewise (the run's frame would hold them to its end)
  const d = dedupedHere ?? (await waited('dedupe (thread, waited for)', deduping!));
  if (!dedupedHere) messages.push(d.messages);
  tidy();
  const duplicateOf = new Map<string, string | null>([...d.duplicates].map(([k, v]) => [k, v.duplicateOf]));
  const mentions = unique.flatMap((a) => a.events);
  const stories = time('cluster-stories', () =>
    clusterStories({ articles: unique.map((a) => a.article), duplicateOf, mentions, canonical: actors.canonical, known: { vocabulary, of: storedFeatures } }),
  );
  duplicateOf.clear();
  tidy();
  const events = time('merge-events', () => mergeEvents({ mentions, stories, canonical: actors.canonical, personCountry: actors.personCountry }));
  // Each table, once assembled, is validated and goes to the run store, where the threads that
  // write the output read it; its rows are let go then ([scale]: one table's rows held at a time).
  const version = options.publishCache ? codeFingerprint() : undefined;
  const stored: Record<string, TableRows> = {};
  const invalid: Message[] = [];
  const spent = { validate: 0, store: 0 };
  let tidied = 0;
  // [scale] With threads to spare, each table is checked on one, read back from the run store,
  // while this thread assembles the next; the messages come back in table order all the same.
  const checks = parallel ? checkInThread() : null;
  const t1 = performance.now();
  // [scale] assemble is handed the articles' results and lets them go once read; what the
  // articles table needs of them (where each text is, its hash) is kept here.
  const texts = new Map(unique.map((a) => [a.article.articleId, { loc: textLoc(a.article), hash: a.textHash }]));
  const articleCount = unique.length;
  analyses.length = 0;
  mentions.length = 0; // merged into `events`
  // [scale] A run's peak is assemble making the quotes' rows: the garbage beside them is bounded tighter.
  if (large) boundHeapGrowth(ASSEMBLE_HEAP_GROWTH);
  try {
    assemble({ analyses: unique.splice(0), duplicates: d.duplicates as Map<string, Duplicate>, actors, stories, events }, (name, rows) => {
      const t = performance.now();
      const without = name === 'articles' ? ['text'] : [];
      if (!checks) append(invalid, validate({ [name]: rows }, { [name]: without }));
      const tv = performance.now();
      stored[name] = storeTable(store, name, rows, name === 'articles' ? textsOf(rows, texts, store.fd) : undefined, version);
      checks?.add(name, stored[name]!, without);
      rows.length = 0;
      spent.validate += tv - t;
      const ts = performance.now();
      spent.store += ts - tv;
      tidy(); // what making the table left behind (timed as gc)
      tidied += performance.now() - ts;
    });
  } catch (e) {
    void checks?.done().catch(() => {}); // stops the thread: it must not keep a failed run alive
    throw e;
  }
  for (const [stage, ms] of Object.entries({ assemble: performance.now() - t1 - spent.validate - spent.store - tidied, ...spent })) timings[stage] = (timings[stage] ?? 0) + ms;
  if (checks) append(invalid, await waited('validate (thread, waited for)', checks.done()));
  // [scale] The run's closures keep `actors` and `stories` to its end: what they hold goes now.
  actors.forget();
  stories.storyOf.clear();
  stories.articleDate.clear();
  forgetInterned();
  if (large) boundHeapGrowth(0);
  messages.push(invalid);
  // The records hold all that is published; what the stages learnt on the way can go.
  texts.clear();
  events.length = 0;

  const report = buildReport(messages.all(), {
    files: listed.files.length,
    articles: articleCount,
    rejected,
    ...Object.fromEntries(ASSEMBLED.map((name) => [name, stored[name]!.count])),
  });
  if (invalid.length || articleCount === 0) {
    store.close();
    if (articleCount === 0) report.errors.push({ ruleId: 'run/no-articles', severity: 'error', reason: 'No article could be read: nothing to publish' });
    report.valid = false;
    return { files: null, tables: null, publish: async () => ({ reused: [] }), report, rejected };
  }
  const output: Output = { tables: Object.fromEntries(TABLES.map((t) => [t.name, stored[t.name] ?? rowsInMemory([])])), report };
  store.flush();
  tidy();
  let rendered: Map<string, Uint8Array> | null = null;
  let whole: Record<string, Record<string, unknown>[]> | null = null;
  let published = false;
  const open = () => {
    if (published) throw new Error('the records were released by publish()');
  };
  return {
    get files() {
      open();
      return (rendered ??= render(output));
    },
    get tables() {
      open();
      return (whole ??= recordsOf(output));
    },
    publish: async (outDir: string, publishOptions: { site?: boolean } = {}) => {
      open();
      const t = performance.now();
      // Publishing consumes the records and closes the run store.
      published = true;
      if (large) boundHeapGrowth(ASSEMBLE_HEAP_GROWTH);
      try {
        return await publish(outDir, output, {
          inDir: options.inDir,
          site: publishOptions.site ?? true,
          workers: options.workers ?? 1,
          ...(options.publishCache ? { records: options.publishCache } : {}),
        });
      } finally {
        store.close();
        if (large) boundHeapGrowth(0);
        timings['render+write'] = (timings['render+write'] ?? 0) + performance.now() - t;
      }
    },
    report,
    rejected,
  };
}

/** Where each articles row's text waits in the run store, and its hash (the rows leave the text out). */
function textsOf(rows: readonly Record<string, unknown>[], texts: ReadonlyMap<string, { loc: Loc; hash: string }>, fd: number) {
  const of = (r: Record<string, unknown>) => texts.get(r.article_id as string)!;
  return { fd, locs: rows.map((r) => of(r).loc), hashes: rows.map((r) => of(r).hash) };
}

/** Pairs (kept, dropped) of articles with the same id, in sorted order: the first of each run is kept. */
function findDuplicateIds(sorted: ArticleAnalysis[]): [CleanArticle, CleanArticle][] {
  const out: [CleanArticle, CleanArticle][] = [];
  let first = 0;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.article.articleId !== sorted[first]!.article.articleId) first = i;
    else out.push([sorted[first]!.article, sorted[i]!.article]);
  }
  return out;
}

/** Event actors that are not people named in the article (`people`) are countries or organisations. */
function actorKindOf(people: readonly PersonName[], actor: string): OtherActor['kind'] | null {
  if (people.some((p) => p.fullName === actor || p.name === actor)) return null;
  return isOrganisationName(actor) ? 'organization' : 'country';
}
