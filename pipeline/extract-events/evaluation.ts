/**
 * What a statement does, read from its words: condemning (`unacceptable`, `a crime`), rejecting
 * (`baseless`, `no proof`), demanding (`X must`, `we call on`), threatening (`will pay a high
 * price`) or praising (`an important step`). General English evaluation vocabulary, as tables;
 * a lookup per word and a bounded check per phrase.
 */
import type { EventType } from '../types.js';
import { countryOf, ORGANISATION_WORD } from '../lib/gazetteer.js';
import { ADDRESSEES, PROPOSITION_NOUNS, phraseLengths, words } from './lexicon.js';
import { isQuoteMark, wordsFrom, type Token } from './tokens.js';
import { BLAMED_AGENTS, claimSubject, EXTRAPOSED, insideFinding, newsOfSituation, pronounVerdict, liesAsVerb, NOT_NOUN_NEXT, ordinaryPayer, ownState, pointedAt, ruleImposed } from './evaluation-guards.js';
import { CONDEMNATION, CONDEMNATION_PHRASES, DISMISSIVE, PRAISE, PRAISE_PHRASES, REJECTION, REJECTION_PHRASES, THREAT_PHRASES } from './evaluation-words.js';

/** Verbs among the lexicon's words: they count only with a pronoun subject. */
const SPEECH_VERBS = words('condemn, condemns, condemned, denounce, denounces, blame, blames, accuse, accuses, welcome, welcomes, welcomed, praise, praises, praised, commend, commends, congratulate, congratulated, applaud, applauds, hail, hails, hailed');
/** Words between a speaker's `I`/`we` and a verb of the lexicon (`we strongly condemn`, `I have welcomed`). */
const VERB_GROUP_WORDS = words('also, strongly, utterly, fully, totally, firmly, warmly, roundly, unreservedly, has, have, had, will, would, can, must, do, did, again');

/** `we hope X will`, `we call on`, `we urge`: what opens a demand made of others. */
export const DEMAND_OPENERS = words('call on, calls on, call upon, urge, urges, ask, asks, demand, demands, appeal to, insist, insists, hope, hopes');
const OBLIGATION = words('must, should, ought, need to, needs to, has to, have to');
/** The word an obligation's statement is triggered by (`must`, `has` of `has to`). */
export const OBLIGATION_TRIGGERS: ReadonlySet<string> = new Set([...OBLIGATION].map((p) => p.split(' ')[0]!));
const MODAL_WORDS = words('can, could, may, might, will, would, shall');
/** Verbs of knowing after `should`/`must`: what someone ought to grasp, not an act demanded. */
const COGNITION_VERBS = words('know, understand, realise, realize, remember, note');
/** Outcomes after `should`/`must` (`Ostrova should win`, `they must not prevail`): a verdict on who deserves what, no act anyone is asked for. */
const OUTCOME_VERBS = words('win, lose, prevail, triumph, succeed, qualify');
/** States of mind after `must be` (`they must be wondering`): a guess at how someone feels, no act asked for. */
const STATES_OF_MIND = words('wondering, thinking, feeling, hoping, wishing, regretting, worrying, worried, praying, dreaming, asking, delighted, thrilled, relieved, disappointed, pleased, happy, sad, upset, angry, furious, frustrated, confused');
const THING_PRONOUNS = words('it, this, that, these, those, there, everything, something, nothing, all');
const FELT_BY = words('us, me, everyone, everybody, all');
/** Nouns that count a kind of thing (`the number of`, `a rise in cases of`). */
const QUANTITIES = words('number, numbers, rise, increase, fall, decline, cases, wave, spate, series, amount, level, levels, share, proportion, rate, rates, risk, problem, kind, kinds, type, types');
/** Nouns that name a wrong in general after `of`/`against` (`acceptance of aggression`, `the fight against corruption`). */
const GENERAL_FRAMES = words('acceptance, promotion, culture, cycle, cycles, forms, form, glorification, tolerance, prevention, normalisation, normalization, fight, battle, war, campaign, struggle, scourge, spread, roots, causes, victims, survivors');
/** Participles of judging after `should be`: an opinion of how to see someone. */
const JUDGED = words('judged, seen, viewed, regarded, considered, remembered, measured, assessed, praised, credited, thought');
const COPULAS = words('is, are, was, were, be, been, being, remain, remains, seem, seems');
/** Before `without proof`: a claim, or a copula with the claim as subject (`the charges are without basis`)? */
function claimBefore(tokens: readonly Token[], k: number, from: number): boolean {
  const prev = prevWord(tokens, k, from);
  return !prev || COPULAS.has(prev.lower) || PROPOSITION_NOUNS.has(prev.lower);
}
/** Heads that name a kind in general after an adjective (`illegitimate buyers`, `fraudulent accounts`). */
const KIND_NOUNS = words('users, user, buyers, sellers, activity, activities, content, practices, behaviour, behavior, transactions, use, sites, websites, software, copies, material, materials, goods, products, accounts, schemes, traders, dealers, operators, groups, regimes, elements, actors');
const ARTICLES = words('a, an');
/** Heads a wrong's noun classifies (`the hoax list`, `the fraud unit`, `scam alerts`): a kind of thing named, no one's act judged. */
const CLASSIFIED_HEADS = words('list, lists, category, categories, chart, charts, ranking, rankings, table, tables, index, register, database, figures, statistics, squad, unit, units, hotline, helpline, alert, alerts, filter, filters, warning, warnings, awareness');
const SELF = words('i, we, you, i\'m, we\'re, i\'ll, we\'ll, let');

