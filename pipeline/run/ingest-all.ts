/**
 * Reading the inputs and running the per-article stages on them, a batch at a time so raw text
 * is dropped early; each article's text goes to the run store as its result comes in.
 */
import pLimit from 'p-limit';
import { keepArticle, type ArticleResult } from '../article-result.js';
import { Vocabulary } from '../cluster-stories/index.js';
import { DEFAULT_INGEST, listInputs, readInput } from '../ingest/index.js';
import { Slab } from '../lib/slab.js';
import type { RunOptions } from '../index.js';
import type { RawArticle } from '../types.js';
import { LARGE, type RunContext } from './context.js';

const BATCH = 64;
/** Batches read and analysed at once ([scale]: keeps every worker busy). */
const IN_FLIGHT = 4;

export interface Ingested {
  /** Input files listed. */
  files: number;
  /** The articles with a text, in input order. */
  analyses: ArticleResult[];
  /** Input files and articles rejected. */
  rejected: number;
  /** The terms of story clustering, numbered as the articles arrived (their ids wait in the run store). */
  vocabulary: Vocabulary;
}

export async function ingestAll(options: RunOptions, ctx: RunContext, analyzeHere: (raw: RawArticle) => ArticleResult): Promise<Ingested> {
  ctx.stage('ingest+per-article');
  const t0 = performance.now();
  const { messages, store } = ctx;
  const listed = await listInputs(options.inDir);
  messages.push(listed.messages);
  ctx.large = listed.files.length >= LARGE;
  const analyze = options.analyze ?? (async (batch: RawArticle[]) => batch.map(analyzeHere));
  const limit = pLimit(options.ioConcurrency ?? 16);
  const ingest = { maxBytes: options.maxBytes ?? DEFAULT_INGEST.maxBytes };
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
  ctx.add('ingest+per-article', performance.now() - t0);
  return { files: listed.files.length, analyses, rejected, vocabulary };
}
