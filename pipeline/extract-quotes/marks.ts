/**
 * Quotation marks, paired by system, one paragraph at a time.
 *
 * Systems: double marks (straight `"`, curly “ ”, low „ ‟, typewriter ``` ``...'' ``` and
 * `''...''`, doubled curly singles), single marks (curly ‘ ’, straight `'`, ``` `...' ```, low ‚),
 * guillemets (« », » «, ‹ ›) and the HTML entities for any of them. A mark that can point either way
 * (a straight mark) takes its direction from its neighbours; a single mark that sits inside a word
 * or could be a possessive (`the ministers’ plan`) is an apostrophe unless the paragraph leaves no
 * other reading. Marks of another system inside an open quotation are nested quotations.
 *
 * Newspaper conventions: a quotation left open at a paragraph break continues when the next
 * paragraph opens with a mark of the same system; a second opening before any close (paragraphs
 * merged by a crawler) ends the first quotation. An unmatched mark costs only its own span.
 *
 * One pass over the text; per paragraph, a backward pass over its single marks. Linear.
 */
import { isReportingVerbForm } from './cues.js';

export type MarkSystem = 'double' | 'single' | 'guillemet' | 'single-guillemet';

/** A quoted span: `text.slice(start, end)` are the words inside the marks. */
export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  start: number;
  end: number;
  /** Index just after the closing mark, or `end` when the span stops at a paragraph break or a reopening. */
  after: number;
  /** Pieces of one quotation running over paragraphs (or reopened) share this number. */
  chain: number;
  system: MarkSystem;
  /** 0 for a quotation, 1 or more for one nested inside another. */
  depth: number;
}

type Direction = 'open' | 'close' | 'either';

interface Mark {
  pos: number;
  len: number;
  system: MarkSystem;
  dir: Direction;
  /** A single closing mark that may be a plural possessive (`ministers’`): used only when no better close follows. */
  weak: boolean;
}

const OPEN_BEFORE = /[\s([{—–\-/]/u;
const CLOSE_AFTER = /[\s.,;:!?)\]}—–\-/…]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Every character that may be a quotation mark. */
const ANY_MARK = "\"“”„‟‘’‚‛'`«»‹›";
/** Words that a leading apostrophe shortens (`'em`, `'til`, `'90s`): the mark is no opening. */
const ELISIONS = new Set(['em', 'til', 'cause', 'tis', 'twas', 'n', 'bout', 'round', 'nother', 'cos', 'coz', 'kay']);
/** HTML entities for quotation marks, as some feeds leave them: entity → [system, direction]. */
const ENTITIES: Record<string, [MarkSystem, Direction]> = {
  '&quot;': ['double', 'either'], '&#34;': ['double', 'either'], '&#x22;': ['double', 'either'],
  '&ldquo;': ['double', 'open'], '&#8220;': ['double', 'open'], '&rdquo;': ['double', 'close'], '&#8221;': ['double', 'close'],
  '&bdquo;': ['double', 'open'], '&#8222;': ['double', 'open'],
  '&lsquo;': ['single', 'open'], '&#8216;': ['single', 'open'], '&rsquo;': ['single', 'close'], '&#8217;': ['single', 'close'],
  '&laquo;': ['guillemet', 'either'], '&#171;': ['guillemet', 'either'], '&raquo;': ['guillemet', 'either'], '&#187;': ['guillemet', 'either'],
};
const ENTITY_MAX = 7;
const STRAY_BEFORE_CUE = /\p{L}+\s*[,:]\s*$/u;

/**
 * Pair the quotation marks of `text`.
 * @param text the cleaned article text (paragraphs separated by line breaks)
 * @param message (optional) receives a coded message per unmatched or reopened mark
 * @returns every quoted span in order of its opening mark, nested ones included (`depth` > 0)
 */
