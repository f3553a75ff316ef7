/**
 * One verb trigger → one mention: its status from the verb group, its actors from the clause
 * (subject, `by` agent, coordinated or participial verbs sharing the sentence's subject, every
 * participant of a meeting), its time and place from its own clause.
 */
import type { EventType } from '../types.js';
import { groupActors, NO_ACTORS, NOT_ACTOR, subjectActors, type Actors } from './actors.js';
import { newDraft, type ArticleContext, type Draft, type SentenceContext } from './draft.js';
import { REPORTING_VERBS, VERB_GROUP_ADVERBS, words } from './lexicon.js';
import { destination, placeIn } from './place.js';
import { timeOf, verbGroup } from './time.js';
import { clauseEnd, clauseStart, isCapitalised, isQuoteMark, tokenAt, type Token } from './tokens.js';
import { triggersOf, type TriggerHit } from './triggers.js';

const ADJECTIVAL = words('the, a, an, of, newly, recently, its, their, his, her');
const CONDITIONAL = words('if, unless, whether');
// Verbs whose object follows directly: a preposition right after their participle is a reduced
// relative (`two Russians detained in Ukraine`), not a report.
const TRANSITIVE_TYPES = new Set<EventType>(['COERCE', 'ASSAULT', 'SANCTION', 'RETREAT', 'MOBILIZE', 'AID']);
const PREPOSITIONS = words('in, at, on, during, for, since, over, after, by, from, with, under, without, last, near, as');
// A verb whose subject is an event, not an agent (`fighting killed thousands`).
const EVENT_SUBJECTS = /\b(?:fighting|explosion|explosions|blast|blasts|bombings?|attacks?|crash|fire|fires|violence|clashes|war|conflict|storm|floods?|earthquake|disease|virus|shelling|strikes?|riots?)\b/i;
// Negated cooperation is a refusal (`will not sign`, `does not support`).
const NEGATED_TO_REJECT = new Set<EventType>(['AGREE', 'SUPPORT', 'COOPERATE', 'CONCEDE']);
const VERBAL_TYPES = new Set<EventType>(['REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'AGREE', 'THREATEN', 'CONCEDE']);
const VISITED_SCENE = /^\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:site|scene|area|hospital|victims?|families|survivors|wounded|injured|school|factory|plant|camp|shelter|memorial|grave|ruins|wreckage|neighbou?rhood|town|village|flood\w*|zone|set)\b/;

/**
 * The mention a verb trigger reports, or null (with an `info` message when it is left out as
 * negated, hypothetical or an undated plan).
 * @param limit where the next trigger of the sentence starts: a verb's time and place stop there
 */
export function analyseVerb(ctx: ArticleContext, sc: SentenceContext, hit: TriggerHit, limit: number): Draft | null {
  const { text } = ctx;
  const { s, tokens } = sc;
  const first = tokens[hit.i]!, lastTok = tokens[hit.last]!;
  const at = first.start, end = lastTok.end;
  const trigger = text.slice(at, end);
  let type = hit.type;
  let name = hit.name;
  if (ctx.inQuote(at) && !narrationInQuote(ctx, tokens, hit.i)) return null;
  // A participle used as an adjective (`the detained men`, `a signed letter`) reports nothing.
  if ((hit.form === 'past' || hit.form === 'pp') && ADJECTIVAL.has(prevWord(tokens, hit.i)?.lower ?? '')) return null;
  const cs = clauseStart(tokens, hit.i, 0);
  const csTok = tokenAt(tokens, cs);
  const reported = tokens.slice(0, hit.i).some((t) => REPORTING_VERBS.has(t.lower) && !ctx.inQuote(t.start));
  const vg = verbGroup(tokens, hit.i, csTok, hit.form, reported);
  const info = (reason: string) => ctx.messages.push({ ruleId: 'extract-events/left-out', severity: 'info', articleId: ctx.articleId, start: s.start, end: s.end, actual: trigger, reason });
  if (vg.hypothetical || CONDITIONAL.has(tokens[csTok - 1]?.lower ?? '')) return info(`Hypothetical ${type} trigger "${trigger}" left out`), null;
  let status = vg.status;
  if (vg.negated) {
    if (!NEGATED_TO_REJECT.has(type) || !status) return info(`Negated ${type} trigger "${trigger}" left out`), null;
    type = 'REJECT';
    name = `negated-${name}`;
    status = 'occurred';
  }
  // Participles: `, accusing X of ...` and `footage of Putin meeting relatives` report the sentence subject's act.
  let participial: 'adjunct' | 'after-name' | null = null;
  if (!status && hit.form === 'ing') {
    const prev = tokens[hit.i - 1];
    if (prev?.raw === ',') participial = 'adjunct';
    else if (prev && ctx.people.within(prev.start, prev.end + 1).length) participial = 'after-name';
    if (!participial) return null;
    status = 'occurred';
  }
  if (!status) return null;
  // `is seeking`, `are urging`: a stance going on, not a reported act (`are holding talks`, `is shelling` are).
  if (vg.progressive && vg.present && VERBAL_TYPES.has(type)) return null;
  const after = text.slice(end, Math.min(s.end, end + 300));
  // Passive: the agent is in a `by` phrase; a reduced relative (`Japanese abducted by`) is no report.
  let passive = vg.passive;
  const nextW = nextWord(tokens, hit.i);
  if (!passive && (hit.form === 'past' || hit.form === 'pp') && nextW?.lower === 'by' && !vg.perfect) return null;
  if (!passive && hit.form === 'past' && TRANSITIVE_TYPES.has(type) && nextW && PREPOSITIONS.has(nextW.lower) && !vg.perfect) return null;
  if (passive && !/\bby\b/.test(after.slice(0, 60)) && type !== 'CONSULT') return null;

  const complement = !(type === 'CONSULT');
  let rightEnd = clauseEnd(tokens, hit.last, tokens.length, complement, s.end);
  if (limit > end && limit < rightEnd) rightEnd = limit;

  let found: Actors = NO_ACTORS;
  const groupStart = verbGroupStart(tokens, hit.i, csTok);
  if (passive) found = groupActors(text, end, rightEnd, ctx.people);
  else if (participial === 'adjunct' || coordinated(tokens, groupStart)) found = sentenceSubject(ctx, sc);
  else if (participial === 'after-name') found = subjectActors(text, tokens[hit.i - 1]!.start, at, ctx.people, s.start);
  else found = subjectActors(text, cs, tokens[groupStart]!.start, ctx.people, s.start);
  const actors = [...found.actors];
  const countries = [...found.countries];
  // `X told reporters the Japanese side raised concerns`: the speaker speaks for that side and takes part.
  if (reported && SIDE.test(text.slice(cs, at))) {
    for (const p of reporterOf(ctx, sc, hit.i).actors) if (!actors.includes(p)) actors.unshift(p);
  }
  // Every participant: `X met (with) Y`, `X agreed with Y`, `X called Y`.
  if (!passive && hit.row.joint && name !== 'visited' && (type === 'CONSULT' || type === 'AGREE')) {
    const objStart = type === 'AGREE' ? (/^\s+with\b/.test(after) ? end : rightEnd) : tokens[Math.min(hit.objectFrom, tokens.length - 1)]!.start;
    for (const p of ctx.people.within(objStart, rightEnd)) if (!actors.includes(p.fullName)) actors.push(p.fullName), p.country && countries.push(p.country);
  }
  if (name === 'confirmed' && actors.length < 2 && !found.pending) return null; // a joint confirmation only
  if (!actors.length && !found.pending) return null;
  if (type === 'ASSAULT' && EVENT_SUBJECTS.test(text.slice(cs, at))) return null;

  // Time: the nearest expression in the clause; a planned event may take one from anywhere after it.
  const time = timeOf(text, cs, status === 'planned' ? s.end : rightEnd, at, end);
  // Place: a place phrase in the clause (`in Moscow`, `here`), nearest after the trigger first.
  const wide = type === 'CONSULT' || type === 'AGREE';
  const locEnd = status === 'planned' ? s.end : wide ? rightEnd : Math.min(rightEnd, end + 60);
  let location = placeIn(text, end, locEnd, ctx.people, ctx.here) ?? placeIn(text, wide ? cs : Math.max(cs, at - 40), at, ctx.people, ctx.here);
  if (name === 'visited') {
    // Visiting a scene (`visited the crash site`, `visit the victims`) is not a meeting between actors.
    if (VISITED_SCENE.test(after)) return null;
    location = destination(after, ctx.people, end, NOT_ACTOR) ?? location;
  }
  if (status === 'planned' && !time) return info(`Planned ${type} "${trigger}" without a date left out`), null;
  return newDraft(ctx, sc, {
    eventType: type, status, time, aspectBackground: vg.background, actors, countries, location, trigger, name,
    confidence: confidenceOf(vg.present, found.pending !== null, participial !== null),
    head: type === 'CONSULT' ? headOf(name) : type, pendingActors: found.pending,
  });
}

const SIDE = /\b(?:the\s+\p{Lu}[\p{L}-]*\s+side|our\s+side|our\s+government|our\s+country)\b/u;

/** The subject of the reporting verb before token `i` (`X told reporters ...`). */
function reporterOf(ctx: ArticleContext, sc: SentenceContext, i: number): Actors {
  const { tokens } = sc;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (REPORTING_VERBS.has(t.lower) && !ctx.inQuote(t.start)) return subjectActors(ctx.text, clauseStart(tokens, k, 0), t.start, ctx.people, sc.s.start);
  }
  return NO_ACTORS;
}

