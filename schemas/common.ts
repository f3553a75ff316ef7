import { z } from 'zod';

/** A non-negative offset, counted in Unicode code points (what Python and R index strings by). */
export const Offset = z.number().int().min(0);

/** The patterns of the two date kinds: every output format recognises a date column by its pattern (schemas/columns.ts). */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const DAY_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * ISO date at the precision known: YYYY-MM-DD, YYYY-MM or YYYY. Published with two typed bounds
 * beside it (`<name>_start`, `<name>_end`), derived, so a notebook can filter and sort by date.
 */
export const PartialDate = z.string().regex(PARTIAL_DATE_PATTERN);

/** A calendar day, YYYY-MM-DD: a DATE in Arrow (Date32), Parquet and the Table Schema. */
export const IsoDate = z.string().regex(DAY_DATE_PATTERN);

/**
 * The first and last day of the period an ISO date names at its precision: `2018` → 2018-01-01 …
 * 2018-12-31, `2018-02` → 2018-02-01 … 2018-02-28, a day → itself. `decade` widens a year to its
 * ten years (`1970` → 1970-01-01 … 1979-12-31). Null for null.
 */
export function dateBounds(value: string | null | undefined, precision?: unknown): [start: string, end: string] | null {
  if (value === null || value === undefined) return null;
  const [y, m, d] = value.split('-');
  const year = Number(y);
  if (d !== undefined) return [value, value];
  if (m !== undefined) return [`${value}-01`, `${value}-${String(new Date(Date.UTC(year, Number(m), 0)).getUTCDate()).padStart(2, '0')}`];
  const last = precision === 'decade' ? year - (year % 10) + 9 : year;
  const first = precision === 'decade' ? year - (year % 10) : year;
  return [`${String(first).padStart(4, '0')}-01-01`, `${String(last).padStart(4, '0')}-12-31`];
}

/**
 * Provenance columns shared by every record that points into an article's cleaned text. The
 * evidence sentence itself is not repeated in each row: it is `text[span_start:span_end]` of the
 * article (`articles.text`), in code points.
 */
export const evidenceFields = {
  article_id: z.string().meta({ description: 'The article the evidence is taken from (the first, by id, where several report it).' }),
  span_start: Offset.meta({ description: 'Start of the evidence sentence in that article\'s cleaned `text`, in code points (0-based, inclusive): the sentence is `articles.text[span_start:span_end]` (Python; `substr(text, span_start + 1, span_end)` in R).' }),
  span_end: Offset.meta({ description: 'End of the evidence sentence in that article\'s cleaned `text`, in code points (exclusive).' }),
  rule: z.string().meta({ description: 'The extraction rule that produced the row (`stage/rule`), so a reader can see why it is here.' }),
};
