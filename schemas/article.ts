import { z } from 'zod';
import { IsoDate } from './common.js';

/** The raw forms news arrives in, one reader each (pipeline/ingest/). */
export const RAW_FORMS = ['txt', 'news-please', 'newsml-g2', 'newsml', 'nitf', 'sgml', 'xml', 'anpa', 'iptc7901', 'html'] as const;

/** Where an article's date came from, most trusted first (the order clean picks in). */
export const DATE_SOURCES = ['metadata', 'xml', 'json-ld', 'html-meta', 'header', 'url', 'filename', 'dateline', 'trailer', 'caption', 'story'] as const;

/** What a duplicate was recognised by (pipeline/dedupe.ts). */
export const DUPLICATE_BASES = ['exact', 'source-id', 'url', 'jaccard', 'containment'] as const;

export const Article = z
  .object({
    article_id: z.string().min(1).meta({ description: 'The input file\'s name without extension, e.g. `000_a11c626ac032e23b`.' }),
    story_id: z.string().meta({ description: 'The story cluster: articles that report the same real-world happening share it (see `stories`).' }),
    duplicate_of: z.string().nullable().meta({ description: 'The article this one is a copy or light edit of (same story re-crawled, wire copy), or null.' }),
    duplicate_similarity: z.number().min(0).max(1).nullable().meta({ description: 'The measure named by `duplicate_basis`, against `duplicate_of`, on word 5-shingles: 1 for `exact`, the Jaccard similarity for `jaccard`, the containment (shared shingles over the shorter text\'s) for `containment`; null for `source-id` and `url`, and when not a duplicate.' }),
    duplicate_basis: z.enum(DUPLICATE_BASES).nullable().meta({ description: 'Why the article is a duplicate of `duplicate_of`: `exact` (the same cleaned text), `source-id` (the same provider story id), `url` (the same address once redirect wrappers are taken off, or the same site and story slug), `jaccard` (a copy or light edit), `containment` (a version: most of the shorter text is in the other, as a first take in its longer lead); null when not a duplicate.' }),
    published_date: IsoDate.nullable().meta({ description: 'YYYY-MM-DD: the best-known date of the report; null when unknown.' }),
    date_source: z.enum(DATE_SOURCES).nullable().meta({ description: 'Where `published_date` came from, most trusted first: `metadata` (the form\'s own date field: news-please, front matter, sidecar), `xml` (a NewsML/NITF/SGML date element), `json-ld`, `html-meta` (a page\'s meta or time element), `header` (a date line above the text), `url` (a date in the address), `filename`, `dateline` (a dated dateline), `trailer` (a wire trailer\'s time stamp), `caption` (a dated photo caption), `story` (no date of its own: its story\'s). Never a date from the body text.' }),
    date_confidence: z.number().min(0).max(1).nullable().meta({ description: 'How far `published_date` can be trusted, from its source: 1 for a date field of the form, lower for dates read from addresses, datelines, trailers (year inferred), captions and stories; null with no date.' }),
    published_at: z.string().nullable().meta({ description: 'The full publication timestamp where the input gives one, ISO 8601 with its zone as written (`2014-07-16T13:00:03Z`); null otherwise.' }),
    title: z.string().nullable().meta({ description: 'The headline, where the raw text shows one.' }),
    dateline: z.string().nullable().meta({ description: 'The dateline place (`MOSCOW`), moved out of the text.' }),
    publisher: z.string().nullable().meta({ description: 'The outlet or agency, where the text or metadata names it (`Kyodo`, `The Asahi Shimbun`).' }),
    byline: z.array(z.string()).meta({ description: 'Authors, where given.' }),
    captions: z.array(z.string()).meta({ description: 'Photo captions and credits removed from the text.' }),
    url: z.string().nullable().meta({ description: 'The article\'s address, where the input gives it (redirect wrappers unwrapped).' }),
    language: z.string().nullable().meta({ description: 'The language the input declares (BCP 47, e.g. `en`), or null.' }),
    license: z.string().nullable().meta({ description: 'The licence or rights statement of the article\'s text, where the input or its sidecar gives one; the text remains its publisher\'s.' }),
    source_id: z.string().nullable().meta({ description: 'The provider\'s id of the story (wire story id, NewsML guid, DOCNO), where the input gives one.' }),
    text: z.string().min(1).meta({ description: 'The cleaned body: paragraphs joined by a blank line; no navigation, captions, promotions, copyright or byline lines; mojibake repaired; header and dateline removed. All offsets in other tables point into this.' }),
    word_count: z.number().int().min(0).meta({ description: 'Words in `text`.' }),
    repairs: z.number().int().min(0).meta({ description: 'Characters changed by the mojibake repair (0 for clean input).' }),
    format: z.enum(RAW_FORMS).meta({ description: 'The raw form the article was read from: `txt` (plain text, with or without a metadata header), `news-please` (JSON), `newsml-g2`, `newsml` (1.x), `nitf`, `sgml` (TREC/AQUAINT `<DOC>` records), `xml` (other news XML), `anpa` (ANPA 1312 wire), `iptc7901` (IPTC 7901 wire), `html` (a web page).' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'SHA-256 of the raw input bytes.' }),
  })
  .meta({ id: 'articles', title: 'Articles', description: 'One row per input file that yielded an article.' });
export type Article = z.infer<typeof Article>;
