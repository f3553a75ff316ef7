/**
 * The event triggers as a table (lemma, PLOVER type, argument roles, what must or must not follow),
 * and the matcher: every word of a sentence is looked up in a map of word forms (one hash lookup),
 * and only a hit is checked further, over a bounded window of the next words. No regex runs over
 * the sentence, so the cost is linear in its length.
 */
import type { EventType } from '../types.js';
import {
  AGREED_NEXT, AGREEMENT_NOUNS, AID_NOUNS, REQUESTED_THINGS, ATTACK_NOUNS, CONCERN_NOUNS, CUSTODY_PHRASES, MET_NOT_MEETING, SPOUSE_WORDS,
  MILITARY_DRILL_NOUNS, MISSILE_NOUNS, PROTEST_NOUNS, SANCTION_NOUNS, SUPPORT_NOUNS, TALK_NOUNS, TIES_NOUNS,
  TROOP_NOUNS, phraseLengths, words,
} from './lexicon.js';
import { followedBy, isCapitalised, isQuoteMark, type Token } from './tokens.js';
import { readSense } from './senses.js';

/** Verb forms: `base` (meet), `s` (meets), `past` (met, also the participle when they are one word), `pp` (given), `ing` (meeting). */
export type Form = 'base' | 's' | 'past' | 'pp' | 'ing';

/** A reading decided in code from what follows (`called on` asks, `called X` phones). */
export type Sense = 'refuse' | 'deny' | 'insist' | 'call' | 'ask' | 'dismiss' | 'warn' | 'attack' | 'release' | 'sign' | 'host' | 'admit' | 'condemn' | 'blame' | 'back' | 'praise' | 'agree';

export interface TriggerRow {
  /** The verb's base form. */
  lemma: string;
  type: EventType;
  /** Rule name: the row's `rule` is `extract-events/<type>-<name>`. */
  name: string;
  /** Irregular forms; missing ones are made from the lemma. */
  past?: string;
  pp?: string;
  s?: string;
  ing?: string;
  /** Other spellings (`criticize`). */
  variants?: readonly string[];
  /** One of these words (or phrases) must follow within `within` words: a particle or an object head. */
  next?: ReadonlySet<string>;
  within?: number;
  /** None of these may follow within `notWithin` words. */
  notNext?: ReadonlySet<string>;
  notWithin?: number;
  /** Every person named after the verb takes part too (meetings, agreements), not only the subject. */
  joint?: boolean;
  /** Reading decided in code. */
  sense?: Sense;
  /** The trigger's words run to the `next` word (`held talks`, `called on`). */
  spanNext?: boolean;
  /** Only these forms count (`gather` only as a plan). */
  only?: readonly Form[];
  /** The verb needs an object: its participle followed by a preposition is a reduced relative (`two men detained in X`). */
  transitive?: boolean;
  /** The words between the verb and its `next` word may not be verbs (`had talks`, not `has defied calls`). */
  plainGap?: boolean;
}

const W = words;
const PHONE = W('phone, telephone, video, videolink');

