/**
 * Small wrappers that tell what their text is: one that also holds a picture (and little text)
 * holds its caption or credit; one that also holds a form control (an e-mail field, a button)
 * holds its prompt (a newsletter box, a subscription offer, a comment form's rules).
 */
import type { Element } from 'domhandler';
import { endsSentence } from '../content/features.js';
import { ancestors } from './ancestors.js';
import type { HtmlBlock } from './blocks.js';
import { namedPart } from './names.js';

/** A wrapper beside a picture holding at most this much text is the picture's caption. */
const CAPTION_MAX_CHARS = 400;
/** A line after a picture longer than this is text, whatever its punctuation. */
const SHORT_CAPTION = 250;

/** A wrapper holding a control and at most this much text is the control's prompt. */
const PROMPT_MAX_CHARS = 500;

/** A player's wrapper holding at most this much text: the video's title, teaser, countdown, controls. */
const MEDIA_MAX_CHARS = 400;

/**
 * Text in a small wrapper around a player or an embedded frame (one that holds a `<video>` or
 * `<iframe>`, or that the markup names a player: names.ts) is the video's title, teaser or
 * controls (`Watch: ...`, `Your video will play in 0:25`), not article text. A wrapper that holds
 * the headline is the story's, whatever it is called.
 */
export function markMediaText(blocks: HtmlBlock[], mediaWrappers: ReadonlySet<Element>): void {
  const charsIn = textPerElement(blocks);
  const headline = new Set<Element>();
  for (const b of blocks) if (b.level === 1) for (const el of ancestors(b.container)) headline.add(el);
  for (const b of blocks) {
    if (b.excluded) continue;
    for (const el of ancestors(b.container)) {
      if ((charsIn.get(el) ?? 0) > MEDIA_MAX_CHARS || headline.has(el)) break;
      // A paragraph with an inline frame (an advert slot) is still a paragraph.
      if (!(mediaWrappers.has(el) && el.name !== 'p') && namedPart(el) !== 'media') continue;
      b.excluded = true;
      b.excludedWhy = 'beside a video or embed';
      break;
    }
  }
}

/**
 * Blocks in a small wrapper that also holds a form control (a newsletter box, a subscription
 * offer, a comment form with its rules) are its prompt, not article text.
 */
export function markCallsToAction(blocks: HtmlBlock[], controlWrappers: ReadonlySet<Element>): void {
  if (controlWrappers.size === 0) return;
  const charsIn = textPerElement(blocks);
  // The headline's wrapper is the article's header, whose share buttons prompt nothing.
  const headline = new Set<Element>();
  for (const b of blocks) if (b.level === 1) for (const el of ancestors(b.container)) headline.add(el);
  // A control's wrapper may be small while the prompt sits one level up, beside it: climb while the text stays small.
  const prompts = new Set<Element>();
  for (const w of controlWrappers) {
    let top: Element | null = null;
    for (const el of ancestors(w)) {
      if ((charsIn.get(el) ?? 0) > PROMPT_MAX_CHARS || headline.has(el)) break;
      top = el;
    }
    if (top) prompts.add(top);
  }
  for (const b of blocks) {
    for (const el of ancestors(b.container)) {
      if (!prompts.has(el)) continue;
      b.excluded = true;
      b.excludedWhy ??= 'beside a form control';
      break;
    }
  }
}

function textPerElement(blocks: readonly HtmlBlock[]): Map<Element, number> {
  const charsIn = new Map<Element, number>();
  for (const b of blocks) {
    for (const el of ancestors(b.container)) charsIn.set(el, (charsIn.get(el) ?? 0) + b.text.length);
  }
  return charsIn;
}

/**
 * A block whose wrapper (its container or the one above) also holds a picture, with little text
 * in it besides, is the picture's caption or credit.
 */
export function markCaptions(blocks: HtmlBlock[], imageWrappers: ReadonlySet<Element>): void {
  const charsIn = textPerElement(blocks);
  for (const b of blocks) {
    if (b.caption || b.heading) continue;
    // A line straight after a picture that is not a sentence (`Name at his farm, where ...`) is its caption.
    if (b.afterImage && b.text.length <= SHORT_CAPTION && !endsSentence(b.text)) {
      b.caption = true;
      continue;
    }
    for (const el of ancestors(b.container).slice(0, 3)) {
      // A paragraph with an inline picture is still a paragraph.
      if (!imageWrappers.has(el) || el.name === 'p') continue;
      if ((charsIn.get(el) ?? 0) <= CAPTION_MAX_CHARS) b.caption = true;
      break;
    }
  }
}
