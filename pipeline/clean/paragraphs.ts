/**
 * Lines to paragraphs. Blocks are separated by blank lines; inside a block each line is its own
 * paragraph (many scrapes put one paragraph per line), except where the block is hard-wrapped,
 * in which case wrapped lines are joined again.
 */
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

function splitBlock(block: Line[], out: Paragraph[]): void {
  const texts = block.map((l) => collapseSpaces(l.text));
  const wrapped = isHardWrapped(texts);
  const width = Math.max(...texts.map((t) => t.length));
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

export function toParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let block: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (block.length) splitBlock(block, out);
      block = [];
    } else block.push(line);
  }
  if (block.length) splitBlock(block, out);
  return joinBrokenParagraphs(out);
}
