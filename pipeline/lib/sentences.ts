/**
 * Sentence splitting for cleaned article text: `Intl.Segmenter` per paragraph (paragraphs are
 * separated by a blank line), then two repairs ICU does not make for news English:
 * - an abbreviation (`Mr.`, `Gen.`, `Aug.`) or an initialism (`U.S.`) does not end a sentence when
 *   a capital or digit follows, unless that word is a common sentence starter
 *   (`... in the U.S. The next day`);
 * - a quotation ending in `!"` / `?"` / `."` followed by a lowercase word (`"Go away!" he said`)
 *   continues the sentence.
 */
import type { Sentence } from '../types.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

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
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphBreak = /\n[ \t]*\n\s*/g;
  let paragraph = 0;
  let start = 0;
  for (;;) {
    const m = paragraphBreak.exec(text);
    const end = m ? m.index : text.length;
    if (end > start) splitParagraph(text, start, end, paragraph, sentences);
    paragraph++;
    if (!m) break;
    start = m.index + m[0].length;
  }
  return sentences;
}

function splitParagraph(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const body = text.slice(from, to);
  let current: { start: number; end: number } | null = null;
  for (const seg of segmenter.segment(body)) {
    const segText = seg.segment;
    const lead = segText.length - segText.trimStart().length;
    const trimmed = segText.trim();
    if (!trimmed) continue;
    const start = from + seg.index + lead;
    const end = start + trimmed.length;
    if (current && continuesSentence(text.slice(current.start, current.end), trimmed)) {
      current.end = end;
      continue;
    }
    if (current) out.push({ start: current.start, end: current.end, paragraph });
    current = { start, end };
  }
  if (current) out.push({ start: current.start, end: current.end, paragraph });
}

/** Should the segment `next` be joined to the sentence `prev` (both trimmed)? */
function continuesSentence(prev: string, next: string): boolean {
  const nextWord = NEXT_WORD.exec(next)?.[1];
  if (!nextWord) return false;
  const first = nextWord.charAt(0);
  const isLower = first !== first.toUpperCase() && first === first.toLowerCase();
  // `"Go away!" he said`: a lowercase word never starts a news sentence.
  if (isLower) return ENDS_WITH_CLOSED_QUOTE.test(prev.slice(-4)) || /[.!?]\s*$/.test(prev.slice(-4));
  // Only the end of the sentence matters; an end-anchored regex over all of it would rescan it.
  const dotted = ENDS_WITH_DOTTED_WORD.exec(prev.slice(-24))?.[1];
  if (!dotted) return false;
  if (SENTENCE_STARTERS.has(nextWord)) return false;
  return INITIALISM.test(dotted) || ABBREVIATIONS.has(dotted.slice(0, -1).toLowerCase());
}
