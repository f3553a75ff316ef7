/**
 * Reader comments under a story. They read like prose (sentences, function words), so the text
 * classifier keeps them; what gives them away is their markup (an element the page names a
 * comment thread: names.ts), whether or not each comment has an element of its own.
 *
 * A named element never takes the story with it: one that holds the headline is the story's
 * wrapper (WordPress puts `comments-open` on `<body>`), and one outside which the page has little
 * prose may be the story's body misnamed.
 */
import type { Element } from 'domhandler';
import { lengthUnits } from '../content/features.js';
import { ancestors } from './ancestors.js';
import type { HtmlBlock } from './blocks.js';
import { namedPart } from './names.js';

/** A block counts as prose here (before classification) from this length, with few links. */
const PROSE_UNITS = 50;
const PROSE_LINKS = 0.5;
/** Prose left outside a named thread from which the thread is set apart whatever its size. */
const MIN_OUTSIDE = 400;

const proseOf = (b: HtmlBlock): number => (!b.excluded && b.linkDensity < PROSE_LINKS && lengthUnits(b.text) >= PROSE_UNITS ? b.text.length : 0);

/** Set apart the blocks of elements the page's markup names a comment thread. */
export function markCommentThreads(blocks: HtmlBlock[]): void {
  const headline = blocks.find((b) => b.level === 1 && !b.excluded);
  const aroundHeadline = new Set(headline ? ancestors(headline.container) : []);
  let total = 0;
  const proseIn = new Map<Element, number>();
  const threadOf = new Map<HtmlBlock, Element>();
  for (const b of blocks) {
    const prose = proseOf(b);
    total += prose;
    // The outermost named element around the block that does not hold the headline.
    let thread: Element | null = null;
    for (const el of ancestors(b.container)) {
      if (aroundHeadline.has(el) || el.name === 'body' || el.name === 'html') break;
      if (namedPart(el) === 'comments') thread = el;
    }
    if (!thread) continue;
    threadOf.set(b, thread);
    proseIn.set(thread, (proseIn.get(thread) ?? 0) + prose);
  }
  const setApart = new Set<Element>();
  for (const [thread, prose] of proseIn) {
    const outside = total - prose;
    if (outside >= MIN_OUTSIDE || prose < outside) setApart.add(thread);
  }
  for (const [b, thread] of threadOf) {
    if (b.excluded || !setApart.has(thread)) continue;
    b.excluded = true;
    b.excludedWhy = 'comment thread (markup name)';
  }
}

/** A comment's header line: who wrote it and when (`Name wrote on 14.09.2017 at 18:22:`). */
const LABEL_MAX_CHARS = 150;
const MIN_COMMENTS = 3;
/** Words of at least two letters, lower case (the words a template of header lines shares). */
const LETTER_WORD = /\p{L}{2,}/gu;

function isHeaderLine(b: HtmlBlock): boolean {
  return !b.heading && !b.excluded && b.text.length <= LABEL_MAX_CHARS && /\d/.test(b.text) && !/[.!?]["”’]?$/.test(b.text);
}

/**
 * Comment threads without an element per comment, under a parent the markup does not name:
 * header lines (a name, a date or time, the same words each time: `X wrote on DATE at TIME:`)
 * each followed by the comment's text, three times or more, under one parent, after an article
 * that holds at least as much prose before them as half the thread. A live blog's entries, led by
 * times, are the article itself: they come with little prose before them.
 */
export function markFlatThreads(blocks: HtmlBlock[]): void {
  let proseBefore = 0;
  let i = 0;
  while (i < blocks.length) {
    // The run of consecutive blocks with the same parent element.
    const parent = blocks[i]!.container.parent;
    let end = i + 1;
    while (end < blocks.length && blocks[end]!.container.parent === parent) end++;
    const thread = flatThread(blocks, i, end);
    if (thread !== null) {
      const threadProse = blocks.slice(thread, end).reduce((n, b) => n + proseOf(b), 0);
      const before = proseBefore + blocks.slice(i, thread).reduce((n, b) => n + proseOf(b), 0);
      if (before >= MIN_OUTSIDE && 2 * before >= threadProse) {
        // The thread's own heading (`Comments (3)`) sits just above its first header line.
        const from = thread > i && isShortTitle(blocks[thread - 1]!) ? thread - 1 : thread;
        for (let j = from; j < end; j++) {
          const b = blocks[j]!;
          if (b.excluded) continue;
          b.excluded = true;
          b.excludedWhy = 'comment thread (header lines)';
        }
      }
    }
    for (let j = i; j < end; j++) proseBefore += proseOf(blocks[j]!);
    i = end;
  }
}

function isShortTitle(b: HtmlBlock): boolean {
  return b.text.length <= LABEL_MAX_CHARS / 2 && !/[.!?]["”’]?$/.test(b.text);
}

/** The index of the first header line of a thread among blocks [from, to), or null. */
function flatThread(blocks: readonly HtmlBlock[], from: number, to: number): number | null {
  const headers: number[] = [];
  for (let j = from; j + 1 < to; j++) if (isHeaderLine(blocks[j]!) && !isHeaderLine(blocks[j + 1]!)) headers.push(j);
  if (headers.length < MIN_COMMENTS) return null;
  // Header lines share their words (`wrote`, `on`, `at`): count each word once per line.
  const wordsOf = (j: number): Set<string> => new Set<string>(blocks[j]!.text.toLowerCase().match(LETTER_WORD) ?? []);
  const lines = new Map<string, number>();
  for (const j of headers) for (const w of wordsOf(j)) lines.set(w, (lines.get(w) ?? 0) + 1);
  const shared = [...lines].filter(([, n]) => n >= MIN_COMMENTS).map(([w]) => w);
  if (!shared.length) return null;
  return headers.find((j) => shared.some((w) => wordsOf(j).has(w))) ?? null;
}
