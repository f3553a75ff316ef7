/**
 * Who acts: the people named in a clause's subject (through appositives and asides), else the roles
 * (`the foreign ministers of X and Y`), group references (`both sides`, `the three`), pronouns,
 * and the states and organisations named (from demonyms too). Every search runs over a bounded
 * clause; people are found by binary search over their sorted offsets.
 */
import { countryOf, isOrganisationName, isTitleHead } from '../lib/gazetteer.js';
import { uniq } from '../lib/collections.js';
import { KIN_WORDS, NAME_STOPWORDS } from '../lib/people-words.js';
import type { PersonMention } from '../types.js';
import { GROUP_SUBJECTS, words as wordTable } from './lexicon.js';
import { statesIn } from './states.js';
import { People } from './people-index.js';

export { People };

/** Actors found for a mention; `pending`: to be filled from the article's main event or the roles it names. */
export interface Actors {
  actors: string[];
  countries: string[];
  pending: 'main' | 'role' | null;
}

export const NO_ACTORS: Actors = { actors: [], countries: [], pending: null };


const of = (ps: PersonMention[]): Actors => ({ actors: uniq(ps.map((p) => p.fullName)), countries: ps.flatMap((p) => (p.country ? [p.country] : [])), pending: null });
const ofStates = (st: string[]): Actors => ({ actors: st, countries: st.flatMap((x) => (countryOf(x) ? [countryOf(x)!] : [])), pending: null });

// A comma segment that only describes the one before it (`X, a member of Y's party, said`).
const APPOSITIVE = /^\s*(?:a|an|the|who|whose|which|himself|herself|now|then|once|formerly|aged|one|among|of|from|\d+)\b/i;
// A comma segment that is an aside naming no subject (`attempting to address X's concerns`).
/** `X, father of Y,`: a relation of X's between commas describes X. */
const KIN_APPOSITIVE = new RegExp(`^\\s*(?:(?:his|her|their)\\s+)?(?:${[...KIN_WORDS, 'partner', 'friend', 'colleague'].join('|')})\\b`, 'i');
const ASIDE = /^\s*(?:\w+ing|in|on|at|for|with|after|before|during|apparently|meanwhile|however|also|too|though|last|this|earlier|later|speaking|according)\b/i;
const HE_SHE = /^(?:he|she)$/i;
const COORDINATED_PRONOUN = /\b(?:(he|she)\s+and\b|\band\s+(he|she)\b)/i;

/**
 * The actors of a clause's subject, `text[from, to)` (the words before the trigger in its clause):
 * comma segments are read right to left (`Japan's Taro Kono, meanwhile, asked`), appositives and
 * asides skipped.
 */
export function subjectActors(text: string, from: number, to: number, people: People, sentenceStart: number): Actors {
  const cuts = [from];
  for (let k = text.indexOf(',', from); k >= 0 && k < to; k = text.indexOf(',', k + 1)) cuts.push(k + 1);
  const segments: [number, number][] = cuts.map((a, i) => [a, i === cuts.length - 1 ? to : cuts[i + 1]! - 1]);
  // `the four, A, B, C and D, have met`: a group whose members are listed after it is all of them.
  const listed = listedGroup(text, segments, people);
  if (listed) return listed;
  // The subject is the segment nearest the verb that is not empty, an appositive or an aside.
  for (let i = segments.length - 1; i >= 0; i--) {
    const [a, b] = segments[i]!;
    const part = text.slice(a, b);
    if (!/\p{L}/u.test(part)) continue;
    // `X, who succeeded Y, met`: a relative clause after a comma describes the segment before it.
    if (i > 0 && RELATIVE_OPENING.test(part)) continue;
    // Between commas before the verb: an appositive or an aside (the segment next to the verb is the subject itself).
    if (i > 0 && i < segments.length - 1 && (APPOSITIVE.test(part) || ASIDE.test(part) || KIN_APPOSITIVE.test(part))) continue;
    // `X, president for Europe at Acme (UK), urged`: an office in lower case after a comma, naming no one, describes the segment before.
    if (i > 0 && titleAppositive(part) && !people.within(a, b).length) continue;
    if (i > 0 && i === segments.length - 1 && ASIDE.test(part) && !people.within(a, b).length) continue;
    const found = segmentActors(text, a, b, people, sentenceStart);
    // `A, B and C met`: a list of people, one per comma segment, ends in the segment next to the verb.
    if (i === segments.length - 1 && found.actors.length && people.within(a, b).length) {
      const earlier = listedBefore(text, segments, i, people);
      if (earlier.length) return { ...found, actors: uniq([...earlier.map((p) => p.fullName), ...found.actors]), countries: uniq([...earlier.flatMap((p) => (p.country ? [p.country] : [])), ...found.countries]) };
    }
    // A fronted phrase naming nobody (`In a radio address aired on state TV,`) leaves the search to the segment before.
    if (found.actors.length || found.pending || i === 0) return found;
    if (!FRONTED.test(part) && i === segments.length - 1) return found;
  }
  return NO_ACTORS;
}

