/** A news-please JSON record: `title`, `text` (or `maintext`), `date_publish`, `source_domain`, `url`, `authors`. */
import { fileMessage } from './decode.js';
import { authors, isoDay, mergeMeta, str } from './meta.js';
import type { Reader } from './types.js';

export const newsPleaseReader: Reader = {
  form: 'news-please',
  sniff: (head, ext) => ext === '.json' || /^\s*[{[]/.test(head),
  read: ({ articleId, file, text, sha256, bytes, sidecar }) => {
    let record: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
      record = parsed as Record<string, unknown>;
    } catch (e) {
      return { articles: [], messages: [fileMessage(file, 'ingest/bad-json', 'error', `Not a news-please JSON record: ${(e as Error).message}`)] };
    }
    const body = str(record.text) ?? str(record.maintext);
    if (!body) return { articles: [], messages: [fileMessage(file, 'ingest/no-text', 'error', 'JSON record has no `text`: no article to read')] };
    const date = isoDay(str(record.date_publish));
    const meta = mergeMeta(
      {
        title: str(record.title),
        date,
        dateSource: date ? 'metadata' : null,
        publisher: str(record.source_domain),
        url: str(record.url),
        byline: authors(record.authors) ?? [],
      },
      sidecar,
    );
    return { articles: [{ articleId, file, format: 'news-please', sha256, bytes: bytes.length, raw: body, meta }], messages: [] };
  },
};
