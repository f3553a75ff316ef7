/**
 * Whether a trigger word is used as a verb at all: a participle may be an adjective (`the
 * detained men`), a base form or an `-s` form a noun (`his visit`, `the protests`).
 */
import { NOUN_AFTER, NOUN_BEFORE, PREPOSITION_WORDS, REPORTING_VERBS, words } from './lexicon.js';
import { isCapitalised, nextWord, prevWord, type Token } from './tokens.js';
import { AUX_WORDS } from './subjects.js';
import { triggersOf, type TriggerHit } from './triggers.js';

// `most visited`, `least visited`: a superlative participle describes.
const ADJECTIVAL = words('the, a, an, of, newly, recently, its, their, his, her, most, least');
// Before a participle these make it an adjective only when a noun follows (`three freed detainees`, not `the three agreed that`).
const QUANTIFIERS = words('other, two, three, four, five, six, several, many, some, those, these, all, wrongly, unlawfully, illegally');
const FUNCTION_NEXT = words('that, to, on, with, upon, in, at, for, the, a, an, by, from, after, before, and, but, or');

/** A participle used as an adjective (`the detained men`, `met jailed leader X`) reports nothing. */
export function adjectival(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (hit.form !== 'past' && hit.form !== 'pp') return false;
  const prev = prevWord(tokens, hit.i);
  if (!prev) return false;
  if (QUANTIFIERS.has(prev.lower)) {
    const next = tokens[hit.i + 1];
    return !!next && next.word && !FUNCTION_NEXT.has(next.lower);
  }
  return ADJECTIVAL.has(prev.lower) || (!isCapitalised(prev) && (triggersOf(prev.lower).some((e) => e.form === 'past') || REPORTING_VERBS.has(prev.lower)) && !AUX_WORDS.has(prev.lower));
}

/** A base form after a determiner or possessive is a noun (`their call on Tuesday`, `his visit`). */
export function nounUse(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (hit.form !== 'base') return false;
  const prev = prevWord(tokens, hit.i);
  return !!prev && (NOUN_BEFORE.has(prev.lower) || /['’]s$/.test(prev.raw)) && prev.lower !== 'to';
}

/** A `-s` form that is a plural noun: `the protests`, `faxed requests for comment`, `of United Nations sanctions barring`. */
export function pluralNoun(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (hit.form !== 's') return false;
  const prev = prevWord(tokens, hit.i);
  const next = nextWord(tokens, hit.last);
  // Words mostly plural nouns (`sanctions`, `attacks`) are verbs only between a name or pronoun and an object.
  if (NOUNISH.has(tokens[hit.i]!.lower)) {
    const before = prev ? prevWord(tokens, tokens.indexOf(prev)) : null;
    const subject = !!prev && ((isCapitalised(prev) && !(before && (NOUN_BEFORE.has(before.lower) || isCapitalised(before)))) || SUBJECT_PRONOUN.has(prev.lower));
    const object = !!next && (DETERMINER_NEXT.has(next.lower) || isCapitalised(next));
    if (!subject || !object) return true;
  }
  if (!prev) return !!next && NOUN_AFTER.has(next.lower);
  if (NOUN_BEFORE.has(prev.lower) || /['’]s?$/.test(prev.raw) || /^\d/.test(prev.raw)) return true;
  if (!isCapitalised(prev) && (prev.lower.endsWith('ed') || prev.lower.endsWith('ing'))) return true;
  if (next && NOUN_AFTER.has(next.lower)) return true;
  // `cars assembled by X`: a participle and its agent after a plural noun.
  if (next && next.lower.endsWith('ed') && tokens[tokens.indexOf(next) + 1]?.lower === 'by') return true;
  // A capitalised run after a preposition is its object: `in defiance of United Nations sanctions`.
  let k = tokens.indexOf(prev);
  while (k > 0 && isCapitalised(tokens[k])) k--;
  return k >= 0 && k < tokens.indexOf(prev) && PREPOSITION_WORDS.has(tokens[k]!.lower);
}

const NOUNISH = words('sanctions, attacks, protests, arrests, requests, calls, visits, threats, demands, rallies, raids, strikes, releases, pardons, talks, meetings, bombs, appeals, votes, tests, launches, deals, signs, backs, supports, cuts, holds, phones, offers, pledges, hosts');
const SUBJECT_PRONOUN = words('he, she, it, who, which, that, and, but, also');
const DETERMINER_NEXT = words('the, a, an, his, her, their, its, our, this, that, these, those, him, them, it, all, both, two, three');
