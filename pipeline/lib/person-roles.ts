/**
 * What the words around a capitalised run say of the person it names: a role phrase (`Russia's
 * foreign minister`, `a doctor`) and the title and country it gives, the title words right before
 * the name, the appositive before `, X,`, and a reporting verb after the name or before it (`said
 * X`) that makes even a one-word name a person's, a demonym that closes a name (`Mark Cuban`), and
 * whether a capitalised word is a common noun of the article, or a team before a plural verb
 * (`Rovers have`). Bounded look-arounds only.
 */
import { ADVERBS_BEFORE_CUE } from '../extract-quotes/cue-lexicon.js';
import { isReportingVerbForm } from '../extract-quotes/cues.js';
import { HONORIFICS, PLURAL_VERB_FORMS } from './people-words.js';
import { canonicalTitle, countryFromDemonym, countryFromName, countryOf, isTitleHead, isTitleWord } from './gazetteer.js';

const ADVERBS = new Set(ADVERBS_BEFORE_CUE);
const LOWER_WORD = /^[a-z][a-z-]*$/;
const CAPITAL_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;

/** `Blair said`, `Kono, a veteran lawmaker, told`, `Blair has repeatedly said`: a reporting verb after the name. */
export function cueAhead(text: string, end: number): boolean {
  const window = text.slice(end, end + 120);
  const aside = /^\s*,[^,.;:"“”]{1,80},/u.exec(window)?.[0].length ?? 0;
  const words = window.slice(aside).match(/^\s+((?:\p{L}+\s+){0,3}\p{L}+)/u)?.[1]?.split(/\s+/) ?? [];
  for (const w of words) {
    if (isReportingVerbForm(w, true)) return true;
    if (!ADVERBS.has(w.toLowerCase())) return false;
  }
  return false;
}

/** `"...," said Blair` anchors a one-word name too: a reporting verb right after a quotation's close. */
export function invertedCueBefore(text: string, start: number, end: number): boolean {
  const m = /([,”"’'—–-])\s*(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
  if (!m || !isReportingVerbForm(m[2]!)) return false;
  // `said Lumex chairman Piet Varden`: the word names the organisation, the title's holder speaks.
  const title = /^\s+(\p{Ll}+)\s+\p{Lu}/u.exec(text.slice(end, end + 30))?.[1];
  return !(title && isTitleHead(title));
}

/**
 * Read a role phrase (`foreign minister`, `Russia's foreign minister`, `director general of the
 * Chambers`, `doctor`): its title and the country it names, or null when it is no role.
 */
export function readRole(phrase: string, determiner: string): { title: string | null; country: string | null; endsWithTitle: boolean } | null {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 10) return null;
  let country: string | null = null;
  const possessor = /^(\p{Lu}[\p{L}.]*)['’]s$/u.exec(determiner)?.[1];
  if (possessor) country = countryFromName(possessor) ?? countryOf(possessor);
  let i = 0;
  // Leading articles and possessives inside the phrase (`the Russian foreign minister`).
  while (i < words.length && /^(?:the|a|an|his|her|its|their)$/i.test(words[i]!)) i++;
  const poss = /^(\p{Lu}[\p{L}.]*)['’]s$/u.exec(words[i] ?? '');
  if (poss) {
    country ??= countryFromName(poss[1]!) ?? countryOf(poss[1]!);
    i++;
  }
  const dem = words[i] ? countryFromDemonym(words[i]!) ?? countryFromName(words[i]!) : null;
  if (dem && words.length > i + 1) {
    country ??= dem;
    i++;
  }
  let j = i;
  while (j < words.length && isTitleWord(words[j]!) && !/^(?:of|for|the|and)$/i.test(words[j]!) ) j++;
  let headEnd = -1;
  for (let k = i; k < j; k++) if (isTitleHead(words[k]!)) headEnd = k;
  const ofCountry = /\b(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s*$/u.exec(phrase);
  if (ofCountry) country ??= countryFromName(ofCountry[1]!);
  if (headEnd >= 0) {
    const titleWords = words.slice(i, headEnd + 1);
    // `Secretary of State for the Family`: keep a title's own `of`/`for` complement when capitalised.
    let k = headEnd + 1;
    while (k + 1 < words.length && /^(?:of|for)$/.test(words[k]!) && isTitleWord(words[k + 1]!) && !/^(?:the|of|for|and)$/i.test(words[k + 1]!)) {
      titleWords.push(words[k]!);
      k++;
      while (k < words.length && isTitleWord(words[k]!) && !/^(?:the|of|for|and)$/i.test(words[k]!)) titleWords.push(words[k++]!);
    }
    return { title: canonicalTitle(titleWords.join(' ')), country, endsWithTitle: isTitleHead(words[words.length - 1]!) || k >= words.length || /^\p{Lu}/u.test(words[0]!) };
  }
  // `a doctor`, `an economist`: an indefinite role of at most three words, kept as written.
  if (/^(?:a|an)$/i.test(determiner) && words.length <= 3 && words.every((w) => /^\p{Ll}/u.test(w))) {
    return { title: words.join(' '), country, endsWithTitle: false };
  }
  return null;
}

/**
 * `his Japanese counterpart X`, `Russia's foreign minister X`, `Labour leader X`: up to four
 * lowercase words right before the name, and the one or two capitalised words before those.
 * Read backwards word by word (an end-anchored regex here would rescan the window from every start).
 */
export function lookBackTitle(text: string, runStart: number): { lower: string[]; owner: string } | null {
  const words = text.slice(Math.max(0, runStart - 60), runStart).split(/\s+/);
  if (words[words.length - 1] === '') words.pop();
  const lower: string[] = [];
  while (words.length && lower.length < 4 && LOWER_WORD.test(words[words.length - 1]!)) lower.unshift(words.pop()!);
  if (!lower.length) return null;
  const owner: string[] = [];
  while (words.length && owner.length < 2 && CAPITAL_WORD.test(words[words.length - 1]!)) {
    owner.unshift(words.pop()!);
    if (/['’]s$/u.test(owner[0]!)) break;
  }
  return { lower, owner: owner.join(' ') };
}

/** The phrase before `, X,` back to the previous comma, colon, semicolon, bracket or text start. */
export function appositiveBefore(text: string, runStart: number): string | null {
  const window = text.slice(Math.max(0, runStart - 100), runStart);
  const m = /,\s*$/.exec(window);
  if (!m) return null;
  const body = window.slice(0, m.index);
  let cut = -1;
  for (let i = body.length - 1; i >= 0; i--) {
    const c = body.charAt(i);
    if (c === ',' || c === ';' || c === ':' || c === '(' ) {
      cut = i;
      break;
    }
    if (c === '"' || c === '“' || c === '”' || c === ')') return null;
  }
  if (cut < 0 && runStart - 100 > 0) return null;
  const phrase = body.slice(cut + 1).trim();
  return phrase.length >= 3 ? phrase : null;
}

/**
 * `Mark Cuban said`, `Investor Mark Cuban`, `Mr Cuban`: does the demonym closing `words` (a run
 * starting at `runStart`, ending at `end`) end a person's name? After an honorific, yes; after a
 * given name, only where something marks a person (an office before it, a reporting verb, an
 * appositive or a possessive after it), since `Latin American` and `Native American` lead nouns.
 * @param isNameToken tells name-like words (no place, demonym, office or organisation word)
 */
export function demonymSurname(words: readonly string[], text: string, runStart: number, end: number, isNameToken: (word: string) => boolean): boolean {
  const last = words[words.length - 1]!;
  const before = words[words.length - 2]!;
  if (!countryFromDemonym(last) || !/^\p{Lu}\p{Ll}/u.test(last)) return false;
  if (before in HONORIFICS) return true;
  if (!isNameToken(before) || !/^\p{Lu}\p{Ll}{2,}$/u.test(before)) return false;
  const office = words.length > 2 ? isTitleWord(words[words.length - 3]!) : isTitleHead(singular(lookBackTitle(text, runStart)?.lower.at(-1) ?? ''));
  return office || cueAhead(text, end) || invertedCueBefore(text, runStart, end) || /^(?:['’]s\b|,\s+(?:the|a|an|who|whose)\s)/u.test(text.slice(end, end + 8));
}

/** `counterparts` → `counterpart`, for matching title heads. */
export function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Lower-case words of a text (for `isCommonNoun`). */
export const LOWER_WORDS = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu;
/** Plural agent nouns (`witnesses`, `investigators`, `protesters`, `militants`): a group of people, not one named. */
const PLURAL_AGENT = /(?:\p{L}{5}ers|ors|ists|ants|ents|ians|ees|ives|sses|ities)$/u;
/** Does the text name `rest` elsewhere than at `at`, after a lower-case word (`a speech by Tova Brandt`)? */
export function namedWithoutFirst(text: string, at: number, rest: string): boolean {
  for (let k = text.indexOf(rest); k >= 0; k = text.indexOf(rest, k + 1)) {
    if (k !== at && /(?:^|[\s(])\p{Ll}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, k - 24), k))) return true;
  }
  return false;
}

/** Is `word` a common noun: written in lower case in the article (itself, or its singular or plural), or a plural agent noun? */
export function isCommonNoun(word: string, lowerWords: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  const forms = [w, `${w}s`, `${w}es`, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/men$/, 'man'), w.replace(/man$/, 'men'), w.replace(/ies$/, 'y')];
  return forms.some((f) => lowerWords.has(f)) || PLURAL_AGENT.test(w);
}

const PLURAL_VERBS = new Set(PLURAL_VERB_FORMS);
/** Does a plural verb form follow `at` (`have`, `are`, `'ve`)? */
export function collectiveVerbAfter(text: string, at: number): boolean {
  const m = /^\s*([\p{L}'’]+)/u.exec(text.slice(at, at + 12));
  return !!m && PLURAL_VERBS.has(m[1]!.toLowerCase());
}
