/**
 * Paragraphs of a body that a crawler flattened to one line (news-please's `maintext`): a double
 * space after the end of a sentence was a paragraph break; page matter glued in front of the
 * dateline (`3 Min Read BERLIN (Reuters) - ...`, a time stamp) is set off as its own paragraph, so
 * that cleaning can judge it; and a long run with no break at all is cut at sentence ends outside
 * quotations. A body that keeps its line breaks is left as it is.
 */
import { splitSentences } from '../lib/sentences.js';

// A double space after a sentence end (or a closing bracket or quote) before the next word.
const DOUBLE_SPACE_BREAK = /(?<=[.!?…:;"”’')\]])[ \t\u00a0]{2,}(?=\S)/gu;
// A wire dateline: a place (capitalised words, `, Region` allowed), an agency in parentheses, a dash.
const DATELINE = /(?:\p{Lu}[\p{L}.'’-]*[ ,]+){0,4}?\(\p{Lu}[\p{L}.&' -]{0,30}\)\s*(?:--|—|–|-|_)\s/gu;
/** Page matter before a dateline is at most this long; a dateline further in is part of the story. */
const MAX_PREFIX = 300;
const MIXED_CASE_PLACE_WORDS = 2;
/** A paragraph longer than this, with no break at all, is a flattened run of paragraphs. */
const RUN_ON = 1200;
const MIN_SENTENCES = 5;
const MAX_QUOTED_SENTENCES = 6;
/** Sentences are found a window of this many characters at a time, the cut within its last WINDOW_SLACK. */
const WINDOW = 4000;
const WINDOW_SLACK = 1000;

export function paragraphsOfFlatText(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.includes('\n')) return normalized;
  const blocks = normalized.split(DOUBLE_SPACE_BREAK).map((b) => b.trim()).filter(Boolean);
  if (blocks.length > 0) blocks.splice(0, 1, ...splitBeforeDateline(blocks[0]!));
  return blocks.flatMap((b) => (b.length > RUN_ON ? splitRunOn(b) : [b])).join('\n\n');
}

/**
 * `3 Min Read BERLIN (Wirenews) - ...` → [`3 Min Read`, `BERLIN (Wirenews) - ...`]. The place is the
 * run of capitals before the agency (or before `, Region`); a place in mixed case (`United Nations`)
 * is taken as at most its last two words.
 */
function splitBeforeDateline(block: string): string[] {
  DATELINE.lastIndex = 0;
  const m = DATELINE.exec(block.slice(0, MAX_PREFIX + 80));
  if (!m || m.index === 0 || m.index > MAX_PREFIX) return [block];
  const prefix = m[0].slice(0, m[0].indexOf('('));
  const comma = prefix.indexOf(',');
  const place = comma >= 0 ? prefix.slice(0, comma) : prefix;
  const words = [...place.matchAll(/\S+/g)];
  const isCaps = (w: string): boolean => w === w.toUpperCase();
  let first = words.length;
  while (first > 0 && isCaps(words[first - 1]![0])) first--;
  if (first === words.length) first = Math.max(0, words.length - MIXED_CASE_PLACE_WORDS);
  const at = m.index + (words[first]?.index ?? 0);
  const before = block.slice(0, at).trim();
  return before ? [before, block.slice(at).trim()] : [block];
}

/** One paragraph per sentence outside quotations, for a run of text with no breaks. */
function splitRunOn(block: string): string[] {
  const sentences = sentencesOf(block);
  if (sentences.length < MIN_SENTENCES) return [block];
  const out: string[] = [];
  const quotes = { curly: 0, straight: false };
  let from = sentences[0]!.start;
  let held = 0;
  for (const s of sentences) {
    trackQuotes(block.slice(s.start, s.end), quotes);
    // An unmatched mark must not glue the rest of the text together: a quotation is held open for a few sentences at most.
    if ((quotes.curly <= 0 && !quotes.straight) || ++held >= MAX_QUOTED_SENTENCES) {
      out.push(block.slice(from, s.end).trim());
      from = s.end;
      Object.assign(quotes, { curly: 0, straight: false });
      held = 0;
    }
  }
  const rest = block.slice(from).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * Sentences of a long block, segmented a window at a time (the segmenter's cost grows faster than
 * the text), each window cut after a sentence end so that no sentence is split by the cut.
 */
function sentencesOf(block: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let from = 0; from < block.length; ) {
    let to = Math.min(block.length, from + WINDOW);
    if (to < block.length) {
      const cut = lastSentenceEnd(block, to - WINDOW_SLACK, to);
      to = cut > from ? cut : to;
    }
    for (const s of splitSentences(block.slice(from, to))) out.push({ start: from + s.start, end: from + s.end });
    from = to;
  }
  return out;
}

/** Offset just after the last `. ` (or `! `, `? `, with a closing quote) between `from` and `to`, or -1. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    if (text[i] !== ' ') continue;
    const before = text[i - 1]!;
    const mark = '"”’'.includes(before) ? text[i - 2]! : before;
    if ('.!?'.includes(mark)) return i + 1;
  }
  return -1;
}

/** Whether a double quotation is open after `text`: curly marks nest, straight ones alternate. */
function trackQuotes(text: string, state: { curly: number; straight: boolean }): void {
  for (const c of text) {
    if (c === '“') state.curly++;
    else if (c === '”') state.curly--;
    else if (c === '"') state.straight = !state.straight;
  }
}
