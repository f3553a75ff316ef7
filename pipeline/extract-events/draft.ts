/**
 * The mention records the event stage builds: `EventMentionDraft` leaves the stage (per article,
 * structured-cloneable); `Draft` adds what only the stage's second pass needs.
 */
import type { TimeExpression } from '../lib/dates.js';
import type { EventMention, EventType, Message, Sentence } from '../types.js';
import type { People } from './actors.js';
import { anchorDate, yearOfSpec, type PendingDate } from './time.js';
import type { Token } from './tokens.js';

/** An event mention whose date may still need the article's date. */
export interface EventMentionDraft extends EventMention {
  /** The time expression to resolve once the article's date is final; null: the article's own date. */
  pendingDate: PendingDate | null;
  /** `MM-DD` of a month-day date whose year is unknown yet (article without a date). */
  monthDay: string | null;
  /** Countries of the actors (of people too): lets a country-only mention meet a people one. */
  actorCountries: string[];
  /** The article's main event (its first occurred meeting with named participants, else first mention). */
  main: boolean;
  /** A noun that refers back to another mention (`the meeting`): evidence, not a new event. */
  reference: boolean;
  /** The verb group places it before the news (`had met`, `previously`): background, whatever its date. */
  aspectBackground: boolean;
  /** `location` is the dateline city by default, not a place the text gives for it: a named place wins in merging. */
  defaultPlace: boolean;
}

/** What the second pass needs besides the mention itself. */
export interface Draft extends EventMentionDraft {
  /** The noun's head (`meet`, `talks`, `summit`), for references to an earlier mention. */
  head: string;
  /** Actors still to be taken from the article's main event, or from the roles it names. */
  pendingActors: 'main' | 'role' | 'antecedent' | null;
  /** A noun after `after`/`before`: another event than the verb of its sentence. */
  temporal: boolean;
  /** How many actors are people. */
  persons: number;
  /** Index of its sentence. */
  si: number;
  /** A statement read from its words (`called it unacceptable`), not from an event verb. */
  statement: boolean;
  /** Paragraph of its sentence. */
  paragraph: number;
  /** Reported in the simple past (`he urged`): a narrative verb, which takes the time of the sentence before when it has none. */
  narrative: boolean;
  /** In the present perfect outside reported speech (`have accused`): the news in a lead, background further on. */
  perfect: boolean;
  /** A reply to what the sentence before tells (`She denied this.`): the news only when that is. */
  reply: boolean;
  /** Its place may tell where its people were that day (false for a place read off a `where` clause's antecedent). */
  lendsPlace: boolean;
}

/** Everything the rules of one article share. */
export interface ArticleContext {
  articleId: string;
  text: string;
  date: string | null;
  people: People;
  /** Full names of the people, for counting which actors are people. */
  personNames: ReadonlySet<string>;
  /** The dateline place, for `here` and as the default place of the article's news. */
  here: string | null;
  /** For an article without a date: the latest year it names for something past (see `latestPastYear`). */
  latestYear: number | null;
  inQuote(at: number): boolean;
  /** The quoted span holding `at`, or null. */
  quoteAt(at: number): [number, number] | null;
  messages: Message[];
}

/** One sentence (or a bounded piece of a very long one) and its tokens. */
export interface SentenceContext {
  s: Sentence;
  si: number;
  tokens: Token[];
  /** Page furniture (teasers run together in capitals): no event, no statement. */
  furniture: boolean;
}

/** How many of `actors` are people (by their full names). */
export const personCount = (actors: readonly string[], personNames: ReadonlySet<string>): number => actors.filter((a) => personNames.has(a)).length;

/** What a rule decides about a mention; `newDraft` fills in the rest. */
export interface DraftFields {
  eventType: EventType;
  status: 'occurred' | 'planned';
  /** The clause's time expression, or null (the article's date). */
  time: TimeExpression | null;
  aspectBackground?: boolean;
  actors: string[];
  countries: string[];
  location: string | null;
  trigger: string;
  /** Rule name after the type: `met` → `extract-events/consult-met`. */
  name: string;
  confidence: number;
  head: string;
  pendingActors?: Draft['pendingActors'];
  reference?: boolean;
  temporal?: boolean;
  statement?: boolean;
  /** The evidence span, when not the sentence. */
  span?: { start: number; end: number };
  narrative?: boolean;
  perfect?: boolean;
  reply?: boolean;
  lendsPlace?: boolean;
}

/** How many years before the latest year an undated article names a past act dated by its month or day is context. */
const YEARS_BEFORE_LATEST = 2;

/**
 * Undated article: is a past act dated before the latest past year the article names (context)?
 * A month or day (`in May 2003`) may be the recent news's own frame, so it must lie two years
 * before; a year alone (`In 2002 they agreed`) sums up an earlier time, so any earlier year will do.
 */
export function yearsBeforeUndated(ctx: ArticleContext, pendingDate: PendingDate | null): boolean {
  const year = pendingDate ? yearOfSpec(pendingDate.spec) : null;
  if (ctx.date || year === null || ctx.latestYear === null) return false;
  return year <= ctx.latestYear - (pendingDate!.spec.k === 'y' ? 1 : YEARS_BEFORE_LATEST);
}

/** A mention from what a rule found, dated against the article's date. */
export function newDraft(ctx: ArticleContext, sc: SentenceContext, f: DraftFields): Draft {
  const pendingDate: PendingDate | null = f.time ? { spec: f.time.spec, text: f.time.text, future: f.status === 'planned' } : null;
  const aspectBackground = (f.aspectBackground ?? false) || (f.status === 'occurred' && yearsBeforeUndated(ctx, pendingDate));
  const anchored = anchorDate({ status: f.status, pendingDate, aspectBackground }, ctx.date);
  const span = f.span ?? sc.s;
  return {
    articleId: ctx.articleId,
    eventType: f.eventType,
    status: anchored.status,
    actors: f.actors,
    location: f.location,
    date: anchored.date,
    datePrecision: anchored.datePrecision,
    dateBasis: anchored.dateBasis,
    dateText: f.time?.text ?? null,
    trigger: f.trigger,
    sentenceStart: span.start,
    sentenceEnd: span.end,
    rule: `extract-events/${f.eventType.toLowerCase()}-${f.name}`,
    confidence: f.confidence,
    pendingDate,
    monthDay: anchored.monthDay,
    actorCountries: [...new Set(f.countries)],
    main: false,
    reference: f.reference ?? false,
    aspectBackground,
    defaultPlace: false,
    head: f.head,
    pendingActors: f.pendingActors ?? null,
    temporal: f.temporal ?? false,
    persons: personCount(f.actors, ctx.personNames),
    si: sc.si,
    statement: f.statement ?? false,
    paragraph: sc.s.paragraph,
    narrative: f.narrative ?? false,
    perfect: f.perfect ?? false,
    reply: f.reply ?? false,
    lendsPlace: f.lendsPlace ?? true,
  };
}
