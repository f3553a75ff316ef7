/**
 * The date a page shows with its story when its metadata gives none: a byline or time stamp
 * line (`Published: 14:02, 12 June 2019`, `Wendeltal, 14.09.2017 — von ...`) between the
 * headline and the first paragraph of the text. That line is the page's header, not its body:
 * a date further down is one the story (or a teaser) mentions, and is never taken.
 */
import { parseFullDate } from '../../clean/dates.js';
import { endsSentence } from '../content/features.js';
import type { HtmlBlock } from './blocks.js';

/** A header line is short; the header is a few lines. */
const HEADER_LINE_CHARS = 160;
const HEADER_LINES = 8;
/** Words that mark a line's date as a revision's, not the publication's (per language, lower case). */
export const UPDATE_WORDS = ['updated', 'update', 'modified', 'aktualisiert', 'geändert', 'actualizado', 'actualisé', 'modifié', 'aggiornato', 'bijgewerkt', 'atualizado'] as const;
const UPDATE = new RegExp(`(?:^|[^\\p{L}])(?:${UPDATE_WORDS.join('|')})(?![\\p{L}])`, 'iu');
/** Day-first numeric dates (`14.09.2017`), the way most of Europe writes them; slashes are left alone (day or month first?). */
const DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?![\d.])/;

/** The first full date written in a header line, YYYY-MM-DD, or null. */
export function headerLineDate(text: string): string | null {
  if (text.length > HEADER_LINE_CHARS || UPDATE.test(text)) return null;
  const written = parseFullDate(text);
  if (written) return written;
  const m = DOTTED.exec(text);
  return m ? parseFullDate(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`) : null;
}

/**
 * The date shown in the header lines under the headline (without a headline: above the first
 * kept paragraph), with the index of its line; null when none. The lines looked at end at the
 * first paragraph of the text: a kept block that is a sentence or longer than a header line.
 */
export function shownDate(blocks: readonly HtmlBlock[], keep: readonly boolean[]): { date: string; line: number } | null {
  const isText = (i: number): boolean => keep[i]! && blocks[i]!.level !== 1 && (blocks[i]!.text.length > HEADER_LINE_CHARS || endsSentence(blocks[i]!.text));
  const first = blocks.findIndex((_, i) => isText(i));
  if (first < 0) return null;
  let headline = -1;
  for (let j = first - 1; j >= 0 && headline < 0; j--) if (blocks[j]!.level === 1 && !blocks[j]!.excluded) headline = j;
  const from = headline >= 0 ? headline + 1 : Math.max(0, first - HEADER_LINES);
  if (first - from > HEADER_LINES) return null;
  for (let j = from; j < first; j++) {
    const date = headerLineDate(blocks[j]!.text);
    if (date) return { date, line: j };
  }
  return null;
}
