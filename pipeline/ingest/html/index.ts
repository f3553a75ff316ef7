/**
 * HTML pages (`.html`, `.htm`, and HTML saved under other names): the article found in the page
 * by evidence (extract.ts) and the metadata the page gives about itself (metadata.ts).
 */
import type { ArticleMeta, Message } from '../../types.js';
import { fileMessage } from '../decode.js';
import { mergeMeta } from '../meta.js';
import type { Reader } from '../types.js';
import { type Extraction, extractHtml } from './extract.js';
import { looksLikeHtml } from './sniff.js';

export { extractHtml } from './extract.js';
export { looksLikeHtml } from './sniff.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** Removed blocks reported one by one, per page; the rest are counted in one message. */
const MAX_REMOVAL_MESSAGES = 200;

export const htmlReader: Reader = {
  form: 'html',
  // A page starts with markup; a header above HTML (a feed item's front matter) is the text reader's.
  sniff: (head, ext) => /^\s*</.test(head) && (HTML_EXTENSIONS.has(ext) || looksLikeHtml(head)),
  read: ({ articleId, file, text, sha256, bytes, sidecar }) => {
    const x = extractHtml(text);
    const messages = extractionMessages(file, x);
    if (!x.paragraphs.length) {
      messages.push(fileMessage(file, 'ingest/no-article', 'error', `The page holds no article text (${x.noArticleWhy ?? 'only navigation, lists of links or short labels'}): not published`));
      return { articles: [], messages };
    }
    const meta = mergeMeta(extractionMeta(x), sidecar);
    return { articles: [{ articleId, file, format: 'html', sha256, bytes: bytes.length, raw: x.paragraphs.join('\n\n'), meta }], messages };
  },
};

/** The metadata of an extraction, as a reader hands it on. */
export function extractionMeta(x: Extraction): ArticleMeta {
  return {
    title: x.title,
    date: x.meta.date,
    dateSource: x.meta.dateSource,
    datetime: x.meta.datetime,
    publisher: x.meta.siteName,
    url: x.meta.url,
    altUrls: x.meta.altUrls,
    byline: x.meta.authors,
    language: x.language,
    license: x.meta.license,
    captions: x.captions,
  };
}

/** One message per block left out (up to a cap), and one for the comparison with the second extractor. */
export function extractionMessages(file: string, x: Extraction): Message[] {
  const out: Message[] = [];
  for (const r of x.removed.slice(0, MAX_REMOVAL_MESSAGES)) {
    out.push(fileMessage(file, 'ingest/html-boilerplate', 'info', `Left out a block of the page (${r.why})`, { actual: r.text.length > 80 ? r.text.slice(0, 79) + '…' : r.text }));
  }
  if (x.removed.length > MAX_REMOVAL_MESSAGES) {
    out.push(fileMessage(file, 'ingest/html-boilerplate', 'info', `Left out ${x.removed.length - MAX_REMOVAL_MESSAGES} more blocks of the page`));
  }
  if (x.decision === 'reference') {
    out.push(fileMessage(file, 'ingest/extractors-disagree', 'info', 'The second extractor found much more article text than the block classifier: its text was adopted'));
  }
  if (x.decision === 'json-ld') {
    out.push(fileMessage(file, 'ingest/json-ld-body', 'info', 'The page shows no article text (its scripts draw it): the body stated in its JSON-LD articleBody was taken'));
  }
  if (x.meta.brokenJsonLd) out.push(fileMessage(file, 'ingest/bad-json-ld', 'info', `${x.meta.brokenJsonLd} JSON-LD script(s) of the page are not valid JSON: ignored`));
  return out;
}
