/**
 * Assemble the published records from what the stages found: articles with their story and date,
 * quotes deduplicated across articles, events with their mentions, stories and actors. Offsets are
 * converted here from UTF-16 units (JS) to code points (what notebooks index by), from what the
 * per-article stage noted of each text (`astral`), so no text is read here; the articles rows
 * leave out their `text`, which is written from the run store (emit). Rows are sorted by their
 * primary key, so output order never depends on input order.
 */
import type { Actor, Article, Event, EventMention, Quote, QuoteMention, Story } from '../schemas/index.js';
import type { StoryAssignment } from './cluster-stories/index.js';
import type { Duplicate } from './dedupe.js';
import { quotesOf, toCodePoint, type ArticleResult } from './article-result.js';
import { dateConfidence } from './clean/article-date.js';
import { stableId } from './lib/hash.js';
import { linkQuotes, storyRecords, type MergedEvent } from './merge-events.js';
import type { ActorResolution } from './resolve-actors.js';
import type { QuoteMention as QuoteOccurrence } from './types.js';
import { cmp, uniqueSorted } from './lib/collections.js';

export interface AssembleInput {
  /** Emptied once read: the caller hands them over ([scale]: their quotes are the largest part of a run). */
  analyses: ArticleResult[];
  duplicates: Map<string, Duplicate>;
  actors: ActorResolution;
  stories: StoryAssignment;
  events: MergedEvent[];
}

export type Tables = Record<string, Record<string, unknown>[]>;

/** Takes each table as soon as it is complete (sorted): the caller may store it and let its rows go. */
export type TableSink = (name: string, rows: Record<string, unknown>[]) => void;

/**
 * The published records. With `give`, each table is handed to it as soon as it is complete
 * (articles first) and not kept here, so the run holds one table's rows at a time beside what the
 * stages found; the result is then empty. The actors' rows are made as soon as every name the
 * other tables show is known, and `actors` releases what they are made of then.
 */
