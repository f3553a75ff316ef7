import { z } from 'zod';
import { IsoDate } from './common.js';

export const Article = z
  .object({
    article_id: z.string().min(1).meta({ description: 'The input file\'s name without extension, e.g. `000_a11c626ac032e23b`.' }),
    story_id: z.string().meta({ description: 'The story cluster: articles that report the same real-world happening share it (see `stories`).' }),
    duplicate_of: z.string().nullable().meta({ description: 'The article this one is a copy or light edit of (same story re-crawled, wire copy), or null.' }),
    duplicate_similarity: z.number().min(0).max(1).nullable().meta({ description: 'Estimated Jaccard similarity (MinHash, word 5-shingles) to `duplicate_of`, or null.' }),
    published_date: IsoDate.nullable().meta({ description: 'YYYY-MM-DD: the best-known date of the report; null when unknown.' }),
    date_source: z.enum(['header', 'metadata', 'dateline', 'caption', 'text', 'story']).nullable().meta({ description: 'Where `published_date` came from: a header line, metadata (news-please, sidecar), the dateline, a photo caption, the body text, or the story it belongs to.' }),
    title: z.string().nullable().meta({ description: 'The headline, where the raw text shows one.' }),
    dateline: z.string().nullable().meta({ description: 'The dateline place (`MOSCOW`), moved out of the text.' }),
    publisher: z.string().nullable().meta({ description: 'The outlet or agency, where the text or metadata names it (`Kyodo`, `The Asahi Shimbun`).' }),
    byline: z.array(z.string()).meta({ description: 'Authors, where given.' }),
    captions: z.array(z.string()).meta({ description: 'Photo captions and credits removed from the text.' }),
    url: z.string().nullable().meta({ description: 'The article\'s address, where the input gives it.' }),
    text: z.string().min(1).meta({ description: 'The cleaned body: paragraphs joined by a blank line; no navigation, captions, promotions, copyright or byline lines; mojibake repaired; header and dateline removed. All offsets in other tables point into this.' }),
    word_count: z.number().int().min(0).meta({ description: 'Words in `text`.' }),
    repairs: z.number().int().min(0).meta({ description: 'Characters changed by the mojibake repair (0 for clean input).' }),
    format: z.enum(['txt', 'news-please']).meta({ description: 'The input format the article was read from.' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'SHA-256 of the raw input bytes.' }),
  })
  .meta({ id: 'articles', title: 'Articles', description: 'One row per input file that yielded an article.' });
export type Article = z.infer<typeof Article>;
