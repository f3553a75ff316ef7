/**
 * Meeting nouns (`the meeting`, `their talks`, `a joint news conference with X`, `Wednesday's
 * summit`): an event of their own when they name participants or a date, else a reference back to
 * an event of the article (it copies that event's actors, so they merge into one row).
 */
import { findTimeExpressions, type TimeExpression } from '../lib/dates.js';
import type { EventType, PersonMention, Sentence } from '../types.js';
import { groupActors, type People } from './actors.js';
import { NOT_ACTOR } from './states.js';
import { newDraft, type ArticleContext, type Draft, type SentenceContext } from './draft.js';
import { destination, placeIn } from './place.js';
import { timeOf } from './time.js';
import { clauseEnd, clauseStart, isQuoteMark, type Token } from './tokens.js';

/** Words that can head a meeting noun; two-word heads are found by their last word. */
const NOUN_HEADS = new Set(['meeting', 'meetings', 'talks', 'summit', 'summits', 'visit', 'negotiations', 'call', 'conversation', 'conference']);
const CALL_MODIFIERS = new Set(['phone', 'telephone']);
const CONFERENCE_MODIFIERS = new Set(['news', 'press']);

/** A meeting noun at token `i`: its first and last token, or null. */
export function meetingNounAt(tokens: readonly Token[], i: number): { first: number; head: string } | null {
  const t = tokens[i]!;
  if (!NOUN_HEADS.has(t.lower) || !t.word) return null;
  const prev = tokens[i - 1];
  if (t.lower === 'call' || t.lower === 'conversation') return prev && CALL_MODIFIERS.has(prev.lower) ? { first: i - 1, head: 'call' } : null;
  if (t.lower === 'conference') return prev && CONFERENCE_MODIFIERS.has(prev.lower) ? { first: i - 1, head: 'conference' } : null;
  const head = t.lower.startsWith('summit') ? 'summit' : t.lower === 'visit' ? 'visit' : t.lower === 'talks' || t.lower === 'negotiations' ? 'talks' : 'meet';
  return { first: i, head };
}