// Order matters where one word has several rows: the first row whose conditions hold wins.
export const TRIGGERS: readonly TriggerRow[] = [
  // CONSULT: meetings, talks, visits, calls.
  { lemma: 'meet', type: 'CONSULT', name: 'met', notNext: MET_NOT_MEETING, notWithin: 4, joint: true },
  { lemma: 'hold', type: 'CONSULT', name: 'held-talks', next: TALK_NOUNS, within: 5, spanNext: true, joint: true, plainGap: true },
  { lemma: 'have', type: 'CONSULT', name: 'had-talks', next: TALK_NOUNS, within: 4, spanNext: true, joint: true, plainGap: true },
  { lemma: 'visit', type: 'CONSULT', name: 'visited', notNext: W('by, to, of, in'), notWithin: 1 },
  { lemma: 'discuss', type: 'CONSULT', name: 'discussed', joint: true },
  { lemma: 'talk', type: 'CONSULT', name: 'phoned', next: PHONE, within: 4, spanNext: true, joint: true },
  { lemma: 'speak', type: 'CONSULT', name: 'phoned', next: PHONE, within: 4, spanNext: true, joint: true },
  { lemma: 'phone', type: 'CONSULT', name: 'phoned', joint: true },
  { lemma: 'host', type: 'CONSULT', name: 'hosted', joint: true, sense: 'host' },
  { lemma: 'consult', type: 'CONSULT', name: 'consulted', joint: true },
  { lemma: 'negotiate', type: 'CONSULT', name: 'negotiated', joint: true },
  { lemma: 'gather', type: 'CONSULT', name: 'gather', only: ['base'] },
  { lemma: 'call', type: 'REQUEST', name: 'called-on', sense: 'call' },
  // AGREE
  { lemma: 'agree', type: 'AGREE', name: 'agreed', next: AGREED_NEXT, within: 1, joint: true, sense: 'agree' },
  { lemma: 'sign', type: 'AGREE', name: 'signed', notNext: W('up, off, in, on'), notWithin: 1, joint: true, sense: 'sign' },
  { lemma: 'consent', type: 'AGREE', name: 'consented' },
  { lemma: 'concur', type: 'AGREE', name: 'consented' },
  { lemma: 'confirm', type: 'AGREE', name: 'confirmed', variants: ['reconfirm', 'reaffirm'], notNext: W('a, an, another, reports, report, the death, the deaths, the attack, the launch, the test, details, receipt'), notWithin: 1 },
  { lemma: 'reach', type: 'AGREE', name: 'reached-agreement', next: AGREEMENT_NOUNS, within: 4, spanNext: true, joint: true },
  { lemma: 'strike', type: 'AGREE', name: 'reached-agreement', next: AGREEMENT_NOUNS, within: 4, spanNext: true, joint: true },
  { lemma: 'clinch', type: 'AGREE', name: 'reached-agreement', next: AGREEMENT_NOUNS, within: 4, spanNext: true, joint: true },
  { lemma: 'seal', type: 'AGREE', name: 'reached-agreement', next: AGREEMENT_NOUNS, within: 4, spanNext: true, joint: true },
  { lemma: 'forge', type: 'AGREE', name: 'reached-agreement', next: AGREEMENT_NOUNS, within: 4, spanNext: true, joint: true },
  { lemma: 'accept', type: 'AGREE', name: 'accepted', next: W('offer, proposal, plan, deal, terms, invitation, conditions, demands, ceasefire, cease-fire, agreement, compromise, peace, settlement'), within: 4 },
  // REQUEST
  { lemma: 'ask', type: 'REQUEST', name: 'asked', sense: 'ask' },
  { lemma: 'urge', type: 'REQUEST', name: 'urged', variants: ['request', 'demand', 'implore'], transitive: true },
  { lemma: 'plead', type: 'REQUEST', name: 'urged', next: W('for, with'), within: 1 },
  { lemma: 'beg', type: 'REQUEST', name: 'urged' },
  { lemma: 'press', type: 'REQUEST', name: 'pressed', next: W('for, to'), within: 5 },
  { lemma: 'seek', type: 'REQUEST', name: 'sought', notNext: W('to'), notWithin: 1, next: REQUESTED_THINGS, within: 5 },
  { lemma: 'appeal', type: 'REQUEST', name: 'appealed', next: W('to, for'), within: 1 },
  { lemma: 'reiterate', type: 'REQUEST', name: 'called-on', variants: ['repeat', 'renew', 'issue', 'make'], next: W('call, calls, appeal, appeals, demand, demands'), within: 3, spanNext: true },
  { lemma: 'insist', type: 'REQUEST', name: 'insisted-on', next: W('on, upon'), within: 1, sense: 'insist' },
  // ACCUSE
  { lemma: 'condemn', type: 'ACCUSE', name: 'criticised', transitive: true, sense: 'condemn' },
  { lemma: 'blame', type: 'ACCUSE', name: 'criticised', transitive: true, sense: 'blame' },
  { lemma: 'accuse', type: 'ACCUSE', name: 'criticised', variants: ['criticise', 'criticize', 'denounce', 'lambaste', 'rebuke', 'censure', 'castigate', 'chastise', 'decry', 'deplore', 'berate', 'assail', 'reproach', 'vilify', 'disparage'], transitive: true },
  { lemma: 'slam', type: 'ACCUSE', name: 'criticised', transitive: true, notNext: W('into, against, on, onto, shut, the brakes'), notWithin: 1 },
  { lemma: 'lambast', type: 'ACCUSE', name: 'criticised', transitive: true },
  { lemma: 'complain', type: 'ACCUSE', name: 'complained' },
  { lemma: 'express', type: 'ACCUSE', name: 'expressed-concern', variants: ['raise', 'voice', 'reiterate', 'convey', 'register'], next: CONCERN_NOUNS, within: 4, spanNext: true },
  { lemma: 'warn', type: 'ACCUSE', name: 'warned', sense: 'warn' },
  { lemma: 'hit', type: 'ACCUSE', name: 'hit-out', next: W('out'), within: 1, spanNext: true },
  { lemma: 'lodge', type: 'ACCUSE', name: 'protest-lodged', variants: ['file'], next: W('protest, complaint, complaints'), within: 3, spanNext: true },
  { lemma: 'pin', type: 'ACCUSE', name: 'blamed', next: W('blame'), within: 2, spanNext: true },
  { lemma: 'take', type: 'ACCUSE', name: 'took-aim', next: W('aim'), within: 1, spanNext: true },
  { lemma: 'dismiss', type: 'REJECT', name: 'rejected', sense: 'dismiss' },
  { lemma: 'attack', type: 'ASSAULT', name: 'attacked', sense: 'attack' },
  // REJECT
  { lemma: 'reject', type: 'REJECT', name: 'rejected', variants: ['refuse', 'veto', 'rebuff', 'repudiate'], sense: 'refuse' },
  { lemma: 'deny', type: 'REJECT', name: 'rejected', sense: 'deny' },
  { lemma: 'rule', type: 'REJECT', name: 'ruled-out', next: W('out'), within: 1, spanNext: true },
  { lemma: 'turn', type: 'REJECT', name: 'ruled-out', next: W('down'), within: 2, spanNext: true },
  { lemma: 'refrain', type: 'REJECT', name: 'refrained', next: W('from'), within: 1 },
  // SUPPORT
  // `thanks to a blunder` is `because of`, no thanks given.
  { lemma: 'praise', type: 'SUPPORT', name: 'praised', variants: ['welcome', 'endorse', 'hail', 'applaud', 'commend', 'congratulate', 'laud', 'support', 'thank', 'credit', 'salute'], transitive: true, notNext: W('to'), notWithin: 1, sense: 'praise' },
  { lemma: 'back', type: 'SUPPORT', name: 'praised', notNext: W('down, away, off, out, up, into, onto, home, from, to, in'), notWithin: 1, sense: 'back' },
  { lemma: 'express', type: 'SUPPORT', name: 'expressed-support', variants: ['voice', 'pledge', 'reaffirm', 'offer', 'extend'], next: SUPPORT_NOUNS, within: 4, spanNext: true },
  // COOPERATE
  // `collaborated on four films`: work on a thing, not cooperation between parties.
  { lemma: 'cooperate', type: 'COOPERATE', name: 'cooperated', variants: ['co-operate', 'collaborate'], notNext: W('on'), notWithin: 1 },
  { lemma: 'join', type: 'COOPERATE', name: 'cooperated', next: W('forces'), within: 1, spanNext: true, joint: true },
  { lemma: 'work', type: 'COOPERATE', name: 'worked-with', next: W('closely, together'), within: 1, spanNext: true, joint: true },
  // AID
  { lemma: 'provide', type: 'AID', name: 'provided-aid', variants: ['pledge', 'deliver', 'donate', 'grant', 'airlift', 'approve', 'offer'], next: AID_NOUNS, within: 5, spanNext: true },
  { lemma: 'send', type: 'AID', name: 'provided-aid', next: AID_NOUNS, within: 5, spanNext: true },
  { lemma: 'give', type: 'AID', name: 'provided-aid', next: AID_NOUNS, within: 5, spanNext: true },
  // RETREAT
  { lemma: 'withdraw', type: 'RETREAT', name: 'withdrew', variants: ['retreat'] },
  { lemma: 'pull', type: 'RETREAT', name: 'withdrew', next: W('out, back'), within: 1, spanNext: true },
  { lemma: 'release', type: 'RETREAT', name: 'released', variants: ['free'], sense: 'release' },
  { lemma: 'hand', type: 'RETREAT', name: 'released', next: W('over'), within: 1, sense: 'release' },
  { lemma: 'pardon', type: 'RETREAT', name: 'pardoned', transitive: true },
  { lemma: 'call', type: 'RETREAT', name: 'called-off', next: W('off'), within: 1, spanNext: true, notNext: W('engagement, wedding, marriage, relationship, romance, tour, concert, show, match, game, search'), notWithin: 4 },
  // CONCEDE
  { lemma: 'apologise', type: 'CONCEDE', name: 'conceded', variants: ['apologize', 'capitulate', 'regret'] },
  { lemma: 'admit', type: 'CONCEDE', name: 'conceded', variants: ['acknowledge', 'concede'], sense: 'admit' },
  { lemma: 'back', type: 'CONCEDE', name: 'backed-down', next: W('down'), within: 1, spanNext: true },
  // THREATEN
  { lemma: 'threaten', type: 'THREATEN', name: 'threatened' },
  { lemma: 'issue', type: 'THREATEN', name: 'ultimatum', variants: ['give', 'deliver'], next: W('ultimatum'), within: 5, spanNext: true },
  // PROTEST
  // `protested that the law is unfair`: a complaint made, not a demonstration.
  { lemma: 'protest', type: 'ACCUSE', name: 'protested-that', next: W('that'), within: 1 },
  // `protested her innocence`: a charge denied, not a demonstration.
  { lemma: 'protest', type: 'REJECT', name: 'protested-innocence', variants: ['maintain', 'proclaim', 'assert'], next: W('innocence'), within: 3, spanNext: true },
  { lemma: 'protest', type: 'PROTEST', name: 'protested', variants: ['boycott'] },
  { lemma: 'demonstrate', type: 'PROTEST', name: 'demonstrated', variants: ['rally', 'march'], next: W('against, outside, through'), within: 1 },
  { lemma: 'stage', type: 'PROTEST', name: 'staged', variants: ['hold', 'organise', 'organize'], next: PROTEST_NOUNS, within: 3, spanNext: true },
  { lemma: 'go', type: 'PROTEST', name: 'went-on-strike', next: W('strike'), within: 3, spanNext: true },
  // SANCTION
  { lemma: 'impose', type: 'SANCTION', name: 'imposed-sanctions', variants: ['slap', 'tighten', 'levy', 'extend', 'expand'], next: SANCTION_NOUNS, within: 4, spanNext: true },
  { lemma: 'vote', type: 'SANCTION', name: 'voted-sanctions', next: W('impose, sanction, sanctions, embargo, ban'), within: 5, spanNext: true },
  { lemma: 'sanction', type: 'SANCTION', name: 'sanctioned', transitive: true },
  { lemma: 'expel', type: 'SANCTION', name: 'expelled', transitive: true },
  { lemma: 'recall', type: 'SANCTION', name: 'recalled-ambassador', next: W('ambassador, envoy'), within: 3, spanNext: true },
  { lemma: 'sever', type: 'SANCTION', name: 'cut-ties', variants: ['suspend', 'downgrade'], next: TIES_NOUNS, within: 3, spanNext: true },
  { lemma: 'cut', type: 'SANCTION', name: 'cut-ties', next: TIES_NOUNS, within: 3, spanNext: true },
  { lemma: 'freeze', type: 'SANCTION', name: 'froze-assets', next: W('assets, accounts, funds'), within: 3, spanNext: true },
  // ASSAULT before MOBILIZE where one verb has both (`launched an attack` / `launched a missile`).
  { lemma: 'launch', type: 'ASSAULT', name: 'launched-attack', variants: ['mount', 'conduct', 'carry', 'unleash'], next: ATTACK_NOUNS, within: 5, spanNext: true, sense: 'attack' },
  { lemma: 'launch', type: 'COERCE', name: 'crackdown', next: W('crackdown, purge'), within: 4, spanNext: true },
  // MOBILIZE
  { lemma: 'deploy', type: 'MOBILIZE', name: 'deployed', variants: ['mobilise', 'mobilize', 'dispatch', 'mass', 'station', 'move', 'amass'], next: TROOP_NOUNS, within: 5, spanNext: true },
  { lemma: 'send', type: 'MOBILIZE', name: 'deployed', next: TROOP_NOUNS, within: 5, spanNext: true },
  { lemma: 'launch', type: 'MOBILIZE', name: 'launched', variants: ['fire', 'test', 'test-fire'], next: MISSILE_NOUNS, within: 5 },
  { lemma: 'conduct', type: 'MOBILIZE', name: 'exercise', variants: ['carry', 'hold', 'stage', 'begin', 'start'], next: MILITARY_DRILL_NOUNS, within: 5, spanNext: true },
  // COERCE
  { lemma: 'arrest', type: 'COERCE', name: 'arrested', variants: ['detain', 'jail', 'imprison', 'deport', 'raid', 'interrogate', 'sentence', 'convict'], transitive: true },
  { lemma: 'place', type: 'COERCE', name: 'arrested', next: W('arrest, custody, detention'), within: 4, spanNext: true },
  { lemma: 'hold', type: 'COERCE', name: 'held-in-custody', next: CUSTODY_PHRASES, within: 7 },
  // ASSAULT
  { lemma: 'kill', type: 'ASSAULT', name: 'attacked', variants: ['bomb', 'shell', 'stab', 'assassinate', 'massacre', 'invade', 'abduct', 'kidnap', 'ambush', 'behead', 'torture'], transitive: true },
  { lemma: 'open', type: 'ASSAULT', name: 'opened-fire', next: W('fire'), within: 1, spanNext: true },
  { lemma: 'strike', type: 'ASSAULT', name: 'attacked', next: W('at, targets, target'), within: 2 },
  { lemma: 'shoot', type: 'ASSAULT', name: 'attacked', next: W('down, dead'), within: 3 },
];