/** How sure the reading is: a finite past verb with its own subject is surest. */
function confidenceOf(present: boolean, borrowedActors: boolean, participle: boolean): number {
  let c = 0.9;
  if (present) c -= 0.15;
  if (borrowedActors) c -= 0.15;
  if (participle) c -= 0.1;
  return Math.round(c * 100) / 100;
}

function headOf(name: string): string {
  if (name === 'visited') return 'visit';
  if (name === 'phoned') return 'call';
  if (name === 'held-talks' || name === 'had-talks' || name === 'discussed' || name === 'negotiated') return 'talks';
  return 'meet';
}

/** The subject of the sentence's first clause: who the sentence is about (`X said ... and urged`). */
export function sentenceSubject(ctx: ArticleContext, sc: SentenceContext): Actors {
  const { tokens, s } = sc;
  for (let k = 0; k < Math.min(tokens.length, 40); k++) {
    const t = tokens[k]!;
    if (!t.word || ctx.inQuote(t.start)) continue;
    if (REPORTING_VERBS.has(t.lower) || FINITE_AUX.has(t.lower) || isVerb(t)) {
      return k ? subjectActors(ctx.text, s.start, t.start, ctx.people, s.start) : NO_ACTORS;
    }
  }
  return NO_ACTORS;
}

