/**
 * The pipeline, in order. This file is the one place the order of stages is written:
 *
 *   per article (pure, parallel):  ingest → clean → signature → extract-quotes → extract-events
 *   per corpus:                    dedupe → resolve-actors → cluster-stories → merge-events
 *                                  → assemble records → validate → render (emit writes them)
 */
import pLimit from 'p-limit';
import { TABLES } from '../schemas/index.js';
import { clean } from './clean.js';
import { clusterStories } from './cluster-stories/index.js';
import { dedupe, signature, type Duplicate } from './dedupe.js';
import { publish, render } from './emit.js';
import { extractEvents, type EventMentionDraft } from './extract-events/index.js';
import { extractQuotes } from './extract-quotes/index.js';
import { DEFAULT_INGEST, listInputs, readInput } from './ingest/index.js';
import { assemble } from './assemble.js';
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
  analyze?: (batch: RawArticle[]) => Promise<ArticleAnalysis[]>;
  /** Called as articles finish, for a progress indicator. */
  onProgress?: (done: number, total: number) => void;
  /** Wall time per stage is recorded here when given (benchmarks). */
  timings?: Record<string, number>;
}

export interface RunResult {
  /** Every out/ file (path → bytes), rendered on first use, as a first publication; null when the run failed validation. */
  readonly files: Map<string, Uint8Array> | null;
  /** The validated records, table name → rows (sorted by id); null when the run failed validation. */
  readonly tables: Record<string, Record<string, unknown>[]> | null;
  /** Render and write the output into `outDir` a file at a time, replacing it whole at the end. */
  publish(outDir: string): Promise<void>;
  report: Report;
  /** Input files rejected (the run still publishes the others). */
  rejected: number;
}

export interface Report {
  valid: boolean;
  stats: Record<string, number>;
  messages_by_rule: Record<string, number>;
  errors: Message[];
  warnings: Message[];
  infos: Message[];
}

const BATCH = 64;
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
  const messages: Message[] = [];

  // Load inputs and run the per-article stages, a batch at a time so raw text is dropped early.
  const t0 = performance.now();
  const listed = await listInputs(options.inDir);
  append(messages, listed.messages);
  const analyze = options.analyze ?? (async (batch: RawArticle[]) => batch.map(analyzeArticle));
  const limit = pLimit(options.ioConcurrency ?? 16);
  const ingest = { maxBytes: options.maxBytes ?? DEFAULT_INGEST.maxBytes };
  const analyses: ArticleAnalysis[] = [];
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
      append(messages, r.messages);
      if (r.articles.length === 0) rejected++;
    }
    for (const a of analysed) {
      append(messages, a.messages);
      if (a.article.text) analyses.push(a);
      else rejected++;
    }
    done += files.length;
    options.onProgress?.(done, listed.files.length);
  }
  timings['ingest+per-article'] = (timings['ingest+per-article'] ?? 0) + performance.now() - t0;

  // Corpus stages.
  // Same id from two files (`a.txt` beside `a.json`): the first file by name is kept, and the
  // message names both, so nothing is dropped without saying which.
  analyses.sort((a, b) => cmp(a.article.articleId, b.article.articleId) || cmp(a.article.file, b.article.file));
  for (const [kept, dropped] of findDuplicateIds(analyses)) {
    messages.push({
      ruleId: 'ingest/duplicate-id',
      severity: 'error',
      articleId: dropped.articleId,
      file: dropped.file,
      reason: `Gives the article id ${dropped.articleId}, as ${kept.file} does: ${kept.file} is kept, this file is not published`,
    });
    rejected++;
  }
  const unique = analyses.filter((a, i) => i === 0 || a.article.articleId !== analyses[i - 1]!.article.articleId);
  const d = time('dedupe', () =>
    dedupe(unique.map(({ article: a, signature, textHash }) => ({ articleId: a.articleId, signature, textHash, text: a.text, url: a.url, altUrls: a.altUrls, sourceId: a.sourceId }))),
  );
  append(messages, d.messages);
  const others: OtherActor[] = [];
  for (const a of unique) for (const m of a.events) for (const actor of m.actors) {
    const kind = actorKindOf(a, actor);
    if (kind) others.push({ articleId: a.article.articleId, name: actor, kind });
  }
  // Organisations and countries that speak are actors too.
  for (const a of unique) for (const q of a.quotes) {
    if (q.speaker && (q.speakerKind === 'organization' || q.speakerKind === 'country')) others.push({ articleId: a.article.articleId, name: q.speaker, kind: q.speakerKind });
  }
  const actors = time('resolve-actors', () => resolveActors(unique.flatMap((a) => a.people), others));
  const duplicateOf = new Map<string, string | null>([...d.duplicates].map(([k, v]) => [k, v.duplicateOf]));
  const mentions = unique.flatMap((a) => a.events);
  const stories = time('cluster-stories', () =>
    clusterStories({ articles: unique.map((a) => a.article), duplicateOf, mentions, canonical: actors.canonical }),
  );
  const events = time('merge-events', () => mergeEvents({ mentions, stories, canonical: actors.canonical, personCountry: actors.personCountry }));
  const tables = time('assemble', () =>
    assemble({ analyses: unique, duplicates: d.duplicates as Map<string, Duplicate>, actors, stories, events }),
  );
  const invalid = time('validate', () => validate(tables));
  append(messages, invalid);
  const articleCount = unique.length;
  // The records hold all that is published; what the stages learnt on the way can go before
  // rendering (the publish closure below would otherwise keep it alive).
  analyses.length = 0;
  unique.length = 0;
  mentions.length = 0;
  events.length = 0;

  const report = buildReport(messages, {
    files: listed.files.length,
    articles: articleCount,
    rejected,
    ...Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])),
  });
  if (invalid.length || articleCount === 0) {
    if (articleCount === 0) report.errors.push({ ruleId: 'run/no-articles', severity: 'error', reason: 'No article could be read: nothing to publish' });
    report.valid = false;
    return { files: null, tables: null, publish: async () => {}, report, rejected };
  }
  let rendered: Map<string, Uint8Array> | null = null;
  let published = false;
  return {
    get files() {
      if (published) throw new Error('the records were released by publish()');
      return (rendered ??= render({ tables, report }));
    },
    get tables() {
      if (published) throw new Error('the records were released by publish()');
      return tables;
    },
    publish: async (outDir: string) => {
      const t = performance.now();
      // Publishing consumes the records: each table is let go once its files are written.
      published = true;
      await publish(outDir, { tables, report }, { release: true, inDir: options.inDir });
      timings['render+write'] = (timings['render+write'] ?? 0) + performance.now() - t;
    },
    report,
    rejected,
  };
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

