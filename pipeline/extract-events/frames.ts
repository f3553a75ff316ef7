/**
 * Clause frames that change what a verb reports: a denial around it (`denied he met X`), something
 * undergone (`had an appeal rejected`), a `where` clause that takes its place from the noun before
 * (`flew from Lisbon, where he met X`), hearsay (`rumours that she had met the bidders`). Bounded
 * looks back from the verb.
 */
import { countryFromDemonym, isPlaceName } from '../lib/gazetteer.js';
import { words } from './lexicon.js';
import { isCapitalised, type Token } from './tokens.js';

/** `... from the United States, where he met X`: the place a `where` clause hangs on, when the gazetteer knows it. */
export function whereAntecedent(tokens: readonly Token[], i: number): string | null {
  for (let k = i - 1; k > 1 && i - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.raw === ',' || !t.word) return null;
    if (t.lower !== 'where') continue;
    if (tokens[k - 1]!.raw !== ',') return null;
    const name: string[] = [];
    for (let j = k - 2; j >= 0 && name.length < 3 && isCapitalised(tokens[j]!); j--) name.unshift(tokens[j]!.raw);
    const place = name.join(' ');
    return place && isPlaceName(place) && !countryFromDemonym(place) ? place : null;
  }
  return null;
}

const HAVE_GET = words('have, has, had, having, got, get, gets, getting');
const NP_DETERMINERS = words('a, an, the, his, her, their, its, our, my, your');
/** `had a penalty appeal rejected`, `got its licence suspended`: have/get, a noun phrase, then the participle at `i`. */
export function undergone(tokens: readonly Token[], i: number): boolean {
  let determiner = false;
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (HAVE_GET.has(t.lower)) return determiner && k < i - 1;
    if (NP_DETERMINERS.has(t.lower)) determiner = true;
    else if (t.lower.endsWith('ed') && !isCapitalised(t)) return false;
  }
  return false;
}

const DENIALS = words('denied, denies, deny, denying');
const CLAUSE_OPENERS = words('that, he, she, they, it, we, i, the, his, her, their');
/** Is the verb at `i` in the clause a denial introduces (`denied (that) he often met X`)? A few words back, no comma or `and` between. */
export function deniedClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    const t = tokens[k]!;
    if (!t.word || t.lower === 'and' || t.lower === 'but') return false;
    if (DENIALS.has(t.lower)) {
      const next = tokens[k + 1]!;
      return CLAUSE_OPENERS.has(next.lower) || (isCapitalised(next) && k + 1 < i);
    }
  }
  return false;
}

/** Nouns and verbs of unconfirmed talk: what they introduce is not reported as having happened. */
const HEARSAY = words('speculation, speculated, speculating, speculate, rumour, rumours, rumor, rumors, rumoured, rumored, gossip, conjecture, allegation, allegations');
/**
 * `claims that`, `reports that` are hearsay as nouns (`amid claims that`, `declined to comment on reports that`),
 * a report as a verb (`X claims that`, `the agency reports that`).
 */
const CLAIM_NOUNS = words('claim, claims, report, reports, suggestion, suggestions');
const BEFORE_CLAIM_NOUN = words('the, these, those, such, investigated, investigating, investigate, amid, over, on, denied, denies, deny, dismissed, rejected, rejects, refuted, of, about, following, after, unproven, unfounded, unconfirmed, fresh, new, media, press, newspaper');
/** Is `claims` at `k` the noun (`denied claims that`, `amid claims that`), not the verb (`X claims that`)? */
export function claimNoun(tokens: readonly Token[], k: number): boolean {
  return CLAIM_NOUNS.has(tokens[k]?.lower ?? '') && BEFORE_CLAIM_NOUN.has(tokens[k - 1]?.lower ?? '');
}

/** Is the verb at `i` in the clause hearsay introduces (`amid rumours that X had met the bidders`)? Within ten words, in the sentence. */
export function hearsayClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && i - k <= 10; k--) {
    const t = tokens[k]!;
    if (t.raw === '.' || t.raw === ';' || t.raw === '?' || t.raw === '!') return false;
    if (t.lower === 'that' && HEARSAY.has(tokens[k - 1]!.lower)) return true;
    if (t.lower === 'that' && claimNoun(tokens, k - 1)) return true;
  }
  return false;
}

/** Forms of `come` that tie the news to what went before it (`the vote comes after X held a drill`). */
const COMES = words('comes, came, come, coming');
/** Words between `comes` and `after` (`comes just days after`, `came two weeks after`, `comes shortly after`). */
const AFTER_GAP = words('just, only, shortly, soon, days, weeks, months, hours, a, day, week, month, few, one, two, three, four, five, six, seven, eight, nine, ten, several, barely, less, than, little, more, immediately, right');

/**
 * Is the verb at `i` in the clause of `X comes (days) after ...`? What the news follows is told as its
 * context, before it (`The vote comes weeks after Norland held a drill`). Within twelve words, in the sentence.
 */
export function comesAfterClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && i - k <= 12; k--) {
    const t = tokens[k]!;
    if (t.raw === '.' || t.raw === ';' || t.raw === '?' || t.raw === '!') return false;
    if (t.lower !== 'after' && t.lower !== 'following') continue;
    let j = k - 1;
    while (j >= 0 && k - j <= 4 && (AFTER_GAP.has(tokens[j]!.lower) || /^\d+$/.test(tokens[j]!.raw))) j--;
    return j >= 0 && COMES.has(tokens[j]!.lower);
  }
  return false;
}

/** Penalties and reproaches given `for` an act (`fined for shouting at the umpire`, `apologised for saying`). */
const PENALTY_VERBS = ['fined', 'banned', 'suspended', 'sacked', 'fired', 'punished', 'disciplined', 'reprimanded', 'censured', 'charged', 'jailed', 'sentenced', 'convicted', 'expelled', 'criticised', 'criticized', 'condemned', 'attacked', 'apologised', 'apologized', 'apologises', 'apologizes', 'apologise', 'apologize', 'slammed', 'blasted', 'rebuked'];
// The penalty, then within its clause `for` and an act in -ing, up to the end of the slice.
const PENALTY_REASON = new RegExp(`\\b(?:${PENALTY_VERBS.join('|')})\\b[^.;!?]{0,60}?\\bfor\\s+(?:(?:his|her|their|its|repeatedly|publicly|allegedly)\\s+)?\\p{Ll}{3,}ing\\b[^.;!?]*$`, 'u');

/**
 * Does `text[from, at)` end inside the `for <-ing>` reason of a penalty or reproach (`has been fined
 * for shouting at the umpire`)? The act given as the reason was done before the news of the penalty.
 */
export function penaltyReason(text: string, from: number, at: number): boolean {
  return PENALTY_REASON.test(text.slice(Math.max(from, at - 200), at));
}