export function pairMarks(text: string, message: (rule: string, reason: string, start: number, end: number, actual: string) => void = () => {}): QuotedSpan[] {
  const paragraphs = splitParagraphs(text);
  const spans: QuotedSpan[] = [];
  let chain = 0;
  // Each system is paired on its own, so that a stray single mark cannot swallow the double
  // quotations after it; nesting is read from containment at the end.
  let carried = new Map<MarkSystem, number>();
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const [pStart, pEnd] = paragraphs[pi]!;
    const marks = findMarks(text, pStart, pEnd);
    // A single quotation the next paragraph continues needs no close here: a possessive-looking
    // mark (`in three weeks' time`) is then an apostrophe.
    const nextParagraph = paragraphs[pi + 1];
    const runsOn = nextParagraph !== undefined && opensWith(text, nextParagraph[0], nextParagraph[1], 'single');
    const strongCloseAhead = markStrongClosesAhead(marks, runsOn);
    const open = new Map<MarkSystem, { mark: Mark; chain: number }>();
    for (let mi = 0; mi < marks.length; mi++) {
      const mark = marks[mi]!;
      const opened = open.get(mark.system);
      const single = mark.system === 'single';
      if (mark.dir === 'close' || (mark.dir === 'either' && opened)) {
        if (!opened) {
          if (!single) message('unmatched-mark', 'Unexpected closing quotation mark without an opening one; the mark is ignored.', mark.pos, mark.pos + mark.len, text.slice(Math.max(pStart, mark.pos - 30), Math.min(pEnd, mark.pos + 10)));
          continue;
        }
        // `the ministers’ plan ... sound,’`: a possessive-looking close waits for a better one.
        if (mark.weak && strongCloseAhead[mi]) continue;
        pushSpan(spans, text, opened.mark, mark.pos, mark.pos + mark.len, opened.chain);
        open.delete(mark.system);
        continue;
      }
      if (opened) {
        if (single) continue; // a second single opening inside a single quotation: an apostrophe
        // `"A spokesman said, "We ...`: the first mark was stray when a reporting cue introduces the second.
        if (STRAY_BEFORE_CUE.test(text.slice(Math.max(opened.mark.pos, mark.pos - 40), mark.pos)) && isReportingVerbForm(/(\p{L}+)\s*[,:]\s*$/u.exec(text.slice(Math.max(opened.mark.pos, mark.pos - 40), mark.pos))![1]!)) {
          message('unmatched-mark', 'Unexpected opening quotation mark before a reporting cue that opens a quotation of its own; the mark is ignored.', opened.mark.pos, opened.mark.pos + opened.mark.len, text.slice(opened.mark.pos, Math.min(pEnd, opened.mark.pos + 40)));
          open.set(mark.system, { mark, chain: ++chain });
          continue;
        }
        // A second opening before any close: paragraphs merged by a crawler. The first quote ends here.
        pushSpan(spans, text, opened.mark, mark.pos, mark.pos, opened.chain);
        message('reopened', 'Quotation reopened before it was closed; the first quote ends before the new opening mark.', opened.mark.pos, mark.pos, text.slice(opened.mark.pos, Math.min(mark.pos + 1, opened.mark.pos + 60)));
        open.set(mark.system, { mark, chain: opened.chain });
        continue;
      }
      const continued = mark.pos === pStart ? carried.get(mark.system) : undefined;
      open.set(mark.system, { mark, chain: continued ?? ++chain });
    }
    carried = new Map();
    // What is still open at the paragraph's end may run on into the next paragraph.
    for (const [system, opened] of open) {
      const next = paragraphs[pi + 1];
      if (next !== undefined && opensWith(text, next[0], next[1], system)) {
        pushSpan(spans, text, opened.mark, pEnd, pEnd, opened.chain);
        carried.set(system, opened.chain);
      } else if (system !== 'single') {
        message('unmatched-mark', 'Unexpected opening quotation mark without a closing one before the paragraph ends; the mark is ignored.', opened.mark.pos, opened.mark.pos + opened.mark.len, text.slice(opened.mark.pos, Math.min(pEnd, opened.mark.pos + 40)));
      }
    }
  }
  spans.sort((a, b) => a.open - b.open || b.after - a.after);
  markNesting(spans);
  return spans;
}

