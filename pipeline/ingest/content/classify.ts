/**
 * Is a block article text? A jusText-style decision from evidence every page has, then a
 * revision by context (a short block between article paragraphs is article text; one between
 * menus is not). Shared by the HTML reader and the page-dump segmenter, which has no links.
 *
 * Thresholds are trafilatura's lenient jusText settings: the strict defaults lose the
 * one-sentence paragraphs news is written in.
 */
import { endsSentence, lengthUnits, sentenceEnds, stopDensity } from './features.js';
import type { StopLanguage } from './stopwords.js';

export type Label = 'good' | 'near-good' | 'short' | 'bad';

export interface BlockEvidence {
  text: string;
  /** Characters inside links ÷ all characters (0 where there are no links, as in text dumps). */
  linkDensity: number;
  /** A heading element (h1–h6) or a line that stands as one. */
  heading: boolean;
  /** Markup that is never article text (navigation, forms, buttons, page header/footer, asides). */
  excluded: boolean;
  /** Why `excluded` (for messages). */
  excludedWhy?: string;
  /** Excluded as part of a list set apart from the text (teasers, links, a share bar) or its heading. */
  listed?: boolean;
}

export interface Classified {
  label: Label;
  /** The label before context revision. */
  initial: Label;
  /** A short reason, for messages. */
  why: string;
}

const LENGTH_LOW = 50;
const LENGTH_HIGH = 150;
const STOPWORDS_LOW = 0.1;
const STOPWORDS_HIGH = 0.2;
const MAX_LINK_DENSITY = 0.25;
const MAX_LINK_DENSITY_PROSE = 0.5;
const PROSE_LENGTH = 100;
/** A copyright notice is a line; a paragraph with a © in it (a credit glued to text) is decided on the rest. */
const COPYRIGHT_LINE = 150;
/** Headings this close (characters) above article text are kept with it. */
const MAX_HEADING_DISTANCE = 200;
/** A block that repeats a label or shortcode: `[ad_1]`, `[caption]`. */
const BRACKETED = /^\[[^\]\n]{1,30}\]$/;
const COPYRIGHT = /©|\(c\)\s*\d{4}|&copy;/i;
/** Items of a menu written on one line: `News ▪ Sport ▪ Weather`, `Home | About | Contact`. */
const MENU_SEPARATOR = /\s[|▪•·»›◦]\s|\s\/\s/g;
const MENU_MIN_ITEMS = 4;
const MENU_ITEM_WORDS = 3;

/** A time stamp standing as a line: `10:55`, `Updated 14:02 GMT`, `Wed 12.06.2019 09:30`. */
const STAMP_MAX_CHARS = 40;
const STAMP_MAX_WORDS = 3;
/** A clock time, a numeric date, or a year: what makes a short line a stamp. */
const STAMP_NUMBER = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:1[89]|20)\d{2}\b/;

/** A short line that gives a time or date and little else (a live blog's entry times, a posted stamp). */
export function isStampLine(text: string): boolean {
  if (text.length > STAMP_MAX_CHARS || !STAMP_NUMBER.test(text) || endsSentence(text)) return false;
  return (text.match(/\p{L}+/gu)?.length ?? 0) <= STAMP_MAX_WORDS;
}

/** A line of many short items between separators: a menu, even when its links are not marked up. */
export function isMenuLine(text: string): boolean {
  const separators = text.match(MENU_SEPARATOR)?.length ?? 0;
  if (separators + 1 < MENU_MIN_ITEMS) return false;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words / (separators + 1) <= MENU_ITEM_WORDS;
}

/** The label of one block on its own evidence (`lengthHigh`: characters from which prose is good by itself). */
export function classifyBlock(b: BlockEvidence, lang: StopLanguage | null, lengthHigh = LENGTH_HIGH): { label: Label; why: string } {
  if (b.excluded) return { label: 'bad', why: b.excludedWhy ?? 'markup role' };
  const text = b.text;
  if (BRACKETED.test(text)) return { label: 'bad', why: 'bracketed marker' };
  // News paragraphs link their sources: a long punctuated one may carry more links than a label.
  const maxLinks = text.length >= PROSE_LENGTH && sentenceEnds(text) > 0 ? MAX_LINK_DENSITY_PROSE : MAX_LINK_DENSITY;
  if (b.linkDensity > maxLinks) return { label: 'bad', why: `link density ${b.linkDensity.toFixed(2)}` };
  if (COPYRIGHT.test(text) && text.length < COPYRIGHT_LINE) return { label: 'bad', why: 'copyright line' };
  if (isMenuLine(text)) return { label: 'bad', why: 'menu line' };
  if (!b.heading && isStampLine(text)) return { label: 'bad', why: 'time stamp' };
  const length = lengthUnits(text);
  if (length < LENGTH_LOW) return b.linkDensity > 0 ? { label: 'bad', why: 'short with a link' } : { label: 'short', why: 'short' };
  const density = lang ? stopDensity(text, lang) : null;
  if (density === null) return byPunctuation(text, length, lengthHigh);
  if (density >= STOPWORDS_HIGH) return length > lengthHigh ? { label: 'good', why: 'prose' } : { label: 'near-good', why: 'short prose' };
  if (density >= STOPWORDS_LOW) return { label: 'near-good', why: 'few function words' };
  return { label: 'bad', why: `function words ${density.toFixed(2)}` };
}

