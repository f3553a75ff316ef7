/**
 * The records that flow between stages. Published records (schemas/) are built from these
 * in `pipeline/assemble.ts`; stages never see zod (only types derived from the schemas).
 *
 * Offsets are UTF-16 code units into `CleanArticle.text` (JS string indexing); `assemble`
 * converts them to code points for the published files.
 */
import type { DATE_SOURCES, RAW_FORMS } from '../schemas/article.js';
import type { Event, EVENT_TYPES } from '../schemas/event.js';
import type { SPEAKER_BASES } from '../schemas/quote.js';

/** A coded, positioned problem or note, collected into the run report (vfile-message style). */
export interface Message {
  /** `stage/rule-in-kebab`, e.g. `clean/caption`, `ingest/binary`. */
  ruleId: string;
  /** One sentence saying what happened and, where useful, what was expected. */
  reason: string;
  /** error: the file (or record) is unusable; warning: something was wrong but handled; info: a change made on purpose. */
  severity: 'error' | 'warning' | 'info';
  articleId?: string;
  /** The input file, as given on the command line (relative to the input folder). */
  file?: string;
  /** 1-based line in the decoded raw text, where the problem is positioned in the raw input. */
  line?: number;
  /** Offsets into the cleaned text, where the message is about the cleaned text. */
  start?: number;
  end?: number;
  /** The text concerned (what was cut, the mark that was not matched, ...), shortened. */
  actual?: string;
}

export type RawForm = (typeof RAW_FORMS)[number];
export type DateSource = (typeof DATE_SOURCES)[number];

/** One article as a reader found it in a file: its body text, decoded but not yet cleaned, and its metadata. */
export interface RawArticle {
  /** The file's path without extension; `path#record` for one record of a multi-record file. */
  articleId: string;
  /** Path relative to the input folder. */
  file: string;
  format: RawForm;
  sha256: string;
  bytes: number;
  /** The article's text: for plain text the decoded file (BOM removed, line endings as in the file); for structured forms the body the reader took out, paragraphs separated by blank lines. */
  raw: string;
  /** Line in the file where `raw` starts (1-based), so that clean's messages point at file lines; 1 when unknown. */
  firstLine?: number;
  /** Metadata given outside the body text (the form's own fields, a `.meta.json` sidecar). */
  meta: ArticleMeta;
}

export interface ArticleMeta {
  title?: string | null;
  /** YYYY-MM-DD */
  date?: string | null;
  /** Which field gave `date` (defaults to `metadata`). */
  dateSource?: DateSource | null;
  /** The full timestamp where the form gives one, ISO 8601 with its zone as written (`2014-07-16T13:00:03Z`). */
  datetime?: string | null;
  publisher?: string | null;
  url?: string | null;
  /** Other addresses of the same report (feed links, canonical and original links), for deduplication. */
  altUrls?: string[];
  byline?: string[];
  license?: string | null;
  /** The dateline place, where the form gives it as a field. */
  dateline?: string | null;
  /** BCP 47 language tag, where the form says. */
  language?: string | null;
  /** The provider's id of the story (wire story id, NewsML guid, DOCNO), shared by its versions where the form says. */
  sourceId?: string | null;
  /** A version or take label (`2ND LEAD`, `3rdLd-Writethru`, version 5). */
  version?: string | null;
  /** Photo captions and credits the reader found by structure (a page's figcaption), kept out of `raw`. */
  captions?: string[];
}

/** The output of `clean` for one article. */
export interface CleanArticle {
  articleId: string;
  file: string;
  format: RawForm;
  sha256: string;
  bytes: number;
  /** Cleaned body: paragraphs joined by one blank line ("\n\n"), no leading/trailing space. */
  text: string;
  title: string | null;
  dateline: string | null;
  publisher: string | null;
  byline: string[];
  captions: string[];
  url: string | null;
  /** The article's own date (YYYY-MM-DD) and where it came from; null when the article does not say. */
  date: string | null;
  /** How far the date can be trusted (0–1), from its source; null without a date. */
  dateConfidence: number | null;
  dateSource: DateSource | null;
  /** Full timestamp with zone where the input gives one. */
  datetime: string | null;
  language: string | null;
  license: string | null;
  sourceId: string | null;
  altUrls: string[];
  /** How many characters the mojibake repair changed. */
  repairs: number;
  messages: Message[];
}