/** A hit: the trigger row matched at token `i` (through token `last`), with the form it was written in. */
export interface TriggerHit {
  i: number;
  last: number;
  row: TriggerRow;
  form: Form;
  /** The type after its sense is read (`called on` REQUEST, `called X` CONSULT, `dismissed X as Y` ACCUSE). */
  type: EventType;
  name: string;
  /** The participants' side of a joint event starts here (token index), or -1. */
  objectFrom: number;
}

// Irregular verbs: past and participle.
const IRREGULAR: Record<string, [past: string, pp: string]> = {
  meet: ['met', 'met'], hold: ['held', 'held'], have: ['had', 'had'], speak: ['spoke', 'spoken'], strike: ['struck', 'struck'],
  seek: ['sought', 'sought'], give: ['gave', 'given'], send: ['sent', 'sent'], take: ['took', 'taken'], go: ['went', 'gone'],
  withdraw: ['withdrew', 'withdrawn'], hit: ['hit', 'hit'], cut: ['cut', 'cut'], freeze: ['froze', 'frozen'], shoot: ['shot', 'shot'],
  begin: ['began', 'begun'], fight: ['fought', 'fought'], break: ['broke', 'broken'], lead: ['led', 'led'], set: ['set', 'set'],
  bring: ['brought', 'brought'], win: ['won', 'won'], tell: ['told', 'told'], say: ['said', 'said'], put: ['put', 'put'],
  forgive: ['forgave', 'forgiven'], overthrow: ['overthrew', 'overthrown'], slay: ['slew', 'slain'],
};
// Verbs that double their last consonant (`admitted`, `stabbing`).
const DOUBLING = new Set(['admit', 'regret', 'stab', 'ban', 'plan', 'slam', 'expel', 'pin', 'kidnap', 'beg', 'bar', 'rebut', 'compel', 'control', 'patrol', 'concur', 'confer', 'deter', 'commit', 'submit', 'permit', 'rob', 'grab', 'stop', 'drop', 'ship', 'scrap', 'snub', 'veto', 'hit', 'cut', 'set', 'win', 'begin', 'shut']);

