/**
 * Page dumps: a web page's text flattened into one line (or a few), menus, video lists and
 * article glued together (`killingsSerbian`, `cities.Air`). Cut back into blocks where the
 * page's blocks met (runs of spaces, non-breaking spaces, bullets, a lower-case letter glued to
 * a capital, a sentence end glued to the next), then the same block classifier as for HTML
 * decides, without link density.
 */
import { type BlockEvidence, classifyBlocks, type Label } from './classify.js';
import { parseFullDate } from '../../clean/dates.js';
import { capitalShare, detectLanguage, endsSentence } from './features.js';

/** A dump has a line at least this long, few lines (an article keeps its paragraph breaks), and its blocks glued at many places. */
const DUMP_LINE = 1000;
const DUMP_MAX_LINES = 12;
const DUMP_MIN_BLOCKS = 10;
/** Lines of menus and labels are mostly capitals. */
const CAPS_SHARE = 0.5;
const CAPS_MAX_LENGTH = 200;
/** A block giving the page's date is a title or a time stamp, short. */
const STAMP_MAX_LENGTH = 120;

/** Is `text` a page flattened to a few very long lines? */
export function isPageDump(text: string): boolean {
  let lines = 0;
  let longest = '';
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    lines++;
    if (line.length > longest.length) longest = line;
    if (lines > DUMP_MAX_LINES) return false;
  }
  return longest.length >= DUMP_LINE && segmentDump(longest).length >= DUMP_MIN_BLOCKS;
}

// Where blocks were glued: each alternative ends where the new block starts.
const BOUNDARY = new RegExp(
  [
    '[\\u00a0\\t]+', // non-breaking spaces and tabs between blocks
    ' {3,}', // runs of spaces
    '\\s*[•▪|]\\s+', // bullets and bars between menu items
    '(?<=\\p{Ll}{3})(?=\\p{Lu}\\p{Ll}|\\p{Lu}{3})', // `killingsSerbian`, `dealRELATED`
    '(?<=[.!?])(?=["“‘\']?\\p{Lu}(?:[\\p{Ll} ]|\\p{Lu}{2}))', // `cities.Air`, `report.RELATED`, `children."This` (a quote after a stop opens the next)
    '(?<=[12]\\d{3})(?=\\p{Lu}\\p{Ll})', // `April 15, 1999Cohen:` (a date glued to the next headline)
    '(?<=\\p{Ll}[”’\'])(?=\\p{Lu})', // `catastrophe'NATO`: a quoted sub-head glued to the text
    '(?<=\\))(?=\\p{Lu}\\p{Ll})', // `(April 15)Windows`
  ].join('|'),
  'gu',
);

/** The blocks of a dump, in order. */
export function segmentDump(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    for (const piece of line.split(BOUNDARY)) {
      const t = piece.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
    }
  }
  return out;
}

/** Words from which an unpunctuated line among the article's paragraphs reads as a caption, not a sub-heading. */
const CAPTION_WORDS = 7;

/** A line of the article that is no sentence yet longer than a sub-heading: a picture's caption. */
function isCaptionLine(text: string): boolean {
  return !endsSentence(text) && text.split(/\s+/).length >= CAPTION_WORDS;
}

/** A block's evidence in a dump: no links; all-capitals labels excluded; a short unpunctuated line stands as a heading. */
function evidence(text: string): BlockEvidence {
  const caps = text.length <= CAPS_MAX_LENGTH && capitalShare(text) > CAPS_SHARE;
  return { text, linkDensity: 0, heading: !caps && text.length < 100 && !endsSentence(text), excluded: caps, excludedWhy: 'capitals' };
}

export interface DumpExtraction {
  paragraphs: string[];
  /** Lines inside the article that are neither sentences nor headings: pictures' captions. */
  captions: string[];
  /** A full date standing in a short block above the article (the page title's or a `posted` stamp), YYYY-MM-DD. */
  date: string | null;
  removed: { text: string; why: string }[];
}

/** The article blocks of a page dump. */
export function extractDump(text: string, declaredLanguage?: string | null): DumpExtraction {
  const blocks = segmentDump(text).map(evidence);
  const lang = detectLanguage(blocks.map((b) => b.text).join(' ').slice(0, 20000), declaredLanguage);
  const labels = classifyBlocks(blocks, lang);
  const [from, to] = articleSpan(labels.map((l) => l.initial), blocks.map((b) => b.text.length));
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const removed: DumpExtraction['removed'] = [];
  let date: string | null = null;
  blocks.forEach((b, i) => {
    const inSpan = i >= from && i < to;
    if (labels[i]!.label === 'good' && inSpan && isCaptionLine(b.text)) captions.push(b.text);
    else if (labels[i]!.label === 'good' && inSpan) paragraphs.push(b.text);
    else removed.push({ text: b.text, why: i >= from && i < to ? labels[i]!.why : 'outside the article span' });
    // Above the article only: a date further down is one the story or a teaser mentions.
    if (!paragraphs.length && b.text.length <= STAMP_MAX_LENGTH) date ??= parseFullDate(b.text);
  });
  return { paragraphs, captions, date, removed };
}

/** What a block of each label adds to the article span, per character (short blocks: a fixed cost each). */
const SPAN_WEIGHT: Record<Label, number> = { good: 1, 'near-good': 0.3, short: 0, bad: -0.5 };
const SHORT_COST = 15;

/**
 * The article is one run of the dump: the blocks [from, to) with the most prose for the least of
 * everything else (a maximum-sum run over the blocks' own labels), the text dump's counterpart of
 * the HTML reader's page region.
 */
export function articleSpan(labels: readonly Label[], lengths: readonly number[]): [number, number] {
  let best: [number, number] = [0, 0];
  let bestSum = 0;
  let start = 0;
  let sum = 0;
  labels.forEach((l, i) => {
    sum += l === 'short' ? -SHORT_COST : SPAN_WEIGHT[l] * lengths[i]!;
    if (sum <= 0) {
      sum = 0;
      start = i + 1;
    } else if (sum > bestSum) {
      bestSum = sum;
      best = [start, i + 1];
    }
  });
  return best;
}
