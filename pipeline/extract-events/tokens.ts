/**
 * Words and punctuation of a sentence, with offsets into the cleaned text, and the clause around a
 * word found by walking tokens, never by a regex over the sentence: every walk is bounded
 * (`MAX_WALK` tokens), so a huge or unpunctuated input costs linear time.
 */
import { isAbbreviation } from '../lib/sentences.js';

/** One word or punctuation mark: `text.slice(start, end) === raw`. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

// Initialisms keep their dots (`U.S.`); words keep inner hyphens and apostrophes (`al-Assad`, `Merkel's`).
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Is the period at `k` the end of an abbreviation written right before it (`Mr.`, `Gen.`)? */
function abbreviationPeriod(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !!prev && prev.word && prev.end === tokens[k]!.start && isAbbreviation(prev.raw);
}

/** How far a clause or phrase walk may go, in tokens. */
export const MAX_WALK = 40;

/** The tokens of `text[from, to)`, in order. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    out.push({ start: from + m.index, end: from + m.index + raw.length, raw, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, word: startsWord(raw) });
  }
  return out;
}

/** Does a token open with a letter or digit? ASCII is told by its code, the rest by the Unicode classes. */
function startsWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /[\p{L}\p{N}]/u.test(raw[0]!);
}

/** The index of the first token starting at or after `at` (binary search). */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && t.word && /^\p{Lu}/u.test(t.raw);

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
export const isQuoteMark = (t: Token | undefined): boolean => !!t && QUOTE_MARKS.has(t.raw);

/**
 * The runs of `tokens[from, to)` outside quotations nested in it (`she said, 'This is absurd'`
 * inside someone's quoted words): the words of a third person the speaker retells. A mark opens
 * when a word follows it without a space, and closes when it follows a word without one.
 */
export function outsideNested(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  let depth = 0, runStart = from;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!isQuoteMark(t)) continue;
    const next = tokens[k + 1], prev = tokens[k - 1];
    const opens = !!next && next.start === t.end && (!prev || prev.end < t.start || !prev.word);
    const closes = !!prev && prev.end === t.start && !opens;
    if (opens) {
      if (depth === 0 && k > runStart) runs.push([runStart, k]);
      depth++;
    } else if (closes && depth > 0 && --depth === 0) runStart = k + 1;
  }
  if (depth === 0 && to > runStart) runs.push([runStart, to]);
  return runs;
}

// Words that open a new clause to the left of a verb: its subject is after them.
const LEFT_BREAK_WORDS = new Set([
  'but', 'while', 'whereas', 'when', 'because', 'although', 'though', 'that', 'which', 'who', 'whom', 'where', 'as',
  'after', 'before', 'since', 'said', 'says', 'told', 'whether', 'if', 'unless', 'once', 'until', 'why', 'how',
  // `could never accept what he called ...`: a free relative has its own subject.
  'what',
]);
const SUBORDINATORS = new Set(['while', 'although', 'though', 'when', 'as', 'after', 'before', 'if', 'because', 'since', 'once', 'unless', 'whereas', 'whilst']);
// After a comma, these open a new clause (`..., but`, `..., saying`).
const COMMA_BREAK_WORDS = new Set(['but', 'while', 'whereas', 'which', 'who', 'where', 'when', 'saying', 'adding', 'and', 'or']);
const HARD_BREAK = new Set([';', ':', '(', '—', '–', '[']);

/**
 * Where the clause holding token `i` starts (a character offset): after the nearest clause break
 * to its left within the sentence (`;`, a dash, `but`, `that`, `said`, `according to`, ...).
 * @param lo the first token of the sentence
 */