// Forms made from a lemma: `agree` → agrees, agreed, agreeing; `deny` → denies, denied; `stab` → stabbed.
function inflect(lemma: string): Record<Form, string> {
  const irregular = IRREGULAR[lemma];
  const cy = /[^aeiou]y$/.test(lemma);
  const sib = /(?:s|x|z|ch|sh)$/.test(lemma) || lemma === 'veto';
  const e = lemma.endsWith('e');
  const stem = DOUBLING.has(lemma) && lemma !== 'veto' ? lemma + lemma.slice(-1) : lemma;
  const past = irregular?.[0] ?? (cy ? lemma.slice(0, -1) + 'ied' : e ? lemma + 'd' : stem + 'ed');
  return {
    base: lemma,
    s: lemma === 'have' ? 'has' : cy ? lemma.slice(0, -1) + 'ies' : sib ? lemma + 'es' : lemma + 's',
    past,
    pp: irregular?.[1] ?? past,
    ing: e && !lemma.endsWith('ee') ? lemma.slice(0, -1) + 'ing' : stem + 'ing',
  };
}

interface IndexEntry { row: TriggerRow; form: Form; phrases: number[]; notPhrases: number[] }
const INDEX = new Map<string, IndexEntry[]>();
for (const row of TRIGGERS) {
  for (const lemma of [row.lemma, ...(row.variants ?? [])]) {
    const own = lemma === row.lemma;
    const f = inflect(lemma);
    const forms: [Form, string][] = [
      ['base', lemma],
      ['s', (own && row.s) || f.s],
      ['past', (own && row.past) || f.past],
      ['ing', (own && row.ing) || f.ing],
    ];
    const pp = (own && row.pp) || f.pp;
    if (pp !== forms[2]![1]) forms.push(['pp', pp]);
    for (const [form, w] of forms) {
      if (row.only && !row.only.includes(form)) continue;
      const list = INDEX.get(w) ?? [];
      if (list.some((x) => x.row === row)) continue;
      list.push({ row, form, phrases: row.next ? phraseLengths(row.next) : [1], notPhrases: row.notNext ? phraseLengths(row.notNext) : [1] });
      INDEX.set(w, list);
    }
  }
}

