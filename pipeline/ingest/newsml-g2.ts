/**
 * NewsML-G2 (IPTC): a `newsMessage` of items, or a bare `newsItem` / `packageItem`, in the IPTC
 * NAR namespace. Per item: `guid` and `version`, `itemMeta` times, `contentMeta` (headline, by,
 * dateline, located, language), `rightsInfo`; the text from `contentSet`: `inlineXML` (XHTML, or
 * NITF) or `inlineData` (plain text, maybe CDATA, maybe holding markup). Subjects, slugs,
 * catalog references, editor's notes and descriptions are metadata, never body text. A package
 * (a list of references to other items) or an item without text yields no article.
 */
import { nitfRecord, bylineNames } from './nitf.js';
import { datelinePlace, parseTimestamp } from './xml/dates.js';
import { bodyParagraphs, textFieldParagraphs } from './xml/paragraphs.js';
import { attr, find, findAll, kid, kids, textAt, textOf } from './xml/query.js';
import { type Note, readXmlRecords, type RecordRead } from './xml/records.js';
import { rootTag } from './xml/sniff.js';
import type { XmlElement } from './xml/tree.js';
import type { ArticleMeta, Reader } from './types.js';

export const G2_NAMESPACE = 'http://iptc.org/std/nar/2006-10-01/';
const ROOTS = ['newsMessage', 'newsItem', 'packageItem'];
const ITEMS = ['newsItem', 'packageItem'];

const inG2 = (el: XmlElement): boolean => el.ns === G2_NAMESPACE;
const g2 = (names: string | readonly string[]) => (el: XmlElement) => inG2(el) && (typeof names === 'string' ? el.name === names : names.includes(el.name));

/** The name of a concept element: its `<name>`, else its `literal`, else its `qcode`. */
function conceptName(el: XmlElement | null): string | null {
  if (!el) return null;
  return textAt(el, g2('name')) ?? attr(el, 'literal') ?? null;
}

/** A creator's name where it reads as a person's (`Jane Doe`), not a user code (`doe.jane`) or the agency. */
function personName(el: XmlElement): string | null {
  const role = attr(el, 'role') ?? '';
  if (/source|origProv/i.test(role)) return null;
  const name = conceptName(el);
  return name && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name) ? name : null;
}

function metaOf(item: XmlElement): { meta: ArticleMeta; located: string | null } {
  const itemMeta = kid(item, g2('itemMeta'));
  const contentMeta = kid(item, g2('contentMeta'));
  const rights = kid(item, g2('rightsInfo'));
  const when = [itemMeta && kid(itemMeta, g2('versionCreated')), itemMeta && kid(itemMeta, g2('firstCreated')), contentMeta && kid(contentMeta, g2('contentCreated'))]
    .map((el) => parseTimestamp(textOf(el)))
    .find((t) => t !== null);
  const headline = contentMeta ? kids(contentMeta, g2('headline')).find((h) => !/sub/i.test(attr(h, 'role') ?? '')) : undefined;
  const by = contentMeta ? textAt(contentMeta, g2('by')) : null;
  const creators = contentMeta ? kids(contentMeta, g2('creator')).map(personName).filter((n): n is string => !!n) : [];
  const dateline = contentMeta ? textAt(contentMeta, g2('dateline')) : null;
  const located = contentMeta ? conceptName(kid(contentMeta, g2('located'))) : null;
  const language = contentMeta ? attr(kid(contentMeta, g2('language')), 'tag') : null;
  const meta: ArticleMeta = {
    title: textOf(headline) || (itemMeta ? textAt(itemMeta, g2('title')) : null),
    byline: by ? bylineNames(by) : creators,
    dateline: datelinePlace(dateline),
    language: language ?? attr(item, 'xml:lang'),
    license: rights ? textAt(rights, g2('copyrightNotice')) ?? textAt(rights, g2('usageTerms')) ?? conceptName(kid(rights, g2('copyrightHolder'))) : null,
    publisher: (contentMeta ? textAt(contentMeta, g2('creditline')) : null) ?? conceptName(itemMeta && kid(itemMeta, g2('provider'))),
    sourceId: attr(item, 'guid'),
    version: attr(item, 'version'),
  };
  if (when) Object.assign(meta, { date: when.date, dateSource: 'xml', datetime: when.datetime });
  return { meta, located };
}

/** The text of an item's `contentSet`: the first inline rendition that holds any. */
function contentOf(item: XmlElement, meta: ArticleMeta): { paragraphs: string[]; line: number; dateline: string | null } {
  const set = kid(item, g2('contentSet'));
  const none = { paragraphs: [], line: item.line, dateline: null };
  if (!set) return none;
  for (const rendition of kids(set, g2(['inlineXML', 'inlineData']))) {
    let read: { paragraphs: string[]; dateline: string | null };
    if (rendition.name === 'inlineXML') {
      const nitf = find(rendition, (el) => el.name === 'nitf' || el.name === 'body.content');
      if (nitf?.name === 'nitf') {
        const record = nitfRecord(nitf, meta);
        read = { paragraphs: record.paragraphs, dateline: record.meta.dateline ?? null };
      } else read = bodyParagraphs(nitf ?? find(rendition, (el) => el.name === 'body') ?? rendition);
    } else {
      const text = rendition.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
      read = textFieldParagraphs(text);
    }
    if (read.paragraphs.length) return { ...read, line: rendition.line };
  }
  return none;
}

function itemRecord(item: XmlElement): RecordRead {
  const { meta, located } = metaOf(item);
  if (item.name === 'packageItem') {
    return { key: meta.sourceId ?? null, meta, paragraphs: [], line: item.line, notes: [{ ruleId: 'ingest/no-text', severity: 'info', reason: 'A NewsML-G2 package (references to other items) holds no text: no article', line: item.line }] };
  }
  const content = contentOf(item, meta);
  // The dateline field, else the one marked in the body, else where the item says it was made.
  meta.dateline ??= datelinePlace(content.dateline) ?? datelinePlace(located);
  const itemMeta = kid(item, g2('itemMeta'));
  const itemClass = attr(itemMeta && kid(itemMeta, g2('itemClass')), 'qcode') ?? 'no item class';
  // A picture or graphic item has no text by nature; a text item without any is a fault.
  const isTextItem = /:text$/i.test(itemClass);
  const notes: Note[] = content.paragraphs.length
    ? []
    : [{ ruleId: 'ingest/no-text', severity: isTextItem ? 'error' : 'info', reason: `A NewsML-G2 ${isTextItem ? 'text item holds no inline text' : `item of class ${itemClass} holds no text`}: no article`, line: item.line }];
  return { key: meta.sourceId ?? null, meta, paragraphs: content.paragraphs, line: content.line, notes };
}

export const newsmlG2Reader: Reader = {
  form: 'newsml-g2',
  sniff: (head) => {
    const root = rootTag(head);
    return !!root && ROOTS.includes(root.local) && root.ns === G2_NAMESPACE;
  },
  // In document order; a tolerant parse may nest an unclosed item's successor inside it.
  read: (input) => readXmlRecords(input, 'newsml-g2', 'NewsML-G2', (doc) => findAll(doc, g2(ITEMS)), itemRecord),
};
