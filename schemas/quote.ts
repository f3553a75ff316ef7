import { z } from 'zod';
import { Offset, PartialDate, evidenceFields } from './common.js';

/** How a quotation's speaker was found, from the most direct to the least. */
export const SPEAKER_BASES = ['cue-before', 'cue-after', 'inverted', 'pronoun', 'title', 'organization', 'context'] as const;
const SpeakerBasis = z
  .enum(SPEAKER_BASES)
  .nullable()
  .meta({
    description:
      'How the speaker was found, most direct first: `cue-before` (`X said: "..."`, `X said the plan was "..."`), `cue-after` (`"...," X said`), `inverted` (`"...," said X`), `pronoun` (`he said`, resolved to the person), `title` (`the minister said`), `organization` (an organisation or country speaks: named, `the ministry`, `it`), `context` (a quotation continued over paragraphs, or following its speaker\'s attributed one); null without a speaker.',
  });

export const Quote = z
  .object({
    quote_id: z.string().meta({ description: 'Stable id derived from the speaker and the normalised words.' }),
    text: z.string().min(1).meta({ description: 'The words inside the quotation marks, without the marks.' }),
    speaker: z.string().nullable().meta({ description: 'The speaker\'s canonical full name (see `actors`), or null for an unnamed or unknown source.' }),
    cue: z.string().nullable().meta({ description: 'The reporting verb or phrase (`said`, `told reporters`, `expressed concern`), or null when the text has none.' }),
    partial: z.boolean().meta({ description: 'True for a fragment inside reported speech, false for a whole quoted sentence.' }),
    article_ids: z.array(z.string()).min(1).meta({ description: 'Every article in which the quotation appears.' }),
    event_id: z.string().nullable().meta({ description: 'The event at which it was said, where the text says so (see `events`).' }),
    date: PartialDate.nullable().meta({ description: 'When it was said, where known.' }),
    story_id: z.string().meta({ description: 'The story of the first article.' }),
    group_id: z.string().nullable().meta({ description: 'Rows that are pieces of one quotation (a sentence split by its attribution, a quote running over paragraphs) share this id.' }),
    speaker_mention: z.string().nullable().meta({ description: 'How the first article points at the speaker (`he`, `the minister`, `Lavrov`).' }),
    speaker_basis: SpeakerBasis,
    quote_start: Offset.meta({ description: 'Start of the quoted words in the first article\'s `text`, in code points: `text[quote_start:quote_end] == quotes.text`.' }),
    quote_end: Offset.meta({ description: 'End (exclusive) of the quoted words, in code points.' }),
    ...evidenceFields,
    mention_count: z.number().int().min(1).meta({ description: 'How many times it appears across articles (see `quote_mentions`).' }),
  })
  .meta({ id: 'quotes', title: 'Quotes', description: 'One row per distinct quotation: the same words from the same speaker in several articles are one row.' });
export type Quote = z.infer<typeof Quote>;

export const QuoteMention = z
  .object({
    quote_id: z.string().meta({ description: 'The quotation (see `quotes`).' }),
    ...evidenceFields,
    article_id: z.string().meta({ description: 'The article this occurrence is in.' }),
    text: z.string().min(1).meta({ description: 'The quoted words as this article writes them (the `quotes` row holds the first article\'s; copies may differ in punctuation or quotation marks).' }),
    quote_start: Offset.meta({ description: 'Start of the quoted words in the article\'s `text`, in code points.' }),
    quote_end: Offset.meta({ description: 'End (exclusive) of the quoted words, in code points.' }),
    speaker_mention: z.string().nullable().meta({ description: 'How this article points at the speaker.' }),
    speaker_basis: SpeakerBasis,
    cue: z.string().nullable().meta({ description: 'The reporting verb or phrase in this article.' }),
  })
  .meta({ id: 'quote_mentions', title: 'Quote mentions', description: 'One row per occurrence of a quotation in an article: the provenance of every `quotes` row.' });
export type QuoteMention = z.infer<typeof QuoteMention>;