/** The rows a word may trigger (lower case), for tests and the noun rules. */
export function triggersOf(word: string): readonly IndexEntry[] {
  return INDEX.get(word) ?? [];
}

/** What a sense needs to know about the sentence: where people are named. */
export interface SenseContext {
  /** Does a person's name start at a token in [from, to)? Returns that token index or -1. */
  personAt(from: number, to: number): number;
  /** The type an evaluation in tokens [from, to) expresses (`called the attack "outrageous"`), or null. */
  evaluation(from: number, to: number): EventType | null;
  /** Do tokens [from, to) name an actor (a person, a country, an organisation)? */
  actorIn(from: number, to: number): boolean;
}


/**
 * Every trigger in tokens [lo, hi): one hash lookup per word; rows are checked over bounded windows.
 * A trigger's words are not reused by a later one.
 */
export function findTriggers(tokens: readonly Token[], lo: number, hi: number, ctx: SenseContext): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = lo; i < hi; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const entries = INDEX.get(t.lower);
    if (!entries) continue;
    // A capitalised verb mid-sentence is a name (`Sought`, `Hope`), not a verb.
    if (isCapitalised(t) && i > lo && !isQuoteMark(tokens[i - 1]) && tokens[i - 1]!.raw !== '(' ) continue;
    for (const e of entries) {
      const hit = check(tokens, i, hi, e, ctx);
      if (hit) {
        hits.push(hit);
        i = hit.last;
        break;
      }
    }
  }
  return hits;
}

