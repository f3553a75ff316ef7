/**
 * The records that flow between stages. Published records (schemas/) are built from these
 * in `pipeline/assemble.ts`; stages never see zod (only types derived from the schemas).
 *
 * Offsets are UTF-16 code units into `CleanArticle.text` (JS string indexing); `assemble`
 * converts them to code points for the published files.
 */
import type { Event, EVENT_TYPES } from '../schemas/event.js';

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

/** A file as read from the input folder, decoded to a string but otherwise untouched. */
export interface RawArticle {
  articleId: string;
  /** Path relative to the input folder. */
  file: string;
  format: 'txt' | 'news-please';
  sha256: string;
  bytes: number;
  /** Decoded text (BOM removed, line endings still as in the file). */
  raw: string;
  /** Metadata given outside the text (news-please fields, a `.meta.json` sidecar). */
  meta: ArticleMeta;
}

export interface ArticleMeta {
  title?: string | null;
  /** YYYY-MM-DD */
  date?: string | null;
  publisher?: string | null;
  url?: string | null;
  byline?: string[];
  license?: string | null;
}

/** The output of `clean` for one article. */
export interface CleanArticle {
  articleId: string;
  file: string;
  format: 'txt' | 'news-please';
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
  dateSource: 'header' | 'metadata' | 'dateline' | 'caption' | 'text' | null;
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
  status: 'occurred' | 'planned';
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
}