const DEFINITE_NP = /^(?:(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Tt]hese|[Tt]hose|[A-Z][a-z]+day['’]s)\s|(?:[Tt]his|[Tt]hat)\s+(?:[\w"“”'’-]+\s+)?$)/;
const DEFINITE = /\b(?:the|their|his|her|its|this|that|these|those|[A-Z][a-z]+day['’]s|latest|last)\s+(?:[\w"“”'’-]+\s+){0,4}$/;
const PLANNED_NOUN = /\b(?:planned|scheduled|upcoming|forthcoming|next|proposed|expected|coming|future)\s+(?:[\w"“”'’-]+\s+){0,3}$/i;
const NP_BEFORE = /(?:\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[A-Z][\w.'’-]*['’]s)\s+(?:(?!(?:in|on|at|to|of|for|with|by|from|and|or|that|which|is|was|are|were|has|had|have)\s)[\w"“”'’-]+\s+){0,4})$/;

const COUNTED = /\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d{1,2}|several|many|numerous|countless|previous|past|last|earlier|prior|regular|frequent|all)\s+$/i;

export interface NounMention {
  actors: string[];
  countries: string[];
  definite: boolean;
  status: 'occurred' | 'planned';
  /** Start of the noun phrase (its determiner). */
  npStart: number;
  /** After `after`/`before`: another event than the verb of its sentence. */
  temporal: boolean;
}

/**
 * A meeting noun's own participants, definiteness and status; null when it is not an event reference.
 * @param at start of the noun's first word; `end` end of its head
 * @param inQuote is an offset inside quotation marks?
 */
export function nounMention(text: string, s: Sentence, at: number, end: number, people: People, inQuote: (at: number) => boolean): NounMention | null {
  const trigger = text.slice(at, end);
  const before = text.slice(Math.max(s.start, at - 60), at);
  const after = text.slice(end, Math.min(s.end, end + 120));
  // A press conference is an event only when joint (two sides speaking), or `the` conference
  // referring back to one; someone's own briefing (`at his weekly press conference`) is not.
  if (/conference/i.test(trigger) && !/\bjoint\s+$/i.test(before)) {
    if (!DEFINITE.test(before) || !/\b[Tt]he\s+(?:[\w-]+\s+){0,2}$/.test(before)) return null;
  }
  // `a port call`, `talks` as a verb: the noun must be introduced by a determiner, possessive or modifier.
  const np = NP_BEFORE.exec(before);
  if (!np) return null;
  const npText = np[0];
  const npStart = at - npText.length;
  // `two of their three meetings`, `previous talks`, `their last talks`: encounters counted or past, no one happening.
  if (COUNTED.test(npText)) return null;
  // Capitalised modifiers naming others (`the U.S.-North Korea summit`, `the G20 meeting`): not a reference.
  const capMods = npText.replace(/^\S+\s+/, '').match(/\b[A-Z][\w.'’-]*/g) ?? [];
  const ownPersons = people.within(npStart, at);
  const status: 'occurred' | 'planned' = PLANNED_NOUN.test(before) || (/^\s*(?:to\s+be\s+held|(?:,\s*which\s+)?will\s+(?:take\s+place|be\s+held))/.test(after) && !/\bfirst\b/.test(npText)) ? 'planned' : 'occurred';
  // `between X and Y`, `with X`: own participants.
  const between = /^\s*(?:[\w"“”'’-]+\s+){0,3}?(?:between|with|alongside|(?:that|which)\s+(?:included|includes|brought\s+together)|including)\s+/.exec(after);
  let actors: string[] = [];
  let countries: string[] = [];
  if (between) {
    const bStart = end + between[0].length;
    const rest = text.slice(bStart, Math.min(s.end, bStart + 200));
    const g = groupActors(text, bStart, bStart + participantsEnd(rest), people);
    actors = g.actors;
    countries = g.countries;
  }
  const add = (p: PersonMention, front = true) => {
    if (actors.includes(p.fullName)) return;
    if (front) actors.unshift(p.fullName);
    else actors.push(p.fullName);
    if (p.country) countries.push(p.country);
  };
  for (const p of ownPersons) add(p);
  if (/\b(?:his|her)\s+(?:[\w"“”'’-]+\s+){0,4}$/i.test(npText) && between) {
    // `his first meeting with X`: he is the sentence's subject, named later or before.
    const p = people.within(s.start, s.end).find((x) => !actors.includes(x.fullName));
    if (p && actors.length) add(p);
  }
  const otherCaps = capMods.filter((w) => !/^[A-Z][a-z]+day['’]s$/.test(w) && !ownPersons.some((p) => text.slice(p.start, p.end).includes(w.replace(/['’]s$/, ''))));
  // `Abe's Russia visit`: possessor person handled above; others name a different event.
  if (!actors.length && otherCaps.length) return null;
  // `their televised meeting` with two people named earlier in the sentence: theirs.
  if (!actors.length && /^[Tt]heir\s/.test(npText)) {
    const earlier = people.within(s.start, npStart).filter((x) => !inQuote(x.start));
    const names = [...new Set(earlier.map((p) => p.fullName))];
    if (names.length >= 2) for (const p of earlier) add(p, false);
  }
  // `his first meeting with a foreign counterpart`: he is the person the sentence is about.
  if (!actors.length && /^(?:his|her)\s/i.test(npText)) {
    const p = subjectAfterFronted(text, s, end, people, inQuote)[0] ?? people.within(s.start, at).filter((x) => !inQuote(x.start)).pop();
    if (p) add(p);
  }
  if (!actors.length && !between && !DEFINITE_NP.test(npText) && !/joint/i.test(npText)) return null;
  if (!actors.length && between) return null;
  const definite = DEFINITE_NP.test(npText);
  const setting = /\b(?:in|at|during|after|following|before)\s+$/i.test(text.slice(Math.max(s.start, npStart - 12), npStart));
  // An indefinite one is an event only when planned, or the setting of what is reported (`said at a joint news conference with X`).
  if (!definite && status !== 'planned' && !(setting && (actors.length || /joint/i.test(npText)))) return null;
  const temporal = /\b(?:after|following|before|ahead\s+of|prior\s+to|since|in\s+the\s+lead-up\s+to)\s+$/i.test(text.slice(Math.max(s.start, npStart - 22), npStart));
  // A named meeting that is neither the setting of the report, nor planned, nor dated is talk about it
  // (`the talks between the two leaders have been deadlocked`): only its own date can make it an event.
  const ownDate = findTimeExpressions(text, npStart, Math.min(s.end, end + 80)).length > 0;
  if (actors.length && !setting && status !== 'planned' && !ownDate && !/^[Tt]heir\s/.test(npText)) return null;
  if (setting && !definite) {
    // The reporting clause's subject took part: `Lavrov said in a joint news conference with Kono`.
    let ps = people.within(s.start, at).filter((x) => !inQuote(x.start)).slice(-2);
    // `At a joint press conference ..., Lavrov expressed concern`: the subject comes after the fronted phrase.
    if (!ps.length) ps = subjectAfterFronted(text, s, end, people, inQuote);
    for (const p of ps) add(p);
  }
  return { actors, countries, definite, status, npStart, temporal };
}

/** `At a joint press conference after ..., Sergey Lavrov expressed`: the first person after the fronted phrase's comma. */
function subjectAfterFronted(text: string, s: Sentence, from: number, people: People, inQuote: (at: number) => boolean): PersonMention[] {
  const comma = text.indexOf(',', from);
  if (comma < 0 || comma >= s.end) return [];
  return people.within(comma, s.end).filter((x) => !inQuote(x.start)).slice(0, 1);
}

/** Is the token a word preceded by a quotation mark that opens right before it? */
export function opensQuote(tokens: readonly Token[], i: number): boolean {
  return isQuoteMark(tokens[i - 1]) && tokens[i - 1]!.end === tokens[i]!.start;
}

/** A full date after a comma closing the sentence (`..., March 3, 2021.`), as a caption ends: it dates the sentence. */
function closingDate(text: string, from: number, end: number, at: number, triggerEnd: number): TimeExpression | null {
  const t = timeOf(text, Math.max(from, end - 40), end, at, triggerEnd);
  return t && t.spec.k === 'ymd' && /,\s*$/.test(text.slice(Math.max(from, t.start - 3), t.start)) && /^[\s.!]*$/.test(text.slice(t.end, end)) ? t : null;
}

/**
 * One meeting noun → a mention: its own participants and date when it names them, else a
 * reference to the event it points back to (resolved in `finish.ts`).
 */
export function analyseNoun(ctx: ArticleContext, sc: SentenceContext, i: number, noun: { first: number; head: string }): Draft | null {
  const { text } = ctx;
  const { s, tokens } = sc;
  const at = tokens[noun.first]!.start, end = tokens[i]!.end;
  if (ctx.inQuote(at)) return null;
  const trigger = text.slice(at, end);
  const n = nounMention(text, s, at, end, ctx.people, (x) => ctx.inQuote(x));
  if (!n) return null;
  let status: 'occurred' | 'planned' = n.status;
  const reference = !n.actors.length;
  if (reference && !n.definite) return null;
  const after = text.slice(end, Math.min(s.end, end + 300));
  // A noun's own time and place sit in its phrase (`the meeting in Moscow on July 31`), up to a verb;
  // `..., which will take place at the end of next month in Osaka` continues it.
  let rightEnd: number;
  if (/^[^,;]*,\s*which\s+will\s+(?:take\s+place|be\s+held)\b/.test(after)) rightEnd = s.end;
  else {
    const stop = NOUN_PHRASE_END.exec(after);
    rightEnd = clauseEnd(tokens, i, tokens.length, false, s.end);
    if (stop) rightEnd = Math.min(rightEnd, end + stop.index);
  }
  // `... during a visit to X in Brenton, Freedonia, March 3, 2021.`: a full date closing the sentence (a caption's) dates it.
  const time = timeOf(text, n.npStart, rightEnd, at, end) ?? closingDate(text, rightEnd, s.end, at, end);
  // `during Abe's Russia visit in May, he and Putin will ...`: a dated noun in a future clause is planned.
  if (time && status === 'occurred' && /\bwill\b|\bscheduled\b/.test(after)) status = 'planned';
  let location = placeIn(text, end, status === 'planned' ? s.end : rightEnd, ctx.people, ctx.here) ?? placeIn(text, clauseStart(tokens, noun.first, 0), at, ctx.people, ctx.here);
  if (noun.head === 'visit') location = destination(after, ctx.people, end, NOT_ACTOR) ?? location;
  if (status === 'planned' && !time && !reference) {
    ctx.messages.push({ ruleId: 'extract-events/left-out', severity: 'info', articleId: ctx.articleId, start: s.start, end: s.end, actual: trigger, reason: `Planned CONSULT "${trigger}" without a date left out` });
    return null;
  }
  return newDraft(ctx, sc, {
    eventType: 'CONSULT', status, time, actors: n.actors, countries: n.countries, location, trigger, name: 'noun',
    confidence: reference ? 0.7 : 0.8, head: noun.head, pendingActors: reference ? 'antecedent' : null, reference, temporal: n.temporal,
  });
}

const NOUN_PHRASE_END = /\b(?:was|were|is|are|has|have|had|will|would|took|came|lasted|marked|offers?|followed|began|ended|could|may|might|can|said|says)\b|[;:]|,\s/;

/** Event nouns that name their agent in a `by` phrase (`her release by Russia`, `the arrest of X by police`). */
const AGENT_NOUNS: Record<string, { type: EventType; name: string }> = {
  release: { type: 'RETREAT', name: 'release' }, pardon: { type: 'RETREAT', name: 'pardon' }, handover: { type: 'RETREAT', name: 'release' },
  withdrawal: { type: 'RETREAT', name: 'withdrawal' }, arrest: { type: 'COERCE', name: 'arrest' }, detention: { type: 'COERCE', name: 'arrest' },
  expulsion: { type: 'SANCTION', name: 'expulsion' }, condemnation: { type: 'ACCUSE', name: 'condemnation' }, rejection: { type: 'REJECT', name: 'rejection' },
};

// Looked up for every token: a Map is faster than the object and finds no inherited key (`constructor`).
const AGENT_NOUN_FORMS = new Map(Object.entries(AGENT_NOUNS));

/** An agent noun at token `i` with its `by` phrase within a few words, or null. */
export function agentNounAt(tokens: readonly Token[], i: number): { type: EventType; name: string; by: number } | null {
  const noun = AGENT_NOUN_FORMS.get(tokens[i]!.lower);
  if (!noun || !tokens[i]!.word) return null;
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    if (tokens[k]!.lower === 'by') return { ...noun, by: k };
    if (!tokens[k]!.word) return null;
  }
  return null;
}

const BY_STOP = new Set(['in', 'at', 'on', 'for', 'after', 'before', 'during', 'over', 'from', 'to', 'with', 'as', 'and', 'which', 'who', 'that']);

/** `after her release by Russia in a prisoner swap`: the agent acted, when and where the clause says. */
export function analyseAgentNoun(ctx: ArticleContext, sc: SentenceContext, i: number, noun: { type: EventType; name: string; by: number }): Draft | null {
  const { tokens, s } = sc;
  const at = tokens[i]!.start;
  if (ctx.inQuote(at)) return null;
  let e = noun.by + 1;
  while (e < tokens.length && e - noun.by < 8 && tokens[e]!.word && !BY_STOP.has(tokens[e]!.lower)) e++;
  const from = tokens[noun.by]!.end, to = e < tokens.length ? tokens[e]!.start : tokens[tokens.length - 1]!.end;
  const agent = groupActors(ctx.text, from, to, ctx.people);
  if (!agent.actors.length) return null;
  const cs = clauseStart(tokens, i, 0);
  const rightEnd = clauseEnd(tokens, i, tokens.length, false, s.end);
  return newDraft(ctx, sc, {
    eventType: noun.type, status: 'occurred', time: timeOf(ctx.text, cs, rightEnd, at, tokens[i]!.end), actors: agent.actors, countries: agent.countries,
    location: placeIn(ctx.text, to, rightEnd, ctx.people, ctx.here), trigger: ctx.text.slice(at, tokens[i]!.end), name: noun.name, confidence: 0.7, head: noun.type,
  });
}

const PARTICIPANTS_STOP = /[;:,.]|\b(?:to|on|in|at|which|that|after|before|since|when|as|while|who)\b/g;
/** Longest item of a participant list, in words (`Acme Oil chairman Tomas Verlaine`). */
const LIST_ITEM_WORDS = 8;

/** Does an `and` join items here, not the words of one name (`Oil and Gas Corporation`)? */
function listAnd(item: string): boolean {
  for (const m of item.matchAll(/(\S*)\s+and\s+(\S*)/g)) if (!(/^\p{Lu}/u.test(m[1]!) && /^\p{Lu}/u.test(m[2]!))) return true;
  return false;
}

/**
 * Where the participant list after `between`/`with` ends. A comma ends it unless it separates the
 * items of a list still waiting for its `and` (`between A, B and C`, `with A, B, C and D`); one
 * after the `and` (`between A and B, who ...`) or before a clause (`with A, saying ...`) closes it.
 */
export function participantsEnd(rest: string): number {
  const stops = [...rest.matchAll(PARTICIPANTS_STOP)];
  let from = 0;
  for (let k = 0; k < stops.length; k++) {
    const at = stops[k]!.index!;
    const item = rest.slice(from, at);
    if (stops[k]![0] !== ',' || listAnd(item)) return at;
    const nextAt = stops[k + 1]?.index ?? rest.length;
    const next = rest.slice(at + 1, nextAt);
    const words = next.split(/\band\b/)[0]!.trim().split(/\s+/);
    // An item names someone: short, with a capitalised word, no clause (`saying ...`).
    const listItem = words.length <= LIST_ITEM_WORDS && !/ing$/.test(words[0] ?? '') && words.some((w) => /^\p{Lu}/u.test(w));
    // Only an item that is itself the last one (`, B and C`) or followed by another comma goes on.
    if (!listItem || !(/\band\b/.test(next) || stops[k + 1]?.[0] === ',')) return at;
    from = at + 1;
  }
  return rest.length;
}
