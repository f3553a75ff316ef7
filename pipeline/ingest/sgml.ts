/**
 * SGML `<DOC>` records (TREC / TIPSTER / AQUAINT / Gigaword): no root, several records per file,
 * not XML (unquoted attributes, typesetting entities). Per record: `DOCNO` (or `DOC@id`) is the id,
 * `DATE_TIME` / `DATE` / `DD` the date (else the date inside the id), `HEADLINE` / `HL` / `TITLE`
 * the title, `DATELINE` the place, `LP` / `LEADPARA` and `TEXT` the body, in `<P>`s or as
 * indented plain text. The ANPA transmission `HEADER`, `SLUG`, routing blocks and `TRAILER` are
 * metadata; byline and copyright lines set apart before the text give byline and licence.
 * A record that is truncated or whose tags do not balance costs only itself.
 */
import { parseByline } from '../clean/byline.js';
import { datelinePlace, parseTimestamp } from './xml/dates.js';
import { bodyParagraphs, plainParagraphs } from './xml/paragraphs.js';
import { attr, find, findAll, kid, rawTextOf, textOf } from './xml/query.js';
import { type Note, type RecordRead, toArticles } from './xml/records.js';
import { rootTag } from './xml/sniff.js';
import { parseTolerant, type XmlElement } from './xml/tree.js';
import { replaceTypesetting, SET_APART } from './xml/typesetting.js';
import type { ArticleMeta, Reader } from './types.js';

const FIELDS = {
  id: ['DOCNO', 'DOCID'],
  date: ['DATE_TIME', 'DATE', 'DD', 'PUBDATE'],
  title: ['HEADLINE', 'HL', 'HEAD', 'TITLE', 'TTL', 'H3'],
  dateline: ['DATELINE', 'DL'],
  body: ['LP', 'LEADPARA', 'TEXT'],
} as const;

/** Gigaword `DOC@type` values that are not articles (notes to editors). */
const NOT_ARTICLE_TYPES = ['advis'] as const;

const DOC_START = /<DOC(?=[\s>])/gi;
const DATE_IN_ID = /(?:^|\D)((?:19|20)\d{6})(?:\D|$)/;
const TAKE_LABEL = /\b(\d+(?:st|nd|rd|th)[ -]?(?:Ld|Lead|Add)(?:[ -]Writethru)?|Writethru|Correction)\b/i;
const COPYRIGHT = /^(?:c\s*\.|\(c\)|©|copyright\b)\s*\d{4}\b/i;
const TAG = /<(\/?)([A-Za-z][\w.-]*)[^<>]*?(\/?)>/g;

const caseless = { caseless: true };
const isSetApart = (el: XmlElement): boolean => el.name === SET_APART;
const isBody = (el: XmlElement): boolean => (FIELDS.body as readonly string[]).includes(el.name.toUpperCase());

/** The records of a file: from each `<DOC` to the next (or the end). */
function splitRecords(text: string): { start: number; source: string }[] {
  const starts = [...text.matchAll(DOC_START)].map((m) => m.index);
  return starts.map((start, i) => ({ start, source: text.slice(start, starts[i + 1] ?? text.length) }));
}

/** The first unbalanced tag of a record, or null: SGML end tags must close the open element. */
function unbalanced(source: string): string | null {
  const open: string[] = [];
  for (const m of source.matchAll(TAG)) {
    if (m[3]) continue;
    const name = m[2]!.toUpperCase();
    if (!m[1]) open.push(name);
    else if (open.at(-1) === name) open.pop();
    else return `\`</${m[2]}>\` does not close \`<${open.at(-1) ?? 'nothing'}>\``;
  }
  return open.length ? `\`<${open.at(-1)}>\` is never closed` : null;
}

/** Lines set apart around the text: bylines to `byline`, a copyright line to `license`. */
function creditLines(lines: string[], meta: ArticleMeta): void {
  for (const line of lines) {
    const parsed = parseByline(line);
    if (parsed?.names.length) meta.byline = [...(meta.byline ?? []), ...parsed.names];
    else if (COPYRIGHT.test(line)) meta.license ??= line;
  }
}

