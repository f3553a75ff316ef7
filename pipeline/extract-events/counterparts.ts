/**
 * The other side of a meeting when no person is named there: the state or body the object names
 * (`held talks with the Chinese`, `met his EU counterparts`).
 */
import { statesIn } from './states.js';
import { countryFromDemonym, countryOf } from '../lib/gazetteer.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lib/people-words.js';
import type { ArticleContext } from './draft.js';
import { PREPOSITION_WORDS, words } from './lexicon.js';
import { isCapitalised, tokenAt, type Token } from './tokens.js';

/**
 * The states a meeting's object names as its other side: a state (`with the Chinese`, `with Japan`)
 * or its people (`his EU counterparts`, `British officials`) right after the verb or `with`, not a
 * topic (`the Geneva rules`).
 */
export function counterpartStates(ctx: ArticleContext, tokens: readonly Token[], k: number, to: number): string[] {
  if (tokens[k]?.lower === 'with') k++;
  let head = -1;
  for (let j = k; j < tokens.length && j - k < 8 && tokens[j]!.word && tokens[j]!.end <= to; j++) {
    const t = tokens[j]!;
    if (isCapitalised(t)) { head = j; continue; }
    if (COUNTERPART_NOUNS.has(t.lower)) { head = j; break; }
    if (PREPOSITION_WORDS.has(t.lower) || PHRASE_ENDS.has(t.lower)) break;
    // `the Geneva rules`: the capitalised words modify a noun that is no side.
    if (!COUNTERPART_MODIFIERS.has(t.lower)) {
      if (head === j - 1) return [];
      break;
    }
  }
  return head < 0 ? [] : statesIn(ctx.text, tokens[k]!.start, tokens[head]!.end, ctx.people);
}
const PHRASE_ENDS = words('and, or, that, who, which, this, last, next, yesterday, today, tomorrow');
const COUNTERPART_MODIFIERS = words('the, his, her, their, its, our, other, senior, top, foreign, defence, defense, finance, trade, military, government, two, three, several');
const COUNTERPART_NOUNS = words('forces, troops, navy, army, warships, officials, counterparts, counterpart, ministers, minister, leaders, leader, delegation, delegations, side, government, authorities, envoys, envoy, diplomats, representatives, president, premier, officers, negotiators');

/** The partners a `with` after a joint act names (`joint drills with Japanese forces`, `with X`): people, else states. */
export function jointPartners(ctx: ArticleContext, tokens: readonly Token[], end: number, to: number): string[] {
  const w = ctx.text.slice(end, to).search(/\bwith\b/);
  if (w < 0) return [];
  const people = ctx.people.within(end + w, to).map((p) => p.fullName);
  return people.length ? people : counterpartStates(ctx, tokens, tokenAt(tokens, end + w), to);
}

/** Verbs of a deal after `agreed to` whose object is the other side (`agreed to buy 30% of X`). */
const DEAL_VERBS = words('buy, acquire, purchase, merge, sell, invest, fund, supply');

/**
 * The other side of a deal agreed (`agreed to buy 30% of Velmora`, `agreed to merge with X`): the
 * people, else the bodies or states, its object names before the clause ends; none for other
 * agreements (`agreed to raise rates`).
 */
export function dealPartners(ctx: ArticleContext, tokens: readonly Token[], last: number, to: number): string[] {
  let k = last + 1;
  while (k < tokens.length && tokens[k]!.word && /^(?:on|in|last|this|yesterday|today|\p{Lu}\p{Ll}+day)$/u.test(tokens[k]!.raw) && k - last < 4) k++;
  if (tokens[k]?.lower !== 'to' || !DEAL_VERBS.has(tokens[k + 1]?.lower ?? '')) return [];
  const from = tokens[k + 1]!.end;
  const end = Math.min(to, from + 80);
  const people = ctx.people.within(from, end).map((p) => p.fullName);
  if (people.length) return people;
  // The first name in the object, up to a comma (`30% of Velmora, the largest ...`, `gas from Sweden`).
  const span = ctx.text.slice(from, end).split(/[,;:(]/)[0]!;
  for (const m of span.matchAll(DEAL_PARTY)) {
    const name = m[1]!.replace(/['’]s?$/u, '');
    // `Danish ferry group Ormen`: a demonym describes; the name comes after it.
    if (countryFromDemonym(name) || (/(?:an|ese|ish)$/.test(name) && !name.includes(' ') && /^\s+\p{Ll}/u.test(span.slice(m.index! + m[0].length)))) continue;
    return NOT_PARTIES.has(name.split(' ')[0]!) ? [] : [countryOf(name) ?? name];
  }
  return [];
}
const DEAL_PARTY = /(?<![\p{L}])(\p{Lu}[\p{L}&'’-]*(?:\s+(?:\p{Lu}[\p{L}&'’-]*|of|and|&)){0,3})/gu;
// Months, weekdays and the currencies written capitalised (`US debt`, `Euro bonds`) are no party.
const NOT_PARTIES = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, 'US', 'Euro']);
