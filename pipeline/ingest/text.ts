/**
 * Plain text, with or without a metadata header (header.ts: front matter, `key: value` lines,
 * a `date` line), which is read into metadata and taken off. What follows the header is the
 * article: kept as text when it is paragraphs; cut into blocks and classified when it is HTML
 * (a feed item's body) or a page flattened into one line.
 */
import type { Message } from '../types.js';
import { extractDump, isPageDump } from './content/dump.js';
import { fileMessage } from './decode.js';
import { readHeader } from './header.js';
import { extractHtml, extractionMessages, extractionMeta, looksLikeHtml } from './html/index.js';
import { mergeMeta } from './meta.js';
import type { ArticleMeta, RawArticle, Reader, ReaderInput, ReadResult } from './types.js';

/** Removed dump blocks reported one by one; the rest are counted. */
const MAX_REMOVAL_MESSAGES = 200;

export const textReader: Reader = {
  form: 'txt',
  sniff: () => true,
  read: (input) => readText(input),
};

function readText({ articleId, file, text, sha256, bytes, sidecar }: ReaderInput): ReadResult {
  const messages: Message[] = [];
  const header = readHeader(text);
  let body = text;
  let firstLine = 1;
  let meta: ArticleMeta = sidecar;
  if (header) {
    for (const r of header.removed) messages.push(fileMessage(file, 'ingest/header', 'info', 'Removed the metadata header', { line: r.line, actual: r.text }));
    body = header.body;
    firstLine = header.bodyLine;
    meta = mergeMeta(header.meta, sidecar);
  }
  const article = (raw: string, extra: ArticleMeta = {}, line?: number): RawArticle => {
    const a: RawArticle = { articleId, file, format: 'txt', sha256, bytes: bytes.length, raw, meta: mergeMeta(meta, extra) };
    if (line !== undefined && line !== 1) a.firstLine = line;
    return a;
  };

  if (looksLikeHtml(body.slice(0, 4096))) {
    const x = extractHtml(body, meta.language);
    messages.push(...extractionMessages(file, x));
    if (!x.paragraphs.length) return { articles: [], messages: [...messages, noArticle(file)] };
    // What the header says comes first: a feed item's HTML rarely has metadata of its own.
    const fromHtml = extractionMeta(x);
    return { articles: [article(x.paragraphs.join('\n\n'), fromHtml)], messages };
  }
  if (isPageDump(body)) {
    const x = extractDump(body, meta.language);
    for (const r of x.removed.slice(0, MAX_REMOVAL_MESSAGES)) {
      messages.push(fileMessage(file, 'ingest/dump-boilerplate', 'info', `Left out a block of the page dump (${r.why})`, { actual: r.text.length > 80 ? r.text.slice(0, 79) + '…' : r.text }));
    }
    if (!x.paragraphs.length) return { articles: [], messages: [...messages, noArticle(file)] };
    const found: ArticleMeta = { captions: x.captions };
    if (x.date) Object.assign(found, { date: x.date, dateSource: 'header' });
    return { articles: [article(x.paragraphs.join('\n\n'), found)], messages };
  }
  return { articles: [article(body, {}, firstLine)], messages };
}

function noArticle(file: string): Message {
  return fileMessage(file, 'ingest/no-article', 'error', 'The text holds no article (only navigation, lists of links or short labels): not published');
}
