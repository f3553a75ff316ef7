/** A CleanArticle around already-clean text, for the tests of the stages that come after `clean`. */
import type { CleanArticle } from '../../pipeline/types.js';

export function cleanArticle(text: string, fields: Partial<CleanArticle> = {}): CleanArticle {
  return {
    articleId: 'fixture',
    file: 'fixture.txt',
    format: 'txt',
    sha256: '0'.repeat(64),
    bytes: text.length,
    text: text.trim(),
    title: null,
    dateline: null,
    publisher: null,
    byline: [],
    captions: [],
    url: null,
    date: null,
    dateSource: null,
    dateConfidence: null,
    datetime: null,
    language: null,
    license: null,
    sourceId: null,
    altUrls: [],
    repairs: 0,
    messages: [],
    ...fields,
  };
}