/** Loose lines of the record outside its fields, and the set-apart lines before the text. */
function looseLines(doc: XmlElement): string[] {
  const lines: string[] = [];
  const walk = (el: XmlElement): void => {
    for (const child of el.children) {
      if (child.kind === 'text') lines.push(...child.text.split(/\r\n|\r|\n/));
      else if (isSetApart(child)) lines.push(textOf(child));
      else if (child.name.toUpperCase() === 'BODY') walk(child);
    }
  };
  walk(doc);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function bodyOf(doc: XmlElement, lineOffset: number): { paragraphs: string[]; line: number; notes: Note[] } {
  const parts = findAll(doc, isBody, { stopAt: isBody });
  const paragraphs: string[] = [];
  const notes: Note[] = [];
  for (const part of parts) {
    if (find(part, 'P', caseless)) paragraphs.push(...bodyParagraphs(part, { skip: isSetApart }).paragraphs);
    else paragraphs.push(...plainParagraphs(rawTextOf(part, isSetApart)));
    for (const line of findAll(part, isSetApart)) {
      const text = textOf(line);
      if (text) notes.push({ ruleId: 'ingest/set-apart-line', severity: 'info', reason: `Removed a line set apart by typesetting codes (a credit or the editors' initials): ${text.slice(0, 80)}`, line: lineOffset + line.line });
    }
  }
  return { paragraphs, line: parts[0]?.line ?? doc.line, notes };
}

function recordOf(source: string, lineOffset: number, index: number): RecordRead {
  const { text } = replaceTypesetting(source);
  const parsed = parseTolerant(text);
  const doc = kid(parsed, 'DOC', caseless) ?? parsed;
  const field = (names: readonly string[]): string | null => {
    for (const name of names) {
      // A field left open swallows what follows in a tolerant parse: never the body.
      const value = textOf(find(doc, name, { ...caseless, stopAt: isBody }), { stopAt: isBody });
      if (value) return value;
    }
    return null;
  };
  const key = field(FIELDS.id) ?? attr(doc, 'id', 'ID');
  const when = parseTimestamp(field(FIELDS.date)) ?? parseTimestamp(DATE_IN_ID.exec(key ?? '')?.[1]);
  const header = field(['HEADER']);
  const meta: ArticleMeta = {
    title: field(FIELDS.title),
    dateline: datelinePlace(field(FIELDS.dateline)),
    sourceId: key,
    version: header ? TAKE_LABEL.exec(header)?.[1] ?? null : null,
    byline: [],
  };
  if (when) Object.assign(meta, { date: when.date, dateSource: 'xml', datetime: when.datetime });
  creditLines(looseLines(doc), meta);
  const body = bodyOf(doc, lineOffset);
  const notes: Note[] = [...body.notes];
  const label = key ? `Record ${key}` : `Record ${index + 1}`;
  const type = (attr(doc, 'type', 'TYPE') ?? '').toLowerCase();
  if ((NOT_ARTICLE_TYPES as readonly string[]).includes(type)) {
    notes.push({ ruleId: 'ingest/not-article', severity: 'info', reason: `${label} is of type \`${type}\` (a note to editors), not an article: skipped`, line: lineOffset + doc.line });
    return { key, meta, paragraphs: [], line: lineOffset + doc.line, notes };
  }
  const problem = /<\/DOC\s*>/i.test(source) ? unbalanced(source) : 'it ends before `</DOC>`';
  if (problem) notes.push({ ruleId: 'ingest/malformed-record', severity: 'warning', reason: `${label} is not well-formed SGML (${problem}): read tolerantly`, line: lineOffset + doc.line });
  if (!body.paragraphs.length) notes.push({ ruleId: 'ingest/no-text', severity: 'error', reason: `${label} holds no body text: no article to read`, line: lineOffset + doc.line });
  return { key, meta, paragraphs: body.paragraphs, line: lineOffset + body.line, notes };
}

export const sgmlReader: Reader = {
  form: 'sgml',
  sniff: (head) => rootTag(head)?.local.toUpperCase() === 'DOC',
  read: (input) => {
    let line = 0;
    let at = 0;
    const records = splitRecords(input.text).map(({ start, source }, index) => {
      for (let i = input.text.indexOf('\n', at); i >= 0 && i < start; i = input.text.indexOf('\n', i + 1)) line++;
      at = start;
      return recordOf(source, line, index);
    });
    return toArticles(input, 'sgml', records);
  },
};