/**
 * The people listed in the comma segments before segment `last` (`A, B and C`), when that one joins
 * its own with `and`: each segment ends with a person named (after a title or `including`). Text order.
 */
function listedBefore(text: string, segments: readonly [number, number][], last: number, people: People): PersonMention[] {
  const [la, lb] = segments[last]!;
  if (!/\band\b/.test(text.slice(la, lb))) return [];
  const out: PersonMention[] = [];
  for (let j = last - 1; j >= 0; j--) {
    const [a, b] = segments[j]!;
    const ps = people.within(a, b);
    const p = ps[ps.length - 1];
    if (!p || /\S/.test(text.slice(p.end, b))) break;
    out.unshift(p);
  }
  return out;
}

/** A group subject (`the four`, `both sides`) then a comma list naming one person per segment: those people. */
function listedGroup(text: string, segments: readonly [number, number][], people: People): Actors | null {
  for (let i = 0; i < segments.length - 2; i++) {
    const [a, b] = segments[i]!;
    if (!isGroup(text.slice(a, b)) || people.within(a, b).length) continue;
    const members: PersonMention[] = [];
    let j = i + 1;
    for (; j < segments.length; j++) {
      const [c, d] = segments[j]!;
      const ps = people.within(c, d);
      if (!ps.length) break;
      members.push(...ps);
    }
    if (members.length >= 3 && j >= segments.length - 1) return of(members);
  }
  return listedStates(text, segments, people);
}

/** `the envoys of Peru, Chile, Bolivia and Ecuador`: a state after `of`/`from` closing a segment, then only states, the last with `and`. */
function listedStates(text: string, all: readonly [number, number][], people: People): Actors | null {
  // `..., Bolivia and Ecuador, met`: the list may close with a comma.
  const segments = /\p{L}/u.test(text.slice(...all[all.length - 1]!)) ? all : all.slice(0, -1);
  if (!segments.length) return null;
  const [la, lb] = segments[segments.length - 1]!;
  if (segments.length < 2 || !/\s(?:and|or)\s/.test(text.slice(la, lb))) return null;
  const states: string[] = [];
  for (let i = segments.length - 1; i >= 1; i--) {
    const [c, d] = segments[i]!;
    const part = text.slice(c, d).trim();
    const found = statesIn(text, c, d, people);
    // Each listed segment is a name or two, nothing else (`Chile`, `Bolivia and Ecuador`).
    if (!found.length || part.split(/\s+/).length > 6 || people.within(c, d).length || !/^\p{Lu}/u.test(part)) return null;
    states.unshift(...found);
    const [a, b] = segments[i - 1]!;
    // The opener's state is read alone (`from Norway` is otherwise a place the actor is from).
    const opener = LIST_OPENER.exec(text.slice(a, b));
    if (opener) return ofStates(uniq([...statesIn(text, a + opener.index + opener[0].length - opener[1]!.length, b, people), ...states]));
    // `The United States, Japan and South Korea condemned`: the list opens the sentence with a state of its own.
    const head = text.slice(a, b).trim();
    if (i === 1 && /^(?:The\s+)?\p{Lu}/u.test(head) && head.split(/\s+/).length <= 4 && !people.within(a, b).length) {
      const first = statesIn(text, a, b, people);
      if (first.length === 1) return ofStates(uniq([...first, ...states]));
    }
  }
  return null;
}
const LIST_OPENER = /\b(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*)\s*$/u;

