import { z } from 'zod';

/** A non-negative offset, counted in Unicode code points (what Python and R index strings by). */
export const Offset = z.number().int().min(0);

/** ISO date at the precision known: YYYY-MM-DD, YYYY-MM or YYYY. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Evidence columns shared by every record that points into an article's cleaned text. */
export const evidenceFields = {
  article_id: z.string().meta({ description: 'The article the evidence is taken from (the first, by id, where several report it).' }),
  span_start: Offset.meta({ description: 'Start of the evidence sentence in that article\'s cleaned `text`, in code points (0-based, inclusive).' }),
  span_end: Offset.meta({ description: 'End of the evidence sentence in that article\'s cleaned `text`, in code points (exclusive): `text[span_start:span_end] == evidence`.' }),
  evidence: z.string().min(1).meta({ description: 'The sentence(s) supporting the row, exactly as in the cleaned text.' }),
  rule: z.string().meta({ description: 'The extraction rule that produced the row (`stage/rule`), so a reader can see why it is here.' }),
};
