/**
 * The header a page shows under its headline: the byline and the date line (`By Carys Webb |
 * Published: 14:02, 12 June 2019`, `Wendeltal, 14.09.2017 — von Hanna Reuter`, `Par X — Publié
 * le 16 mai 2023`), between the headline and the first paragraph of the text. These lines are the
 * page's metadata, not its body: the date is the page's date where its metadata gives none, the
 * names its byline, and the lines are left out of the text. A date further down is one the story
 * (or a teaser) mentions, and is never taken.
 */
import { parseByline } from '../../clean/byline.js';
import { parseFullDate } from '../../clean/dates.js';
import { endsSentence } from '../content/features.js';
import { monthOf } from '../content/months.js';
import type { HtmlBlock } from './blocks.js';

/** A header line is short; the header is a few lines. */
const HEADER_LINE_CHARS = 160;
const HEADER_LINES = 8;
const HEADER_SEPARATOR = /\s+[|·•—–]\s+/;
/** Words that mark a line's date as a revision's, not the publication's (per language, lower case). */
export const UPDATE_WORDS = ['updated', 'update', 'modified', 'aktualisiert', 'geändert', 'actualizado', 'actualisé', 'modifié', 'mis à jour', 'aggiornato', 'bijgewerkt', 'atualizado'] as const;
const UPDATE = new RegExp(`(?:^|[^\\p{L}])(?:${UPDATE_WORDS.join('|')})(?![\\p{L}])`, 'iu');
/** Day-first numeric dates (`14.09.2017`), the way most of Europe writes them; slashes are left alone (day or month first?). */
const DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?![\d.])/;
/** A day, a month's name in any language (months.ts) and a year: `16 mai 2023`, `16. Mai 2023`, `16 de mayo de 2023`. */
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12}\.?)\s+(?:de\s+)?((?:19|20)\d{2})(?!\d)/u;

/** A date written in a header line, YYYY-MM-DD, or null; `published`: false when it is a revision's. */
export function headerLineDate(text: string): string | null {
  const found = lineDate(text);
  return found && found.published ? found.date : null;
}

function lineDate(text: string): { date: string; published: boolean } | null {
  if (text.length > HEADER_LINE_CHARS) return null;
  const date = parseFullDate(text) ?? dotted(text) ?? named(text);
  return date ? { date, published: !UPDATE.test(text) } : null;
}

function dotted(text: string): string | null {
  const m = DOTTED.exec(text);
  return m ? parseFullDate(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`) : null;
}

function named(text: string): string | null {
  const m = DAY_MONTH_YEAR.exec(text);
  const month = m ? monthOf(m[2]!) : null;
  return m && month ? parseFullDate(`${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`) : null;
}

export interface PageHeader {
  /** The publication date shown, or null. */
  date: string | null;
  /** Names the byline gives. */
  byline: string[];
  /** Indexes of the header's date and byline lines, left out of the text. */
  lines: Set<number>;
}

/**
 * The header lines under the headline (without a headline: the few lines above the first kept
 * paragraph). They end at the first paragraph of the text: a kept block that is a sentence or
 * longer than a header line.
 */
export function pageHeader(blocks: readonly HtmlBlock[], keep: readonly boolean[]): PageHeader {
  const header: PageHeader = { date: null, byline: [], lines: new Set() };
  const isText = (i: number): boolean => keep[i]! && blocks[i]!.level !== 1 && (blocks[i]!.text.length > HEADER_LINE_CHARS || endsSentence(blocks[i]!.text));
  const first = blocks.findIndex((_, i) => isText(i));
  if (first < 0) return header;
  let headline = -1;
  for (let j = first - 1; j >= 0 && headline < 0; j--) if (blocks[j]!.level === 1 && !blocks[j]!.excluded) headline = j;
  const from = headline >= 0 ? headline + 1 : Math.max(0, first - HEADER_LINES);
  if (first - from > HEADER_LINES) return header;
  for (let j = from; j < first; j++) {
    const text = blocks[j]!.text;
    if (blocks[j]!.heading) continue;
    const found = lineDate(text);
    // A header line may join the byline and the date: `By A | Published ...`, `Par A — Publié le ...`.
    const bylines = text.length <= HEADER_LINE_CHARS ? text.split(HEADER_SEPARATOR).map(parseByline).filter((b) => b !== null) : [];
    if (!found && !bylines.length) continue;
    header.lines.add(j);
    if (found?.published) header.date ??= found.date;
    for (const n of bylines.flatMap((b) => b.names)) if (!header.byline.includes(n)) header.byline.push(n);
  }
  return header;
}