export function clauseStart(tokens: readonly Token[], i: number, lo: number): number {
  let comma = -1;
  for (let k = i - 1, n = 0; k >= lo && n < MAX_WALK; k--, n++) {
    const t = tokens[k]!;
    if (t.raw === ',' && comma < 0) comma = k;
    // `While some welcomed the vote, others warned`: a fronted subordinate clause ends at its comma.
    if (comma > k && t.word && SUBORDINATORS.has(t.lower) && (k === lo || !tokens[k - 1]!.word || k - lo < 2)) return tokens[comma + 1]!.start;
    // A parenthesis closed before the verb is an aside inside the subject (`Alyn Smith, a Scottish National Party (SNP) member, said`).
    if (t.raw === ')' || t.raw === ']') {
      const open = t.raw === ')' ? '(' : '[';
      let j = k - 1;
      while (j >= lo && k - j < 12 && tokens[j]!.raw !== open) j--;
      if (j >= lo && tokens[j]!.raw === open) { n += k - j; k = j; continue; }
      return tokens[k + 1]!.start;
    }
    if (HARD_BREAK.has(t.raw) || (t.raw === '-' && tokens[k - 1] && tokens[k - 1]!.end < t.start && tokens[k + 1] && t.end < tokens[k + 1]!.start)) return tokens[k + 1]!.start;
    // `Moscow, which denies ..., has never acknowledged`: a relative clause closed before the verb is skipped.
    if ((t.lower === 'which' || t.lower === 'who' || t.lower === 'whose') && tokens[k - 1]?.raw === ',' && closedBefore(tokens, k, i)) { k--; n++; continue; }
    if (t.word && LEFT_BREAK_WORDS.has(t.lower)) return tokens[k + 1]!.start;
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') return tokens[Math.min(i, k + 2)]!.start;
    if (t.raw === ',' && tokens[k + 1] && COMMA_BREAK_WORDS.has(tokens[k + 1]!.lower) && k + 1 < i) return tokens[k + 2 <= i ? k + 2 : i]!.start;
  }
  return tokens[Math.max(lo, i - MAX_WALK)]!.start;
}

/** Is there a comma between token `k` and token `i` (a relative clause that ended)? */
function closedBefore(tokens: readonly Token[], k: number, i: number): boolean {
  for (let j = k + 1; j < i; j++) if (tokens[j]!.raw === ',') return true;
  return false;
}

// Words that end the clause to the right of a verb (its object and adjuncts stop there).
const RIGHT_BREAK_WORDS = new Set(['but', 'while', 'whereas', 'when', 'because', 'although', 'though', 'that', 'which', 'who', 'whom', 'said', 'says', 'according']);
const RIGHT_BREAK_ADJUNCT = new Set(['after', 'before', 'amid', 'despite']);
const RIGHT_COMMA_BREAK = new Set(['but', 'while', 'whereas', 'which', 'who', 'where', 'saying', 'adding', 'and']);
const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Where the clause holding token `i` ends (a character offset, exclusive).
 * @param hi one past the last token of the sentence
 * @param complement an object clause (`urged X to ...`): `to` always ends it, `after`/`amid` do not;
 *   otherwise `to` ends it before a verb (not before `the`, `a`, or a name) and `after`/`amid` end it
 */
export function clauseEnd(tokens: readonly Token[], i: number, hi: number, complement: boolean, sentenceEnd: number): number {
  for (let k = i + 1, n = 0; k < hi && n < MAX_WALK; k++, n++) {
    const t = tokens[k]!;
    if (t.raw === ';' || t.raw === ':' || t.raw === '—' || t.raw === '–') return t.start;
    if (t.raw === '-' && tokens[k - 1]!.end < t.start && tokens[k + 1] && t.end < tokens[k + 1]!.start) return t.start;
    if (t.raw === ',' && tokens[k + 1] && RIGHT_COMMA_BREAK.has(tokens[k + 1]!.lower)) return t.start;
    if (!t.word) continue;
    if (RIGHT_BREAK_WORDS.has(t.lower)) return t.start;
    if (!complement && RIGHT_BREAK_ADJUNCT.has(t.lower)) return t.start;
    if (t.lower === 'to') {
      const next = tokens[k + 1];
      if (complement || (next && next.word && !DETERMINERS.has(next.lower) && !isCapitalised(next))) return t.start;
    }
  }
  const last = tokens[Math.min(hi, i + MAX_WALK) - 1];
  return hi - i > MAX_WALK && last ? last.end : sentenceEnd;
}

