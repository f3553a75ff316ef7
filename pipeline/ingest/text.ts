/**
 * Plain text: the decoded file is the article. A metadata header at the top (a `date` line,
 * front matter) is read by clean/header.ts, which also removes it from the text.
 */
import type { Reader } from './types.js';

export const textReader: Reader = {
  form: 'txt',
  sniff: () => true,
  read: ({ articleId, file, text, sha256, bytes, sidecar }) => ({
    articles: [{ articleId, file, format: 'txt', sha256, bytes: bytes.length, raw: text, meta: sidecar }],
    messages: [],
  }),
};
