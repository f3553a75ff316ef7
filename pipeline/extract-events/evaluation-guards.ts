/**
 * Checks that keep a word of the evaluation lexicon from counting where it judges no one: a
 * wrongdoer named in general (`rifles sold to criminals`), the speaker's own state (`I'm a wreck`),
 * relevance denied to what is no claim, and `lies` the verb.
 */
import { PROPOSITION_NOUNS, words } from './lexicon.js';
import { isQuoteMark, type Token } from './tokens.js';

/** Words that end a noun phrase rather than continue it. */
export const NOT_NOUN_NEXT = words('because, and, or, to, that, whether, how, what, who, why, for, as, since, but, so, in, of, at, by, with, from, than, if, when, while');

const LIE_VERB_NEXT = words('in, with, at, ahead, behind, beyond, within, between, elsewhere, not, only, on, outside, across, near, somewhere, deeper');
const LIES_NOUN_BEFORE = words('are, is, were, was, of, and, more, such, these, those, the, all, their, his, her, its, your, our, my, telling, told, tell, spreading, spread, blatant, outright, total, complete, damned, big');
/** Wrongdoers named by kind: a charge only when the words point at someone (`these`, `their`, `are`). */
export const BLAMED_AGENTS = words('criminals, murderers, thugs, traitors, traitor, liars, liar, perpetrators, culprit, culprits, aggressor, aggressors');
const POINTERS = words("the, these, those, this, that, such, his, her, their, its, your, our, is, are, was, were, be, been, being, 're, 's");
const AUXILIARIES = words('were, was, are, is, had, have, has, will, would, could, can, may, might');
const COPULA_POINTERS = words("is, are, was, were, be, been, being, 're, 's");
const GENERIC_HEADS = words('people, those, anyone, anybody, everyone, one, ones, person, persons, men, women');
/** `those who skip the queue are criminals`: a subject of anyone who does something names no one. */
function genericSubject(tokens: readonly Token[], copula: number, from: number): boolean {
  for (let j = copula - 1; j > Math.max(from, copula - 12); j--) {
    if (tokens[j]!.lower === 'who' && GENERIC_HEADS.has(tokens[j - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Does a determiner, a possessive or a copula stand before `k`, past adjectives and `a`/`an`? */
export function pointedAt(tokens: readonly Token[], k: number, from: number): boolean {
  // `the sites the criminals were flooding`: `the` kind as the subject of a verb describes, charges no one.
  const describes = AUXILIARIES.has(tokens[k + 1]?.lower ?? '');
  for (let j = k - 1; j >= Math.max(from, k - 4); j--) {
    const t = tokens[j]!;
    if (isQuoteMark(t)) continue;
    if (t.lower === 'the' && describes) return false;
    if (COPULA_POINTERS.has(t.lower) && genericSubject(tokens, j, from)) return false;
    if (POINTERS.has(t.lower) || /['’]s?$/u.test(t.raw)) return true;
    if (!t.word || t.raw !== t.lower || NOT_NOUN_NEXT.has(t.lower)) return false;
  }
  return false;
}

/** Is the subject before a predicate word at `k` a claim (`the claims are`) or a pronoun for one (`that is`)? */
export function claimSubject(tokens: readonly Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 5); j--) {
    const w = tokens[j]!.lower;
    if (PROPOSITION_NOUNS.has(w) || w === 'it' || w === 'this' || w === 'that' || w === "that's" || w === "it's") return true;
  }
  return false;
}

/** Is the word at `k` the predicate of `I am`/`we are`, past a determiner and adjectives (`I am a nervous wreck`)? */
export function ownState(tokens: readonly Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 4); j--) {
    const w = tokens[j]!.lower;
    if (w === "i'm" || w === "we're" || w === 'am' || (w === 'are' && tokens[j - 1]?.lower === 'we')) return true;
    if (!tokens[j]!.word || tokens[j]!.raw !== w || NOT_NOUN_NEXT.has(w)) return false;
  }
  return false;
}

/** Is `lies` at `k` the verb (`the answer lies in`, `... lies,`) rather than the noun (`these are lies`)? */
export function liesAsVerb(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next?.word) return LIE_VERB_NEXT.has(next.lower);
  const prev = tokens[k - 1];
  return !!prev?.word && !LIES_NOUN_BEFORE.has(prev.lower);
}

/** Ordinary people by kind: when they `will pay dearly`, the speaker warns of a cost to them, threatening no one. */
const ORDINARY_PAYERS = words('families, households, taxpayers, consumers, customers, people, voters, workers, employees, patients, passengers, pensioners, residents, children, students, parents, farmers, motorists, savers, shoppers, users, citizens, ratepayers, tenants, homeowners, travellers, travelers');
const PAYER_GAP = words("will, would, could, may, might, 'll, have, to, end, up, be, going, all, also, then, ultimately, eventually, inevitably");

/** Do ordinary people (`pensioners will pay dearly`) pay the price named at `k`? */
export function ordinaryPayer(tokens: readonly Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 6); j--) {
    const w = tokens[j]!.lower;
    if (ORDINARY_PAYERS.has(w)) return true;
    if (!PAYER_GAP.has(w)) return false;
  }
  return false;
}

