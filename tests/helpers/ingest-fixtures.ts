/**
 * What an ingest golden shows for one input file: each raw article the reader gave (its form,
 * metadata and body) and the article after cleaning (text, title, date and where it came from,
 * captions), plus every message of both stages as one line each.
 */
import { clean } from '../../pipeline/clean.js';
import { readBytes } from '../../pipeline/ingest/index.js';
import type { Message } from '../../pipeline/types.js';

const line = (m: Message): string => `${m.line ?? '-'}: ${m.severity} ${m.ruleId}: ${m.reason}${m.actual ? ` | ${m.actual}` : ''}`;

export function ingestView(file: string, bytes: Uint8Array): unknown {
  const read = readBytes(file, bytes);
  return {
    articles: read.articles.map((raw) => {
      const c = clean(raw);
      return {
        format: raw.format,
        meta: raw.meta,
        raw: raw.raw.split('\n\n'),
        cleaned: { text: c.text.split('\n\n'), title: c.title, date: c.date, dateSource: c.dateSource, byline: c.byline, url: c.url, captions: c.captions, messages: c.messages.map(line) },
      };
    }),
    messages: read.messages.map(line),
  };
}
