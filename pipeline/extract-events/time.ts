/**
 * The temporal anchor of one event mention, from its own clause: the verb group's tense and aspect
 * (`will meet` planned, `had accused` before the news, `did attack` occurred), the clause's time
 * expression (`on Wednesday`, `last month`, `in 1999`), and the decision, once the article's date
 * is known, whether the mention is the news or background mentioned as context.
 */
import { completeMonthDay, dayNumber, findTimeExpressions, weekdayOf, resolveTime, type TimeExpression, type TimeSpec } from '../lib/dates.js';
import type { EventMention } from '../types.js';
import { BACKGROUND_ADVERBS, DONE_CUES, FUTURE, MODALS, PLAN_CUES, VERB_GROUP_ADVERBS } from './lexicon.js';
import { isQuoteMark, type Token } from './tokens.js';
import type { Form } from './triggers.js';

/** The written time expression of a mention, resolved once the article's date is final. */
export interface PendingDate {
  spec: TimeSpec;
  text: string;
  /** Resolve toward the future (planned events). */
  future: boolean;
  /** Not the mention's own time but its article's news day (the lead's `on Friday`): used only when within a day before the article date. */
  newsDay?: boolean;
}

/** What the verb group says. `status` null: the verb reports nothing by itself (an infinitive, a bare participle). */
export interface VerbGroup {
  status: 'occurred' | 'planned' | null;
  negated: boolean;
  hypothetical: boolean;
  passive: boolean;
  /** `had accused`, or an adverb placing it before the news (`previously`, `has long`). */
  background: boolean;
  /** `has agreed`: present perfect. */
  perfect: boolean;
  /** `had agreed`: past perfect (background unless back-shifted in reported speech). */
  pluperfect: boolean;
  /** `is meeting`, `were holding`. */
  progressive: boolean;
  /** Simple present (`condemns`): the news in a headline style, less certain. */
  present: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'gets', 'got', 'am']);
const HAVE = new Set(['has', 'have', "'ve", 'having']);
const HAD = new Set(['had', "'d"]);
const DO = new Set(['did', 'does', 'do']);
const NEGATORS = new Set(['not', 'never', 'no', 'neither', 'nor']);

/**
 * Read the verb group left of the trigger at token `i` (at most six words; adverbs skipped).
 * @param reported the clause is the complement of a reporting verb (`said he would ...`): `would` is then a plan
 */