const FINITE_AUX = words('is, are, was, were, has, have, had, will, would, did, does, can, could');
/** A lower-case word that reads as a finite verb: a trigger form, or a past form in `-ed`. */
function isVerb(t: Token): boolean {
  if (isCapitalised(t)) return false;
  return triggersOf(t.lower).some((e) => e.form !== 'ing' && e.form !== 'base') || (t.lower.length > 4 && t.lower.endsWith('ed'));
}

/** Is the verb group at `g` coordinated with an earlier verb (`... and urged`, `..., but warned`)? Its subject is then the sentence's. */
function coordinated(tokens: readonly Token[], g: number): boolean {
  const prev = tokens[g - 1];
  return !!prev && (prev.lower === 'and' || prev.lower === 'but' || prev.lower === 'or');
}

/** The first token of the verb group ending at trigger `i` (auxiliaries and adverbs before it). */
function verbGroupStart(tokens: readonly Token[], i: number, lo: number): number {
  let k = i;
  while (k - 1 >= lo) {
    const t = tokens[k - 1]!;
    if (isQuoteMark(t)) { k--; continue; }
    if (!t.word) break;
    if (AUX_WORDS.has(t.lower) || VERB_GROUP_ADVERBS.has(t.lower) || t.lower.endsWith("n't")) { k--; continue; }
    break;
  }
  return k;
}
const AUX_WORDS = words("is, are, was, were, be, been, being, has, have, had, will, would, shall, should, could, can, may, might, must, did, does, do, to, not, never, 'll, 've, 'd");

/**
 * A trigger inside quotation marks is narration when the quotation opens with it and its subject
 * stands outside (`The three "agreed that ..."`), not after a reporting cue.
 */
function narrationInQuote(ctx: ArticleContext, tokens: readonly Token[], i: number): boolean {
  const span = ctx.quoteAt(tokens[i]!.start);
  if (!span || tokens[i]!.start - span[0] > 2) return false;
  let k = i - 1;
  while (k >= 0 && isQuoteMark(tokens[k])) k--;
  const before = tokens[k];
  return !!before && before.word && !REPORTING_VERBS.has(before.lower) && !/^(?:that|as|of)$/.test(before.lower);
}

function prevWord(tokens: readonly Token[], i: number): Token | null {
  for (let k = i - 1; k >= 0; k--) {
    if (isQuoteMark(tokens[k])) continue;
    return tokens[k]!.word ? tokens[k]! : null;
  }
  return null;
}

function nextWord(tokens: readonly Token[], i: number): Token | null {
  for (let k = i + 1; k < tokens.length; k++) {
    if (isQuoteMark(tokens[k])) continue;
    return tokens[k]!.word ? tokens[k]! : null;
  }
  return null;
}