export function assemble(input: AssembleInput, give?: TableSink): Tables {
  const { analyses, duplicates, actors, stories } = input;
  const tables: Tables = {};
  const done = (name: string, rows: Record<string, unknown>[]) => (give ? give(name, rows) : (tables[name] = rows));
  const astral = new Map(analyses.map((a) => [a.article.articleId, a.astral]));
  const cp = (articleId: string, offset: number) => toCodePoint(astral.get(articleId) ?? null, offset);
  const storyOf = (id: string) => stories.storyOf.get(id) ?? stableId('st', id);

  const articles: Omit<Article, 'text'>[] = analyses.map(({ article: a, wordCount }) => {
    const dup = duplicates.get(a.articleId);
    const date = stories.articleDate.get(a.articleId) ?? { date: a.date, source: a.dateSource };
    const confidence = !date.date || !date.source ? null : date.source === a.dateSource ? a.dateConfidence : dateConfidence(date.source);
    return {
      article_id: a.articleId,
      story_id: storyOf(a.articleId),
      duplicate_of: dup?.duplicateOf ?? null,
      duplicate_similarity: dup?.similarity ?? null,
      duplicate_basis: dup?.basis ?? null,
      published_date: date.date,
      date_source: date.date ? date.source : null,
      date_confidence: confidence,
      published_at: a.datetime,
      title: a.title,
      dateline: a.dateline,
      publisher: a.publisher,
      byline: a.byline,
      captions: a.captions,
      url: a.url,
      language: a.language,
      license: a.license,
      source_id: a.sourceId,
      // text: left out here, written from the run store one row at a time (emit).
      word_count: wordCount,
      repairs: a.repairs,
      format: a.format,
      sha256: a.sha256,
    };
  });
  done('articles', sortBy(articles, (r) => r.article_id));
  articles.length = 0;

  // The actors table lists who speaks or takes part in an event: a name merely mentioned (a
  // company, a person in passing) is not an actor of this dataset.
  const used = new Set<string>();

  // Events and their mentions.
  const eventRows: Event[] = [];
  const mentionRows: EventMention[] = [];
  const eventIdOf = new Map<MergedEvent, string>();
  const mentionIds = new Set<string>();
  for (const e of input.events) {
    const event_id = stableId('ev', e.eventType, e.status, e.date, e.location, [...e.actors].sort().join(';'));
    eventIdOf.set(e, event_id);
    const ms = [...e.mentions].sort((a, b) => cmp(a.articleId, b.articleId) || a.sentenceStart - b.sentenceStart);
    const first = ms[0]!;
    const mentionsBefore = mentionRows.length;
    const row: Event = {
      event_id,
      event_type: e.eventType,
      status: e.status,
      date: e.date,
      date_precision: e.datePrecision,
      date_basis: e.dateBasis,
      location: e.location,
      actors: e.actors,
      event_confidence: Math.max(...ms.map((m) => m.confidence)),
      article_ids: uniqueSorted(ms.map((m) => m.articleId)),
      story_id: storyOf(first.articleId),
      trigger: first.trigger,
      ...evidence(first.articleId, first.sentenceStart, first.sentenceEnd, first.rule),
      mention_count: ms.length,
    };
    eventRows.push(row);
    for (const a of e.actors) used.add(a);
    for (const m of ms) {
      const mention_id = stableId('em', m.articleId, m.sentenceStart, m.eventType, m.trigger, [...m.actors].sort().join(';'), m.date);
      // One sentence can report the same thing twice ("agreed ..., and agreed ..."): one row.
      if (mentionIds.has(mention_id)) continue;
      mentionIds.add(mention_id);
      mentionRows.push({
        mention_id,
        event_id,
        event_type: m.eventType,
        status: m.status,
        date: m.date,
        date_precision: m.datePrecision,
        date_basis: m.dateBasis,
        location: m.location,
        actors: m.actors.map((x) => actors.canonical(m.articleId, x)),
        event_confidence: m.confidence,
        date_text: m.dateText,
        trigger: m.trigger,
        ...evidence(m.articleId, m.sentenceStart, m.sentenceEnd, m.rule),
      });
    }
    row.mention_count = mentionRows.length - mentionsBefore;
  }
  mentionIds.clear();
  done('event_mentions', sortBy(mentionRows, (r) => r.mention_id));
  mentionRows.length = 0;
  done('events', sortBy(foldSameEvents(eventRows), (r) => r.event_id));
  eventRows.length = 0;

  const storyRows: Story[] = storyRecords({ articles: analyses.map((a) => a.article), stories, events: input.events, canonical: actors.canonical });
  for (const s of storyRows) for (const a of s.actors) used.add(a);
  done('stories', sortBy(storyRows, (r) => r.story_id));
  storyRows.length = 0;

  // Quotes: the same normalised words from the same canonical speaker are one row. Grouped by
  // that row's id ([scale]: the key of 200,000 quotes' words is not held, only its hash).
  const occurrences = analyses.flatMap(quotesOf);
  // [scale] The articles' results are not needed past this point: the caller handed them over.
  analyses.length = 0;
  const groups = new Map<string, { speaker: string | null; occ: QuoteOccurrence[] }>();
  for (const q of occurrences) {
    const speaker = q.speaker === null ? null : actors.canonical(q.articleId, q.speaker);
    const quote_id = stableId('qt', `${speaker ?? ''}\u0000${normaliseQuote(q.text)}`);
    const g = groups.get(quote_id) ?? { speaker, occ: [] };
    g.occ.push(q);
    groups.set(quote_id, g);
    if (speaker) used.add(speaker);
  }
  // Every name the tables show is known now: the actors' rows are made, and what they are made of let go.
  done('actors', sortBy(actors.actorsNamed(used), (r) => r.actor_id));
  used.clear();
  actors.release();

  const links = linkQuotes({ quotes: occurrences, events: input.events, eventIdOf, stories, canonical: actors.canonical });
  occurrences.length = 0;
  eventIdOf.clear();
  // In the order of their ids, which is the order of both tables: one table's rows held at a time.
  const sorted = sortBy([...groups], ([id]) => id);
  groups.clear();
  const quoteRows: Quote[] = [];
  for (const [quote_id, g] of sorted) {
    const occ = g.occ.sort((a, b) => cmp(a.articleId, b.articleId) || a.quoteStart - b.quoteStart);
    const first = occ[0]!;
    const link = occ.map((o) => links.get(o)).find((l) => l && (l.eventId || l.date));
    quoteRows.push({
      quote_id,
      text: first.text,
      speaker: g.speaker,
      cue: occ.find((o) => o.cue)?.cue ?? null,
      partial: first.partial,
      article_ids: uniqueSorted(occ.map((o) => o.articleId)),
      event_id: link?.eventId ?? null,
      date: link?.date ?? null,
      story_id: storyOf(first.articleId),
      group_id: first.groupKey ? stableId('qg', first.articleId, first.groupKey) : null,
      speaker_mention: first.speakerMention,
      speaker_basis: first.speakerBasis ?? null,
      quote_start: cp(first.articleId, first.quoteStart),
      quote_end: cp(first.articleId, first.quoteEnd),
      ...evidence(first.articleId, first.sentenceStart, first.sentenceEnd, first.rule),
      mention_count: occ.length,
    });
  }
  links.clear();
  done('quotes', quoteRows);
  const quoteMentionRows: QuoteMention[] = [];
  for (const [quote_id, g] of sorted) {
    for (const o of g.occ.splice(0)) {
      quoteMentionRows.push({
        quote_id,
        ...evidence(o.articleId, o.sentenceStart, o.sentenceEnd, o.rule),
        article_id: o.articleId,
        text: o.text,
        quote_start: cp(o.articleId, o.quoteStart),
        quote_end: cp(o.articleId, o.quoteEnd),
        speaker_mention: o.speakerMention,
        speaker_basis: o.speakerBasis ?? null,
        cue: o.cue,
      });
    }
  }
  sorted.length = 0;
  // Sorted already by (quote_id, article_id, quote_start): groups by id, each group's own by article and start.
  done('quote_mentions', quoteMentionRows);
  quoteMentionRows.length = 0;

  // In the order of the tables (schemas/index.ts TABLES).
  return give ? tables : Object.fromEntries(ASSEMBLED.map((name) => [name, tables[name]!]));

  function evidence(articleId: string, start: number, end: number, rule: string) {
    return { article_id: articleId, span_start: cp(articleId, start), span_end: cp(articleId, end), rule };
  }
}

/** The tables `assemble` makes, in the order they are published. */
export const ASSEMBLED = ['articles', 'stories', 'quotes', 'quote_mentions', 'events', 'event_mentions', 'actors'] as const;

/** Lower case, letters and digits only, one space: what makes two copies of a quote "the same words". */
export function normaliseQuote(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

function sortBy<T>(rows: T[], key: (r: T) => string): T[] {
  return rows.map((r) => [key(r), r] as const).sort((a, b) => cmp(a[0], b[0])).map(([, r]) => r);
}

/** Two merged events with identical content get one id: keep the first, folding in the other's articles. */
function foldSameEvents(rows: Event[]): Event[] {
  const seen = new Map<string, Event>();
  return rows.filter((r) => {
    const prev = seen.get(r.event_id);
    if (!prev) {
      seen.set(r.event_id, r);
      return true;
    }
    prev.article_ids = uniqueSorted([...prev.article_ids, ...r.article_ids]);
    prev.mention_count += r.mention_count;
    return false;
  });
}