export function verbGroup(tokens: readonly Token[], i: number, lo: number, form: Form, reported: boolean): VerbGroup {
  const g: VerbGroup = { status: null, negated: false, hypothetical: false, passive: false, background: false, perfect: false, pluperfect: false, progressive: false, present: false };
  const aux: string[] = [];
  let k = i - 1;
  for (let steps = 0; k >= lo && steps < 8; k--, steps++) {
    const t = tokens[k]!;
    if (isQuoteMark(t)) continue;
    if (!t.word) break;
    const w = t.lower;
    if (NEGATORS.has(w)) { g.negated = true; continue; }
    // `no longer blames`: the act has stopped.
    if ((w === 'longer' || w === 'more') && tokens[k - 1]?.lower === 'no') { g.negated = true; k--; steps++; continue; }
    if (w.endsWith("n't")) {
      g.negated = true;
      const stem = w === "won't" ? 'will' : w === "can't" ? 'can' : w === "shan't" ? 'shall' : w.slice(0, -3);
      aux.push(stem);
      continue;
    }
    if (BE.has(w) || HAVE.has(w) || HAD.has(w) || DO.has(w) || MODALS.has(w) || FUTURE.has(w) || w === "'ll" || w === 'to') {
      aux.push(w);
      if (w === 'to') { k--; break; }
      continue;
    }
    if (BACKGROUND_ADVERBS.has(w)) { g.background = true; continue; }
    // Adverbs in -ly (`was brutally interrogated`, `has heavily criticized`) sit inside the group too.
    if (VERB_GROUP_ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly') && !isCapitalisedWord(t.raw))) continue;
    break;
  }
  // `wrote recently that`, `met previously`: the adverb right after the verb places it before the news too.
  if (AFTER_VERB_BACKGROUND.has(tokens[i + 1]?.lower ?? '')) g.background = true;
  const nearest = aux[0];
  if (aux.includes('to')) {
    // `plans to meet`, `is due to sign` (planned); `managed to seal` (done); `agreed to hold talks` (not this one's report).
    const cue = k >= lo ? tokens[k]! : null;
    const cueWord = cue?.lower ?? '';
    if (cueWord === 'failed' || cueWord === 'refused' || cueWord === 'declined') return { ...g, negated: true };
    if (DONE_CUES.has(cueWord) && !aux.some((a) => a !== 'to')) g.status = form === 'base' ? 'occurred' : null;
    else if (PLAN_CUES.has(cueWord) && form === 'base') g.status = 'planned';
    else if ((BE.has(cueWord) || aux.some((a) => BE.has(a))) && form === 'base') g.status = 'planned';
    return g;
  }
  if (aux.some((a) => FUTURE.has(a) || a === "'ll")) {
    g.status = form === 'base' ? 'planned' : null;
    return g;
  }
  if (aux.includes('would') && !aux.some((a) => MODALS.has(a) && a !== 'would')) {
    if (reported && form === 'base') g.status = 'planned';
    else g.hypothetical = true;
    return g;
  }
  if (aux.some((a) => MODALS.has(a))) {
    g.hypothetical = true;
    return g;
  }
  if (nearest && DO.has(nearest)) {
    // `did attack`: emphatic past; `does not support`: negated present.
    if (form === 'base') g.status = 'occurred', g.present = nearest !== 'did';
    return g;
  }
  const hasBe = aux.some((a) => BE.has(a));
  // `had accused` is before the news, except in reported speech, where it is the back-shifted past (`said he had asked`).
  g.pluperfect = HAD.has(aux.find((a) => HAVE.has(a) || HAD.has(a)) ?? '');
  if (g.pluperfect && !reported) g.background = true;
  if (aux.some((a) => HAVE.has(a))) g.perfect = true;
  if (form === 'ing') {
    if (hasBe) (g.status = 'occurred'), (g.progressive = true), (g.present = aux.some((a) => a === 'is' || a === 'are' || a === 'am' || a === "'s"));
    return g;
  }
  if (form === 'past' || form === 'pp') {
    if (hasBe) g.passive = true;
    if (form === 'pp' && !hasBe && !aux.length) return g;
    g.status = 'occurred';
    return g;
  }
  if (form === 's' && !aux.length) g.status = 'occurred', g.present = true;
  return g;
}

const AFTER_VERB_BACKGROUND = new Set(['recently', 'previously']);

const isCapitalisedWord = (raw: string): boolean => /^\p{Lu}/u.test(raw);

/**
 * The time expression that dates a mention: the nearest one in its window, after the trigger
 * first; `since`/`until` expressions and `of 2019` are not the event's time.
 * @param at the trigger's start; `end` its end
 */
export function timeOf(text: string, from: number, to: number, at: number, end: number): TimeExpression | null {
  const exprs = findTimeExpressions(text, from, Math.min(to, from + 600)).filter((e) => e.prep !== 'since' && e.prep !== 'until' && e.prep !== 'till' && !(e.spec.k === 'y' && e.prep === 'of') && !inOtherAside(text, from, e, at));
  let best: TimeExpression | null = null;
  let bestDist = Infinity;
  for (const e of exprs) {
    const dist = e.start >= end ? e.start - end : at - e.end + 2;
    if (dist < bestDist) (best = e), (bestDist = dist);
  }
  return best;
}

const ASIDE_OPENERS = /^\s*(?:who|whom|whose|which|where)\b/;

/**
 * Whether `e` lies in a relative clause set off by commas before the trigger at `at` (`X, who won
 * in 2000, denies ...`): that clause's time is its own act's, not the event's. (One after the
 * trigger may date it: `the meeting, which will take place next month`.)
 */
function inOtherAside(text: string, from: number, e: TimeExpression, at: number): boolean {
  const close = relativeAsideEnd(text, from, e.start);
  return close >= 0 && close < at;
}

/** Where the relative clause set off by commas holding `pos` closes (`X, who hosted shows in the 1980s, won`), or -1. */
export function relativeAsideEnd(text: string, from: number, pos: number): number {
  // Both searches are bounded: a text without commas must not be scanned end to end per call.
  let open = -1;
  for (let k = pos - 1; k >= from && k >= pos - ASIDE_REACH; k--) if (text.charCodeAt(k) === COMMA) { open = k; break; }
  if (open < 0 || !ASIDE_OPENERS.test(text.slice(open + 1, open + 12))) return -1;
  for (let k = pos, end = Math.min(text.length, pos + ASIDE_REACH); k < end; k++) if (text.charCodeAt(k) === COMMA) return k;
  return -1;
}
const COMMA = 44;
/** How far a relative clause's commas are looked for either side, in characters. */
const ASIDE_REACH = 300;

/** The first time expression in `[from, to)` that by itself lies before the news (`last month`, `in 2019`), or null. */
export function pastTimeIn(text: string, from: number, to: number): TimeExpression | null {
  return findTimeExpressions(text, from, Math.min(to, from + 300)).find((e) => pastBySpec(e.spec) || (e.spec.k === 'y' && e.prep === 'in')) ?? null;
}

/** A mention's date and status fields, before the article's date is applied. */
export interface AnchoredMention {
  status: EventMention['status'];
  pendingDate: PendingDate | null;
  /** The verb group places it before the news (`had met`, `previously`). */
  aspectBackground: boolean;
}

/**
 * The date and status of a mention against its article's date `ref` (own, else the story's; null
 * when unknown). A past expression dating it before the news (`last month`, `in 1999`, `earlier
 * this month`, more than a week before) makes it background; an occurred event cannot be after
 * its report, so such an expression belonged to something else.
 * @param refBasis how `ref` was found (`article`, or `story` when it is the story's date)
 */
export function anchorDate(m: AnchoredMention, ref: string | null, refBasis: 'article' | 'story' = 'article'): Pick<EventMention, 'status' | 'date' | 'datePrecision' | 'dateBasis'> & { monthDay: string | null } {
  const none = { date: null, datePrecision: null, dateBasis: null, monthDay: null } as const;
  const status = m.status;
  if (!m.pendingDate) {
    if (status === 'background' || m.aspectBackground) return { status: 'background', ...none };
    return ref ? { status, date: ref, datePrecision: 'day', dateBasis: refBasis, monthDay: null } : { status, ...none };
  }
  const { spec, future } = m.pendingDate;
  const r = resolveTime(spec, ref, future);
  let date = r.date;
  // A report dated the day before a weekday it says something happened on (`fired a missile Friday`, dated
  // Thursday) was written across the date line: that is the next day, not six days before.
  if (spec.k === 'wd' && spec.dir === 0 && !future && status !== 'planned' && ref && date && dayNumber(ref) - dayNumber(date) === 6) {
    date = new Date((dayNumber(ref) + 1) * 86_400_000).toISOString().slice(0, 10);
  }
  if (!date && r.monthDay && ref) date = completeMonthDay(r.monthDay, ref, future);
  // `last year`, `earlier`, `in the 1990s` place it before the news even when the article's date is unknown.
  if (!date) return { status: m.aspectBackground || (status !== 'planned' && pastBySpec(spec)) ? 'background' : status, ...none, monthDay: r.monthDay };
  const precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : r.precision === 'decade' ? 'decade' : 'year';
  const basis = r.basis ?? 'relative';
  if (status === 'planned') return { status, date, datePrecision: precision, dateBasis: basis, monthDay: null };
  // The lead's day stands for an undated mention only a day before the report; the report's own day is its date.
  // (The day after, from a weekday across the date line, is the news day too.)
  const acrossDateLine = spec.k === 'wd' && dayNumber(date) === dayNumber(ref ?? date) + 1;
  if (m.pendingDate.newsDay && (!ref || date.length !== 10 || dayNumber(date) < dayNumber(ref) - 1 || (dayNumber(date) >= dayNumber(ref) && !acrossDateLine))) {
    return ref ? { status, date: ref, datePrecision: 'day', dateBasis: refBasis, monthDay: null } : { status, ...none };
  }
  if (ref && date.length === 10 && dayNumber(date) > dayNumber(ref) + 1) {
    return m.aspectBackground ? { status: 'background', ...none } : { status, date: ref, datePrecision: 'day', dateBasis: refBasis, monthDay: null };
  }
  const background = m.aspectBackground || status === 'background' || beforeTheNews(spec, date, ref);
  return { status: background ? 'background' : status, date, datePrecision: precision, dateBasis: basis, monthDay: null };
}

/** Time expressions that can date a report's news day: a weekday, `yesterday`, a month-day or full date. */
export function isNewsDaySpec(spec: TimeSpec): boolean {
  return (spec.k === 'wd' && spec.dir === 0) || (spec.k === 'rel' && spec.unit === 'day' && spec.n === -1) || spec.k === 'md' || spec.k === 'ymd';
}

/** Does the expression alone put its time after the news (`next Monday`, `tomorrow`, `next month`)? */
export function isFutureSpec(spec: TimeSpec): boolean {
  return (spec.k === 'rel' && spec.n > 0) || (spec.k === 'wd' && spec.dir === 1) || (spec.k === 'mrel' && spec.n > 0) || (spec.k === 'm' && spec.dir === 1);
}

/** A weekday without `last`/`next` that is not the report's own day (`on Thursday`): after a present progressive, one to come. */
export function comingWeekday(spec: TimeSpec, ref: string | null): boolean {
  if (spec.k !== 'wd' || spec.dir !== 0) return false;
  return !ref || weekdayOf(ref) !== spec.wd;
}

/** Days before the report's own day that are still its news; further back is context (`10 days ago`). */
const NEWS_WINDOW_DAYS = 7;

/** Does the expression alone put its time before the news (`earlier this month`, `last year`, `last October`, `the 1990s`)? */
function pastBySpec(spec: TimeSpec): boolean {
  return (spec.k === 'rel' && (spec.earlier || (spec.n < 0 && (spec.unit !== 'day' || spec.n < -NEWS_WINDOW_DAYS)))) || (spec.k === 'mrel' && spec.n < 0) || (spec.k === 'm' && spec.dir === -1) || spec.k === 'decade';
}

/** Is a resolved date (any precision) before the news of an article dated `ref`? */
export function beforeTheNews(spec: TimeSpec, date: string, ref: string | null): boolean {
  if (pastBySpec(spec)) return true;
  if (!ref) return false;
  if (date.length === 10) return dayNumber(date) < dayNumber(ref) - NEWS_WINDOW_DAYS;
  if (date.length === 7) return date < ref.slice(0, 7);
  return date < ref.slice(0, 4);
}

/** A time expression opening the sentence (`In August,`, `Last year,`), before `at`. */
export function frontedTime(text: string, start: number, at: number, pastAct: boolean): TimeExpression | null {
  const comma = text.indexOf(',', start);
  const closed = comma >= 0 && comma < at && comma - start <= 30;
  // `In 2009 the union closed the port after X threatened ...`: a sentence may open with its time without
  // a comma; that time holds for a past act, not for a plan told then or a state now.
  if (!closed && !pastAct) return null;
  const t = timeOf(text, start, closed ? comma : Math.min(at, start + 30), at, at);
  return t && /^\W*(?:\p{L}+\s+)?$/u.test(text.slice(start, t.start)) && (!closed || !/\p{L}/u.test(text.slice(t.end, comma))) ? t : null;
}

/** Words before a year that make it one to come (`will host the 2012 Games`, `by 2010`, `plans for 2030`). */
const FUTURE_YEAR_WORDS = ['will', 'would', 'shall', 'plan', 'plans', 'planned', 'planning', 'due', 'expected', 'scheduled', 'next', 'target', 'targets', 'bid', 'bids', 'host', 'hosting', 'ahead of', 'by', 'until', 'before', 'forecast', 'forecasts', 'predict', 'predicts', 'projected'];
/** Words after a year that name a contest or a term to come more than a time past (`the 2012 Olympics`). */
const YEAR_EVENT_WORDS = ['Olympics', 'Olympic', 'Games', 'World Cup', 'election', 'elections', 'Commonwealth', 'Expo', 'budget'];
const FUTURE_YEAR_CUES = new RegExp(`\\b(?:${FUTURE_YEAR_WORDS.join('|')})\\b[^.!?]{0,30}$`, 'i');
const YEAR_OF_EVENT = new RegExp(`^\\s*(?:${YEAR_EVENT_WORDS.join('|')})\\b`);

/** The year a spec names, when it names one (`in 1943`, `March 2003`, `12 May 2001`). */
export function yearOfSpec(spec: TimeSpec): number | null {
  return spec.k === 'y' || spec.k === 'ym' || spec.k === 'ymd' ? spec.y : null;
}

/**
 * The latest year an undated article names for something past: the article is at least that recent,
 * so what it dates years before is context. Years of things to come do not count.
 */
export function latestPastYear(text: string): number | null {
  let latest: number | null = null;
  for (const e of findTimeExpressions(text)) {
    const y = yearOfSpec(e.spec);
    if (y === null || (latest !== null && y <= latest)) continue;
    if (FUTURE_YEAR_CUES.test(text.slice(Math.max(0, e.start - 40), e.start)) || YEAR_OF_EVENT.test(text.slice(e.end, e.end + 20))) continue;
    latest = y;
  }
  return latest;
}

/** Stages of a life that date an act to someone's past (`when she was a student`, `when he was young`). */
const LIFE_STAGES = new Set(['child', 'boy', 'girl', 'teenager', 'teen', 'student', 'baby', 'toddler', 'schoolboy', 'schoolgirl', 'youngster', 'pupil', 'kid', 'undergraduate', 'young', 'little']);
/** Periods of a life (`in their early teens`, `in his youth`). */
const LIFE_PERIODS = ['teens', 'teenage years', 'twenties', 'childhood', 'youth', 'schooldays', 'school days', 'student days'];
// `when X was 16` (an age) or `when she was a (young) student` (a stage).
const WHEN_WAS = /\b[Ww]hen\s+(?:he|she|i|they|we|\p{Lu}[\p{L}'’-]+)\s+(?:was|were)\s+(?:(?:just|only|still)\s+)?(?:(\d{1,2})\b|(?:an?\s+)?(?:young\s+)?(\p{Ll}+))/gu;
// `met in their early teens`: a period of life right after the act.
const IN_YOUTH = new RegExp(`^\\s+(?:\\p{L}+\\s+){0,4}?(?:in|during)\\s+(?:his|her|their|my|our)\\s+(?:early\\s+|late\\s+|mid-?)?(?:${LIFE_PERIODS.join('|')})\\b`, 'u');

/** Does a `when X was 16` / `when she was a student` clause before `at` (from `from`), or `in their teens` after the act ending at `end`, place it in someone's past? */
export function whenYoung(text: string, from: number, at: number, end = at): boolean {
  if (IN_YOUTH.test(text.slice(end, end + 80))) return true;
  for (const m of text.slice(from, at).matchAll(WHEN_WAS)) if (m[1] !== undefined || LIFE_STAGES.has(m[2]!)) return true;
  return false;
}
