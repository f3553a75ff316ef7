/**
 * assemble → validate → store: each table, once assembled, is validated and goes to the run
 * store, where the threads that write the output read it; its rows are let go then ([scale]: one
 * table's rows held at a time).
 */
import { forgetInterned, textLoc, type ArticleResult } from '../article-result.js';
import { assemble } from '../assemble.js';
import { codeFingerprint } from '../cache.js';
import type { StoryAssignment } from '../cluster-stories/index.js';
import type { DedupeResult } from '../dedupe/thread.js';
import { storeTable, type TableRows } from '../emit.js';
import { checkInThread } from '../emit/validate-thread.js';
import { append } from '../lib/collections.js';
import { boundHeapGrowth } from '../lib/memory.js';
import type { Loc } from '../lib/store.js';
import type { MergedEvent } from '../merge-events.js';
import type { ActorResolution } from '../resolve-actors.js';
import { validate } from '../run-report.js';
import type { Message } from '../types.js';
import { ASSEMBLE_HEAP_GROWTH, type RunContext } from './context.js';

export interface StoredTables {
  /** Table name → its rows in the run store. */
  stored: Record<string, TableRows>;
  /** What validation found (also in the run's messages). */
  invalid: Message[];
  articleCount: number;
}

export interface Corpus {
  /** The articles' results, let go as assemble reads them. */
  unique: ArticleResult[];
  d: DedupeResult;
  actors: ActorResolution;
  stories: StoryAssignment;
  /** Emptied once the records hold them. */
  events: MergedEvent[];
}

export async function storeTables(corpus: Corpus, options: { publishCache?: string; parallel: boolean }, ctx: RunContext): Promise<StoredTables> {
  const { unique, d, actors, stories, events } = corpus;
  const { store } = ctx;
  const version = options.publishCache ? codeFingerprint() : undefined;
  const stored: Record<string, TableRows> = {};
  const invalid: Message[] = [];
  const spent = { validate: 0, store: 0 };
  let tidied = 0;
  // [scale] With threads to spare, each table is checked on one, read back from the run store,
  // while this thread assembles the next; the messages come back in table order all the same.
  const checks = options.parallel ? checkInThread() : null;
  ctx.stage('assemble');
  const t1 = performance.now();
  // [scale] assemble is handed the articles' results and lets them go once read; what the
  // articles table needs of them (where each text is, its hash) is kept here.
  const texts = new Map(unique.map((a) => [a.article.articleId, { loc: textLoc(a.article), hash: a.textHash }]));
  const articleCount = unique.length;
  // [scale] A run's peak is assemble making the quotes' rows: the garbage beside them is bounded tighter.
  if (ctx.large) boundHeapGrowth(ASSEMBLE_HEAP_GROWTH);
  try {
    assemble({ analyses: unique.splice(0), duplicates: d.duplicates, actors, stories, events }, (name, rows) => {
      ctx.stage('validate');
      const t = performance.now();
      const without = name === 'articles' ? ['text'] : [];
      if (!checks) append(invalid, validate({ [name]: rows }, { [name]: without }));
      const tv = performance.now();
      ctx.stage('store');
      stored[name] = storeTable(store, name, rows, name === 'articles' ? textsOf(rows, texts, store.fd) : undefined, version);
      checks?.add(name, stored[name]!, without);
      rows.length = 0;
      spent.validate += tv - t;
      const ts = performance.now();
      spent.store += ts - tv;
      ctx.tidy(); // what making the table left behind (timed as gc)
      tidied += performance.now() - ts;
      ctx.stage('assemble');
    });
  } catch (e) {
    void checks?.done().catch(() => {}); // stops the thread: it must not keep a failed run alive
    throw e;
  }
  for (const [stage, ms] of Object.entries({ assemble: performance.now() - t1 - spent.validate - spent.store - tidied, ...spent })) ctx.add(stage, ms);
  if (checks) append(invalid, await ctx.waited('validate (thread, waited for)', checks.done()));
  // [scale] What `actors` and `stories` hold goes now (the caller's frame keeps them to its end).
  actors.forget();
  stories.storyOf.clear();
  stories.articleDate.clear();
  forgetInterned();
  if (ctx.large) boundHeapGrowth(0);
  ctx.messages.push(invalid);
  // The records hold all that is published; what the stages learnt on the way can go.
  texts.clear();
  events.length = 0;
  return { stored, invalid, articleCount };
}

/** Where each articles row's text waits in the run store, and its hash (the rows leave the text out). */
function textsOf(rows: readonly Record<string, unknown>[], texts: ReadonlyMap<string, { loc: Loc; hash: string }>, fd: number) {
  const of = (r: Record<string, unknown>) => texts.get(r.article_id as string)!;
  return { fd, locs: rows.map((r) => of(r).loc), hashes: rows.map((r) => of(r).hash) };
}