function check(tokens: readonly Token[], i: number, hi: number, e: IndexEntry, ctx: SenseContext): TriggerHit | null {
  const { row, form } = e;
  let last = i;
  if (row.next) {
    const k = followedBy(tokens, i, hi, row.next, row.within ?? 1, e.phrases);
    if (k < 0) return null;
    // `had come close to meeting the targets`, `had to join talks`: a verb or an infinitive between, no talks held.
    if (row.plainGap) for (let j = i + 1; j < k; j++) if ((/ed$/.test(tokens[j]!.lower) && tokens[j]!.lower.length > 4) || tokens[j]!.lower === 'to') return null;
    if (row.spanNext) last = k;
  }
  if (row.notNext) {
    // `met the deadline`, `met stiff resistance`: an object noun after lower-case modifiers (not `met jailed East Timor resistance leader X`).
    // A name's possessive right before the noun owns the thing (`met Reis's cross`), unless the thing is a person.
    const k = followedBy(tokens, i, hi, row.notNext, row.notWithin ?? 1, e.notPhrases);
    const owned = k > i + 1 && /['’]s?$/.test(tokens[k - 1]!.raw) && !SPOUSE_WORDS.has(tokens[k]!.lower);
    // Capitalised words before the noun are its modifiers (`the Geneva rules`) unless a name follows it (`resistance leader X`).
    const nameAfter = k >= 0 && (isCapitalised(tokens[k + 1]) || isCapitalised(tokens[k + 2]));
    if (k >= 0 && (owned || !nameAfter || !tokens.slice(i + 1, k).some((t) => isCapitalised(t)))) return null;
  }
  const base: TriggerHit = { i, last, row, form, type: row.type, name: row.name, objectFrom: last + 1 };
  if (!row.sense) return base;
  return readSense(tokens, i, hi, base, ctx);
}
