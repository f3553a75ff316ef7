/**
 * Speaker phrases: who a cue's words belong to, read from the text around the cue.
 * - the subject before a verb (`"...," Mr. Lind said`; `X, who led the talks, said`; `X (D-Ore.) said`),
 * - the subject after an inverted verb (`said Lind`, `said the spokeswoman, Ana Ruiz`),
 * - `according to X`, a possessive report (`Lind's claim that`),
 * - the subject of the main clause, for participles and coordinated verbs (`..., saying`).
 * What comes back is a reference (a person, pronoun, role, organisation, unnamed source) for
 * `coreference.ts` to resolve. Every look-around is a bounded window.
 */
import { isTitleHead, isTitleWord } from '../lib/gazetteer.js';
import { HONORIFICS, KIN_WORDS, NAME_STOPWORDS } from '../lib/people-words.js';
import { indexIn, lastIndexIn, type ArticleIndex } from './article-index.js';
import type { PersonMention } from '../types.js';
import type { Cue } from './cues.js';
import { ADVERBS_BEFORE_CUE } from './cue-lexicon.js';
import { isReportingVerbForm } from './cues.js';
import {
  afterComma,
  classifyPhrase,
  forSomeone,
  isClauseInitial,
  lastWord,
  mentionAfterTitles,
  nounPhraseBefore,
  onlyPunctuation,
  onlyTitlesBetween,
  skipSpace,
  trimSpaceEnd,
  wordAt,
  type SourceRef,
} from './phrases.js';
import {
  ROLE_HEADS,
  INTRO_WORDS,
  LEADING_CONJUNCTIONS,
  organisationNominal,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  PERSON_ROLE_HEADS,
  ROLE_MODIFIERS,
  SOURCE_DETERMINERS,
  TIME_NOUNS,
  UNNAMED_SOURCE_HEADS,
  WEEKDAYS,
} from './source-words.js';

export type { SourceRef };

const ADVERBS = new Set(ADVERBS_BEFORE_CUE);
const PERSON_ROLES = new Set(PERSON_ROLE_HEADS);
const UNNAMED = new Set(UNNAMED_SOURCE_HEADS);
const MODIFIERS = new Set(ROLE_MODIFIERS);
const DETERMINERS = new Set(SOURCE_DETERMINERS);
const INTRO = new Set(INTRO_WORDS);
const CONJUNCTIONS = new Set(LEADING_CONJUNCTIONS);
/** Capitalised only because they open the sentence (`There is ...`, `Oh, ...`, `Here's ...`): never a subject's name. */
const SENTENCE_STARTERS = new Set(NAME_STOPWORDS);
const KIN = new Set(KIN_WORDS);
const PRONOUNS_PERSON = new Set(PERSON_PRONOUNS);
const PRONOUNS_OTHER = new Set(OTHER_PRONOUNS);
const DAYS = new Set(WEEKDAYS);
const TIMES = new Set(TIME_NOUNS);

/** Longest stretch searched for a subject or an aside. */
const WINDOW = 240;


/** Words of a role phrase before a name that make it something other than the name's own description. */
const NOT_IN_ROLE_PHRASE: ReadonlySet<string> = new Set([...PERSON_PRONOUNS, ...OTHER_PRONOUNS, 'and', 'or', 'but', 'to', 'that', 'who']);

/**
 * `"...," political scientist Ana Ruiz said`, `"...," her nephew Ana Ruiz added`: between the
 * quotation and the name, a short phrase that ends in a role word and holds no verb or pronoun.
 */