interface Table { type: EventType; single: ReadonlySet<string>; phrases: ReadonlySet<string>; lengths: number[]; firsts: ReadonlySet<string> }
const table = (type: EventType, single: ReadonlySet<string>, phrases: ReadonlySet<string>): Table => ({
  type, single, phrases, lengths: phraseLengths(phrases).filter((n) => n > 1), firsts: new Set([...phrases].map((p) => p.split(' ')[0]!)),
});
const TABLES: Table[] = [
  table('THREATEN', words('retaliate, retaliation, ultimatum'), THREAT_PHRASES),
  table('REJECT', REJECTION, REJECTION_PHRASES),
  table('ACCUSE', CONDEMNATION, CONDEMNATION_PHRASES),
  table('SUPPORT', PRAISE, PRAISE_PHRASES),
];
/** Every word a table reads (its words, its phrases' first words): most words are none, and skip the tables at once. */
const TABLE_WORDS: ReadonlySet<string> = new Set(TABLES.flatMap((t) => [...t.single, ...t.firsts]));

/** What a span of words does, and the word that says so. */
export interface Evaluation {
  type: EventType;
  /** Token index of the deciding word. */
  at: number;
}

/**
 * The type a span of words expresses, strongest first (threat, rejection, condemnation, demand,
 * praise), or null when it holds none of these. A negated praise (`not welcome`) is not praise.
 * @param tokens the sentence's tokens; [from, to) the span (at most 120 tokens are read)
 */