/** Does one of `words` (lower case; a phrase may hold spaces) start within `within` words after token `i`? Quote marks are skipped. */
export function followedBy(tokens: readonly Token[], i: number, hi: number, words: ReadonlySet<string>, within: number, phraseLengths: readonly number[] = [1]): number {
  for (let k = i + 1, n = 0; k < hi && n < within; k++) {
    const t = tokens[k]!;
    if (isQuoteMark(t)) continue;
    if (!t.word && t.raw !== '$' && t.raw !== '£' && t.raw !== '€') {
      // `dismissed Mr. X as`: an abbreviation's period inside the sentence stops nothing.
      if (t.raw === '.' && abbreviationPeriod(tokens, k)) continue;
      if (t.raw === '.' || t.raw === ';' || t.raw === ':') return -1;
      continue;
    }
    n++;
    for (const len of phraseLengths) {
      const phrase = len === 1 ? t.lower : wordsFrom(tokens, k, hi, len);
      if (phrase && words.has(phrase)) return k;
    }
  }
  return -1;
}

/** `len` words from token `k` joined by single spaces (quote marks skipped), or null when the sentence ends first. */
export function wordsFrom(tokens: readonly Token[], k: number, hi: number, len: number): string | null {
  // Built as one string (no array to join): it is asked at every word that may open a phrase.
  let phrase = '';
  let n = 0;
  for (let j = k; j < hi && n < len; j++) {
    const t = tokens[j]!;
    if (isQuoteMark(t)) continue;
    if (!t.word) return null;
    phrase = n++ === 0 ? t.lower : `${phrase} ${t.lower}`;
  }
  return n === len ? phrase : null;
}

/** The word tokens before `i`, nearest first, skipping quote marks, at most `n` and stopping at other punctuation. */
export function wordsBefore(tokens: readonly Token[], i: number, lo: number, n: number): Token[] {
  const out: Token[] = [];
  for (let k = i - 1; k >= lo && out.length < n; k--) {
    const t = tokens[k]!;
    if (isQuoteMark(t)) continue;
    if (!t.word) break;
    out.push(t);
  }
  return out;
}

/** All-capital words in a sentence from which it reads as page furniture (`MOST READ IN TV ...` teaser lists). */
const FURNITURE_CAPITALS = 6;
/** Lower-case words the same sentence must also have: a wire written all in capitals is text, not furniture. */
const FURNITURE_LOWER = 3;

/** Is the sentence page furniture: many words in capitals among lower-case ones (headline teasers run together)? */
export function furniture(tokens: readonly Token[]): boolean {
  let caps = 0;
  let lower = 0;
  for (const t of tokens) {
    if (!t.word) continue;
    if (t.raw.length >= 2 && /^\p{Lu}[\p{Lu}'’&-]+$/u.test(t.raw)) caps++;
    else if (/\p{Ll}/u.test(t.raw)) lower++;
  }
  if (caps >= FURNITURE_CAPITALS && lower >= FURNITURE_LOWER) return true;
  return headlineRun(tokens);
}

/** Words in a run of headlines with no stop between them (a teaser list flattened into one line). */
const HEADLINE_RUN_WORDS = 40;
const HEADLINE_RUN_CAPITALISED = 0.2;

/** A long "sentence" ending in no stop, a fifth of its words capitalised: headlines run together. */
function headlineRun(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || !last.word) return false;
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (!t.word) continue;
    words++;
    if (/^\p{Lu}/u.test(t.raw)) capitalised++;
  }
  return words >= HEADLINE_RUN_WORDS && capitalised / words >= HEADLINE_RUN_CAPITALISED;
}

/** The word before token `i`, past quotation marks; null when punctuation comes first. */
export function prevWord(tokens: readonly Token[], i: number): Token | null {
  for (let k = i - 1; k >= 0; k--) {
    if (isQuoteMark(tokens[k])) continue;
    return tokens[k]!.word ? tokens[k]! : null;
  }
  return null;
}

/** The word after token `i`, past quotation marks; null when punctuation comes first. */
export function nextWord(tokens: readonly Token[], i: number): Token | null {
  for (let k = i + 1; k < tokens.length; k++) {
    if (isQuoteMark(tokens[k])) continue;
    return tokens[k]!.word ? tokens[k]! : null;
  }
  return null;
}
