/**
 * Other XML news records: the fallback for XML that is none of the IPTC forms (an archive's own
 * schema, a CMS export, TREC-style `<DOC>`s wrapped in a root). A record is an element with a
 * body-like child (`body`, `text`, `content`, ...); its title, date, author, id and address come
 * from elements named for them. Several records in one file are several articles.
 */
import { bylineNames } from './nitf.js';
import { datelinePlace, parseTimestamp } from './xml/dates.js';
import { BLOCK_ELEMENTS, bodyParagraphs, textFieldParagraphs } from './xml/paragraphs.js';
import { attr, find, findAll, rawTextOf, textOf } from './xml/query.js';
import { readXmlRecords, type RecordRead } from './xml/records.js';
import { rootTag } from './xml/sniff.js';
import type { XmlElement } from './xml/tree.js';
import type { ArticleMeta, Reader } from './types.js';

/** Element names (lower case) by what they hold. */
export const RECORD_FIELDS = {
  body: ['body.content', 'body', 'text', 'content', 'maintext', 'fulltext', 'articlebody', 'article_body', 'article-body', 'bodytext', 'body_text', 'storytext', 'story_text'],
  title: ['headline', 'title', 'hl1', 'hedline', 'heading', 'hl', 'ttl'],
  date: ['date_time', 'datetime', 'pubdate', 'pub_date', 'publishdate', 'publish_date', 'published', 'date_published', 'datepublished', 'date.issue', 'issued', 'created', 'date'],
  byline: ['byline', 'author', 'authors', 'by', 'creator', 'writer'],
  dateline: ['dateline'],
  id: ['docno', 'docid', 'doc-id', 'guid', 'id', 'identifier', 'uid'],
  url: ['url', 'link', 'canonical_url', 'permalink'],
  publisher: ['publisher', 'source', 'provider', 'publication', 'outlet'],
  license: ['copyright', 'rights', 'license', 'licence', 'copyrightnotice'],
} as const;

/** Root elements that are pages or pictures, not news records: other readers' business or none. */
const NOT_RECORDS = ['html', 'svg', 'stylesheet'];
/** HTML elements: a file that starts with one and declares no XML is an HTML fragment, for the HTML reader. */
const HTML_ROOTS = ['div', 'p', 'body', 'head', 'section', 'main', 'span', 'table', 'ul', 'ol', 'a', 'h1', 'h2', 'h3', 'meta', 'link', 'script', 'style', 'title', 'br', 'img', 'figure', 'header', 'nav', 'form'];

const byName = (names: readonly string[]) => (el: XmlElement): boolean => names.includes(el.name.toLowerCase());
const isBody = byName(RECORD_FIELDS.body);
const isBlock = byName(BLOCK_ELEMENTS);

function fieldText(record: XmlElement, names: readonly string[]): string | null {
  const el = find(record, byName(names), { stopAt: isBody });
  return el ? textOf(el) || attr(el, 'norm', 'value', 'content', 'href', 'id-string') : null;
}

function recordOf(record: XmlElement): RecordRead {
  const body = findAll(record, isBody, { stopAt: isBody }).find((b) => textOf(b)) ?? null;
  const dates = findAll(record, byName(RECORD_FIELDS.date), { stopAt: isBody });
  const when = dates.map((d) => parseTimestamp(textOf(d)) ?? parseTimestamp(attr(d, 'norm', 'value', 'content'))).find((t) => t !== null);
  const key = fieldText(record, RECORD_FIELDS.id) ?? attr(record, 'id', 'guid');
  const meta: ArticleMeta = {
    title: fieldText(record, RECORD_FIELDS.title),
    byline: bylineNames(fieldText(record, RECORD_FIELDS.byline)),
    dateline: datelinePlace(fieldText(record, RECORD_FIELDS.dateline)),
    sourceId: key,
    url: fieldText(record, RECORD_FIELDS.url),
    publisher: fieldText(record, RECORD_FIELDS.publisher),
    license: fieldText(record, RECORD_FIELDS.license),
    language: attr(record, 'xml:lang', 'lang') ?? attr(body, 'xml:lang', 'lang'),
  };
  if (when) Object.assign(meta, { date: when.date, dateSource: 'xml', datetime: when.datetime });
  let paragraphs: string[] = [];
  if (body) paragraphs = find(body, isBlock) ? bodyParagraphs(body).paragraphs : textFieldParagraphs(rawTextOf(body)).paragraphs;
  return { key, meta, paragraphs, line: body?.line ?? record.line, notes: [] };
}

/** The records: the outermost elements that have a body-like child; the root where none has. */
function recordsOf(root: XmlElement): XmlElement[] {
  const hasBody = (el: XmlElement): boolean => el.children.some((c) => c.kind === 'element' && isBody(c));
  if (hasBody(root)) return [root];
  const found = findAll(root, hasBody, { stopAt: hasBody });
  return found.length ? found : [root];
}

export const xmlGenericReader: Reader = {
  form: 'xml',
  sniff: (head) => {
    const root = rootTag(head);
    if (!root || NOT_RECORDS.includes(root.local.toLowerCase()) || /^\s*(?:<\?xml[^>]*>\s*)?<!DOCTYPE\s+html/i.test(head)) return false;
    return /^\s*<\?xml\b/.test(head) || !HTML_ROOTS.includes(root.local.toLowerCase());
  },
  read: (input) =>
    readXmlRecords(input, 'xml', 'XML', (doc) => doc.children.filter((c): c is XmlElement => c.kind === 'element').flatMap(recordsOf), recordOf),
};