/** Depth of each span: how many earlier spans contain it (one sweep with a stack of open spans). */
function markNesting(spans: QuotedSpan[]): void {
  const outer: QuotedSpan[] = [];
  for (const s of spans) {
    while (outer.length && outer[outer.length - 1]!.after <= s.open) outer.pop();
    // A span crossing the one before it (`“a ‘b” c’`) is not inside it.
    while (outer.length && outer[outer.length - 1]!.after < s.after) outer.pop();
    s.depth = outer.length;
    outer.push(s);
  }
}

function pushSpan(spans: QuotedSpan[], text: string, open: Mark, closeAt: number, after: number, chain: number): void {
  let start = open.pos + open.len;
  while (start < closeAt && isSpace(text.charCodeAt(start))) start++;
  let end = closeAt;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  spans.push({ open: open.pos, start, end, after: after > closeAt ? after : end, chain, system: open.system, depth: 0 });
}

/** Does the paragraph `[from, to)` open with an opening mark of `system`? */
function opensWith(text: string, from: number, to: number, system: MarkSystem): boolean {
  const first = findMarks(text, from, Math.min(to, from + ENTITY_MAX + 1))[0];
  return first !== undefined && first.pos === from && first.system === system && first.dir !== 'close';
}

/** For each mark, whether a non-weak single close follows before the next single opening. */
function markStrongClosesAhead(marks: Mark[], runsOn: boolean): boolean[] {
  const out: boolean[] = new Array<boolean>(marks.length).fill(false);
  let ahead = runsOn;
  for (let i = marks.length - 1; i >= 0; i--) {
    out[i] = ahead;
    const m = marks[i]!;
    if (m.system !== 'single') continue;
    if (m.dir === 'open') ahead = false;
    else if (!m.weak) ahead = true;
  }
  return out;
}

/** Is the character `c` (code `code`) one of ANY_MARK? Looked up at every character of a text: ASCII by its code. */
function isMarkChar(code: number, c: string): boolean {
  return code < 0x80 ? code === 0x22 || code === 0x27 || code === 0x60 : ANY_MARK.includes(c);
}

/** The quotation-mark candidates of one paragraph, apostrophes left out. */
export function findMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charAt(i);
    if (c === '&') {
      const m = entityAt(text, i, to);
      if (m) {
        marks.push(m);
        i += m.len - 1;
      }
      continue;
    }
    if (!isMarkChar(text.charCodeAt(i), c)) continue;
    const pair = i + 1 < to ? text.charAt(i + 1) : '';
    let mark: Mark | null;
    if ((c === '`' && pair === '`') || (c === '‘' && pair === '‘')) mark = { pos: i, len: 2, system: 'double', dir: 'open', weak: false };
    else if (c === '’' && pair === '’') mark = { pos: i, len: 2, system: 'double', dir: 'close', weak: false };
    else if (c === "'" && pair === "'") mark = { pos: i, len: 2, system: 'double', dir: flank(text, i, 2, from, to), weak: false };
    else mark = oneCharMark(text, i, from, to);
    if (!mark) continue;
    marks.push(mark);
    i += mark.len - 1;
  }
  return marks;
}

function oneCharMark(text: string, i: number, from: number, to: number): Mark | null {
  const c = text.charAt(i);
  const at = (system: MarkSystem, dir: Direction, weak = false): Mark => ({ pos: i, len: 1, system, dir, weak });
  const { openCtx, closeCtx } = context(text, i, 1, from, to);
  switch (c) {
    case '"':
      return at('double', flank(text, i, 1, from, to));
    case '“':
      return at('double', openCtx ? 'open' : 'either');
    case '”':
      return at('double', closeCtx ? 'close' : 'either');
    case '„':
    case '‟':
      return at('double', 'open');
    case '«':
    case '»': {
      // `«...»` and the reversed `»...«` alike: the neighbours say which way it points.
      const dir = flank(text, i, 1, from, to);
      return at('guillemet', dir === 'either' ? (c === '«' ? 'open' : 'close') : dir);
    }
    case '‹':
    case '›': {
      const dir = flank(text, i, 1, from, to);
      return at('single-guillemet', dir === 'either' ? (c === '‹' ? 'open' : 'close') : dir);
    }
    default:
      return singleMark(text, i, from, to);
  }
}