export function evaluate(tokens: readonly Token[], from: number, to: number): Evaluation | null {
  const seen = new Map<EventType, number>();
  const end = Math.min(to, from + 120);
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    // `must heed the tribunal's finding that the curfew is unlawful`: the finding's words are not the speaker's
    // (looked for only where a word of the tables stands).
    let finding: boolean | null = null;
    if (TABLE_WORDS.has(t.lower)) for (const { type, single, phrases, lengths, firsts } of TABLES) {
      if (seen.has(type) || (!single.has(t.lower) && !firsts.has(t.lower))) continue;
      if (type !== 'SUPPORT' && (finding ??= insideFinding(tokens, k, from))) continue;
      // A capitalised word inside a run of words is part of a name (`the "Empire of Evil"`), no evaluation.
      if (k > from && /^\p{Lu}/u.test(t.raw) && tokens[k - 1]!.word) continue;
      // A verb of the lexicon (`condemned`, `welcome`) is the speaker's act only after a pronoun (`we condemn`), not anyone's (`people turned out to welcome`).
      const verbOk = !SPEECH_VERBS.has(t.lower) || speakerSubject(tokens, k, from);
      // `neither corrupt nor unfair`, `not welcome`: a negated evaluation says the opposite or nothing.
      if (single.has(t.lower) && verbOk && !negatedBefore(tokens, k, from) && !(type === 'SUPPORT' && selfBefore(tokens, k, from)) && !inCondition(tokens, k, from) && !(type === 'ACCUSE' && namedHappening(tokens, k, from))) {
        // `an irrelevant party`: a rejection word on a noun that is no claim disparages it.
        // `a shocking day`, `appalling weather`: a word on what befell people, not on anyone's act.
        if (type === 'ACCUSE' && EXPERIENCES.has(tokens[k + 1]?.lower ?? '')) continue;
        // `illegitimate buyers of tickets`, `fraudulent accounts`: a kind of thing or people in general, no one's act judged.
        if (type === 'ACCUSE' && KIND_NOUNS.has(tokens[k + 1]?.lower ?? '') && !pointedAt(tokens, k, from) && !ARTICLES.has(tokens[k - 1]?.lower ?? '')) continue;
        if (type === 'ACCUSE' && CLASSIFIED_HEADS.has(tokens[k + 1]?.lower ?? '')) continue;
        // `I am a nervous wreck`: what the speaker says of their own state charges no one.
        if (type === 'ACCUSE' && ownState(tokens, k, from)) continue;
        // `anything morally unacceptable`: a kind of thing in general, no one's act judged.
        if (type === 'ACCUSE' && wordBefore(tokens, k, from, 2, (w) => INDEFINITES.has(w))) continue;
        // `the number of fake invoices`: a kind of thing counted, no one charged.
        if (type === 'ACCUSE' && tokens[k - 1]?.lower === 'of' && QUANTITIES.has(tokens[k - 2]?.lower ?? '')) continue;
        // `acceptance of aggression`, `the fight against terrorism`: a kind of wrong named in general.
        if (type === 'ACCUSE' && (tokens[k - 1]?.lower === 'of' || tokens[k - 1]?.lower === 'against') && GENERAL_FRAMES.has(tokens[k - 2]?.lower ?? '')) continue;
        // `alarming to us`: what the speaker felt, no charge.
        if (type === 'ACCUSE' && (tokens[k + 1]?.lower === 'to' || tokens[k + 1]?.lower === 'for') && FELT_BY.has(tokens[k + 2]?.lower ?? '')) continue;
        // `the raid was in retaliation for the shelling`: a reprisal done, not threatened.
        if (t.lower === 'retaliation' && tokens[k - 1]?.lower === 'in') continue;
        // `where the real danger lies`, `the answer lies in`: the verb, no charge of lying.
        if (t.lower === 'lies' && liesAsVerb(tokens, k)) continue;
        // `rifles sold to criminals`: a kind of wrongdoer named in general charges no one (`these thugs`, `they are criminals` do).
        if (BLAMED_AGENTS.has(t.lower) && !pointedAt(tokens, k, from)) continue;
        // `the weather is irrelevant`: relevance denied to a thing that is no claim rejects nothing.
        if (t.lower === 'irrelevant' && !disparages(tokens, k) && !claimSubject(tokens, k, from)) continue;
        if (type === 'REJECT' && disparages(tokens, k)) { if (!seen.has('ACCUSE')) seen.set('ACCUSE', k); }
        else seen.set(type, k);
      }
      // A phrase is built only where one of the table's phrases starts.
      if (!firsts.has(t.lower)) continue;
      for (const n of lengths) {
        const p = wordsFrom(tokens, k, end, n);
        // `the war had hit trust in politicians`: praise words under a loss are none.
        if (p && phrases.has(p) && !(type === 'SUPPORT' && (negatedBefore(tokens, k, from) || lostBefore(tokens, k, from))) && !inCondition(tokens, k, from)
          && !(STANCE_PHRASES.has(p) && !actorAfter(tokens, k + n, end)) && !((REFUSAL_PHRASES.has(p) || DISOWNING_PHRASES.has(p)) && !refuserBefore(tokens, k, from))
          && !(type === 'SUPPORT' && p.includes('step') && stepTaken(tokens, k, from)) && !(type === 'THREATEN' && ordinaryPayer(tokens, k, from)) && !(p.endsWith(' news') && newsOfSituation(tokens, k + n))) {
          // `fined the farmers without any proof`: an act done without grounds is charged, not a claim rejected.
          if (type === 'REJECT' && t.lower === 'without' && !claimBefore(tokens, k, from)) { if (!seen.has('ACCUSE')) seen.set('ACCUSE', k); }
          // `has no case to answer`: a charge denied is a rejection.
          else if (type === 'ACCUSE' && negatedBefore(tokens, k, from)) { if (!seen.has('REJECT')) seen.set('REJECT', k); }
          else seen.set(type, k);
        }
      }
    }
    // `a false alarm`, `false documents`: `false` on a noun says what a thing is, no rejection; `the claim is false` is one.
    if (t.lower === 'false' && disparages(tokens, k)) continue;
    // `it would be ridiculous to rush him back`: a verdict on what might be done judges no one's act.
    if (DISMISSIVE.has(t.lower) && !inCondition(tokens, k, from)) {
      // The claim may be named just before a quoted fragment (`brands such criticisms as "rubbish"`).
      // So may a pronoun for what was said (`That's nonsense,` not `it is absurd that they ...`).
      const claim = tokens.slice(Math.max(0, from - 8), end).some((x) => PROPOSITION_NOUNS.has(x.lower)) || (pronounVerdict(tokens, k, from) && !disparages(tokens, k) && !EXTRAPOSED.has(tokens[k + 1]?.lower ?? ''));
      if (!seen.has(claim ? 'REJECT' : 'ACCUSE')) seen.set(claim ? 'REJECT' : 'ACCUSE', k);
    }
    // `Billions spent on war should have been used to reduce poverty`: a reproach for what was done, not a demand.
    if (!seen.has('ACCUSE') && (reproach(tokens, k, end) || normBroken(tokens, k, from))) seen.set('ACCUSE', k);
    else if (!seen.has('REQUEST') && isDemand(tokens, k, from, end)) seen.set('REQUEST', k);
  }
  for (const type of ['THREATEN', 'REJECT', 'ACCUSE', 'REQUEST', 'SUPPORT'] as const) {
    const at = seen.get(type);
    if (at !== undefined) return { type, at };
  }
  return null;
}

