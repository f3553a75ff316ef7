/** What a reader golden shows: the raw articles a file yields (id, form, body, metadata) and the messages, one line each. */
import { readBytes } from '../../pipeline/ingest/index.js';

export function readerView(file: string, bytes: Uint8Array): unknown {
  const { articles, messages } = readBytes(file, bytes);
  return {
    articles: articles.map((a) => ({ articleId: a.articleId, format: a.format, firstLine: a.firstLine ?? null, meta: a.meta, raw: a.raw.split('\n\n') })),
    messages: messages.map((m) => `${m.articleId ?? m.file}:${m.line ?? '-'}: ${m.severity} ${m.ruleId}: ${m.reason}${m.actual ? ` | ${m.actual}` : ''}`),
  };
}