/** Who may act for the one who owns them (`X's spokesman`, `X's government`). */
const REPRESENTATIVES = wordTable(
  'spokesman, spokeswoman, spokesperson, spokespeople, office, government, administration, cabinet, ministry, regime, leadership, campaign, party, team, ' +
  'lawyer, lawyers, representative, representatives, envoy, envoys, delegation, camp, aides, officials, people, forces, army, military, navy, police, troops, ' +
  'board, management, directors, owners, company, firm, club, side, ' +
  // What the owner says or does through (`X's statement`, `X's lawsuit accuses`).
  'statement, speech, letter, lawsuit, action, suit, complaint, appeal, message, report, website, account, decision, move, plan, proposal, bid, offer',
);
/** Is the rest of a subject after a name (a body's, when `body`) a possessed head that is someone else (`'s closest ally`)? */
function ownsSubject(rest: string, body = false): boolean {
  // `X's printing contractor Fabrik`: the head may be followed by its own name.
  const m = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$/u.exec(rest);
  // A body's office holders (`the union's campaign director`) speak for it.
  return !!m && !REPRESENTATIVES.has(m[1]!) && !(body && isTitleHead(m[1]!));
}

const RELATIVE_OPENING = /^\s*(?:who|whom|whose|which)\b/iu;
const RELATIVE_BEFORE = /\p{L}\s+(?:who|whom|which)\s/u;

/** People known through someone (`a close associate of X`, `a friend of the late X`): the one named is not the subject. */
const ASSOCIATES = wordTable(
  'associate, associates, friend, friends, ally, allies, colleague, colleagues, relative, relatives, neighbour, neighbours, neighbor, neighbors, ' +
  'supporter, supporters, critic, critics, rival, rivals, opponent, opponents, biographer, fan, fans, victim, victims, accuser, accusers, ' + KIN_WORDS.join(', '),
);
/** Words that make a phrase with `of` (`because of`, `ahead of`): no noun whose complement follows. */
const OF_PHRASES = wordTable('the, out, because, instead, ahead, top, front, regardless, outside, inside, irrespective');
/** `each of`, `both of`: a part of a group named after `of` is still that group. */
const PARTITIVES = wordTable('one, two, three, each, both, all, some, none, neither, either, most, many, several, any, half, members, member');
/**
 * Does the subject text before a name end `<noun> of [the former title]`, the name the noun's
 * complement (`a friend of X`, `the former star of the series X`)? Not when the noun is someone who
 * acts for the one named (`the lawyers of X`), an office (`chairman of X`) or a part of a group.
 */