/**
 * `take the next step forward`, `we made a big step`: a step the speaker's side takes is a plan or a
 * feat, not praise of another's; `to step forward` is the verb.
 */
const STEP_TAKERS = words('take, takes, took, taken, taking, make, makes, made, making');
const FIRST_PERSONS = words('we, i, us, our, my');
const VERB_BEFORE = words("to, will, would, must, should, can, could, may, might, 'll, not");
function stepTaken(tokens: readonly Token[], k: number, from: number): boolean {
  if (VERB_BEFORE.has(tokens[k - 1]?.lower ?? '')) return true;
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
    if (tokens[j]!.lower === 'next') return true;
    if (STEP_TAKERS.has(tokens[j]!.lower)) return tokens.slice(Math.max(from, j - 5), j).some((t) => FIRST_PERSONS.has(t.lower));
  }
  return false;
}

/** Is the word at `k` an adjective on a following noun that is no claim (`irrelevant party`, not `baseless claims`)? */
function disparages(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return !!next && next.word && !NOT_NOUN_NEXT.has(next.lower) && !PROPOSITION_NOUNS.has(next.lower) && !/^\p{Lu}/u.test(next.raw);
}

/** `Parliament must be involved`, `the government should make clear`, `we call on`, `we hope X will`. */
function isDemand(tokens: readonly Token[], k: number, from: number, end: number): boolean {
  const t = tokens[k]!;
  const two = wordsFrom(tokens, k, end, 2);
  // `What does X have to do with that?`: a question asks nothing of anyone.
  if (two === 'have to' || two === 'has to') {
    if (wordsFrom(tokens, k + 2, end, 2) === 'do with') return false;
  }
  // `Under the fiscal law, the minister has to trim the deficit`: a duty the rules impose, no demand.
  if ((OBLIGATION.has(t.lower) || (two && OBLIGATION.has(two))) && !question(tokens, k, end) && !ruleImposed(tokens, k, from)) {
    // `Norway should know that ...`, `X has to realise`: a warning of what is so, no act asked for.
    const verb = tokens[k + (two && OBLIGATION.has(two) ? 2 : 1)];
    if (verb && COGNITION_VERBS.has(verb.lower)) return false;
    const outcome = verb && (verb.lower === 'not' || verb.lower === 'never') ? tokens[tokens.indexOf(verb) + 1] : verb;
    if (outcome && OUTCOME_VERBS.has(outcome.lower)) return false;
    // `they must be wondering`, `she must have known`: `must` guessing what is so, not asking for it.
    const after = verb ? tokens[tokens.indexOf(verb) + 1] : undefined;
    if (t.lower === 'must' && after?.word && ((verb!.lower === 'be' && STATES_OF_MIND.has(after.lower)) || verb!.lower === 'have')) return false;
    // `Mr X should be judged on his record`: how someone ought to be seen, no act asked for.
    if (verb?.lower === 'be' && JUDGED.has(tokens[tokens.indexOf(verb) + 1]?.lower ?? '')) return false;
    // An actor is to act (`Parliament must`, `the government should`), not `we must` nor `the pipeline should`.
    let prev = prevWord(tokens, k, from);
    // `only Russia can and must answer`: past a modal coordinated with this one (not `the UK will have to`).
    while (prev && (prev.lower === 'and' || prev.lower === 'or')) {
      const modal = prevWord(tokens, tokens.indexOf(prev), from);
      prev = modal && MODAL_WORDS.has(modal.lower) ? prevWord(tokens, tokens.indexOf(modal), from) : null;
    }
    if (!prev || SELF.has(prev.lower)) return false;
    // `the inauguration of the president should`: the subject's head is before `of`.
    const j = tokens.indexOf(prev);
    const before = tokens[j - 1]?.lower === 'the' ? tokens[j - 2] : tokens[j - 1];
    if (before?.lower === 'of') prev = prevWord(tokens, tokens.indexOf(before), from);
    if (!prev) return false;
    return addressee(tokens, tokens.indexOf(prev) + 1, from);
  }
  if (DEMAND_OPENERS.has(t.lower) || (two && DEMAND_OPENERS.has(two))) {
    const prev = prevWord(tokens, k, from);
    if (!prev || (prev.lower !== 'we' && prev.lower !== 'i')) return false;
    if (t.lower === 'hope' || t.lower === 'hopes') {
      // `we hope the government will ...`: a wish addressed to an actor (not `I hope everything will be okay`).
      for (let j = k + 1; j < Math.min(end, k + 12); j++) {
        if ((tokens[j]!.lower === 'will' || tokens[j]!.lower === 'would') && tokens[j - 1]!.lower !== 'the') return addressee(tokens, j, from);
      }
      return false;
    }
    return true;
  }
  if (t.lower === 'essential' || t.lower === 'imperative' || t.lower === 'vital') {
    const prev = prevWord(tokens, k, from);
    // `it is vital that Norway pays ...`, not `it is vital that we move ahead` nor `keeping the port open is vital`.
    const it = prev?.lower === "it's" || (prev?.lower === 'is' && prevWord(tokens, tokens.indexOf(prev), from)?.lower === 'it');
    if (!it || tokens[k + 1]?.lower !== 'that') return false;
    const subject = tokens[k + 2];
    // `it is essential that it is kept open`: a pronoun or a thing is no one to ask.
    return !!subject && subject.word && !SELF.has(subject.lower) && !THING_PRONOUNS.has(subject.lower);
  }
  return false;
}

