/** The site's HTML template and file names: interpolated text is escaped, article file names are flat and injective. */
import { expect, test } from 'vitest';
import { articleFile, evidenceHref, html, raw, toString } from '../pipeline/report/html.js';

test('interpolated values are escaped; raw and nested templates are not escaped twice', () => {
  const title = 'Talks <"end"> & \'more\'';
  expect(toString(html`<h1 title="${title}">${title}</h1>${raw('<br>')}${[html`<i>${'a<b'}</i>`, null, false]}`)).toBe(
    '<h1 title="Talks &lt;&quot;end&quot;&gt; &amp; &#39;more&#39;">Talks &lt;&quot;end&quot;&gt; &amp; &#39;more&#39;</h1><br><i>a&lt;b</i>',
  );
});

test.each([
  ['000_a1b2', 'articles/000_a1b2.html'],
  ['politics/001', 'articles/politics.2f001.html'],
  ['politics.2f001', 'articles/politics.2e2f001.html'],
  ['ünï code', 'articles/.c3.bcn.c3.af.20code.html'],
])('the page of article %s is %s', (id, file) => {
  expect(articleFile(id)).toBe(file);
});

test('an evidence link names the article page and the code-point span', () => {
  expect(evidenceHref('../', 'politics/001', 5, 12)).toBe('../articles/politics.2f001.html#span=5-12');
});
