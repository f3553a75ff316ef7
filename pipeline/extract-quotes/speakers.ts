/**
 * Speaker phrases: who a cue's words belong to, read from the text around the cue.
 * - the subject before a verb (`"...," Mr. Lind said`; `X, who led the talks, said`; `X (D-Ore.) said`),
 * - the subject after an inverted verb (`said Lind`, `said the spokeswoman, Ana Ruiz`),
 * - `according to X`, a possessive report (`Lind's claim that`),
 * - a label with no verb (`Ana Ruiz, Daily Courier: "..."`, `"..." ― Ana Ruiz`, `"RUIZ: ...`),
 * - the subject of the main clause, for participles and coordinated verbs (`..., saying`).
 * What comes back is a reference (a person, pronoun, role, organisation, unnamed source) for
 * `coreference.ts` to resolve. Every look-around is a bounded window.
 */
import { isTitleHead, isTitleWord } from '../lib/gazetteer.js';
import type { PersonMention } from '../types.js';
import type { ArticleIndex } from './article-index.js';
import type { Cue } from './cues.js';
import { ADVERBS_BEFORE_CUE } from './cue-lexicon.js';
import { isReportingVerbForm } from './cues.js';
import { countryName } from './organisations.js';
import {
  FOR_SOMEONE_HEADS,
  INTRO_WORDS,
  LEADING_CONJUNCTIONS,
  ORGANISATION_NOMINALS,
  PERSON_ROLE_HEADS,
  ROLE_MODIFIERS,
  SOURCE_DETERMINERS,
  UNNAMED_SOURCE_HEADS,
  type OrganisationClass,
} from './source-words.js';

export type SourceRef =
  | { kind: 'person'; mention: PersonMention; start: number; end: number }
  | { kind: 'pronoun'; word: string; start: number; end: number }
  | { kind: 'it'; start: number; end: number }
  | { kind: 'role'; phrase: string; start: number; end: number }
  | { kind: 'organisation'; name: string; start: number; end: number }
  | { kind: 'nominal'; phrase: string; cls: OrganisationClass; start: number; end: number }
  | { kind: 'unnamed'; phrase: string; start: number; end: number }
  | { kind: 'label'; name: string; start: number; end: number }
  /** A coordinated verb or participle: the subject is the main clause's. */
  | { kind: 'main' };