/**
 * Is the word before token `k` an actor who can be asked to act: a country, an institution or a
 * named one (`Parliament must`, `Iran should`, `the government will`)?
 */
function addressee(tokens: readonly Token[], k: number, from: number): boolean {
  // `we hope (North Korea) will`: a bracketed insertion names it too.
  while (k - 1 >= from && (tokens[k - 1]!.raw === ')' || tokens[k - 1]!.raw === ']')) k--;
  const prev = prevWord(tokens, k, from);
  if (!prev) return false;
  const j = tokens.indexOf(prev);
  // `payers in Wales should`: a place after a preposition modifies the subject, it is none.
  if (LOCATIVE.has(tokens[j - 1]?.lower ?? '')) return false;
  return ADDRESSEES.has(prev.lower) || !!countryOf(prev.raw) || ORGANISATION_WORD.test(prev.raw) || (/^\p{Lu}/u.test(prev.raw) && tokens[j - 1]?.word === true && /^\p{Lu}/u.test(tokens[j - 1]!.raw));
}

/** Does the sentence from token `k` end in a question mark (within the span)? */
function question(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, end + 2); j++) {
    const r = tokens[j]!.raw;
    if (r === '?') return true;
    if (r === '.' || r === '!') return false;
  }
  return false;
}

const SELF_REPROACHERS = words('i, we');
const NOBODY = words('nobody, noone');
const NORM_MODALS = words('should, must, ought');
/** `Nobody should doubt`, `no nation should underestimate`: a warning of what is so, no norm broken. */
const WARNED_AGAINST = words('doubt, underestimate, underrate, forget, think, believe, imagine, assume, expect, be, fear, worry, mistake');
/** `No country should have to endure this`, `nobody should`: a norm said to be broken condemns who broke it; it asks no one. */
function normBroken(tokens: readonly Token[], k: number, from: number): boolean {
  if (!NORM_MODALS.has(tokens[k]!.lower) || WARNED_AGAINST.has(tokens[k + 1]?.lower ?? '')) return false;
  const a = tokens[k - 1], b = tokens[k - 2];
  if (!a || k - 1 < from) return false;
  if (NOBODY.has(a.lower) || (a.lower === 'one' && b?.lower === 'no')) return true;
  return b?.lower === 'no' && k - 2 >= from && /^\p{Ll}+$/u.test(a.raw);
}
/** `should have been used`, `ought to have acted`: an obligation not met, in the past. */
function reproach(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k]!.lower;
  if (t !== 'should' && t !== 'ought') return false;
  // `I should have listened`, `we ought to have known`: regret for one's own doing charges no one.
  if (SELF_REPROACHERS.has(tokens[k - 1]?.lower ?? '')) return false;
  const words3 = [1, 2, 3].map((n) => tokens[k + n]?.lower ?? '');
  const at = words3[0] === 'to' ? 1 : 0;
  return k + at + 2 < end && words3[at] === 'have' && /(?:ed|en|been|done|made|told|said|known|shown)$/.test(words3[at + 1] ?? '');
}

