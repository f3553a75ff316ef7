/**
 * The corpus stages up to the records: one article per id, dedupe (on a thread of its own when
 * the run has one) beside resolve-actors, then cluster-stories and merge-events. Their order is
 * written in pipeline/index.ts; each function here is one of them, with what it lets go after.
 */
import { peopleOf, quotesOf, shinglesOfAll, storedFeatures, type ArticleResult } from '../article-result.js';
import { clusterStories, type StoryAssignment, type Vocabulary } from '../cluster-stories/index.js';
import { dedupe, type DedupeItem } from '../dedupe.js';
import { dedupeInThread, type DedupeResult } from '../dedupe/thread.js';
import type { EventMentionDraft } from '../extract-events/index.js';
import { cmp } from '../lib/collections.js';
import { isOrganisationName } from '../lib/gazetteer.js';
import { mergeEvents, type MergedEvent } from '../merge-events.js';
import { resolveActors, type ActorResolution, type OtherActor } from '../resolve-actors.js';
import type { CleanArticle, PersonName } from '../types.js';
import type { RunContext } from './context.js';

/**
 * Same id from two files (`a.txt` beside `a.json`): the first file by name is kept, and the
 * message names both, so nothing is dropped without saying which. Sorts `analyses` by id and
 * empties it; gives the articles kept and how many were dropped.
 */
export function firstOfEachId(analyses: ArticleResult[], ctx: RunContext): { unique: ArticleResult[]; dropped: number } {
  analyses.sort((a, b) => cmp(a.article.articleId, b.article.articleId) || cmp(a.article.file, b.article.file));
  let dropped = 0;
  for (const [kept, other] of findDuplicateIds(analyses)) {
    ctx.messages.push([{
      ruleId: 'ingest/duplicate-id',
      severity: 'error',
      articleId: other.articleId,
      file: other.file,
      reason: `Gives the article id ${other.articleId}, as ${kept.file} does: ${kept.file} is kept, this file is not published`,
    }]);
    dropped++;
  }
  const unique = analyses.filter((a, i) => i === 0 || a.article.articleId !== analyses[i - 1]!.article.articleId);
  analyses.length = 0;
  return { unique, dropped };
}

/** Pairs (kept, dropped) of articles with the same id, in sorted order: the first of each run is kept. */
function findDuplicateIds(sorted: ArticleResult[]): [CleanArticle, CleanArticle][] {
  const out: [CleanArticle, CleanArticle][] = [];
  let first = 0;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.article.articleId !== sorted[first]!.article.articleId) first = i;
    else out.push([sorted[first]!.article, sorted[i]!.article]);
  }
  return out;
}

/**
 * Starts dedupe: [scale] with threads to spare (`parallel`), on one while this thread resolves
 * the actors (the one does not need the other); no stage between them writes a message, so their
 * order holds. Gives the wait for its result, which puts its messages in the run's.
 */
export function startDedupe(unique: readonly ArticleResult[], parallel: boolean, ctx: RunContext): () => Promise<DedupeResult> {
  const { time, messages } = ctx;
  const shingles = time('dedupe', () => shinglesOfAll(unique.map((a) => a.article)));
  const dedupeItems = unique.map(({ article: a, signature, textHash }, i): DedupeItem => ({ articleId: a.articleId, signature, textHash, shingles: shingles[i]!, url: a.url, altUrls: a.altUrls, sourceId: a.sourceId }));
  shingles.length = 0;
  const deduping = parallel ? time('dedupe (to its thread)', () => dedupeInThread(dedupeItems)) : null;
  deduping?.catch(() => {}); // rethrown by the wait
  const dedupedHere = deduping ? null : time('dedupe', () => dedupe(dedupeItems));
  dedupeItems.length = 0;
  if (dedupedHere) messages.push(dedupedHere.messages);
  ctx.tidy();
  return async () => {
    const d = dedupedHere ?? (await ctx.waited('dedupe (thread, waited for)', deduping!));
    if (!dedupedHere) messages.push(d.messages);
    ctx.tidy();
    return d;
  };
}

/** resolve-actors over the people named in each article and the other actors of its events and quotes. */
export function resolveAllActors(unique: readonly ArticleResult[], ctx: RunContext): ActorResolution {
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
  const actors = ctx.time('resolve-actors', () => resolveActors(people.flat(), others));
  people.length = 0; // resolved: what the people stage knew is in `actors` now
  others.length = 0; // likewise
  return actors;
}

/** Event actors that are not people named in the article (`people`) are countries or organisations. */
function actorKindOf(people: readonly PersonName[], actor: string): OtherActor['kind'] | null {
  if (people.some((p) => p.fullName === actor || p.name === actor)) return null;
  return isOrganisationName(actor) ? 'organization' : 'country';
}

/** cluster-stories over the articles, their duplicates and event mentions; gives the mentions too (merge-events takes them). */
export function clusterAll(unique: readonly ArticleResult[], d: DedupeResult, actors: ActorResolution, vocabulary: Vocabulary, ctx: RunContext): { stories: StoryAssignment; mentions: EventMentionDraft[] } {
  const duplicateOf = new Map<string, string | null>([...d.duplicates].map(([k, v]) => [k, v.duplicateOf]));
  const mentions = unique.flatMap((a) => a.events);
  const stories = ctx.time('cluster-stories', () =>
    clusterStories({ articles: unique.map((a) => a.article), duplicateOf, mentions, canonical: actors.canonical, known: { vocabulary, of: storedFeatures } }),
  );
  duplicateOf.clear();
  ctx.tidy();
  return { stories, mentions };
}

/** merge-events over every mention; empties `mentions` (merged into the events). */
export function mergeAll(mentions: EventMentionDraft[], stories: StoryAssignment, actors: ActorResolution, ctx: RunContext): MergedEvent[] {
  const events = ctx.time('merge-events', () => mergeEvents({ mentions, stories, canonical: actors.canonical, personCountry: actors.personCountry }));
  mentions.length = 0;
  return events;
}
