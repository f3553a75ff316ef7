/**
 * NITF (News Industry Text Format, 2.x–3.x): `head/docdata` gives the id (`doc-id`), the date
 * (`date.issue@norm`) and the copyright; `body.head` the headline (`hedline/hl1`), byline and
 * dateline; `body.content` the text, whose inline entity markup (`<person>`, `<org>`,
 * `<location>`) keeps its words. The abstract (a summary, often the lead repeated) and `body.end`
 * (tagline, bibliography) are not body text. Also used for the NITF inside NewsML.
 */
import { parseByline } from '../clean/byline.js';
import { datelinePlace, parseTimestamp } from './xml/dates.js';
import { bodyParagraphs } from './xml/paragraphs.js';
import { attr, find, kid, textAt, textOf } from './xml/query.js';
import { readXmlRecords, type RecordRead } from './xml/records.js';
import { rootTag } from './xml/sniff.js';
import type { XmlElement } from './xml/tree.js';
import type { ArticleMeta, Reader } from './types.js';

/** Job titles that close a byline (`By A, Political Correspondent`): a role, not a name. */
export const BYLINE_ROLES = ['writer', 'reporter', 'correspondent', 'editor', 'contributor', 'columnist', 'journalist', 'analyst', 'chief', 'staff', 'desk', 'bureau'] as const;

const isRole = (part: string): boolean => (BYLINE_ROLES as readonly string[]).includes(part.trim().split(/\s+/).at(-1)!.toLowerCase());

/** Byline names from a byline field (`By A, Political Correspondent`); the field itself where it does not parse. */
export function bylineNames(text: string | null): string[] {
  if (!text) return [];
  const parsed = parseByline(text);
  if (parsed) return parsed.names.filter((n) => !isRole(n));
  const bare = text.replace(/^by\s+/i, '').trim();
  return bare ? [bare] : [];
}

/** One `<nitf>` element as a record. `base` is metadata from an enclosing envelope, overridden by NITF's own. */
export function nitfRecord(nitf: XmlElement, base: ArticleMeta = {}): RecordRead {
  const head = kid(nitf, 'head');
  const body = kid(nitf, 'body');
  const bodyHead = body ? kid(body, 'body.head') : null;
  const content = body ? kid(body, 'body.content') : find(nitf, 'body.content');
  const docdata = head ? kid(head, 'docdata') : null;
  const issued = parseTimestamp(attr(docdata ? find(docdata, 'date.issue') : null, 'norm'));
  const copyright = docdata ? find(docdata, 'doc.copyright') : null;
  const holder = attr(copyright, 'holder');
  const dateline = bodyHead ? find(bodyHead, 'dateline') : null;
  const text = content ? bodyParagraphs(content) : { paragraphs: [], dateline: null };
  const meta: ArticleMeta = {
    ...base,
    title: (bodyHead ? textAt(bodyHead, 'hl1') ?? textAt(bodyHead, 'hedline') : null) ?? base.title ?? (head ? textAt(head, 'title') : null),
    byline: bylineNames(bodyHead ? textAt(bodyHead, 'byline') : null).concat(base.byline ?? []),
    dateline: datelinePlace(dateline ? textAt(dateline, 'city') ?? textAt(dateline, 'location') ?? textOf(dateline) : null) ?? datelinePlace(text.dateline) ?? base.dateline ?? null,
    sourceId: attr(docdata ? find(docdata, 'doc-id') : null, 'id-string') ?? base.sourceId ?? null,
    license: holder ? `Copyright ${attr(copyright, 'year') ?? ''} ${holder}`.replace(/\s+/g, ' ') : base.license ?? null,
    publisher: attr(head ? find(head, 'pubdata') : null, 'name') ?? holder ?? base.publisher ?? null,
    language: attr(nitf, 'xml:lang') ?? attr(body, 'xml:lang') ?? base.language ?? null,
  };
  if (issued) Object.assign(meta, { date: issued.date, dateSource: 'xml', datetime: issued.datetime });
  return { key: meta.sourceId ?? null, meta, paragraphs: text.paragraphs, line: content?.line ?? nitf.line, notes: [] };
}

export const nitfReader: Reader = {
  form: 'nitf',
  sniff: (head) => rootTag(head)?.local === 'nitf',
  read: (input) =>
    readXmlRecords(input, 'nitf', 'NITF', (doc) => doc.children.filter((c): c is XmlElement => c.kind === 'element' && c.name === 'nitf'), (r) => nitfRecord(r)),
};