/** Inside an `if`/`unless` clause, or under `would`/`could`/`might` (no comma between it and `k`): a condition states nothing. */
function inCondition(tokens: readonly Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= from && k - j < 12; j--) {
    const t = tokens[j]!;
    if (t.raw === ',' || t.raw === ';' || t.raw === '.') return false;
    if (t.lower === 'if' || t.lower === 'unless' || HYPOTHETICAL.has(t.lower) || (t.lower === 'case' && tokens[j - 1]?.lower === 'in')) return true;
  }
  return false;
}

/** Modals that make the evaluation one that would hold (`a launch would be a violation`): a warning, not a charge made. */
const HYPOTHETICAL = words('would, could, might');

const INDEFINITES = words('anything, something, nothing, everything, anyone, anybody, someone, somebody, whatever, whoever');
const EXPERIENCES = words('day, days, night, week, weekend, year, time, times, moment, news, experience, ordeal, scene, scenes, sight, images, pictures, footage, weather, conditions, injury, injuries, loss, defeat, start, end, result, results, figures, accident, crash');

/** Refusals that need a party refusing (`we will not accept`, `Iran will never accept`), not anyone (`buyers will not accept old handsets`). */
const REFUSAL_PHRASES = words("will not accept, won't accept, do not accept, never accept, not accept");
/** `X has nothing to do with it`: a denial by the speaker's side or an actor, not a remark on others (`who have nothing to do with this`). */
const DISOWNING_PHRASES = words('has nothing to do, had nothing to do, have nothing to do');
const REFUSAL_AUX = words("will, would, do, does, did, can, could, shall, should, must, never, not, won't, simply, still");
const REFUSERS = words('i, we, it, they, he, she');
/** Is the subject before the refusal at `k` the speaker's side or an actor? */
function refuserBefore(tokens: readonly Token[], k: number, from: number): boolean {
  let j = k;
  let prev = prevWord(tokens, j, from);
  while (prev && REFUSAL_AUX.has(prev.lower)) {
    j = tokens.indexOf(prev);
    prev = prevWord(tokens, j, from);
  }
  // A quotation that opens with the refusal (`"not accept" such a provocation`) is the speaker's.
  if (!prev) return true;
  // `her son had nothing to do with it`, `our client will not accept`: someone the speaker answers for.
  const owner = prevWord(tokens, tokens.indexOf(prev), from);
  return REFUSERS.has(prev.lower) || addressee(tokens, j, from) || (!!owner && OWNERS.has(owner.lower));
}
const OWNERS = words('his, her, my, our, their');

