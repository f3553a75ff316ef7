/**
 * What every XML/SGML reader shares: parsing with the tolerant retry and its message, telling
 * which record of several is the broken one, and turning records into raw articles with ids
 * (`path` for a file of one record, `path#DOCNO` or `path#n` for each of several).
 */
import type { Message } from '../../types.js';
import { fileMessage } from '../decode.js';
import { mergeMeta } from '../meta.js';
import type { ArticleMeta, RawArticle, RawForm, ReaderInput, ReadResult } from '../types.js';
import { dropEndMark } from './paragraphs.js';
import { type ParsedXml, parseXml, wellFormedError, type XmlElement } from './tree.js';

export interface Note {
  ruleId: string;
  severity: Message['severity'];
  reason: string;
  line?: number;
}

export interface RecordRead {
  /** The record's own id where it has one (DOCNO); used in its article id when the file holds several. */
  key: string | null;
  meta: ArticleMeta;
  paragraphs: string[];
  /** Line where the record's body starts. */
  line: number;
  /** Problems and notes about this record. A record with no paragraphs and no note gets `ingest/no-text`. */
  notes: Note[];
}

/** Parse a whole file; a strict failure becomes a warning and the tolerant tree is used. */
export function parseFile(input: ReaderInput, what: string): { parsed: ParsedXml; messages: Message[] } {
  const parsed = parseXml(input.text);
  const messages = parsed.error
    ? [fileMessage(input.file, 'ingest/malformed-xml', 'warning', `Not well-formed ${what} (${parsed.error}): read tolerantly`, { line: errorLine(parsed.error) })]
    : [];
  return { parsed, messages };
}

/**
 * After a tolerant parse of a file with several records: the records whose own source is not
 * well-formed, each with its error, so that the message names the broken record, not the file.
 */
export function brokenRecords(input: ReaderInput, parsed: ParsedXml, records: XmlElement[]): Map<XmlElement, string> {
  const broken = new Map<XmlElement, string>();
  if (!parsed.error || records.length < 2) return broken;
  for (const record of records) {
    if (record.end <= record.start) continue;
    const error = wellFormedError(input.text.slice(record.start, record.end));
    // The slice's own line numbers, made the file's.
    if (error) broken.set(record, error.replace(/^(\d+):\d+:\s*/, (_, l: string) => `line ${record.line + Number(l) - 1}: `));
  }
  return broken;
}

function errorLine(error: string): number | undefined {
  const m = /^(?:[^:]*:)?(\d+):\d+:/.exec(error);
  return m ? Number(m[1]) : undefined;
}

/**
 * The whole read of an XML form: parse (tolerant retry with a warning), find the records, read
 * each, and flag the records whose own source is not well-formed.
 */
export function readXmlRecords(
  input: ReaderInput,
  form: RawForm,
  what: string,
  findRecords: (document: XmlElement) => XmlElement[],
  readRecord: (record: XmlElement) => RecordRead,
): ReadResult {
  const { parsed, messages } = parseFile(input, what);
  const records = findRecords(parsed.document);
  const broken = brokenRecords(input, parsed, records);
  const reads = records.map((record) => {
    const read = readRecord(record);
    const error = broken.get(record);
    if (error) read.notes.push({ ruleId: 'ingest/malformed-record', severity: 'warning', reason: `Record is not well-formed ${what} (${error}): read tolerantly`, line: record.line });
    return read;
  });
  return toArticles(input, form, reads, messages);
}

/** Records to raw articles and messages; ids by the number of records in the file. */
export function toArticles(input: ReaderInput, form: RawForm, records: RecordRead[], fileMessages: Message[] = []): ReadResult {
  const articles: RawArticle[] = [];
  const messages = [...fileMessages];
  const ids = recordIds(input.articleId, records);
  records.forEach((record, index) => {
    const articleId = ids[index]!;
    const note = (n: Note): void => {
      messages.push(fileMessage(input.file, n.ruleId, n.severity, n.reason, { articleId, ...(n.line === undefined ? {} : { line: n.line }) }));
    };
    record.notes.forEach(note);
    const { paragraphs, removed } = dropEndMark(record.paragraphs.map((p) => p.trim()).filter(Boolean));
    if (removed) note({ ruleId: 'ingest/end-mark', severity: 'info', reason: `Removed the end-of-story mark \`${removed}\`` });
    if (paragraphs.length === 0) {
      if (!record.notes.some((n) => n.severity !== 'warning')) {
        note({ ruleId: 'ingest/no-text', severity: 'error', reason: `${records.length > 1 ? `Record ${index + 1}` : 'The record'} holds no body text: no article to read`, line: record.line });
      }
      return;
    }
    articles.push({
      articleId,
      file: input.file,
      format: form,
      sha256: input.sha256,
      bytes: input.bytes.length,
      raw: paragraphs.join('\n\n'),
      firstLine: record.line,
      meta: mergeMeta(record.meta, input.sidecar),
    });
  });
  return { articles, messages };
}

/** `path` for one record; `path#KEY` (or `path#n` where a record has no key or shares it) for several. */
function recordIds(base: string, records: RecordRead[]): string[] {
  if (records.length === 1) return [base];
  const counts = new Map<string, number>();
  for (const r of records) if (r.key) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  return records.map((r, i) => {
    const key = r.key ? r.key.trim().replace(/\s+/g, '_') : null;
    return key && counts.get(r.key!) === 1 ? `${base}#${key}` : `${base}#${i + 1}`;
  });
}
