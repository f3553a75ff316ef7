/**
 * The end of the article, after its last body paragraph: a sign-off (`Reuter`), what follows the
 * story's credits (market-data notes, copyright, related links), the site talking about itself,
 * and headlines listed under a label such as `Read more:`.
 */
import { isLabelledPlug, isLinkLabel, isTrailingPromotion } from './boilerplate.js';
import { isSignOff } from './credits.js';
import { parseDateline } from './dateline.js';
import type { Slot } from './slots.js';

const LINK_MAX = 220;
const SENTENCE_END = /[.!?]["”’)]?$/;
/** The credits close the story when they stand in its last part, with few paragraphs of prose after them. */
const AFTER_CREDITS_PROSE = 3;
const AFTER_CREDITS_LINE_MAX = 1000;
const PROSE = /^.{150,}[.!?]["”’)]?$/su;

/** Mark the trailing furniture of `slots` (mutated). */
export function markTail(slots: Slot[], outlets: ReadonlySet<string>): void {
  markSignOff(slots);
  markAfterCredits(slots);
  markSelfPromotion(slots, [...outlets]);
  markListedHeadlines(slots);
  markTrailingHeadlines(slots);
}

/** `Reuter`, `ends`: the last body paragraph, when it is only an agency or an end mark. */
function markSignOff(slots: Slot[]): void {
  for (let i = slots.length - 1; i >= 0; i--) {
    const slot = slots[i]!;
    if (slot.removed) continue;
    if (isSignOff(slot.text)) {
      slot.removed = 'credit';
      slot.why = 'sign-off';
    }
    return;
  }
}

/**
 * After the story's contributor credits, what is left is not the story: a market-data note, the
 * copyright line, related links. Only when the credits stand in the last part of the article, a few
 * lines from its end, and nothing after them opens a story of its own (a dateline).
 */
function markAfterCredits(slots: Slot[]): void {
  let last = -1;
  slots.forEach((s, i) => {
    if (s.removed === 'credit' && (s.why === 'contributors' || s.why === 'sign-off')) last = i;
  });
  if (last < 0 || last < slots.length * 0.5) return;
  const after = slots.slice(last + 1).filter((s) => !s.removed);
  if (after.length === 0 || after.filter((s) => PROSE.test(s.text)).length > AFTER_CREDITS_PROSE) return;
  if (after.some((s) => s.text.length > AFTER_CREDITS_LINE_MAX || parseDateline(s.text)?.agency)) return;
  for (const s of after) {
    s.removed = 'boilerplate';
    s.why = "after the story's credits";
  }
}

/**
 * The site talking about itself, below the last body paragraph and contiguous with the end: a
 * labelled plug naming the outlet, and (where the article ends in site furniture such as copyright
 * or social links) its self-promotion; a story may well end on `The site features ...`.
 */
function markSelfPromotion(slots: Slot[], outlets: string[]): void {
  for (let i = slots.length - 1; i >= 0; i--) {
    const slot = slots[i]!;
    if (slot.removed) continue;
    if (!isLabelledPlug(slot.text, outlets)) break;
    slot.removed = 'boilerplate';
    slot.why = 'trailing plug for the outlet';
  }
  const endsInFurniture = slots.at(-1)?.removed === 'boilerplate';
  for (let i = slots.length - 1; endsInFurniture && i >= 0; i--) {
    const slot = slots[i]!;
    if (slot.removed) continue;
    if (!isTrailingPromotion(slot.text, outlets)) break;
    slot.removed = 'boilerplate';
    slot.why = 'trailing self-promotion';
  }
}

/**
 * The headlines listed under a label such as `Read more:`: to the end when only short lines follow,
 * else the lines without sentence punctuation right after the label.
 */
function markListedHeadlines(slots: Slot[]): void {
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot.removed !== 'boilerplate' || !isLinkLabel(slot.text)) continue;
    const rest = slots.slice(i + 1).filter((s) => !s.removed);
    const allShort = rest.length > 0 && rest.every((s) => s.text.length <= LINK_MAX);
    for (const s of slots.slice(i + 1)) {
      if (s.removed) continue;
      if (!allShort && (s.text.length > LINK_MAX || SENTENCE_END.test(s.text))) break;
      s.removed = 'boilerplate';
      s.why = 'headline listed under a link label';
    }
  }
}

/** At least this many headline-like lines end an article before they read as a list of links. */
const TRAILING_HEADLINES_MIN = 3;
const HEADLINE_MAX = 120;
// Capitalised, six words or more, no parenthesis: a headline or a caption (lists of fixtures, rankings or names are shorter, or bracketed).
const HEADLINE = /^[\p{Lu}“"‘'][^()]*?(?:\s+[^\s()]+){5,}$/u;

/**
 * Headlines listed at the end without a label (links to other stories): the last lines of the
 * article, three or more, each short, capitalised and without sentence punctuation.
 */
function markTrailingHeadlines(slots: Slot[]): void {
  const run: Slot[] = [];
  for (let i = slots.length - 1; i >= 0; i--) {
    const slot = slots[i]!;
    if (slot.removed) continue;
    const t = slot.text.trim();
    if (t.length > HEADLINE_MAX || SENTENCE_END.test(t) || /[:;,]$/.test(t) || !HEADLINE.test(t)) break;
    run.push(slot);
  }
  if (run.length < TRAILING_HEADLINES_MIN || run.length === slots.filter((s) => !s.removed).length) return;
  for (const s of run) {
    s.removed = 'boilerplate';
    s.why = 'headlines listed at the end';
  }
}