/** Nouns for what another body found or held (`the court's ruling that X is unlawful`): its words, not the speaker's judgment. */
const FINDING_NOUNS = words('ruling, rulings, verdict, finding, findings, judgment, judgement, conclusion, decision, report');
/** How many words back a finding's `that` may open the clause holding `k`. */
const FINDING_REACH = 12;
const FINDING_VERBS = words('found, find, finds, finding, uncovered, uncover, saw, see, sees, seen, detected, detect');

/** Is the word at `k` inside the `that` clause of a finding (`the tribunal's finding that the curfew is unlawful`) or what it found? */
export function insideFinding(tokens: readonly Token[], k: number, from: number): boolean {
  // `it found no evidence that data was taken`: what a search turned up, no claim rejected.
  if (k > from && FINDING_VERBS.has(tokens[k - 1]!.lower)) return true;
  for (let j = k - 1; j > Math.max(from, k - FINDING_REACH); j--) {
    const t = tokens[j]!;
    if (t.raw === ',' || t.raw === ';') return false;
    if (t.lower === 'that' && FINDING_NOUNS.has(tokens[j - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** What rules impose (`under the new law`, `under the terms of the deal`): a duty named, asked of no one by the speaker. */
const RULE_NOUNS = words('law, laws, rules, rule, terms, agreement, deal, regulations, regulation, constitution, treaty, contract, scheme, plan, act, code, framework');
/** How many words an `under` phrase may take before the rule's noun. */
const RULE_REACH = 6;

/** Does an `under ... law` phrase stand between `from` and the modal at `k`? */
export function ruleImposed(tokens: readonly Token[], k: number, from: number): boolean {
  for (let j = from; j < k; j++) {
    if (tokens[j]!.lower !== 'under') continue;
    for (let n = j + 1; n < Math.min(k, j + 1 + RULE_REACH); n++) if (RULE_NOUNS.has(tokens[n]!.lower)) return true;
  }
  return false;
}

const VERDICT_SUBJECTS = words("that's, it's, this's, that, it, this");
const VERDICT_COPULAS = words('is, was');
const INTENSIFIERS = words('absolute, absolutely, complete, completely, utter, utterly, total, totally, pure, just, simply, a, an, such, so, quite');
/** `That's nonsense`, `this is absolute rubbish`: a verdict on what was said, its subject a pronoun with `is`. */
export function pronounVerdict(tokens: readonly Token[], k: number, from: number): boolean {
  let j = k - 1;
  while (j >= from && INTENSIFIERS.has(tokens[j]!.lower)) j--;
  const t = (tokens[j]?.lower ?? '').replace('’', "'");
  if (j >= from && t.endsWith("'s")) return VERDICT_SUBJECTS.has(t);
  return j > from && VERDICT_COPULAS.has(t) && VERDICT_SUBJECTS.has(tokens[j - 1]!.lower);
}
/** After a judgement, what opens an extraposed subject (`it is absurd that ...`, `to ...`). */
export const EXTRAPOSED = words('that, to, how, for, when, what, if');

/** `The good news is that the bridge held`: news told of how things stand, nobody's act welcomed. */
export function newsOfSituation(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  return (w === 'is' || w === 'was') && (tokens[k + 1]?.lower === 'that' || !tokens[k + 1]?.word);
}
