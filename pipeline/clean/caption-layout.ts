/**
 * Captions set between body paragraphs with no mark of their own (tabloid layouts), and sub-heads,
 * found from the layout of the whole article rather than from their words:
 * - a caption has no closing stop, where body paragraphs end on one, and either places someone in
 *   the picture (`(pictured)`, `pictured above`, `(left)`) or repeats a body paragraph (the
 *   picture's caption is often the story's own sentence again);
 * - where an article shows two captions of this kind or more, its other unpunctuated paragraphs of
 *   a caption's length are captions too;
 * - a short line in capitals between body paragraphs is a sub-head (not body, not a caption).
 */
import type { Slot } from './slots.js';

// A paragraph of the body ends on a stop, a closing quote or bracket (or a colon before a list).
// (Other scripts' stops too: `。`, `！`, `」`, `؟`, `।`.)
const CLOSED = /[.!?…:;"”’')\]»›。！？．」』）؟۔।]$/u;
// Someone or something placed in the picture.
const PICTURE_MARK = /\bpictured\b|\((?:left|right|centre|center|top|bottom|above|below|inset|front|back)\)|\b(?:above|below|inset)$/i;
// A list item or a line of figures is not a caption.
const LIST_ITEM = /^(?:[-–•*·]|\d+[.)]\s)/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words a caption has at least. */
const CAPTION_MIN_WORDS = 6;
/** Words an echo of a body paragraph has at least (a list's lead-in line may repeat one too). */
const ECHO_MIN_WORDS = 10;
/** Share of a caption's words found in one body paragraph for it to be that paragraph's echo. */
const ECHO = 0.8;
/** Captions of the marked kinds an article shows before its other unpunctuated lines count as captions. */
const LAYOUT_EVIDENCE = 2;
/** Words such an unmarked caption has at least: shorter unpunctuated lines are sub-heads and headlines. */
const LAYOUT_MIN_WORDS = 12;
/** Articles longer than this (in paragraphs) are not compared paragraph by paragraph. */
const COMPARE_MAX = 400;
const SUBHEAD_MAX_WORDS = 12;

export type LayoutKind = 'picture-mark' | 'echo' | 'captioned-layout' | 'subhead';

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

// A closing `(pictured on Monday)` is the caption's own mark, not the end of a sentence.
const TRAILING_MARK = /\s*\((?:pictured|left|right|centre|center|above|below|inset)\b[^()]{0,40}\)$/i;

function isOpen(text: string): boolean {
  return !CLOSED.test(text.trimEnd().replace(TRAILING_MARK, ''));
}

/** A sub-head: a few words in capitals (two of them words of letters), no closing stop. */
function isSubhead(text: string): boolean {
  // The capitals first: a body paragraph fails at its first lower-case letter, before its words are listed.
  if (!inCapitals(text) || !isOpen(text)) return false;
  const all = words(text);
  const lettered = all.filter((w) => /^\p{L}{2,}/u.test(w)).length;
  return lettered >= 2 && all.length <= SUBHEAD_MAX_WORDS;
}

/** Written in capitals: capital letters, and no lower-case or caseless letters (CJK, Arabic). */
function inCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/[\p{Ll}\p{Lo}]/u.test(text);
}

/**
 * Mark captions and sub-heads among the body paragraphs of `slots` (mutated); `captionsSeen`
 * counts captions already found by their own marks (credits, positions), which show the layout too.
 */
export function markLayoutCaptions(slots: Slot[], captionsSeen: number): void {
  const body = slots.filter((s) => !s.removed);
  if (body.length < 3) return;
  // Sub-heads only where most of the body is in ordinary case (some wire copy is all capitals).
  const capitals = body.filter((s) => inCapitals(s.text)).length;
  if (capitals * 3 < body.length) {
    for (const s of body.slice(1, -1)) {
      if (isSubhead(s.text)) mark(s, 'subhead');
    }
  }
  const open = body.filter((s) => !s.removed && isOpen(s.text) && !LIST_ITEM.test(s.text) && words(s.text).length >= CAPTION_MIN_WORDS);
  if (open.length === 0) return;
  const closed = body.filter((s) => !s.removed && !isOpen(s.text));
  // The body ends its paragraphs on stops: unpunctuated ones are the exception.
  if (closed.length < open.length * 2) return;
  let found = captionsSeen;
  // The body's word sets are made only when a caption long enough to echo one is met.
  let sets: Set<string>[] | null = null;
  const bodySets = () => (sets ??= body.length <= COMPARE_MAX ? closed.map((s) => new Set(words(s.text))) : []);
  for (const s of open) {
    if (PICTURE_MARK.test(s.text)) {
      mark(s, 'picture-mark');
      found++;
    } else if (echoes(words(s.text), bodySets)) {
      mark(s, 'echo');
      found++;
    }
  }
  if (found < LAYOUT_EVIDENCE) return;
  for (const s of open) if (!s.removed && words(s.text).length >= LAYOUT_MIN_WORDS) mark(s, 'captioned-layout');
}

function echoes(caption: string[], paragraphs: () => Set<string>[]): boolean {
  if (caption.length < ECHO_MIN_WORDS) return false;
  return paragraphs().some((p) => caption.filter((w) => p.has(w)).length >= caption.length * ECHO);
}

function mark(slot: Slot, kind: LayoutKind): void {
  slot.removed = kind === 'subhead' ? 'subhead' : 'caption';
  slot.why = kind;
}
