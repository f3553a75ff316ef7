/**
 * Sentence splitting for cleaned article text: `Intl.Segmenter` per paragraph (paragraphs are
 * separated by a blank line), then two repairs ICU does not make for news English:
 * - an abbreviation (`Mr.`, `Gen.`, `Aug.`) or an initialism (`U.S.`) does not end a sentence when
 *   a capital or digit follows, unless that word is a common sentence starter
 *   (`... in the U.S. The next day`);
 * - a quotation ending in `!"` / `?"` / `."` followed by a lowercase word (`"Go away!" he said`)
 *   continues the sentence.
 * Cost is linear in the text by construction: ICU's segmenter is given pieces of at most
 * `MAX_PIECE` characters (it is quadratic on one huge paragraph), and a "sentence" longer than
 * `MAX_SENTENCE` characters (unpunctuated text, a page dump) is cut at a space, so that the
 * per-sentence stages after this one never see more; the caller is told how many were cut.
 */
import type { Sentence } from '../types.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Longest piece of a paragraph handed to the segmenter at once. */
const MAX_PIECE = 8_000;
/** Longest sentence passed on; news sentences are far shorter (a few hundred characters). */
export const MAX_SENTENCE = 2_000;

/** Abbreviations that do not end a sentence before a capitalised word or a number. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
    'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'vs', 'etc', 'prof', 'rev', 'sgt', 'capt', 'maj', 'adm',
    'cmdr', 'supt', 'insp', 'jr', 'sr', 'mt', 'ft', 'ave', 'gens', 'messrs', 'hon', 'pres', 'amb', 'fig', 'approx',
    'inc', 'ltd', 'co', 'corp', 'vol', 'p', 'pp', 'ed',
  ],
);

/** Is `word` (without its period, any case) an abbreviation that does not end a sentence (`Mr`, `Gen`, `Aug`)? */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Words that begin a new sentence even after an initialism such as `U.S.`. */
const SENTENCE_STARTERS = new Set(
  [
    'The', 'A', 'An', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'But', 'And',
    'Or', 'So', 'Yet', 'This', 'That', 'These', 'Those', 'There', 'Here', 'In', 'On', 'At', 'As', 'After', 'Before',
    'When', 'While', 'If', 'However', 'Meanwhile', 'Still', 'Also', 'Some', 'Many', 'Most', 'Such', 'Now', 'Then',
    'What', 'Why', 'How', 'Who', 'Asked', 'According', 'During', 'Since', 'Although', 'Though', 'Despite', 'For',
    'Earlier', 'Later', 'Last', 'Next', 'One', 'Two', 'No', 'Not', 'Both', 'Each', 'Other', 'Another', 'Under',
  ],
);

// The last word of a segment ending in a period: `Mr.`, `Aug.`, `U.S.`, `p.m.`.
const ENDS_WITH_DOTTED_WORD = /(?:^|[\s(\[“"'‘])((?:\p{L}\.){2,}|\p{L}+\.)\s*$/u;
const INITIALISM = /^(?:\p{L}\.){2,}$/u;
const NEXT_WORD = /^\s*[“"'‘(]?(\p{L}+|\p{N})/u;
// A segment ending in a quotation that closes after ! ? . , e.g. `"Go away!" `.
const ENDS_WITH_CLOSED_QUOTE = /[.!?,][”"’»]\s*$/u;

/**
 * Split `text` into sentences. Offsets are UTF-16 indexes into `text`; each sentence is trimmed of
 * surrounding whitespace, and `paragraph` counts blank-line-separated blocks from 0.
 * @returns the sentences in text order; empty paragraphs yield none.
 */
export function splitSentences(text: string, stats: { cut: number } = { cut: 0 }): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphBreak = /\n[ \t]*\n\s*/g;
  let paragraph = 0;
  let start = 0;
  for (;;) {
    const m = paragraphBreak.exec(text);
    const end = m ? m.index : text.length;
    if (end > start) splitParagraph(text, start, end, paragraph, sentences, stats);
    paragraph++;
    if (!m) break;
    start = m.index + m[0].length;
  }
  return sentences;
}

function splitParagraph(text: string, from: number, to: number, paragraph: number, out: Sentence[], stats: { cut: number }): void {
  // The sentence so far, as offsets: a segment is trimmed and joined by its bounds, never copied.
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start < 0) return;
    for (const piece of capped(text, start, end, MAX_SENTENCE)) out.push({ start: piece.start, end: piece.end, paragraph });
    if (end - start > MAX_SENTENCE) stats.cut++;
  };
  for (const piece of capped(text, from, to, MAX_PIECE)) {
    for (const seg of segmenter.segment(text.slice(piece.start, piece.end))) {
      let segStart = piece.start + seg.index;
      let segEnd = segStart + seg.segment.length;
      while (segStart < segEnd && isTrimmedSpace(text.charCodeAt(segStart))) segStart++;
      while (segEnd > segStart && isTrimmedSpace(text.charCodeAt(segEnd - 1))) segEnd--;
      if (segStart === segEnd) continue;
      // Only the end of the sentence so far matters: looking at all of it would make joins quadratic.
      if (start >= 0 && continuesSentence(text.slice(Math.max(start, end - 24), end), text.slice(segStart, Math.min(segEnd, segStart + 40)))) {
        end = segEnd;
        continue;
      }
      flush();
      start = segStart;
      end = segEnd;
    }
  }
  flush();
}

/** Is `c` a character `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator)? */
function isTrimmedSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `[from, to)` in pieces of at most `max` characters, cut after the last space before each limit (else hard). */
function capped(text: string, from: number, to: number, max: number): { start: number; end: number }[] {
  if (to - from <= max) return [{ start: from, end: to }];
  const out: { start: number; end: number }[] = [];
  let start = from;
  while (to - start > max) {
    let cut = text.lastIndexOf(' ', start + max);
    if (cut <= start + max / 2) cut = start + max;
    let end = cut;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
    start = cut;
    while (start < to && /\s/.test(text[start]!)) start++;
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

/** Should the segment `next` be joined to the sentence `prev` (both trimmed)? */
function continuesSentence(prev: string, next: string): boolean {
  const nextWord = NEXT_WORD.exec(next)?.[1];
  if (!nextWord) return false;
  const first = nextWord.charAt(0);
  const isLower = first !== first.toUpperCase() && first === first.toLowerCase();
  // `"Go away!" he said`: a lowercase word never starts a news sentence.
  if (isLower) return ENDS_WITH_CLOSED_QUOTE.test(prev.slice(-4)) || /[.!?]\s*$/.test(prev.slice(-4));
  const dotted = ENDS_WITH_DOTTED_WORD.exec(prev.slice(-24))?.[1];
  if (!dotted) return false;
  if (SENTENCE_STARTERS.has(nextWord)) return false;
  // `Charles B. Rangel`: a middle initial before a capitalised name.
  if (/^\p{Lu}\.$/u.test(dotted) && /^\p{Lu}\p{Ll}/u.test(nextWord)) return true;
  return INITIALISM.test(dotted) || ABBREVIATIONS.has(dotted.slice(0, -1).toLowerCase());
}