/** Trust placed in someone, or solidarity: support only when the someone is an actor (`confidence in the government`, not `in my players`). */
// `solidarity with the relatives`, `with the nation in mourning`: sympathy with those who grieve backs no actor.
const STANCE_PHRASES = words('faith in, confidence in, trust in, solidarity with');
/** Is an actor named in the few words from `k`: a capitalised name or an addressee noun (`the government`, `Parliament`)? */
function actorAfter(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 4); j++) {
    const t = tokens[j]!;
    if (!t.word) return false;
    if (ADDRESSEES.has(t.lower) || /^\p{Lu}/u.test(t.raw)) return true;
  }
  return false;
}

const TIME_PREPOSITIONS = words('during, after, before, since, following, until, amid, throughout');
const NAMING_WORDS = words('the, a, an, this, that, its, their, his, her, last, recent');
/** `during the 1994 genocide`, `since the provocation`: a happening named by its time, no charge made. */
function namedHappening(tokens: readonly Token[], k: number, from: number): boolean {
  for (let j = k - 1, n = 0; j >= from && n < 3; j--, n++) {
    const t = tokens[j]!;
    if (!t.word) return false;
    if (TIME_PREPOSITIONS.has(t.lower)) return true;
    if (!NAMING_WORDS.has(t.lower) && !/^\d{4}$/.test(t.raw) && !/^\p{Lu}/u.test(t.raw)) return false;
  }
  return false;
}

const SELF_WORDS = words('we, our, i, my, ourselves, us');
/** Praise of oneself (`we take great pride providing exemplary service`) backs no one. */
function selfBefore(tokens: readonly Token[], k: number, from: number): boolean {
  return wordBefore(tokens, k, from, 5, (w) => SELF_WORDS.has(w));
}

/** Is one of the `n` words before `k` (not before `from`) one that `is` accepts? */
function wordBefore(tokens: readonly Token[], k: number, from: number, n: number, is: (lower: string) => boolean): boolean {
  for (let j = k - 1, seen = 0; j >= from && seen < n; j--) {
    const t = tokens[j]!;
    if (!t.word) continue;
    seen++;
    if (is(t.lower)) return true;
  }
  return false;
}

const LOCATIVE = words('in, at, from, across, throughout, around, inside, outside, near');
const LOSS_WORDS = words('hit, hits, lost, lose, loses, losing, undermined, undermines, undermine, eroded, erodes, erode, damaged, damages, damage, shaken, shook, dented, dents, lack, lacks, lacking, little, less, loss');
/** A word of loss or damage among the three words before `k` (`hit trust in`, `lost faith in`). */
function lostBefore(tokens: readonly Token[], k: number, from: number): boolean {
  return wordBefore(tokens, k, from, 3, (w) => LOSS_WORDS.has(w));
}

/**
 * Is the verb at `k` said of the speaker (`we condemn`, `I have welcomed`)? A verb of the lexicon
 * with another subject (`they have condemned`) reports someone else's act.
 */
function speakerSubject(tokens: readonly Token[], k: number, from: number): boolean {
  let prev = prevWord(tokens, k, from);
  for (let n = 0; prev && VERB_GROUP_WORDS.has(prev.lower) && n < 3; n++) prev = prevWord(tokens, tokens.indexOf(prev), from);
  return !!prev && (prev.lower === 'i' || prev.lower === 'we');
}

const NEGATIONS = words('not, no, never, neither, nor, cannot');
/** A negation among the three words before `k` (`not welcome`, `neither corrupt nor unfair`, `don't support`). */
function negatedBefore(tokens: readonly Token[], k: number, from: number): boolean {
  if (wordBefore(tokens, k, from, 3, (w) => NEGATIONS.has(w) || w.endsWith("n't"))) return true;
  // `no sign of official negligence`, `no sign of any aggression`: a negated noun the word qualifies.
  for (let j = k - 1, n = 0; j >= from && n < 5; j--) {
    const t = tokens[j]!;
    if (!t.word) return false;
    n++;
    if (t.lower === 'of') return (tokens[j - 2]?.lower === 'no' && !!tokens[j - 1]?.word) || tokens[j - 3]?.lower === 'no';
  }
  return false;
}

function prevWord(tokens: readonly Token[], k: number, from: number): Token | null {
  for (let j = k - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (isQuoteMark(t)) continue;
    return t.word ? t : null;
  }
  return null;
}