const ADVERBS = new Set(ADVERBS_BEFORE_CUE);
const PERSON_ROLES = new Set(PERSON_ROLE_HEADS);
const UNNAMED = new Set(UNNAMED_SOURCE_HEADS);
const MODIFIERS = new Set(ROLE_MODIFIERS);
const DETERMINERS = new Set(SOURCE_DETERMINERS);
const FOR_SOMEONE = new Set(FOR_SOMEONE_HEADS);
const INTRO = new Set(INTRO_WORDS);
const CONJUNCTIONS = new Set(LEADING_CONJUNCTIONS);
const DEFINITE = new Set(['the', 'his', 'her', 'their', 'its', 'this', 'that']);
const PRONOUNS_PERSON = new Set(['he', 'she']);
const PRONOUNS_OTHER = new Set(['they', 'we', 'i', 'you']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_NOUNS = new Set(['night', 'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'weekend', 'day']);
/** Prepositions after a `for someone` head: `a spokesman for`, `sources close to`. */
const FOR_PREPOSITIONS = new Set(['for', 'to', 'of', 'at', 'from', 'in', 'with']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'as', 'because', 'although', 'though', 'when', 'where', 'after', 'before', 'since', 'that', 'whereas', 'yet', 'so', 'meanwhile', 'however', 'earlier', 'later', 'now', 'then', 'also', 'which', 'who', 'if', 'until']);
/** Longest stretch searched for a subject or an aside. */
const WINDOW = 240;

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
  let e = end;
  for (let pass = 0; pass < 4; pass++) {
    let preEnd = trimAdverbs(text, bound, e);
    if (preEnd <= bound) return null;
    // `Harry Vane (D-Ore.) said`: a parenthesis after the name.
    if (text.charAt(preEnd - 1) === ')') {
      const open = text.lastIndexOf('(', preEnd - 1);
      if (open >= bound && preEnd - open <= 60) {
        preEnd = trimSpaceEnd(text, bound, open);
        if (preEnd <= bound) return null;
      }
    }
    const mention = ix.mentionByEnd.get(preEnd);
    if (mention && mention.start >= bound) {
      const agent = forSomeone(ix, bound, mention.start);
      if (agent) return { kind: 'unnamed', phrase: text.slice(agent, mention.end), start: agent, end: mention.end };
      // `"...," Lind said`, or clause-final after a fragment (`is "unacceptable" given ..., Lind said`).
      if (mode === 'after-quote' && !onlyTitlesBetween(ix, bound, mention.start) && !afterComma(ix, bound, mention.start)) return null;
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
          const asOrg = headRef.kind === 'nominal' || ORGANISATION_NOMINALS[head!.phrase.split(/\s+/).pop()!.toLowerCase()];
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
    const previousComma = text.lastIndexOf(',', (np?.start ?? preEnd) - 1);
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
    const ref = classifyPhrase(ix, np.phrase, np.start, preEnd);
    if (ref.kind === 'main' && peelFurther(null) && /^\p{Lu}/u.test(np.phrase)) {
      e = previousComma;
      continue;
    }
    if (ref.kind === 'main') return null;
    if (mode === 'after-quote' && !onlyPunctuation(text, bound, np.start) && !afterComma(ix, bound, np.start)) return null;
    if (mode === 'clause' && !isClauseInitial(ix, bound, np.start)) {
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
 * A speaker named without a verb: `Ana Ruiz, Daily Courier: "..."` before the quotation, `"..." ― Ana
 * Ruiz` after it, or a transcript label opening the quoted words (`"RUIZ: We will ...`).
 */
export function labelOf(ix: ArticleIndex, open: number, start: number, after: number, paragraphStart: number, paragraphEnd: number): SourceRef | null {
  const text = ix.text;
  // Inside: `RUIZ: ...` or `Ruiz: ...` at the start of the quoted words.
  const inside = /^((?:\p{Lu}[\p{Lu}'’.-]+)(?:\s\p{Lu}[\p{Lu}'’.-]+){0,2}|\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}):\s/u.exec(text.slice(start, start + 60));
  if (inside) return personOrLabel(ix, start, start + inside[1]!.length);
  // Before: the paragraph up to the mark is `Name[, Outlet]:`.
  if (open > paragraphStart && open - paragraphStart <= 100) {
    const head = text.slice(paragraphStart, open);
    const m = /^([^:"“”!?]{2,90}):\s*$/u.exec(head);
    if (m && /^\p{Lu}/u.test(m[1]!)) {
      const nameEnd = paragraphStart + (m[1]!.indexOf(',') >= 0 ? m[1]!.indexOf(',') : m[1]!.length);
      const ref = personOrLabel(ix, paragraphStart, nameEnd);
      if (ref) return ref;
    }
  }
  // After: `"..." ― Ana Ruiz` (or a dash) closing the paragraph.
  if (after < paragraphEnd) {
    const tail = /^\s*[―—–-]\s*/u.exec(text.slice(after, after + 8));
    if (tail) {
      const nameStart = after + tail[0].length;
      const m = /^((?:[^.,;:!?"“”]|(?<=\b\p{Lu})\.){2,60}?)\s*[.,]?\s*$/u.exec(text.slice(nameStart, Math.min(paragraphEnd, nameStart + 70)));
      if (m) {
        const ref = personOrLabel(ix, nameStart, nameStart + m[1]!.length);
        return ref && ref.kind !== 'main' ? { ...ref, start: Math.min(ref.start, nameStart), end: Math.max(ref.end, nameStart + m[1]!.length) } : ref;
      }
    }
  }
  return null;
}

/** A person mention filling `[start, end)`, else up to four capitalised words as a name. */
function personOrLabel(ix: ArticleIndex, start: number, end: number): SourceRef | null {
  const mention = ix.peopleIn(start, end).find((p) => p.end <= end);
  if (mention && onlyTitlesBetween(ix, start, mention.start)) return { kind: 'person', mention, start: mention.start, end: mention.end };
  const name = ix.text.slice(start, end).trim();
  if (!/^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|al|bin|del|da|la)){0,4}$/u.test(name)) return null;
  if (INTRO.has(name.split(/\s+/)[0]!)) return null;
  // A transcript's `HOST:` or `VALE:` names a speaker, not an organisation.
  const ref = classifyPhrase(ix, name, start, end);
  if (ref.kind === 'organisation' && name !== name.toUpperCase()) return ref;
  return { kind: 'label', name, start, end };
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
    const comma = text.indexOf(',', s);
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
    if ((first && DETERMINERS.has(lower)) || /^\p{Lu}/u.test(word) || MODIFIERS.has(lower) || PERSON_ROLES.has(lower) || UNNAMED.has(lower) || ORGANISATION_NOMINALS[lower] || isTitleHead(lower)) {
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
  if (/^(?:the|a|an|his|her|its|their)\s[^,;:"“”]{0,80},\s*$/iu.test(gap) && /^\s*,/.test(text.slice(p.end, p.end + 2))) {
    if (gap.replace(/,\s*$/, '').split(/\s+/).some((w) => isTitleHead(w))) return { kind: 'person', mention: p, start: p.start, end: p.end };
  }
  const words = gap.split(/\s+/).filter(Boolean).map((w) => w.replace(/,$/, ''));
  if (words.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|his|her|their|its|a|an)$/.test(w) || isTitleWord(w) || MODIFIERS.has(w) || PERSON_ROLES.has(w))) {
    return { kind: 'person', mention: p, start: p.start, end: p.end };
  }
  return null;
}

/**
 * What a phrase is as a source: a role (`the minister`), an organisation by name (`the Kremlin`,
 * `Japan`, `the Clinton campaign`) or by common noun (`the ministry`), an unnamed source
 * (`officials`, `a spokesman for X`), or `main` when it is no source at all.
 */
export function classifyPhrase(ix: ArticleIndex, phrase: string, start: number, end: number): SourceRef {
  const words = phrase.trim().split(/\s+/);
  const det = (words[0] ?? '').toLowerCase();
  const hasDet = DETERMINERS.has(det);
  const body = hasDet ? words.slice(1) : words;
  const head = words[words.length - 1] ?? '';
  const lower = head.toLowerCase().replace(/['’]s$/u, '');
  const plural = lower.endsWith('s') && !lower.endsWith('ss') && lower !== 'chiefs' && !PERSON_ROLES.has(lower);
  const trimmed = phrase.trim();
  if (!body.length) return { kind: 'main' };
  // `a spokeswoman for the airport`, `sources close to the minister`: someone speaking for someone else.
  for (let i = 1; i < words.length - 1; i++) {
    if (FOR_PREPOSITIONS.has(words[i]!.toLowerCase()) && FOR_SOMEONE.has(words[i - 1]!.toLowerCase().replace(/^close$/, ''))) return { kind: 'unnamed', phrase: trimmed, start, end };
    if (words[i]!.toLowerCase() === 'close' && FOR_SOMEONE.has(words[i - 1]!.toLowerCase())) return { kind: 'unnamed', phrase: trimmed, start, end };
  }
  const possessor = body.slice(0, -1).find((w) => /['’]s?$/u.test(w) && /^\p{Lu}/u.test(w));
  if (/^\p{Lu}/u.test(head)) {
    if (body.some((w) => /^\p{Ll}/u.test(w) && !/^(?:of|for|and|the|de|on|to)$/.test(w))) {
      // `a senior Kremlin official` ends lowercase; `the group Friends of X` is an organisation's name.
      return { kind: 'unnamed', phrase: trimmed, start, end };
    }
    const name = body.join(' ').replace(/['’]s$/u, '');
    if (UNNAMED.has(name.toLowerCase())) return { kind: 'unnamed', phrase: trimmed, start, end };
    return { kind: 'organisation', name, start, end };
  }
  const cls = ORGANISATION_NOMINALS[lower];
  if (cls && !plural) {
    // `the Clinton campaign`, `Clinton's campaign`, `the Obama administration`: an organisation by name.
    const capitals = body.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w));
    if (possessor && capitals.length === 1) return { kind: 'organisation', name: `${possessor.replace(/['’]s?$/u, '')} ${lower}`, start, end };
    if (capitals.length && body.slice(0, -1).every((w) => /^\p{Lu}/u.test(w) || MODIFIERS.has(w.toLowerCase()))) {
      return { kind: 'organisation', name: body.join(' '), start, end };
    }
    if (DEFINITE.has(det) || body.length > 1) return { kind: 'nominal', phrase: trimmed, cls, start, end };
    return { kind: 'unnamed', phrase: trimmed, start, end };
  }
  const role = PERSON_ROLES.has(lower) || isTitleHead(lower);
  if (role && !plural) {
    const ownRole = possessor !== undefined && FOR_SOMEONE.has(lower);
    // `the minister`, `Russia's foreign minister`, and the bare wire style `Presidential spokesman said`.
    if (!ownRole && (DEFINITE.has(det) || possessor !== undefined || (!hasDet && words.length > 1))) return { kind: 'role', phrase: trimmed, start, end };
    return { kind: 'unnamed', phrase: trimmed, start, end };
  }
  if (UNNAMED.has(lower) || (role && plural) || PERSON_ROLES.has(lower.replace(/s$/, '')) || isTitleHead(lower.replace(/s$/, ''))) {
    return { kind: 'unnamed', phrase: trimmed, start, end };
  }
  if (countryName(phrase)) return { kind: 'organisation', name: phrase.replace(/^the\s+/i, ''), start, end };
  return { kind: 'main' };
}

/**
 * The role or source phrase ending at `end`, read backwards word by word: capitalised words,
 * possessives, role words and modifiers, up to and including a determiner (`the former cabinet
 * secretary`, `Mr Blair's official spokesman`, `an airport spokeswoman`, `a spokesman for the airline`).
 */
export function nounPhraseBefore(ix: ArticleIndex, bound: number, end: number): { phrase: string; start: number } | null {
  const text = ix.text;
  const from = Math.max(bound, end - 140);
  const words: { w: string; at: number }[] = [];
  const re = /\S+/g;
  const pre = text.slice(from, end);
  for (let m = re.exec(pre); m; m = re.exec(pre)) {
    // A stray mark glued to a word (`"A spokesman`) is no part of it.
    const lead = /^["“‘'«(]+/u.exec(m[0])?.[0].length ?? 0;
    if (lead < m[0].length) words.push({ w: m[0].slice(lead), at: from + m.index + lead });
  }
  let i = words.length;
  let start = -1;
  while (i > 0 && words.length - i < 9) {
    const { w, at } = words[i - 1]!;
    const last = i === words.length;
    // Punctuation ends the phrase, but for the full stop of an abbreviation (`U.S.`, `Gov.`).
    if (!last && /[,;:.!?)"”]$/.test(w) && !/^(?:(?:\p{L}\.){2,}|\p{Lu}\p{Ll}{0,3}\.)$/u.test(w)) break;
    const lower = w.toLowerCase();
    if (DETERMINERS.has(lower)) {
      start = at;
      break;
    }
    const capitalised = /^\p{Lu}/u.test(w);
    const joiner = (lower === 'for' || lower === 'of' || lower === 'and') && start >= 0 && /^\p{Lu}/u.test(text.charAt(start));
    // Any common noun right after `the`/`a`, or after one or two modifiers that follow it (`the harbour trust`).
    const determinedNoun = last && /^[a-z][a-z-]{2,}$/.test(w) && [2, 3, 4].some((back) => i >= back && /^(?:the|a|an)$/i.test(words[i - back]!.w) && words.slice(i - back + 1, i - 1).every((m) => /^[a-z][a-z-]+$/.test(m.w)));
    if (capitalised || joiner || determinedNoun || isTitleHead(lower) || UNNAMED.has(lower) || MODIFIERS.has(lower) || PERSON_ROLES.has(lower) || ORGANISATION_NOMINALS[lower]) {
      start = at;
      i--;
      continue;
    }
    // `an airport spokeswoman`: up to two lowercase modifiers between a determiner and the head.
    if (start >= 0 && /^[a-z][a-z-]+$/.test(w)) {
      for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
        const wk = words[k]!.w;
        if (/^(?:the|a|an|his|her|their|its)$/i.test(wk)) {
          start = words[k]!.at;
          break;
        }
        if (!/^[a-z][a-z-]+$/.test(wk)) break;
      }
    }
    break;
  }
  if (start < 0) return null;
  // `a spokeswoman for the airport`: the source is the spokeswoman, speaking for the airport.
  const agent = forSomeone(ix, bound, start);
  if (agent !== null) start = agent;
  const phrase = text.slice(start, end).trim();
  return phrase ? { phrase, start } : null;
}

/** Where `a spokesman for` starts, when the phrase at `pos` is what such a source speaks for. */
function forSomeone(ix: ArticleIndex, bound: number, pos: number): number | null {
  const from = Math.max(bound, pos - 60);
  const words: { w: string; at: number }[] = [];
  const re = /\S+/g;
  const before = ix.text.slice(from, pos);
  for (let m = re.exec(before); m; m = re.exec(before)) words.push({ w: m[0], at: from + m.index });
  // Skip what the name is preceded by inside the phrase spoken for: `the`, capitalised words.
  let k = words.length - 1;
  while (k >= 0 && (/^\p{Lu}/u.test(words[k]!.w) || words[k]!.w === 'the') && words.length - k <= 4) k--;
  if (k < 1) return null;
  const prep = words[k]!.w.toLowerCase();
  const close = prep === 'to' && words[k - 1]?.w.toLowerCase() === 'close';
  const headIndex = close ? k - 2 : k - 1;
  if (!FOR_PREPOSITIONS.has(prep) || headIndex < 0 || !FOR_SOMEONE.has(words[headIndex]!.w.toLowerCase())) return null;
  // Back to the head's determiner (`a senior spokesman`), over at most two lowercase modifiers.
  let s = headIndex;
  for (let j = headIndex - 1; j >= 0 && j >= headIndex - 3; j--) {
    const w = words[j]!.w;
    if (DETERMINERS.has(w.toLowerCase())) {
      s = j;
      break;
    }
    if (!/^[\p{Ll}-]+$/u.test(w)) break;
  }
  return words[s]!.at;
}

/** A person mention starting at `pos`, possibly after title words (`Foreign Minister Ana Ruiz`). */
export function mentionAfterTitles(ix: ArticleIndex, pos: number, limit: number): PersonMention | null {
  const text = ix.text;
  let at = pos;
  for (let guard = 0; guard < 8 && at < limit; guard++) {
    const m = ix.mentionByStart.get(at);
    if (m) return m;
    const word = wordAt(text, at, limit);
    if (!word || /[,;:!?]$/.test(word)) return null;
    if (!/^(?:the|\p{Lu}[\p{L}.'’-]*|[\p{Ll}-]+)$/u.test(word.replace(/\.$/, ''))) return null;
    at = skipSpace(text, at + word.length, limit);
  }
  return null;
}

/** Is the role phrase at `pos` at the start of its clause (sentence start, after a comma or conjunction)? */
export function isClauseInitial(ix: ArticleIndex, bound: number, pos: number): boolean {
  const gap = ix.text.slice(bound, pos).trimEnd();
  if (gap === '' || /[,;:(—–]$/.test(gap)) return true;
  const last = /(\S+)$/.exec(gap)?.[1]?.toLowerCase() ?? '';
  if (CLAUSE_OPENERS.has(last)) return true;
  return INTRO.has(gap.split(/\s+/)[0] ?? '') && gap.endsWith(',');
}

/** Does a comma end the clause before `pos`, but for titles (`..., Mr. Lind said`)? */
function afterComma(ix: ArticleIndex, bound: number, pos: number): boolean {
  const comma = ix.text.lastIndexOf(',', pos - 1);
  return comma >= bound && onlyTitlesBetween(ix, comma + 1, pos);
}

function onlyPunctuation(text: string, from: number, to: number): boolean {
  return /^[\s,;—–'’"”»-]*$/.test(text.slice(from, to));
}

/** Only titles, determiners and capitalised words between a quotation and a name (`"...," Foreign Minister X said`). */
function onlyTitlesBetween(ix: ArticleIndex, from: number, to: number): boolean {
  const gap = ix.text.slice(from, to);
  if (/[.!?;"“”]/u.test(gap.replace(/\b(?:\p{L}{1,4})\./gu, ''))) return false;
  const words = gap.replace(/^[\s,;—–'’"”»-]+/, '').split(/\s+/).filter(Boolean).map((w) => w.replace(/[,]$/, ''));
  return words.length <= 7 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|of|for|and|a|an|then)$/.test(w) || isTitleWord(w) || MODIFIERS.has(w.toLowerCase()) || PERSON_ROLES.has(w.toLowerCase()) || /^[\p{Ll}-]+['’]s$/u.test(w) || /^\p{Ll}+-\p{Ll}+$/u.test(w));
}

/** End of `[bound, end)` after dropping trailing spaces, adverbs and auxiliaries (`X also has said`). */
function trimAdverbs(text: string, bound: number, end: number): number {
  let e = trimSpaceEnd(text, bound, end);
  for (let guard = 0; guard < 6; guard++) {
    const w = lastWord(text, bound, e);
    if (!w) break;
    const lower = w.word.toLowerCase();
    // `on Monday`, `last night`, `this week`, `earlier this month`: when, between the subject and its verb.
    const when = WEEKDAYS.has(lower) || TIME_NOUNS.has(lower) ? /\b(?:on|last|this|next|late|early|earlier|later)\s+(?:\p{Ll}+\s+)?$/iu.exec(text.slice(Math.max(bound, w.start - 20), w.start)) : null;
    if (when) {
      e = trimSpaceEnd(text, bound, w.start - when[0].length);
      continue;
    }
    if (!ADVERBS.has(lower) && !/^\p{Ll}{3,}ly$/u.test(w.word)) break;
    e = trimSpaceEnd(text, bound, w.start);
  }
  return e;
}

function lastWord(text: string, bound: number, end: number): { word: string; start: number } | null {
  let s = end;
  while (s > bound && /[\p{L}\p{M}'’.-]/u.test(text.charAt(s - 1))) s--;
  if (s === end) return null;
  if (s > bound && !/\s/.test(text.charAt(s - 1)) && !/[,;:(—–"“”]/.test(text.charAt(s - 1))) return null;
  return { word: text.slice(s, end), start: s };
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

function wordAt(text: string, pos: number, limit: number): string | null {
  const m = /^[^\s]+/.exec(text.slice(pos, Math.min(limit, pos + 60)));
  return m ? m[0] : null;
}

function skipSpace(text: string, pos: number, limit: number): number {
  while (pos < limit && /\s/.test(text.charAt(pos))) pos++;
  return pos;
}

function trimSpaceEnd(text: string, bound: number, end: number): number {
  while (end > bound && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}