/** Event actors that are not people named in the article are countries or organisations. */
function actorKindOf(a: ArticleAnalysis, actor: string): OtherActor['kind'] | null {
  if (a.people.some((p) => p.fullName === actor || p.name === actor)) return null;
  return isOrganisationName(actor) ? 'organization' : 'country';
}

/** Validate every record against its table's schema; a failure names the row's id and the path. */
export function validate(tables: Record<string, Record<string, unknown>[]>): Message[] {
  const out: Message[] = [];
  for (const t of TABLES) {
    const strict = t.schema.strict();
    for (const row of tables[t.name] ?? []) {
      const r = strict.safeParse(row);
      if (r.success) continue;
      const id = t.primaryKey.split(',').map((k) => String(row[k])).join(',');
      for (const issue of r.error.issues) {
        out.push({
          ruleId: `schema/${issue.code}`,
          severity: 'error',
          reason: `${t.name} row ${id}: ${issue.path.join('.') || '(row)'}: ${issue.message}`,
          ...(typeof row.article_id === 'string' ? { articleId: row.article_id } : {}),
        });
      }
    }
  }
  return out;
}

function buildReport(messages: Message[], stats: Record<string, number>): Report {
  const sorted = [...messages].sort(
    (a, b) =>
      cmp(a.file ?? a.articleId ?? '', b.file ?? b.articleId ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.start ?? 0) - (b.start ?? 0) ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.reason, b.reason),
  );
  const byRule: Record<string, number> = {};
  for (const m of sorted) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
  return {
    valid: !sorted.some((m) => m.severity === 'error' && (m.ruleId.startsWith('schema/') || m.ruleId.startsWith('run/'))),
    stats,
    messages_by_rule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => cmp(a, b))),
    errors: sorted.filter((m) => m.severity === 'error'),
    warnings: sorted.filter((m) => m.severity === 'warning'),
    infos: sorted.filter((m) => m.severity === 'info'),
  };
}

