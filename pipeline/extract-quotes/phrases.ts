/**
 * Source phrases read word by word: what a phrase is as a source (a role, an organisation by name
 * or by common noun, an unnamed source), the phrase ending at a position, a person after titles,
 * and the small text tests the speaker readers share. Bounded windows only.
 */
import { isTitleHead, isTitleWord } from '../lib/gazetteer.js';
import type { PersonMention } from '../types.js';
import { lastIndexIn, type ArticleIndex } from './article-index.js';
import { countryName } from './organisations.js';
import {
  ROLE_HEADS,
  CLAUSE_OPENERS,
  DEFINITE_DETERMINERS,
  FOR_PREPOSITIONS,
  FOR_SOMEONE_HEADS,
  INTRO_WORDS,
  organisationNominal,
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

const PERSON_ROLES = new Set(PERSON_ROLE_HEADS);
const UNNAMED = new Set(UNNAMED_SOURCE_HEADS);
const MODIFIERS = new Set(ROLE_MODIFIERS);
const DETERMINERS = new Set(SOURCE_DETERMINERS);
const FOR_SOMEONE = new Set(FOR_SOMEONE_HEADS);
const INTRO = new Set(INTRO_WORDS);
const DEFINITE = new Set(DEFINITE_DETERMINERS);
const FOR_LINKS = new Set(FOR_PREPOSITIONS);
const OPENERS = new Set(CLAUSE_OPENERS);


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
    if (FOR_LINKS.has(words[i]!.toLowerCase()) && FOR_SOMEONE.has(words[i - 1]!.toLowerCase().replace(/^close$/, ''))) return { kind: 'unnamed', phrase: trimmed, start, end };
    if (words[i]!.toLowerCase() === 'close' && FOR_SOMEONE.has(words[i - 1]!.toLowerCase())) return { kind: 'unnamed', phrase: trimmed, start, end };
  }
  const possessor = body.slice(0, -1).find((w) => /['’]s?$/u.test(w) && /^\p{Lu}/u.test(w));
  if (/^\p{Lu}/u.test(head)) {
    // `the Oscar-nominated Lind`, `the homage Lind once called`: a person the article names by this surname.
    const known = countryName(body.join(' ')) ? null : ix.personBySurname(head.replace(/['’]s$/u, ''));
    if (known) return { kind: 'label', name: known, start, end };
    if (body.some((w) => /^\p{Ll}/u.test(w) && !/^(?:of|for|and|the|de|on|to)$/.test(w))) {
      // `a senior Kremlin official` ends lowercase; `the group Friends of X` is an organisation's name.
      return { kind: 'unnamed', phrase: trimmed, start, end };
    }
    // `the Lyon-based Corvalis`: a modifier before the name is no part of it.
    const named = body.slice(body.findIndex((w, i) => i === body.length - 1 || !/^\p{Lu}[\p{L}.]*-\p{Ll}+$/u.test(w)));
    const name = named.join(' ').replace(/['’]s$/u, '');
    if (UNNAMED.has(name.toLowerCase())) return { kind: 'unnamed', phrase: trimmed, start, end };
    return { kind: 'organisation', name, start, end };
  }
  const cls = organisationNominal(lower);
  if (cls && !plural) {
    // `the Clinton campaign`, `Clinton's campaign`, `the Obama administration`: an organisation by name.
    const capitals = body.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w));
    // `the Security Council resolution`, `a Senate report`: a document speaks for its author.
    if (cls === 'document' && capitals.length && capitals.length === body.length - 1) {
      return { kind: 'organisation', name: capitals.join(' ').replace(/['’]s?$/u, ''), start, end };
    }
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
    if (capitalised || joiner || determinedNoun || isTitleHead(lower) || UNNAMED.has(lower) || MODIFIERS.has(lower) || PERSON_ROLES.has(lower) || organisationNominal(lower)) {
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
export function forSomeone(ix: ArticleIndex, bound: number, pos: number): number | null {
  const from = Math.max(bound, pos - 60);
  const words: { w: string; at: number }[] = [];
  const re = /\S+/g;
  const before = ix.text.slice(from, pos);
  for (let m = re.exec(before); m; m = re.exec(before)) words.push({ w: m[0], at: from + m.index });
  // Skip what the name is preceded by inside the phrase spoken for: `the`, capitalised words.
  let k = words.length - 1;
  // ... and the title of the one spoken for, with its modifiers (`an associate of former mill boss X`).
  let titled = false;
  while (k >= 0 && words.length - k <= 6) {
    const w = words[k]!.w;
    const title = isTitleHead(w);
    if (!(/^\p{Lu}/u.test(w) || w === 'the' || w === 'former' || w === 'late' || title || (titled && /^\p{Ll}+$/u.test(w) && !FOR_LINKS.has(w)))) break;
    titled ||= title;
    k--;
  }
  if (k < 1) return null;
  const prep = words[k]!.w.toLowerCase();
  const close = prep === 'to' && words[k - 1]?.w.toLowerCase() === 'close';
  const headIndex = close ? k - 2 : k - 1;
  if (!FOR_LINKS.has(prep) || headIndex < 0 || !FOR_SOMEONE.has(words[headIndex]!.w.toLowerCase())) return null;
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
    if (m) return headAfterModifier(ix, m, limit) ?? m;
    const word = wordAt(text, at, limit);
    if (!word || /[,;:!?]$/.test(word)) return null;
    if (!/^(?:the|\p{Lu}[\p{L}.'’-]*|[\p{Ll}-]+)$/u.test(word.replace(/\.$/, ''))) return null;
    at = skipSpace(text, at + word.length, limit);
  }
  return null;
}

/** Words between a modifying name and its role (`Lind's top policy aide`): few, lower case, no clause. */
const MODIFIER_ROLE_WORDS = /^(?:['’]s)?((?:\s+[\p{Ll}-]+){1,4})\s+$/u;

/**
 * `Lind ally Ana Ruiz`, `Lind's top policy aide Ana Ruiz`: a name that modifies a role before
 * another name is not the person; the name after the role is. Null when `m` is the head itself.
 */
function headAfterModifier(ix: ArticleIndex, m: PersonMention, limit: number): PersonMention | null {
  const text = ix.text;
  const next = ix.peopleIn(m.end + 1, Math.min(limit, m.end + 60))[0];
  if (!next) return null;
  const words = MODIFIER_ROLE_WORDS.exec(text.slice(m.end, next.start))?.[1]?.trim().split(/\s+/);
  const role = words?.[words.length - 1];
  return role && ROLE_HEADS.has(role) ? next : null;
}

/** Is the role phrase at `pos` at the start of its clause (sentence start, after a comma or conjunction)? */
export function isClauseInitial(ix: ArticleIndex, bound: number, pos: number): boolean {
  const gap = ix.text.slice(bound, pos).trimEnd();
  if (gap === '' || /[,;:(—–]$/.test(gap)) return true;
  const last = /(\S+)$/.exec(gap)?.[1]?.toLowerCase() ?? '';
  if (OPENERS.has(last)) return true;
  return INTRO.has(gap.split(/\s+/)[0] ?? '') && gap.endsWith(',');
}

/** Does a comma end the clause before `pos`, but for titles (`..., Mr. Lind said`)? */
export function afterComma(ix: ArticleIndex, bound: number, pos: number): boolean {
  const comma = lastIndexIn(ix.text, ',', bound, pos);
  return comma >= bound && onlyTitlesBetween(ix, comma + 1, pos);
}

export function onlyPunctuation(text: string, from: number, to: number): boolean {
  return /^[\s,;—–'’"”»-]*$/.test(text.slice(from, to));
}

/** Only titles, determiners and capitalised words between a quotation and a name (`"...," Foreign Minister X said`). */
export function onlyTitlesBetween(ix: ArticleIndex, from: number, to: number): boolean {
  const gap = ix.text.slice(from, to);
  if (/[.!?;"“”]/u.test(gap.replace(/\b(?:\p{L}{1,4})\./gu, ''))) return false;
  const words = gap.replace(/^[\s,;—–'’"”»-]+/, '').split(/\s+/).filter(Boolean).map((w) => w.replace(/[,]$/, ''));
  return words.length <= 7 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|of|for|and|a|an|then)$/.test(w) || isTitleWord(w) || MODIFIERS.has(w.toLowerCase()) || PERSON_ROLES.has(w.toLowerCase()) || /^[\p{Ll}-]+['’]s$/u.test(w) || /^\p{Ll}+-\p{Ll}+$/u.test(w));
}

export function lastWord(text: string, bound: number, end: number): { word: string; start: number } | null {
  let s = end;
  while (s > bound && /[\p{L}\p{M}'’.-]/u.test(text.charAt(s - 1))) s--;
  if (s === end) return null;
  if (s > bound && !/\s/.test(text.charAt(s - 1)) && !/[,;:(—–"“”]/.test(text.charAt(s - 1))) return null;
  return { word: text.slice(s, end), start: s };
}

export function wordAt(text: string, pos: number, limit: number): string | null {
  const m = /^[^\s]+/.exec(text.slice(pos, Math.min(limit, pos + 60)));
  return m ? m[0] : null;
}

export function skipSpace(text: string, pos: number, limit: number): number {
  while (pos < limit && /\s/.test(text.charAt(pos))) pos++;
  return pos;
}

export function trimSpaceEnd(text: string, bound: number, end: number): number {
  while (end > bound && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}
