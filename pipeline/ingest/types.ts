/**
 * The contract every raw-form reader keeps. A reader is pure and total: bytes (already decoded
 * once, see decode.ts) in, zero or more raw articles and coded messages out; it never throws on
 * bad input (a broken record is a message naming the file and the record, the others are kept).
 *
 * Adding a form is one file exporting a `Reader` and one line in `READERS` (ingest/index.ts).
 */
import type { ArticleMeta, Message, RawArticle, RawForm } from '../types.js';

export type { ArticleMeta, RawArticle, RawForm };

export interface ReaderInput {
  /** Path relative to the input folder. */
  file: string;
  /** The id a single-record file gets: the path without extension. Records of a multi-record file add `#<record>`. */
  articleId: string;
  /** The file's bytes, untouched (a reader may re-decode them, e.g. by a declared XML encoding). */
  bytes: Uint8Array;
  /** The bytes decoded by the default rules (BOM, UTF-16, UTF-8, declared charset, cp1252). */
  text: string;
  /** The file name's extension, lower case with the dot (`.txt`); a hint only, never the deciding evidence. */
  ext: string;
  sha256: string;
  /** Metadata from a `.meta.json` sidecar; a reader lets what the file itself says take precedence. */
  sidecar: ArticleMeta;
}

export interface ReadResult {
  articles: RawArticle[];
  messages: Message[];
}

export interface Reader {
  /** The form this reader reads, as published in `articles.format`. */
  form: RawForm;
  /**
   * Does the content look like this form? Given the first few KB of the decoded text (and the
   * extension, as a hint). Readers are tried in the order of `READERS`; the first that says yes reads.
   */
  sniff(head: string, ext: string): boolean;
  read(input: ReaderInput): ReadResult;
}
