/**
 * Builds the inputs of `extractEvents` from a fixture file: a header (`date:`, `dateline:`,
 * `people: Full Name | Title | Country; ...`), a `---` line, then the article body. People are
 * found by their full name and surname, so event fixtures do not depend on the people finder.
 */
import { extractQuotes } from '../../pipeline/extract-quotes.js';
import type { CleanArticle, PersonMention, QuoteMention } from '../../pipeline/types.js';
import { cleanArticle } from './articles.js';

export function eventFixture(input: string, articleId = 'fixture'): { article: CleanArticle; people: PersonMention[]; quoted: [number, number][]; quotes: QuoteMention[] } {
  const [head = '', body = ''] = input.split(/\n---\n/);
  const field = (k: string) => {
    const m = new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(head);
    const v = m?.[1]?.trim() ?? '';
    return v && v !== 'null' ? v : null;
  };
  const text = body.trim().split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).join('\n\n');
  const people: PersonMention[] = [];
  for (const entry of (field('people') ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
    const [name = '', title = '', country = ''] = entry.split('|').map((s) => s.trim());
    const surname = name.split(' ').pop()!;
    const taken: [number, number][] = [];
    for (const form of [name, surname]) {
      for (const m of text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) {
        if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
        taken.push([m.index, m.index + form.length]);
        people.push({ articleId, start: m.index, end: m.index + form.length, name: form, fullName: name, title: title || null, country: country || null });
      }
    }
  }
  people.sort((a, b) => a.start - b.start);
  const date = field('date');
  const article = cleanArticle(text, {
    articleId, file: `${articleId}.txt`, sha256: articleId, dateline: field('dateline'),
    date, dateSource: date ? 'header' : null,
  });
  // Quoted spans and attributed quotations come from the quotes stage, as in the pipeline.
  const q = extractQuotes(article);
  return { article, people, quoted: q.quoted, quotes: q.quotes };
}
