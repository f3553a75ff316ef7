/**
 * What the form of a verb's clause says about the act it reports: a condition (`Had X met`), a
 * participle without its object, a habit, a describing relative clause (`, who met in 1999`), an
 * ongoing `as`/`while` clause, what someone said only afterwards. Used by `verbs.ts`.
 */
import type { EventType } from '../types.js';
import type { ArticleContext } from './draft.js';
import { words } from './lexicon.js';
import { verbGroup, type VerbGroup } from './time.js';
import { clauseStart, isCapitalised, isQuoteMark, nextWord, tokenAt, type Token } from './tokens.js';
import { finitePast, FINITE_AUX } from './subjects.js';
import type { TriggerHit } from './triggers.js';

// Verbs whose object follows directly: a preposition right after their participle is a reduced
// relative (`two Russians detained in Ukraine`), not a report.
const TRANSITIVE_TYPES = new Set<EventType>(['COERCE', 'ASSAULT', 'SANCTION', 'RETREAT', 'MOBILIZE', 'AID']);
/** Words that open a phrase after a verb (`detained in`, `met on`). */
export const PREPOSITIONS = words('in, at, on, during, for, since, over, after, by, from, with, under, without, last, near, as, of, to');

/** `Had Japan shot down the missile, ...`, `Were they to meet`: a condition, not a report. */
export function invertedConditional(tokens: readonly Token[], i: number): boolean {
  const first = tokens.find((t) => t.word);
  if (!first || !/^(?:Had|Were|Should)$/.test(first.raw)) return false;
  const k = tokens.indexOf(first);
  for (let j = k + 1; j < i; j++) if (tokens[j]!.raw === ',') return false;
  return true;
}

/** `two Russians detained in Ukraine`, `accused of an attempt`, `otherwise tortured.`: a participle without its object is no report. */
export function reducedRelative(tokens: readonly Token[], hit: TriggerHit, perfect: boolean): boolean {
  if (perfect || (hit.form !== 'past' && hit.form !== 'pp')) return false;
  const next = tokens[hit.i + 1];
  const nextW = nextWord(tokens, hit.i);
  if (nextW?.lower === 'by') return true;
  if (!(hit.row.transitive || TRANSITIVE_TYPES.has(hit.type)) || hit.row.next) return false;
  if (!next || (!next.word && !isQuoteMark(next))) return true;
  return !!nextW && PREPOSITIONS.has(nextW.lower);
}

const HABITUAL = words('regularly, often, usually, frequently, routinely, always, sometimes, habitually, typically, normally, generally');
/** A frequency adverb within a few words of the verb. */
export function habitual(tokens: readonly Token[], i: number, last: number): boolean {
  for (let k = Math.max(0, i - 2); k < Math.min(tokens.length, last + 6); k++) if (HABITUAL.has(tokens[k]!.lower)) return true;
  return false;
}

// `was criticised at the time by X`: what the time of another story saw, context.
export const AT_THE_TIME = /\bat the time\b(?!\s+of\s+writing)/i;
export const ITERATIVE = /\b(?:on (?:numerous|several|many|multiple|repeated) occasions|many times|time and again|time after time|for (?:years|decades|months|a long time))\b/i;

/** Index of the token where the clause holding token `i` starts (the sentence's first when it is the first clause). */
export function clauseStartIndex(tokens: readonly Token[], i: number): number {
  return tokenAt(tokens, clauseStart(tokens, i, 0));
}

/** The verb group of the finite verb before the comma at token `comma` (its clause's main verb), or null. */
export function mainVerbGroup(ctx: ArticleContext, tokens: readonly Token[], comma: number, reported: boolean): VerbGroup | null {
  for (let k = comma - 1; k >= 0 && comma - k < 25; k--) {
    const t = tokens[k]!;
    if (!t.word || ctx.inQuote(t.start) || isCapitalised(t)) continue;
    if (finitePast(tokens, k) || (FINITE_AUX.has(tokens[k - 1]?.lower ?? '') && /ed$/.test(t.lower))) return verbGroup(tokens, k, 0, 'past', reported);
  }
  return null;
}

/** `The trio, whose members met at college, won`: is the verb at `i` in a `whose` clause after a comma? */
export function whoseClause(tokens: readonly Token[], csTok: number, i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, csTok); k--) {
    if (tokens[k]!.raw === ',') return false;
    if (tokens[k]!.lower === 'whose') return tokens[k - 1]?.raw === ',';
  }
  return false;
}

/** Does the clause at `csTok` open with `, who`, `, whom` or `, which` (a non-restrictive relative clause)? */
export function describingClause(tokens: readonly Token[], csTok: number): boolean {
  const rel = tokens[csTok - 1]?.lower ?? '';
  return (rel === 'who' || rel === 'which' || rel === 'whom') && tokens[csTok - 2]?.raw === ',';
}

const ONGOING_CONJUNCTIONS = words('as, while, whilst');
/** Does the clause at `csTok` open with `as`/`while` (not the newspaper `AS`)? */
export function ongoingClause(tokens: readonly Token[], csTok: number): boolean {
  const t = tokens[csTok - 1];
  return !!t && ONGOING_CONJUNCTIONS.has(t.lower) && /\p{Ll}/u.test(t.raw);
}
const RETROSPECTIVE = words('later, since, once, previously, subsequently, afterwards');
/** Is the reporting verb at `reporter` said after the fact (`later`) in a describing clause that runs on to the verb at `i`? */
export function retrospectiveSaying(tokens: readonly Token[], reporter: number, i: number): boolean {
  return RETROSPECTIVE.has(tokens[reporter - 1]?.lower ?? '') && describingClause(tokens, clauseStartIndex(tokens, reporter))
    && !tokens.slice(reporter + 1, i).some((t) => t.raw === ',');
}
