/**
 * NewsML 1.x (IPTC): a `NewsML` envelope of `NewsItem`s, each with `Identification`,
 * `NewsManagement` (first and this revision's times) and nested `NewsComponent`s whose
 * `NewsLines` give headline, byline, dateline and copyright, and whose `ContentItem/DataContent`
 * holds the text: NITF (the usual case), XHTML or plain text. One article per `NewsItem`, its
 * text from the main textual content item; photos and their captions are left out.
 */
import { bylineNames, nitfRecord } from './nitf.js';
import { datelinePlace, parseTimestamp } from './xml/dates.js';
import { bodyParagraphs, textFieldParagraphs } from './xml/paragraphs.js';
import { attr, find, findAll, kid, textAt, textOf } from './xml/query.js';
import { readXmlRecords, type RecordRead } from './xml/records.js';
import { rootTag } from './xml/sniff.js';
import type { XmlElement } from './xml/tree.js';
import type { ArticleMeta, Reader } from './types.js';

/** `MediaType` values of content items that are not text. */
const NON_TEXT_MEDIA = ['photo', 'graphic', 'audio', 'video', 'image'] as const;
const TEXT_MIME = /^(?:text\/|application\/(?:xhtml|xml|nitf))|nitf/i;

function formal(el: XmlElement | null): string | null {
  return attr(el, 'FormalName', 'Value');
}

/** Is this content item text (not a photo, graphic or binary rendition)? */
function isText(item: XmlElement): boolean {
  const data = kid(item, 'DataContent');
  if (!data) return false;
  const mime = formal(kid(item, 'MimeType')) ?? '';
  const media = formal(kid(item, 'MediaType')) ?? '';
  if (mime && !TEXT_MIME.test(mime)) return false;
  if ((NON_TEXT_MEDIA as readonly string[]).includes(media.toLowerCase())) return false;
  return !/base64/i.test(attr(kid(item, 'Encoding'), 'Notation') ?? '');
}

function bodyOf(data: XmlElement, base: ArticleMeta): { paragraphs: string[]; meta: ArticleMeta } {
  const nitf = find(data, 'nitf');
  if (nitf) {
    const record = nitfRecord(nitf, base);
    return { paragraphs: record.paragraphs, meta: record.meta };
  }
  const markup = find(data, (el) => el.name === 'body' || el.name === 'html');
  if (markup) return { paragraphs: bodyParagraphs(markup).paragraphs, meta: base };
  const text = data.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
  return { paragraphs: textFieldParagraphs(text).paragraphs, meta: base };
}

function cityOf(item: XmlElement): string | null {
  for (const location of findAll(item, 'Location')) {
    const city = findAll(location, 'Property').find((p) => /^city$/i.test(attr(p, 'FormalName') ?? ''));
    if (city) return attr(city, 'Value');
  }
  return null;
}

function itemRecord(item: XmlElement, envelopeTime: string | null): RecordRead {
  const id = find(item, 'NewsIdentifier');
  const management = kid(item, 'NewsManagement');
  const when = [management && kid(management, 'ThisRevisionCreated'), management && kid(management, 'FirstCreated')]
    .map((el) => textOf(el))
    .concat([textAt(item, 'DateId') ?? '', envelopeTime ?? ''])
    .map(parseTimestamp)
    .find((t) => t !== null);
  const dateline = textAt(item, 'DateLine');
  const base: ArticleMeta = {
    title: textAt(item, 'HeadLine'),
    byline: bylineNames(textAt(item, 'ByLine')),
    dateline: datelinePlace(dateline) ?? datelinePlace(cityOf(item)),
    license: textAt(item, 'CopyrightLine'),
    language: formal(find(item, 'Language')) ?? attr(find(item, (el) => !!el.attrs['xml:lang']), 'xml:lang'),
    publisher: id ? textAt(id, 'ProviderId') : null,
    sourceId: (id ? textAt(id, 'PublicIdentifier') ?? textAt(id, 'NewsItemId') : null) ?? textAt(item, 'guid'),
    version: id ? textAt(id, 'RevisionId') : null,
  };
  if (when) Object.assign(base, { date: when.date, dateSource: 'xml', datetime: when.datetime });
  const items = findAll(item, 'ContentItem').filter(isText);
  // The main component's text where components say their role, else the first text.
  const mainComponents = findAll(item, 'NewsComponent').filter((c) => /main/i.test(formal(kid(c, 'Role')) ?? ''));
  const main = mainComponents.flatMap((c) => findAll(c, 'ContentItem').filter(isText))[0] ?? items[0];
  if (!main) {
    return { key: base.sourceId ?? null, meta: base, paragraphs: [], line: item.line, notes: [{ ruleId: 'ingest/no-text', severity: 'info', reason: 'A NewsML item without text content: no article', line: item.line }] };
  }
  const { paragraphs, meta } = bodyOf(kid(main, 'DataContent')!, base);
  return { key: meta.sourceId ?? null, meta, paragraphs, line: main.line, notes: [] };
}

export const newsmlReader: Reader = {
  form: 'newsml',
  sniff: (head) => rootTag(head)?.local === 'NewsML',
  read: (input) => {
    let envelopeTime: string | null = null;
    const findItems = (doc: XmlElement): XmlElement[] => {
      const root = kid(doc, 'NewsML') ?? doc;
      const envelope = kid(root, 'NewsEnvelope');
      envelopeTime = envelope ? textAt(envelope, 'DateAndTime') : null;
      return findAll(root, 'NewsItem');
    };
    return readXmlRecords(input, 'newsml', 'NewsML', findItems, (item) => itemRecord(item, envelopeTime));
  },
};
