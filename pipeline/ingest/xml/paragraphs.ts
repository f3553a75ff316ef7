/**
 * Body elements to paragraphs. Block elements (`<p>`, headings, list items, NITF `<block>`) bound
 * paragraphs; inline elements (`<person>`, `<org>`, `<span>`, `<em>`) keep their words and the
 * spacing around them; lines hard-wrapped inside a block are joined. Inside one block, a line
 * indented deeper than the others after a finished sentence starts a new paragraph (wire copy
 * keeps several tab- or space-indented paragraphs in one `<p>`, or in plain text). Quotes, dashes
 * and entities are left as written: clean repairs them.
 */
import { parseTolerant, type XmlElement, type XmlNode } from './tree.js';

/** Elements that start and end a paragraph (HTML, NITF and SGML names, compared case-insensitively). */
export const BLOCK_ELEMENTS = [
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'bq', 'pre', 'li', 'dt', 'dd', 'tr', 'table', 'ul', 'ol', 'dl',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hl1', 'hl2', 'block', 'hr', 'address', 'center',
] as const;

/** Elements whose content is never body text: page furniture, media and their captions, scripts. */
export const NON_BODY_ELEMENTS = [
  'head', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'script', 'style', 'noscript', 'iframe', 'object',
  'media', 'media-caption', 'media-producer', 'img', 'button', 'form', 'select', 'template',
] as const;

/** The lines a story may end on that mark its end or a continuation, not text (wire conventions). */
export const END_MARKS = ['ends', 'end', 'endit', '-30-', '- 30 -', '30', '###', '# # #', '-0-', '- 0 -', 'more', '(more)'] as const;

const BLOCKS = new Set<string>(BLOCK_ELEMENTS);
const NON_BODY = new Set<string>(NON_BODY_ELEMENTS);
const ENDS = new Set<string>(END_MARKS);

const LINE_BREAK = /\r\n|\r|\n/;
const SPACES = /[ \t\f\v]+/g;
// A line that ends a sentence: where a deeper-indented next line may start a paragraph.
const ENDS_SENTENCE = /[.!?:;"”’')\]]$/;

export interface BodyOptions {
  /** More elements to leave out with their content. */
  skip?: (el: XmlElement) => boolean;
}

export interface BodyText {
  paragraphs: string[];
  /** Text of an element marked as the dateline (`<span class="dateline">`), taken out of the body. */
  dateline: string | null;
}

function isDatelineElement(el: XmlElement): boolean {
  const cls = el.attrs.class;
  return !!cls && cls.split(/\s+/).includes('dateline');
}

/** The paragraphs of a mixed-content body element. */
export function bodyParagraphs(root: XmlElement, options: BodyOptions = {}): BodyText {
  const paragraphs: string[] = [];
  let dateline: string | null = null;
  let buffer = '';
  const flush = (): void => {
    if (buffer.trim()) paragraphs.push(...splitBlock(buffer, 'markup'));
    buffer = '';
  };
  type Step = { node: XmlNode; exit: boolean };
  const stack: Step[] = root.children.map((node) => ({ node, exit: false })).reverse();
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.kind === 'text') {
      buffer += node.text;
      continue;
    }
    const name = node.name.toLowerCase();
    if (exit) {
      if (BLOCKS.has(name)) flush();
      continue;
    }
    if (NON_BODY.has(name) || options.skip?.(node)) continue;
    if (isDatelineElement(node)) {
      dateline ??= textContent(node);
      continue;
    }
    if (name === 'br') {
      buffer += '\n';
      continue;
    }
    if (BLOCKS.has(name)) flush();
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
  }
  flush();
  return { paragraphs, dateline };
}

function textContent(el: XmlElement): string {
  const parts: string[] = [];
  const stack: XmlNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'text') parts.push(node.text);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Plain body text (NewsML `inlineData`, an SGML `<TEXT>` without `<P>`): paragraphs at blank lines
 * and at indented paragraph starts. Where the lines give no such cue, a block keeps its line breaks
 * and clean decides between hard-wrapping and one paragraph per line.
 */
export function plainParagraphs(text: string): string[] {
  return splitBlock(text, 'plain');
}

const MARKUP_START = /^\s*<[A-Za-z!]/;

/** A text field that may hold markup after all (`<p>` inside CDATA, escaped HTML): read as markup where it starts with a tag. */
export function textFieldParagraphs(text: string): BodyText {
  return MARKUP_START.test(text) ? bodyParagraphs(parseTolerant(text)) : { paragraphs: plainParagraphs(text), dateline: null };
}

function indentOf(line: string): number {
  let width = 0;
  for (const c of line) {
    if (c === ' ') width++;
    else if (c === '\t') width += 4;
    else break;
  }
  return width;
}

/**
 * One block's text to paragraphs. `markup`: the block is one paragraph unless indentation after a
 * finished sentence (or a blank line) says otherwise, and its lines are always joined. `plain`: an
 * indented line starts a paragraph whatever ends the line before it.
 */
function splitBlock(text: string, mode: 'markup' | 'plain'): string[] {
  const lines = text.split(LINE_BREAK);
  let minIndent = Infinity;
  for (const line of lines) if (line.trim()) minIndent = Math.min(minIndent, indentOf(line));
  let cued = false;
  const groups: string[][] = [];
  let current: string[] = [];
  const close = (): void => {
    if (current.length) groups.push(current);
    current = [];
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) {
      close();
      continue;
    }
    const deeper = indentOf(line) > minIndent;
    if (deeper) cued = true;
    const previous = current.at(-1);
    if (previous !== undefined && deeper && (mode === 'plain' || ENDS_SENTENCE.test(previous))) close();
    current.push(trimmed);
  }
  close();
  const join = mode === 'markup' || cued ? ' ' : '\n';
  return groups.map((g) => g.map((l) => l.replace(SPACES, ' ')).join(join)).filter((p) => p.length > 0);
}

/** The paragraphs without a closing end-of-story mark (`ends`, `-30-`, `###`), and the mark removed. */
export function dropEndMark(paragraphs: string[]): { paragraphs: string[]; removed: string | null } {
  const last = paragraphs.at(-1);
  if (last === undefined || !ENDS.has(last.trim().replace(/\.$/, '').toLowerCase())) return { paragraphs, removed: null };
  return { paragraphs: paragraphs.slice(0, -1), removed: last };
}

/** Skip-test for elements named in a list (case-insensitive). */
export function named(names: readonly string[]): (el: XmlElement) => boolean {
  const set = new Set(names.map((n) => n.toLowerCase()));
  return (el) => set.has(el.name.toLowerCase());
}