function rolePhraseBefore(ix: ArticleIndex, from: number, to: number): boolean {
  const gap = ix.text.slice(from, to);
  if (/[.!?;:"“”()]/u.test(gap.replace(/\b\p{L}{1,4}\./gu, ''))) return false;
  const words = gap.replace(/^[\s,—–'’"”»-]+/u, '').split(/\s+/).filter(Boolean);
  const head = words[words.length - 1]?.toLowerCase();
  if (!head || words.length > 6 || !ROLE_HEADS.has(head)) return false;
  return words.every((w) => /^[\p{L}'’-]+$/u.test(w) && !NOT_IN_ROLE_PHRASE.has(w.toLowerCase()) && !isReportingVerbForm(w, true));
}

/** What may not stand inside the asides between a subject and its verb: a clause break or a quotation. */
const OUTSIDE_ASIDES = /[;"“”«»]|\s(?:and|but|or)\s*$/u;

/**
 * `Ana Ruiz, the editor of the town's paper, the Courier, said`, `Ana Ruiz, 22, of Brenton, Ore.,
 * said`: a clause that opens with a name and a comma, then asides up to the comma before the verb.
 * The name is the subject, not the last name or body inside the asides.
 */
function nameBeforeAsides(ix: ArticleIndex, bound: number, end: number): PersonMention | null {
  const text = ix.text;
  const verbAt = trimAdverbs(text, bound, end);
  if (text.charAt(verbAt - 1) !== ',') return null;
  const opener = ix.peopleIn(bound, verbAt)[0];
  if (!opener || text.charAt(opener.end) !== ',' || opener.end + 1 >= verbAt - 1) return null;
  if (!(isClauseInitial(ix, bound, opener.start) || afterHonorifics(ix, bound, opener.start)) || ix.insideQuote(opener.start)) return null;
  return OUTSIDE_ASIDES.test(text.slice(opener.end, verbAt - 1)) ? null : opener;
}

/** `Mr. Lind, whose ..., said`: the name opens its clause but for honorifics and titles before it. */
function afterHonorifics(ix: ArticleIndex, bound: number, pos: number): boolean {
  const text = ix.text;
  let at = pos;
  for (let guard = 0; guard < 3; guard++) {
    const w = lastWord(text, bound, trimSpaceEnd(text, bound, at));
    if (!w || !(Object.hasOwn(HONORIFICS, w.word) || isTitleHead(w.word.toLowerCase()))) break;
    at = w.start;
  }
  return at < pos && isClauseInitial(ix, bound, at);
}

/**
 * The subject of a verb starting at `end`: a name, pronoun, role, organisation or unnamed source
 * ending the clause `[bound, end)`, over adverbs, parentheses (`(D-Ore.)`) and asides between commas
 * or dashes (`X, who led the talks alongside Y, said`).
 * @param mode `after-quote`: the clause follows a quotation (`"...," X said`) and must be the subject
 *   alone; `clause`: the subject must open its clause; `direct`: the verb introduces a quotation
 *   (`X said: "..."`), so any phrase right before it will do
 */
export function subjectBefore(ix: ArticleIndex, bound: number, end: number, mode: 'after-quote' | 'clause' | 'direct'): SourceRef | null {
  const text = ix.text;
  bound = Math.max(bound, end - WINDOW);
  if (mode === 'after-quote') {
    // `"...," Ana Ruiz, 67, a retired nurse in Brenton, Ore., said`: the name right after the
    // quotation, then an aside of any length up to the verb.
    const lead = /^[\s,;—–'’"”»-]*/u.exec(text.slice(bound, end))![0].length;
    const named = ix.mentionByStart.get(bound + lead) ?? mentionAfterTitles(ix, bound + lead, end);
    if (named && named.end < end && /^,[^;!?"“”]{0,200},?$/u.test(text.slice(named.end, trimAdverbs(text, bound, end))) && !/\.\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(text.slice(named.end, end))) {
      return { kind: 'person', mention: named, start: named.start, end: named.end };
    }
  }
  if (mode !== 'after-quote') {
    const opener = nameBeforeAsides(ix, bound, end);
    if (opener) return { kind: 'person', mention: opener, start: opener.start, end: opener.end };
  }
  let e = end;
  for (let pass = 0; pass < 4; pass++) {
    let preEnd = trimAdverbs(text, bound, e);
    if (preEnd <= bound) return null;
    // `Harry Vane (D-Ore.) said`: a parenthesis after the name.
    if (text.charAt(preEnd - 1) === ')') {
      const open = lastIndexIn(text, '(', preEnd - 60, preEnd);
      if (open >= bound && preEnd - open <= 60) {
        preEnd = trimSpaceEnd(text, bound, open);
        if (preEnd <= bound) return null;
      }
    }
    const mention = ix.mentionByEnd.get(preEnd);
    if (mention && mention.start >= bound) {
      const agent = forSomeone(ix, bound, mention.start);
      if (agent !== null) return { kind: 'unnamed', phrase: text.slice(agent, mention.end), start: agent, end: mention.end };
      // `"...," Lind said`, or clause-final after a fragment (`is "unacceptable" given ..., Lind said`).
      if (mode === 'after-quote' && !onlyTitlesBetween(ix, bound, mention.start) && !afterComma(ix, bound, mention.start) && !rolePhraseBefore(ix, bound, mention.start)) return null;
      return { kind: 'person', mention, start: mention.start, end: mention.end };
    }
    const last = lastWord(text, bound, preEnd);
    if (last) {
      const lower = last.word.toLowerCase();
      const gapOk = mode !== 'after-quote' || onlyPunctuation(text, bound, last.start) || /,\s*$/.test(text.slice(bound, last.start));
      if (PRONOUNS_PERSON.has(lower)) return gapOk ? { kind: 'pronoun', word: last.word, start: last.start, end: preEnd } : null;
      if (lower === 'it') return gapOk ? { kind: 'it', start: last.start, end: preEnd } : null;
      if (PRONOUNS_OTHER.has(lower)) return gapOk ? { kind: 'unnamed', phrase: last.word, start: last.start, end: preEnd } : null;
    }
    const tail = text.charAt(preEnd - 1);
    const dash = / [-–—]$/.test(text.slice(preEnd - 2, preEnd)) || tail === '—' || tail === '―';
    if (tail === ',' || dash) {
      // An aside: it may itself be the name (`the minister, X, said`); else the subject is before it.
      const innerEnd = trimSpaceEnd(text, bound, dash ? preEnd - 1 : preEnd - 1);
      const open = asideOpening(text, bound, innerEnd, dash);
      if (open < 0) return null;
      const asideStart = skipSpace(text, open + 1, innerEnd);
      const named = ix.mentionByStart.get(asideStart);
      if (named && (named.end === innerEnd || /^,?\s+\p{Lu}{2,4}\.?$/u.test(text.slice(named.end, innerEnd)))) {
        return { kind: 'person', mention: named, start: named.start, end: named.end };
      }
      // `Germany's biggest newspaper, Bild, wrote`, `his mother, Ana, said`: a name in apposition to a
      // role or organisation noun is the speaker, even when no rule found it a person.
      const asideText = text.slice(asideStart, innerEnd).replace(/^the\s+/, '');
      if (!dash && /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u.test(asideText) && !INTRO.has(asideText.split(' ')[0]!)) {
        const head = nounPhraseBefore(ix, bound, trimSpaceEnd(text, bound, open));
        const headRef = head ? classifyPhrase(ix, head.phrase, head.start, open) : null;
        if (headRef && (headRef.kind === 'nominal' || headRef.kind === 'unnamed' || headRef.kind === 'role') && /^\p{Ll}/u.test(head!.phrase.split(/\s+/).pop()!)) {
          const asOrg = headRef.kind === 'nominal' || organisationNominal(head!.phrase.split(/\s+/).pop()!.toLowerCase());
          const nameStart = innerEnd - asideText.length;
          return asOrg ? { kind: 'organisation', name: asideText, start: nameStart, end: innerEnd } : { kind: 'label', name: asideText, start: nameStart, end: innerEnd };
        }
      }
      e = open;
      continue;
    }
    if (mode !== 'after-quote' && last && /^(?:and|but|or)$/i.test(last.word)) return { kind: 'main' };
    const np = nounPhraseBefore(ix, bound, preEnd);
    // `Clinton, during a meeting in Columbus, Ohio, said`: an aside holding commas of its own.
    const previousComma = lastIndexIn(text, ',', bound, np?.start ?? preEnd);
    const peelFurther = (ref: SourceRef | null) => !ref && previousComma > bound && pass < 3 && mode !== 'after-quote';
    if (!np) {
      if (peelFurther(null)) {
        e = previousComma;
        continue;
      }
      return null;
    }
    // `Ruth Amsel, central bank governor said`: an appositive without its closing comma.
    const comma = /,\s*$/.exec(text.slice(Math.max(bound, np.start - 4), np.start));
    const named = comma ? ix.mentionByEnd.get(np.start - comma[0].length) : undefined;
    if (named && named.start >= bound) return { kind: 'person', mention: named, start: named.start, end: named.end };
    // `Mr. Lind of the Harbour Trust said`, `Ana Ruiz of Brenton said`: the person, with an affiliation.
    const link = /\s(?:of|from|at|with)\s+$/.exec(text.slice(Math.max(bound, np.start - 6), np.start));
    const affiliated = link ? ix.mentionByEnd.get(np.start - link[0].length) : undefined;
    if (affiliated && affiliated.start >= bound && (mode !== 'after-quote' || onlyTitlesBetween(ix, bound, affiliated.start) || afterComma(ix, bound, affiliated.start))) {
      return { kind: 'person', mention: affiliated, start: affiliated.start, end: affiliated.end };
    }
    // `a patient in Brenton Hospital said`, `residents in Brenton said`: a place after a noun locates
    // the speaker, it is not the speaker; the noun before it is (unnamed when no name is given).
    const holder = locatedHolder(ix, bound, np, preEnd);
    const ref = holder ?? classifyPhrase(ix, np.phrase, np.start, preEnd);
    const at = holder ? holder.start : np.start;
    if (ref.kind === 'main' && peelFurther(null) && /^\p{Lu}/u.test(np.phrase)) {
      e = previousComma;
      continue;
    }
    if (ref.kind === 'main') return null;
    if (mode === 'after-quote' && !onlyPunctuation(text, bound, at) && !afterComma(ix, bound, at)) return null;
    if (mode === 'clause' && !isClauseInitial(ix, bound, at)) {
      if (peelFurther(null)) {
        e = previousComma;
        continue;
      }
      return null;
    }
    return ref;
  }
  return null;
}

/** `said Lind`, `said the spokeswoman, Ana Ruiz`, `said a senior official`: the subject after an inverted verb. */
export function subjectAfter(ix: ArticleIndex, cue: Cue, limit: number): SourceRef | null {
  const text = ix.text;
  const pos = skipSpace(text, cue.verbEnd, limit);
  if (pos === cue.verbEnd || pos >= limit) return null;
  const mention = mentionAfterTitles(ix, pos, limit);
  if (mention) return { kind: 'person', mention, start: mention.start, end: mention.end };
  const rest = text.slice(pos, Math.min(limit, pos + 120));
  const pron = /^(?:he|she)\b/.exec(rest);
  if (pron) return { kind: 'pronoun', word: pron[0], start: pos, end: pos + pron[0].length };
  let np = /^((?:the|a|an|one|two|several|some|senior|another|\p{Lu}[\p{L}.'’-]*)(?:\s+[^\s,.;:"“”()]+){0,7}?)(?=[,.;:]|$|\s+(?:who|which|that|in|at|on|after|before|during|when|while|of|to|about)\b)/u.exec(rest)?.[1];
  if (!np) return null;
  // A full stop after the phrase ends the sentence, unless it closes an initial or abbreviation.
  if (/\p{L}{3,}\.$/u.test(np)) np = np.slice(0, -1);
  const npEnd = pos + np.length;
  // `said the spokeswoman, Ana Ruiz`, `said his friend at college, Ana Ruiz`: the role, then the name in apposition.
  const apposition = /^(?:\s+(?:at|of|for|from|in|with|on)\s+[^,.;:"“”]{1,50})?,\s*/u.exec(text.slice(npEnd, Math.min(limit, npEnd + 70)));
  if (apposition) {
    const named = ix.mentionByStart.get(npEnd + apposition[0].length);
    if (named) return { kind: 'person', mention: named, start: named.start, end: named.end };
  }
  const ref = classifyPhrase(ix, np, pos, npEnd);
  if (ref.kind !== 'main') return ref;
  // `said one London-based broker`: after an inverted verb, a determined phrase is the speaker.
  if (/^(?:the|a|an|one|two|several|some|another)\s/i.test(np)) return { kind: 'unnamed', phrase: np, start: pos, end: npEnd };
  // `said Lind` where Lind is no known person: a capitalised word or two is a name.
  if (/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(np)) return { kind: 'label', name: np, start: pos, end: npEnd };
  return null;
}

/** `according to X`: X as a person, else as a phrase. */
export function accordingTo(ix: ArticleIndex, cue: Cue, limit: number): SourceRef | null {
  const text = ix.text;
  const pos = skipSpace(text, cue.end, limit);
  const mention = mentionAfterTitles(ix, pos, limit);
  if (mention) return { kind: 'person', mention, start: mention.start, end: mention.end };
  const np = /^([^,.;:"“”]{2,80}?)(?=[,.;:]|\s+["“]|$)/u.exec(text.slice(pos, Math.min(limit, pos + 100)))?.[1]?.trim();
  if (!np) return null;
  // `according to a statement from the company`, `according to the Kremlin`.
  const ref = classifyPhrase(ix, np, pos, pos + np.length);
  return ref.kind === 'main' ? { kind: 'unnamed', phrase: np, start: pos, end: pos + np.length } : ref;
}

/** `Lind's claim that`, `his vow to`, `the ministry's statement`: the owner of a report noun. */
export function possessorOf(ix: ArticleIndex, cue: Cue): SourceRef | null {
  const text = ix.text;
  const before = text.slice(Math.max(0, cue.start - 80), cue.start);
  const m = /(\S+?)['’]s?(?:\s+[\p{Ll}-]+){0,2}\s+$/u.exec(before) ?? /\b(his|her|their|its)(?:\s+[\p{Ll}-]+){0,2}\s+$/iu.exec(before);
  if (!m) return null;
  const start = cue.start - before.length + m.index;
  const end = start + m[1]!.length;
  const word = m[1]!.toLowerCase();
  if (word === 'his' || word === 'her') return { kind: 'pronoun', word: word === 'his' ? 'he' : 'she', start, end };
  if (word === 'its') return { kind: 'it', start, end };
  if (word === 'their') return { kind: 'unnamed', phrase: 'they', start, end };
  const mention = ix.mentionByEnd.get(end);
  if (mention) return { kind: 'person', mention, start: mention.start, end: mention.end };
  const np = nounPhraseBefore(ix, Math.max(0, start - 60), end);
  if (!np) return null;
  const ref = classifyPhrase(ix, np.phrase, np.start, end);
  return ref.kind === 'main' ? null : ref;
}

/**
 * The subject of the main clause of the sentence starting at `sentStart`, before `limit`: the first
 * name after introductory phrases (`At a rally on Monday, X said`), a pronoun, or a role phrase.
 */
export function mainSubject(ix: ArticleIndex, sentStart: number, limit: number): SourceRef | null {
  const text = ix.text;
  limit = Math.min(limit, sentStart + 400);
  let s = skipSpace(text, sentStart, limit);
  if (/["“'‘(]/u.test(text.charAt(s))) s = skipSpace(text, s + 1, limit);
  let w = wordAt(text, s, limit);
  if (w && CONJUNCTIONS.has(w.replace(/,$/, ''))) s = skipSpace(text, s + w.length, limit);
  const opening = leadingPerson(ix, s, limit);
  if (opening) return opening;
  w = wordAt(text, s, limit);
  if (w && (INTRO.has(w.replace(/,$/, '')) || /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(w))) {
    // An introductory phrase (`At a news conference with X, Y said`): the subject follows its comma.
    const comma = indexIn(text, ',', s, Math.min(limit, s + 200));
    if (comma > 0 && comma < Math.min(limit, s + 200)) {
      s = skipSpace(text, comma + 1, limit);
      const after = leadingPerson(ix, s, limit);
      if (after) return after;
    }
  }
  w = wordAt(text, s, limit);
  if (w && /^(?:He|She|he|she)$/.test(w)) return { kind: 'pronoun', word: w, start: s, end: s + w.length };
  if (w && /^(?:It|it)$/.test(w)) return { kind: 'it', start: s, end: s + w.length };
  // `The Tory leader will ...`, `Officials in Paris ...`, `The Kremlin has ...`: a phrase as subject.
  const words: string[] = [];
  let pos = s;
  while (words.length < 7) {
    const word = wordAt(text, pos, limit);
    if (!word) break;
    const lower = word.toLowerCase();
    const first = words.length === 0;
    const bare = word.replace(/(?:['’]s)?[,;:.]*$/u, '');
    if (first && SENTENCE_STARTERS.has(bare) && !DETERMINERS.has(lower) && !UNNAMED.has(bare.toLowerCase())) break;
    if ((first && DETERMINERS.has(lower)) || /^\p{Lu}/u.test(word) || MODIFIERS.has(lower) || PERSON_ROLES.has(lower) || UNNAMED.has(lower) || organisationNominal(lower) || isTitleHead(lower)) {
      words.push(word);
      pos = skipSpace(text, pos + word.length, limit);
      if (/[,;:.]$/.test(word)) break;
    } else break;
  }
  const punctuated = words.length > 0 && /[,;:.]$/.test(words[words.length - 1]!);
  while (words.length && /[,;:.]$/.test(words[words.length - 1]!)) words[words.length - 1] = words[words.length - 1]!.replace(/[,;:.]+$/, '');
  if (!words.length || (words.length === 1 && DETERMINERS.has(words[0]!.toLowerCase()))) return null;
  // `Brexit backers who ...`: capitalised words before a plural noun modify it; the subject is the group.
  const next = punctuated ? null : wordAt(text, pos, limit);
  if (next && /^\p{Ll}{3,}s$/u.test(next) && !ADVERBS.has(next) && !isReportingVerbForm(next) && !/(?:ss|us|is|as)$/.test(next)) {
    const phrase = `${words.join(' ')} ${next}`;
    return { kind: 'unnamed', phrase, start: s, end: s + phrase.length };
  }
  const phrase = words.join(' ');
  const ref = classifyPhrase(ix, phrase, s, s + phrase.length);
  return ref.kind === 'main' ? null : ref;
}

/** A person named at `s`, possibly after capitalised words, possessives and role words (`The chief inspector, X,`). */
function leadingPerson(ix: ArticleIndex, s: number, limit: number): SourceRef | null {
  const text = ix.text;
  const p = ix.firstPersonIn(s, Math.min(limit, s + 120));
  if (!p) return null;
  const gap = text.slice(s, p.start);
  const owned = gap === '' ? ownersRoleInApposition(ix, p) : null;
  if (owned) return { kind: 'person', mention: owned, start: owned.start, end: owned.end };
  const relative = gap === '' ? relativeInApposition(ix, p) : null;
  if (relative) return relative;
  if (/^(?:the|a|an|his|her|its|their)\s[^,;:"“”]{0,80},\s*$/iu.test(gap) && /^\s*,/.test(text.slice(p.end, p.end + 2))) {
    if (gap.replace(/,\s*$/, '').split(/\s+/).some((w) => isTitleHead(w))) return { kind: 'person', mention: p, start: p.start, end: p.end };
  }
  const words = gap.split(/\s+/).filter(Boolean).map((w) => w.replace(/,$/, ''));
  if (words.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|his|her|their|its|a|an)$/.test(w) || isTitleWord(w) || MODIFIERS.has(w) || PERSON_ROLES.has(w))) {
    return { kind: 'person', mention: p, start: p.start, end: p.end };
  }
  return null;
}

/** `Lind's campaign manager, Ana Ruiz, said`, `Lind's son, Tomas, said`: the person in apposition to a role or kin someone owns, not the owner. */
function ownersRoleInApposition(ix: ArticleIndex, owner: PersonMention): PersonMention | null {
  const m = /^['’]s((?:\s+[\p{L}-]+){1,5}),\s*/u.exec(ix.text.slice(owner.end, owner.end + 80));
  const role = m?.[1]!.trim().split(/\s+/).pop()?.toLowerCase();
  if (!m || !role || !(ROLE_HEADS.has(role) || KIN.has(role))) return null;
  const named = ix.mentionByStart.get(owner.end + m[0].length);
  return named && ix.text.charAt(named.end) === ',' ? named : null;
}

/** `Lind's daughter, Mira, said`: a relative in apposition whom no rule found a person is still the speaker, by name. */
function relativeInApposition(ix: ArticleIndex, owner: PersonMention): SourceRef | null {
  const m = /^['’]s\s+(\p{Ll}+),\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?),/u.exec(ix.text.slice(owner.end, owner.end + 80));
  if (!m || !KIN.has(m[1]!)) return null;
  const start = owner.end + m[0].length - m[2]!.length - 1;
  return { kind: 'label', name: m[2]!, start, end: start + m[2]!.length };
}

/** End of `[bound, end)` after dropping trailing spaces, adverbs and auxiliaries (`X also has said`). */
function trimAdverbs(text: string, bound: number, end: number): number {
  let e = trimSpaceEnd(text, bound, end);
  for (let guard = 0; guard < 6; guard++) {
    const w = lastWord(text, bound, e);
    if (!w) break;
    const lower = w.word.toLowerCase();
    // `on Monday`, `last night`, `this week`, `earlier this month`: when, between the subject and its verb.
    const when = DAYS.has(lower) || TIMES.has(lower) ? /\b(?:on|last|this|next|late|early|earlier|later)\s+(?:\p{Ll}+\s+)?$/iu.exec(text.slice(Math.max(bound, w.start - 20), w.start)) : null;
    if (when) {
      e = trimSpaceEnd(text, bound, w.start - when[0].length);
      continue;
    }
    if (!ADVERBS.has(lower) && !/^\p{Ll}{3,}ly$/u.test(w.word)) break;
    e = trimSpaceEnd(text, bound, w.start);
  }
  return e;
}

/** Where the aside closed at `innerEnd` opens: its comma, parenthesis or dash. */
function asideOpening(text: string, bound: number, innerEnd: number, dash: boolean): number {
  for (let i = innerEnd - 1; i >= bound && innerEnd - i <= 200; i--) {
    const c = text.charAt(i);
    if (c === '"' || c === '“' || c === '”' || c === '.' && /\s/.test(text.charAt(i + 1)) && !/\b\p{L}{1,4}$/u.test(text.slice(Math.max(bound, i - 5), i))) return -1;
    if (dash ? c === '—' || c === '―' || (c === '–' || c === '-') && text.charAt(i - 1) === ' ' : c === ',' || c === '(') return i;
  }
  return -1;
}

/**
 * `a patient in Brenton Hospital`: the noun phrase before a locative preposition governing `np`,
 * as an unnamed source, when its last word is lowercase (`residents in X`, not `Acme Bank in X`)
 * and it is no body with a seat (`Russia's embassy in X` speaks as that body).
 */
function locatedHolder(ix: ArticleIndex, bound: number, np: { phrase: string; start: number }, end: number): (SourceRef & { kind: 'unnamed' }) | null {
  const located = /(?:^|\s)(\S+)(\s+(?:in|at|near|inside|outside)\s+)$/u.exec(ix.text.slice(Math.max(bound, np.start - 40), np.start));
  if (!located || !/^(?:\p{Ll}[\p{Ll}-]*|\S*\p{L}['’])$/u.test(located[1]!)) return null;
  const holderEnd = np.start - located[2]!.length;
  const holder = nounPhraseBefore(ix, bound, holderEnd);
  const held = holder ? classifyPhrase(ix, holder.phrase, holder.start, holderEnd).kind : null;
  if (held === 'nominal' || held === 'organisation') return null;
  const from = holder?.start ?? np.start;
  // `X, an actor in Dallas, ...`: an aside describing someone named before it (the caller peels it).
  if (ix.text.slice(bound, from).includes(',')) return null;
  return { kind: 'unnamed', phrase: ix.text.slice(from, end).trim(), start: from, end };
}