/** ‘ ’ ' ` ‚ ‛: a single quotation mark, or null for an apostrophe. */
function singleMark(text: string, i: number, from: number, to: number): Mark | null {
  const c = text.charAt(i);
  const prev = i > from ? text.charAt(i - 1) : '';
  const next = i + 1 < to ? text.charAt(i + 1) : '';
  const letterBefore = WORD_CHAR.test(prev);
  const letterAfter = WORD_CHAR.test(next);
  const { openCtx, closeCtx } = context(text, i, 1, from, to);
  if (c === '‘' || c === '`' || c === '‚' || c === '‛') {
    // `Hawai‘i`, `don‘t` typed with the wrong mark: inside a word it is an apostrophe.
    if (letterBefore || !next || /\s/u.test(next)) return null;
    return { pos: i, len: 1, system: 'single', dir: 'open', weak: false };
  }
  // ’ and ': inside a word (`don’t`, `O'Brien`) an apostrophe.
  if (letterBefore && letterAfter) return null;
  if (openCtx && letterAfter) {
    // `’90s`, `'em`: a shortened word. A curly ’ at a word's start is typeset as an apostrophe.
    if (c === '’' || /\p{N}/u.test(next) || ELISIONS.has(wordAt(text, i + 1, to).toLowerCase())) return null;
    return { pos: i, len: 1, system: 'single', dir: 'open', weak: false };
  }
  if (!openCtx && closeCtx) {
    // `the ministers’ plan`, `Jesus' words`: after an s and before a lowercase word, maybe a possessive.
    const weak = /[sSzZ]/.test(prev) && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3));
    return { pos: i, len: 1, system: 'single', dir: 'close', weak };
  }
  return null;
}

function entityAt(text: string, i: number, to: number): Mark | null {
  const semi = text.slice(i, Math.min(to, i + ENTITY_MAX)).indexOf(';') + i;
  if (semi < i) return null;
  const entity = ENTITIES[text.slice(i, semi + 1).toLowerCase()];
  if (!entity) return null;
  const len = semi + 1 - i;
  const [system, dir] = entity;
  return { pos: i, len, system, dir: dir === 'either' ? flank(text, i, len, i, to) : dir, weak: false };
}

/** A mark that can point either way: open before a word, close after one. */
function flank(text: string, i: number, len: number, from: number, to: number): Direction {
  const { openCtx, closeCtx } = context(text, i, len, from, to);
  if (openCtx && !closeCtx) return 'open';
  if (closeCtx && !openCtx) return 'close';
  return 'either';
}

function context(text: string, i: number, len: number, from: number, to: number): { openCtx: boolean; closeCtx: boolean } {
  const prev = i > from ? text.charAt(i - 1) : '';
  const next = i + len < to ? text.charAt(i + len) : '';
  return {
    openCtx: prev === '' || OPEN_BEFORE.test(prev) || isOpeningMarkChar(prev),
    closeCtx: next === '' || CLOSE_AFTER.test(next) || isClosingMarkChar(next),
  };
}

function isOpeningMarkChar(c: string): boolean {
  return c === '“' || c === '„' || c === '‘' || c === '«' || c === '"' || c === "'" || c === '`';
}

function isClosingMarkChar(c: string): boolean {
  return c === '”' || c === '’' || c === '»' || c === '"' || c === "'";
}

function wordAt(text: string, i: number, to: number): string {
  let e = i;
  while (e < to && e - i < 12 && WORD_CHAR.test(text.charAt(e))) e++;
  return text.slice(i, e);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/** `[start, end)` of each line of text (paragraphs are separated by one or more line breaks). */
export function splitParagraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 0x0a) {
      let s = from;
      let e = i;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push([s, e]);
      from = i + 1;
    }
  }
  return out;
}