/** A sentence of the cleaned text: `text.slice(start, end)` is the sentence, without surrounding space. */
export interface Sentence {
  start: number;
  end: number;
  /** 0-based index of the paragraph (blank-line separated block) holding it. */
  paragraph: number;
}

/**
 * How a quotation's speaker was found, from the most direct to the least: a cue before or after the
 * quotation naming the speaker, an inverted cue (`said X`), a pronoun, a title (`the minister`), an
 * organisation (named, `the ministry`, `it`), or the context (a continued or floating quotation).
 */
export type SpeakerBasis = (typeof SPEAKER_BASES)[number];

/** One occurrence of a quotation in one article (before cross-article deduplication). */
export interface QuoteMention {
  articleId: string;
  /** The words inside the marks, without the marks: `article.text.slice(quoteStart, quoteEnd)`. */
  text: string;
  quoteStart: number;
  quoteEnd: number;
  /** The evidence: the sentence (or sentences) holding the quote and its attribution. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The speaker's fullest name within this article, or null for an unnamed or unknown source. */
  speaker: string | null;
  /** The words that point at the speaker in the text (`he`, `the minister`, `Lavrov`, `officials`). */
  speakerMention: string | null;
  /** What the speaker is: a person, an organisation (`Kremlin`, `New York Times`) or a country; null without a speaker. */
  speakerKind?: 'person' | 'organization' | 'country' | null;
  /** How the speaker was found (see `SpeakerBasis`); null without a speaker. */
  speakerBasis?: SpeakerBasis | null;
  /** The reporting verb or phrase, as written (`said`, `told reporters`, `expressed concern`). */
  cue: string | null;
  /** A fragment inside reported speech rather than a whole quoted sentence. */
  partial: boolean;
  /** Which rule found and attributed it, e.g. `quote/cue-after-inverted`. */
  rule: string;
  /** Pieces of one quotation (a sentence split by its attribution, a quote running over paragraphs) share this key. */
  groupKey: string | null;
}

/** A person named in an article, with what the text says about them. */
export interface PersonMention {
  articleId: string;
  start: number;
  end: number;
  /** The name as written, without title (`Sergei Lavrov`, `Lavrov`). */
  name: string;
  /** The fullest form of this person's name in the article (`Sergey Lavrov` for `Lavrov`). */
  fullName: string;
  title: string | null;
  country: string | null;
}

/** What the corpus stages need of the people an article names: each distinct form once, with how often. */
export interface PersonName {
  articleId: string;
  name: string;
  fullName: string;
  title: string | null;
  country: string | null;
  /** Mentions with exactly this form (1 when absent). */
  count?: number;
}

/** A PLOVER event type: the list lives in the schema, the one source of the published enum. */
export type EventType = (typeof EVENT_TYPES)[number];

export type DatePrecision = NonNullable<Event['date_precision']>;

/** One sentence's report of an event in one article. */
export interface EventMention {
  articleId: string;
  eventType: EventType;
  /** `occurred` (the news), `planned`, or `background`: an earlier event mentioned as context. */
  status: 'occurred' | 'planned' | 'background';
  /** Canonical within the article: people by fullest name; else countries / organisations. */
  actors: string[];
  location: string | null;
  /** ISO at the precision known (YYYY-MM-DD, YYYY-MM, YYYY), or null when no date could be given. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** How the date was found: explicit, relative (to the article date), article (the article's own date), story. */
  dateBasis: 'explicit' | 'relative' | 'article' | 'story' | null;
  /** The time expression as written, if any. */
  dateText: string | null;
  /** The word(s) that triggered the event (`met`, `agreed`, `expressed concern`). */
  trigger: string;
  sentenceStart: number;
  sentenceEnd: number;
  rule: string;
  /** How sure the reading is (0–1): a finite verb with its own subject is surest; statements read from their words, borrowed actors and references less. */
  confidence: number;
}
