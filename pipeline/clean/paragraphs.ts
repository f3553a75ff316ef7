/**
 * Lines to paragraphs. Blocks are separated by blank lines; inside a block each line is its own
 * paragraph (many scrapes put one paragraph per line), except where the block is hard-wrapped,
 * in which case wrapped lines are joined again: at a short line ending a sentence, or, where
 * paragraphs are marked by an indented first line (old wire copy), at each indented line.
 * Paragraphs run together without a space are split again (glued.ts).
 */
import { splitGlued } from './glued.js';
import { collapseSpaces } from './strings.js';

/** One raw line, with its 1-based line number in the file. */
export interface Line {
  line: number;
  text: string;
}

export interface Paragraph {
  /** 1-based raw line where the paragraph starts. */
  line: number;
  text: string;
}

const ENDS_SENTENCE = /[.!?:;…"”’')\]]$/;
const STARTS_LOWER = /^[\p{Ll}\d(,;–—-]/u;

/** A block is hard-wrapped when its lines (but the last) fill a fixed width of 40–100 chars and
 * mostly stop mid-sentence. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  const longest = Math.max(...lines.map((l) => l.length));
  if (longest > 100 || longest < 40) return false;
  const full = body.filter((l) => l.length >= longest * 0.7).length;
  // Wrapping cuts mid-sentence; one-paragraph-per-line text ends (nearly) every line with a stop.
  const open = body.filter((l) => !ENDS_SENTENCE.test(l)).length;
  return full / body.length >= 0.6 && open / body.length >= 0.5;
}

const INDENT = /^(?:\t|\s{2,})\S/;

/**
 * Paragraphs marked by indenting their first line: several lines after the first are indented,
 * and some indented line is followed by an unindented one that carries on its sentence.
 */
function indentedStarts(block: Line[]): boolean[] | null {
  if (block.length < 3) return null;
  const indented = block.map((l) => INDENT.test(l.text));
  const starts = indented.slice(1).filter(Boolean).length;
  const continued = indented.some((ind, i) => ind && i + 1 < block.length && !indented[i + 1]);
  return starts >= 2 && continued && starts < block.length - 1 ? indented : null;
}

function splitBlock(block: Line[], out: Paragraph[]): void {
  const texts = block.map((l) => collapseSpaces(l.text));
  const starts = indentedStarts(block);
  const width = Math.max(...texts.map((t) => t.length));
  if (starts) {
    for (let i = 0; i < block.length; i++) {
      const current = out.at(-1);
      // A line carries on the paragraph unless indented, or a short line ending a sentence came
      // before it, or it is a short line of its own after a sentence (a sign-off, initials).
      const previous = i > 0 ? texts[i - 1]! : '';
      const ended = ENDS_SENTENCE.test(previous) && (previous.length < width * 0.7 || texts[i]!.length < width * 0.4);
      if (i > 0 && !starts[i] && !ended && current) current.text = joinWrapped(current.text, texts[i]!);
      else out.push({ line: block[i]!.line, text: texts[i]! });
    }
    return;
  }
  const wrapped = isHardWrapped(texts);
  let current: Paragraph | null = null;
  for (let i = 0; i < block.length; i++) {
    const text = texts[i]!;
    const previous = i > 0 ? texts[i - 1]! : '';
    const joinWithPrevious =
      current !== null &&
      (wrapped
        ? // In a wrapped block a paragraph ends at a short line that ends a sentence.
          !(ENDS_SENTENCE.test(previous) && previous.length < width * 0.7)
        : // Elsewhere only the unmistakable case: a long line cut mid-sentence.
          previous.length >= 40 && !ENDS_SENTENCE.test(previous) && STARTS_LOWER.test(text));
    if (joinWithPrevious && current) current.text = joinWrapped(current.text, text);
    else {
      current = { line: block[i]!.line, text };
      out.push(current);
    }
  }
}

// A word hyphenated at the line end (`inter-` + `national`) is not rejoined: it cannot be told from
// a real hyphen (`well-` + `known`), and keeping the hyphen loses nothing for search.
function joinWrapped(left: string, right: string): string {
  return `${left} ${right}`;
}

// A paragraph cut in two around an emphasised word (`... I` / `was` / `prime minister ...`, a
// lost <em>): the left part has no closing stop and the right part goes on in lower case.
function joinBrokenParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const previous = out.at(-1);
    if (previous && !ENDS_SENTENCE.test(previous.text) && STARTS_LOWER_WORD.test(paragraph.text) && previous.text.length >= 40) {
      previous.text = `${previous.text} ${paragraph.text}`;
    } else out.push(paragraph);
  }
  return out;
}
const STARTS_LOWER_WORD = /^\p{Ll}/u;

// A run of spaces inside a line (not its indentation): where a page or record joined its blocks.
const INNER_GAP = /(?<=\S)[ \t\u00a0]{2,}(?=\S)/g;
const LONG_LINE = 300;

/**
 * A long line whose blocks were joined by runs of spaces (`...the committee.  Reporters said ...`,
 * as extracted records and page dumps give them): one line per block. Only with two such runs or
 * more, so a stray double space in a sentence splits nothing.
 */
function splitJoinedBlocks(line: Line): Line[] {
  if (line.text.length < LONG_LINE) return [line];
  const body = line.text.trimStart();
  const gaps = body.match(INNER_GAP);
  if (!gaps || gaps.length < 2) return [line];
  return body.split(INNER_GAP).map((text) => ({ line: line.line, text }));
}

export function toParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let block: Line[] = [];
  for (const line of lines.flatMap(splitJoinedBlocks)) {
    if (line.text.trim() === '') {
      if (block.length) splitBlock(block, out);
      block = [];
    } else block.push(line);
  }
  if (block.length) splitBlock(block, out);
  return joinBrokenParagraphs(out).flatMap((p) => splitGlued(p.text).map((text) => ({ line: p.line, text })));
}