function associateOf(before: string): boolean {
  const m = /\b(\p{Ll}+)\s+of\s+(?:[\p{L}'’.-]+\s+){0,4}$/u.exec(before);
  if (!m || /[,;]/.test(before.slice(m.index))) return false;
  const noun = m[1]!;
  return ASSOCIATES.has(noun) || (!REPRESENTATIVES.has(noun) && !PARTITIVES.has(noun) && !isTitleHead(noun) && noun.length >= 3 && !OF_PHRASES.has(noun));
}

/** Does a comma segment open with an office in lower case (`president for Europe at Acme`, `chief executive of X`)? */
function titleAppositive(part: string): boolean {
  const first = /^\s*(?:(?:former|deputy|acting|senior|chief|vice)\s+)*(\p{Ll}+)\b/u.exec(part)?.[1];
  return !!first && isTitleHead(first);
}

// A segment that is a fronted adverbial rather than a subject (`Earlier Thursday`, `On the diplomatic front`).
const FRONTED = /^\s*(?:in|on|at|after|before|during|earlier|later|last|this|meanwhile|however|but|and|yet|still|also|speaking|asked|according|despite|amid|while|when|as|since|for|with|under|over|from|by)\b/i;

/** The actors one subject segment names: people, else a role, a group, a pronoun, or states. */
function segmentActors(text: string, a: number, b: number, people: People, sentenceStart: number): Actors {
  const all = people.within(a, b);
  // `X's closest ally has denied`: the one named owns the subject, who acts; `X's spokesman` speaks for X.
  // `X's local MP Y welcomed`: a possessor followed by the person it describes is not an actor.
  // `councillors who back X met`: someone named in the subject's relative clause is not the subject.
  const ps = all.filter((p, k) => !ownsSubject(text.slice(p.end, b)) && !associateOf(text.slice(a, p.start)) && !RELATIVE_BEFORE.test(text.slice(a, p.start))
    && !(/^['’]s?\s/u.test(text.slice(p.end, p.end + 3)) && all.slice(k + 1).some((q) => q.fullName !== p.fullName)));
  if (ps.length) {
    // `she and her deputy X declined`: the pronoun coordinated with a name is someone too.
    const pronoun = COORDINATED_PRONOUN.exec(text.slice(a, b));
    const sex = pronoun && /^she$/i.test(pronoun[1] ?? pronoun[2]!) ? 'f' : 'm';
    const other = pronoun ? pronounReferent(text, a + pronoun.index, people, sentenceStart, sex) : null;
    if (other && !ps.some((p) => p.fullName === other.fullName)) return of([other, ...ps]);
    return of(ps);
  }
  if (all.length) return NO_ACTORS;
  const part = text.slice(a, b);
  const role = ROLE_NP.exec(part);
  if (role) {
    const r = resolveRole(role, people, a + role.index, sentenceStart);
    return r.actors.length ? { ...r, pending: null } : { ...NO_ACTORS, pending: 'role' };
  }
  const words = part.trim().split(/\s+/);
  if (words.length <= 6 && isGroup(part)) {
    // `Kono met separately with Lavrov and they agreed`: the people earlier in the sentence.
    const earlier = people.within(sentenceStart, a);
    if (new Set(earlier.map((p) => p.fullName)).size >= 2) return of(earlier);
    // `Japan and Russia still need ... that they have agreed`: the states named before it.
    const st = statesIn(text, sentenceStart, a, people);
    if (st.length >= 2) return ofStates(st);
    return { ...NO_ACTORS, pending: 'main' };
  }
  // A short subject with `he`/`she` in it; in a longer one only a pronoun right before the verb
  // (`when X argued for the levy and he backed`) is its subject.
  const tail = words.length > 4 ? /\b(he|she)\s*$/i.exec(part) : null;
  if (tail || (words.length <= 4 && words.some((w) => HE_SHE.test(w)))) {
    const sex = tail ? (/^she$/i.test(tail[1]!) ? 'f' : 'm') : words.some((w) => /^she$/i.test(w)) ? 'f' : 'm';
    const p = pronounReferent(text, tail ? a + tail.index : a, people, sentenceStart, sex);
    return p ? of([p]) : NO_ACTORS;
  }
  // `the Chilean premier met X`: the office's holder named before, when the article names one.
  const office = OFFICE_SUBJECT.exec(part);
  if (office && isTitleHead(office[2]!.toLowerCase())) {
    const holder = officeHolder(office[1] ?? '', office[2]!, people, a, () => true);
    if (holder) return of([holder]);
  }
  // `Brenton Council's printing contractor Fabrik`: the body owns the subject, which is someone else.
  const states = statesIn(text, a, b, people).filter((st) => {
    const rel = text.slice(a, b).indexOf(st);
    return rel < 0 || !ownsSubject(text.slice(a + rel + st.length, b), true);
  });
  const partner = states.length === 1 ? partnerOfBody(text, a, b, states[0]!) : null;
  return ofStates(partner ? [partner, ...states] : states);
}

// `Norcell and the X Company`: a name no list knows, joined to a body's, opening the subject.
const JOINED_TO_BODY = /^\s*(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})\s+and\s+(?:the\s+)?$/u;
const NOT_A_NAME = new Set(NAME_STOPWORDS);

/** The party joined by `and` before the organisation `body` named in a subject segment `[a, b)`, when it is a name of its own. */
function partnerOfBody(text: string, a: number, b: number, body: string): string | null {
  const rel = text.slice(a, b).indexOf(body);
  if (rel < 0 || !isOrganisationName(body)) return null;
  const at = a + rel;
  const m = JOINED_TO_BODY.exec(text.slice(a, at));
  if (!m || NOT_A_NAME.has(m[1]!.split(/\s+/)[0]!)) return null;
  return countryOf(m[1]!) ?? m[1]!;
}

/**
 * Who `he`/`she` at `at` is: the subject (first person named) of the nearest sentence naming
 * someone, this one before the pronoun or an earlier one (`Lavrov rejected claims that Russia
 * failed Navalny. 'This is not true,' he said.` is Lavrov), within a few hundred characters.
 */
function pronounReferent(text: string, at: number, people: People, sentenceStart: number, sex: 'm' | 'f', depth = 0): PersonMention | null {
  // A possessor (`Mr Blair's leadership`) is no candidate, nor a person of the other sex (`she` is not `Mr X`).
  const sexes = people.sexes(text);
  const own = (p: PersonMention) => !/^['’](?:s\b|\s)/.test(text.slice(p.end, p.end + 3)) && (sexes.get(p.fullName) ?? sex) === sex;
  const near = people.within(Math.max(0, at - 600), at).filter(own);
  const last = near[near.length - 1];
  // `X's job is in doubt after he and Y turned down`: with no one else to be, the sentence's possessor is meant
  // (not before someone named earlier: `While saying he admired X's leadership, he criticised` is the earlier one).
  if (!last) return people.within(sentenceStart, at).filter((p) => (sexes.get(p.fullName) ?? sex) === sex).pop() ?? null;
  // `X ... . A spokeswoman said: "..." But she added`: an unnamed speaker since the name is the one meant.
  const unnamed = UNNAMED_SPEAKER.exec(text.slice(last.end, at));
  if (unnamed && (UNNAMED_SEX[unnamed[1]!.toLowerCase()] ?? sex) === sex) return null;
  // `X said he ...`: the reporter; otherwise the sentence's first person (its subject).
  // (Not one named in a fronted phrase: `In a statement through her lawyer X, Y denied`.)
  const subjectOf = (from: number) => near.find((p) => p.start >= from && !inFrontedPhrase(text, from, p.start)) ?? near.find((p) => p.start >= from);
  if (last.start >= sentenceStart) return REPORTED_BY.test(text.slice(last.end, at)) ? last : subjectOf(sentenceStart) ?? last;
  // The start of the sentence naming `last`: after the last sentence stop before it.
  const from = sentenceStartBefore(text, last.start);
  // `X held talks. He stopped in Y, where he met Z. He will tour ...`: a sentence
  // opened by the same pronoun has that pronoun as its subject, not the one it names later;
  // so does one where it acts before the name (`The minister confirmed she was backed by X.`).
  const opener = OPENING_PRONOUN.exec(text.slice(from, last.start)) ?? PRONOUN_BEFORE.exec(text.slice(from, last.start));
  if (opener && (/^she$/i.test(opener[1]!) ? 'f' : 'm') === sex && depth < MAX_PRONOUN_CHAIN) {
    return pronounReferent(text, from + opener.index, people, from, sex, depth + 1) ?? last;
  }
  // `Later the Chilean premier met X. He will then ...`: the sentence's subject is an office, and
  // its holder (named before) is meant, not the one it met; unknown when no one holding it is named.
  const office = SUBJECT_OFFICE.exec(text.slice(from, last.start));
  if (office && isTitleHead(office[2]!.toLowerCase())) return officeHolder(office[1] ?? '', office[2]!, people, from, own);
  return subjectOf(from) ?? last;
}

// An office, past a short time phrase opening the sentence: `the Chilean premier`, `On Monday the minister`.
const OFFICE = String.raw`^\W*(?:(?:On|Last|Early|Late|Later|Earlier)\s+(?:\p{Lu}\p{Ll}+|\p{Ll}+)\s*,?\s+)?[Tt]he\s+(?:(\p{Lu}[\p{L}-]+)\s+)?(\p{Ll}+)`;
// A sentence opened by an office as its subject, a verb after it.
const SUBJECT_OFFICE = new RegExp(String.raw`${OFFICE}\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\b`, 'u');
// A subject that is an office alone.
const OFFICE_SUBJECT = new RegExp(String.raw`${OFFICE}\s*$`, 'u');

/** Words that make a title another office than its head alone. */
const LESSER_OFFICES = wordTable('deputy, vice, former, assistant, acting, shadow, junior, ex, interim, associate');

/** The person named last before `at` whose title has the office `head` (and whose country the demonym gives), or null. */
function officeHolder(demonym: string, head: string, people: People, at: number, own: (p: PersonMention) => boolean): PersonMention | null {
  const country = demonym ? countryOf(demonym) : null;
  let best: PersonMention | null = null;
  for (const p of people.list) {
    const title = p.title?.toLowerCase().split(/\s+/) ?? [];
    // `the mayor` is not the deputy mayor, nor a former one.
    if (p.start >= at || !own(p) || !title.includes(head.toLowerCase()) || title.some((w) => LESSER_OFFICES.has(w))) continue;
    if (country && p.country && p.country !== country) continue;
    if (demonym && !country) continue;
    if (!best || p.start > best.start) best = p;
  }
  return best;
}

/** Is `at` inside the sentence's fronted adverbial (it opens with `In`, `After`, ... and no comma has closed it yet)? */
function inFrontedPhrase(text: string, sentenceStart: number, at: number): boolean {
  const head = text.slice(sentenceStart, at);
  return FRONTED_PHRASE.test(head) && !head.includes(',');
}
// A sentence-opening prepositional or participial phrase (not `But`, `And`: the subject may follow them at once).
const FRONTED_PHRASE = /^\W*(?:in|on|at|after|before|during|speaking|asked|according|despite|amid|while|when|since|for|with|under|over|from|by|through|following|unlike|like)\b/i;
// A sentence opened by someone unnamed who speaks (`A spokeswoman said`, `The official told`).
const UNNAMED_SPEAKER = /(?:^|[.!?]["”’]?\s+)(?:A|An|The)\s+(?:[\p{Ll}-]+\s+){0,2}(spokeswoman|spokesman|spokesperson|official|source|aide|woman|man)\s+(?:said|says|told|added|stated|explained)\b/u;
const UNNAMED_SEX: Record<string, 'm' | 'f'> = { spokeswoman: 'f', woman: 'f', spokesman: 'm', man: 'm' };
const OPENING_PRONOUN = /^\W*(he|she)\b/i;
// A subject pronoun after a reporting verb (`confirmed she`, `said that he`).
const PRONOUN_BEFORE = /\b(?:said|says|confirmed|added|insisted|admitted|claimed|argued|told\s+\w+)\s+(?:that\s+)?(he|she)\b/i;
/** How many sentences back a chain of pronoun subjects is followed. */
const MAX_PRONOUN_CHAIN = 3;
const REPORTED_BY = /^\s*(?:,[^,]{0,80},\s*)?(?:\w+\s+){0,2}(?:said|says|told\s+\w+|tells\s+\w+|added|adds|insisted|stressed|warned|claimed|announced|argued|explained|believes|thinks)\s+(?:that\s+)?$/;
const SENTENCE_STOP = /[.!?]["”’']?\s+|\n/g;
/** How far back a sentence's start is looked for, in characters. */
export const SENTENCE_REACH = 400;

/** Where the sentence holding `at` starts: after the last sentence stop within `SENTENCE_REACH` before it (else the reach's edge). */
export function sentenceStartBefore(text: string, at: number): number {
  const lo = Math.max(0, at - SENTENCE_REACH);
  let from = lo;
  for (const m of text.slice(lo, at).matchAll(SENTENCE_STOP)) from = lo + m.index + m[0].length;
  return from;
}

/** Is this segment a group reference (`both sides`, `the three leaders`, `they`)? Its last words decide. */
function isGroup(part: string): boolean {
  const w = part.toLowerCase().replace(/[^a-z\s-]/g, ' ').trim().split(/\s+/).filter(Boolean);
  for (let n = Math.min(3, w.length); n >= 1; n--) if (GROUP_SUBJECTS.has(w.slice(-n).join(' '))) return true;
  return w.length <= 3 && w.includes('they');
}

/** Everyone named in a span, people first, else roles, else states (`by` agents, `between` phrases). */
export function groupActors(text: string, from: number, to: number, people: People): Actors {
  const ps = people.within(from, to);
  if (ps.length) return of(ps);
  const role = ROLE_NP.exec(text.slice(from, to));
  if (role) {
    const r = resolveRole(role, people, from + role.index);
    if (r.actors.length) return { ...r, pending: null };
  }
  return ofStates(statesIn(text, from, to, people));
}

// Plural references to a group named elsewhere: `the foreign and defence ministers of Japan and Russia`.
const MINISTRY = String.raw`(?:foreign|defen[cs]e|finance|trade|economy|energy|interior|home|justice|health|agriculture|environment|deputy|vice|prime)`;
const ROLE_NP = new RegExp(String.raw`\b(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:(?:two|three|four|five|six|seven|eight|\d+)\s+)?(?:top\s+)?((?:${MINISTRY}\s+)?(?:(?:and|&)\s+${MINISTRY}\s+)?)(ministers|leaders|presidents|premiers|secretaries|counterparts)\b(?:\s+of\s+((?:the\s+two|both)\s+(?:countries|nations|sides)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:\s*(?:,|and)\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)*))?`);

/** `the foreign and defense ministers of Japan and Russia` → the people of the article with that title (and country). */
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };

function resolveRole(m: RegExpExecArray, people: People, at: number, sentenceStart = at): { actors: string[]; countries: string[] } {
  const mods = (m[1] ?? '').toLowerCase().split(/\s+|&/).filter((w) => w && w !== 'and');
  const noun = m[2]!.toLowerCase();
  const ofPart = m[3] ?? '';
  const ofCountries = /two|both/i.test(ofPart) ? [] : ofPart.split(/\s*(?:,|\band\b)\s*/).map((w) => countryOf(w.trim())).filter((c): c is string => !!c);
  const titleOk = (t: string | null): boolean => {
    if (!t) return false;
    const tl = t.toLowerCase();
    if (noun === 'leaders') return /president|prime minister|premier|chancellor|leader|king|emperor|chairman|general secretary/.test(tl);
    if (noun === 'presidents') return /president/.test(tl) && !/vice/.test(tl);
    if (noun === 'premiers') return /premier|prime minister/.test(tl);
    if (noun === 'counterparts') return true;
    const head = noun === 'secretaries' ? 'secretary' : 'minister';
    if (!tl.includes(head)) return false;
    if (/prime/.test(tl) && !mods.includes('prime')) return false;
    return !mods.length || mods.some((md) => tl.includes(md.replace('defence', 'defen')) || (md.startsWith('defen') && /defen[cs]e/.test(tl)));
  };
  const seen = new Map<string, PersonMention>();
  for (const p of people.list) {
    if (!titleOk(p.title)) continue;
    if (ofCountries.length && p.country && !ofCountries.includes(p.country)) continue;
    if (!seen.has(p.fullName)) seen.set(p.fullName, p);
  }
  let ps = [...seen.values()];
  // `the two leaders`: the titled named in the sentence first, then anyone named in it with no office
  // (`Ruiz said Vale's visit went well and the two leaders agreed`), then the titled named last before it.
  const count = COUNTS[/\b(two|three|four|five|six|seven|eight)\b/i.exec(m[0])?.[1]?.toLowerCase() ?? ''];
  if (count && ps.length) {
    const lastAt = (name: string) => people.lastNamedBefore(name, at);
    // When more are titled than counted, only those named before the phrase.
    const fits = ps.length > count ? ps.filter((p) => lastAt(p.fullName) >= 0) : ps;
    // (One with another office, `President X` for `the two foreign ministers`, is not counted.)
    const titled = new Set(people.list.filter((p) => p.title).map((p) => p.fullName));
    const untitled = people.list.filter((p) => p.start < at && p.start >= sentenceStart && !titled.has(p.fullName) && !ps.some((q) => q.fullName === p.fullName));
    const rank = (p: PersonMention) => (fits.includes(p) ? (lastAt(p.fullName) >= sentenceStart ? 0 : 2) : 1);
    ps = [...fits, ...untitled.filter((p, k) => untitled.findIndex((q) => q.fullName === p.fullName) === k)]
      .sort((x, y) => rank(x) - rank(y) || lastAt(y.fullName) - lastAt(x.fullName)).slice(0, count).sort((x, y) => x.start - y.start);
  }
  if (ps.length) return { actors: ps.map((p) => p.fullName), countries: uniq(ps.flatMap((p) => (p.country ? [p.country] : []))) };
  return { actors: ofCountries, countries: ofCountries };
}