/** With no function-word list for the language: sentences punctuated as prose. */
function byPunctuation(text: string, length: number, lengthHigh: number): { label: Label; why: string } {
  if (!endsSentence(text) && sentenceEnds(text) === 0) return { label: 'bad', why: 'no sentence punctuation' };
  return length > lengthHigh ? { label: 'good', why: 'punctuated prose' } : { label: 'near-good', why: 'punctuated line' };
}

/** Classify every block and revise the labels by their neighbours, as jusText does. */
export function classifyBlocks(blocks: readonly BlockEvidence[], lang: StopLanguage | null): Classified[] {
  const classify = (lengthHigh: number): Classified[] =>
    blocks.map((b) => {
      const { label, why } = classifyBlock(b, lang, lengthHigh);
      return { label, initial: label, why };
    });
  let out = classify(LENGTH_HIGH);
  // A text written in short paragraphs only (a brief, a list of items) has no block long enough
  // to anchor the revision: then prose of any length anchors it.
  if (!out.some((c) => c.label === 'good')) out = classify(LENGTH_LOW);
  revise(out, blocks);
  return out;
}

/**
 * For every block, the nearest label before and after it that is not short (nor near-good, when
 * `skipNearGood`); page edges are bad. Blocks that markup set apart (`skip`: a teaser list inside
 * the story, a menu) are passed over: they are out of the text's flow, not evidence about their
 * neighbours. Two passes, so a page of thousands of short blocks costs linear time.
 */
function neighbours(labels: readonly Label[], skipNearGood: boolean, skip: readonly boolean[]): Neighbours {
  const counts = (l: Label, j: number): boolean => l !== 'short' && !(skipNearGood && l === 'near-good') && !skip[j];
  const n = labels.length;
  const out: Neighbours = { before: new Array<Label>(n), after: new Array<Label>(n), cutBefore: new Array<boolean>(n), cutAfter: new Array<boolean>(n) };
  let last: Label = 'bad';
  let cut = false;
  for (let j = 0; j < n; j++) {
    out.before[j] = last;
    out.cutBefore[j] = cut;
    if (counts(labels[j]!, j)) [last, cut] = [labels[j]!, false];
    else if (skip[j]) cut = true;
  }
  last = 'bad';
  cut = false;
  for (let j = n - 1; j >= 0; j--) {
    out.after[j] = last;
    out.cutAfter[j] = cut;
    if (counts(labels[j]!, j)) [last, cut] = [labels[j]!, false];
    else if (skip[j]) cut = true;
  }
  return out;
}

interface Neighbours {
  before: Label[];
  after: Label[];
  /** A set-apart block lies between the block and its neighbour before (after). */
  cutBefore: boolean[];
  cutAfter: boolean[];
}

function revise(out: Classified[], blocks: readonly BlockEvidence[]): void {
  const goodWithin = (i: number, labels: readonly Label[]): boolean => {
    let distance = 0;
    for (let j = i + 1; j < labels.length && distance <= MAX_HEADING_DISTANCE; j++) {
      // A heading over set-apart blocks (a share bar, a related list) heads them, not the text after.
      if (blocks[j]!.listed) return false;
      if (labels[j] === 'good') return true;
      distance += blocks[j]!.text.length;
    }
    return false;
  };
  // Headings just above article text are near-good.
  let labels = out.map((c) => c.label);
  labels.forEach((l, i) => {
    if (l === 'short' && blocks[i]!.heading && goodWithin(i, labels)) out[i]!.label = 'near-good';
  });
  labels = out.map((c) => c.label);
  const next = labels.slice();
  // Time stamps, like set-apart blocks, stand outside the text: a live blog's entry times do not cut its entries apart.
  const skip = blocks.map((b) => b.excluded || (!b.heading && isStampLine(b.text)));
  const strict = neighbours(labels, true, skip);
  const loose = neighbours(labels, false, skip);
  // Short blocks take their neighbours' side.
  labels.forEach((l, i) => {
    if (l !== 'short') return;
    // A side reached only across set-apart blocks says nothing: the other side decides (a story's
    // last short line before its teaser rail).
    const prev = loose.cutBefore[i] ? strict.after[i]! : strict.before[i]!;
    const after = loose.cutAfter[i] ? strict.before[i]! : strict.after[i]!;
    // A short line cut off from the text on both sides by set-apart blocks belongs with them (`Like this:` between a share bar and a related list).
    if (loose.cutBefore[i] && loose.cutAfter[i]) next[i] = 'bad';
    else if (prev === 'good' && after === 'good') next[i] = 'good';
    else if (prev === 'bad' && after === 'bad') next[i] = 'bad';
    else if ((prev === 'bad' && loose.before[i] === 'near-good') || (after === 'bad' && loose.after[i] === 'near-good')) next[i] = 'good';
    else next[i] = 'bad';
  });
  // Near-good blocks are good unless both sides are bad.
  labels.forEach((l, i) => {
    if (l !== 'near-good') return;
    next[i] = strict.before[i] === 'bad' && strict.after[i] === 'bad' ? 'bad' : 'good';
  });
  next.forEach((l, i) => {
    if (l !== out[i]!.label) out[i]!.why = `${out[i]!.why}; ${l === 'good' ? 'between article text' : 'between boilerplate'}`;
    out[i]!.label = l;
  });
  // Headings close above article text stay with it, unless their markup excluded them.
  labels = out.map((c) => c.label);
  labels.forEach((l, i) => {
    if (l === 'bad' && blocks[i]!.heading && out[i]!.initial !== 'bad' && goodWithin(i, labels)) {
      out[i]!.label = 'good';
      out[i]!.why = `${out[i]!.why}; heading above article text`;
    }
  });
}
