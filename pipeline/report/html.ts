/** A small HTML template: interpolated values are escaped unless made with `raw`; arrays are joined. */

const SAFE = Symbol('safe-html');
export interface Html {
  [SAFE]: string;
}

export function raw(s: string): Html {
  return { [SAFE]: s };
}

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type Value = Html | string | number | null | undefined | false | Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(render).join('');
  if (typeof v === 'object') return v[SAFE];
  return esc(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return raw(out);
}

export function toString(h: Html): string {
  return h[SAFE];
}

export interface PageOptions {
  title: string;
  /** Path from the page to the site's root (`''` or `'../'`). */
  root: string;
  /** Which navigation entry is this page. */
  current?: string;
  body: Html;
  /** Placeholder of the search box; no box when absent. */
  search?: string;
}

const NAV = [
  ['index.html', 'Stories'],
  ['events.html', 'Events'],
  ['actors.html', 'Actors'],
  ['quotes.html', 'Quotes'],
] as const;

/** A whole page: local stylesheet and script only (no network), navigation, optional search box. */
export function page(o: PageOptions): string {
  return toString(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · reportage</title>
<link rel="stylesheet" href="${o.root}assets/style.css">
<script src="${o.root}assets/site.js" defer></script>
</head>
<body>
<header><nav>${NAV.map(([href, label]) => html`<a href="${o.root}${href}"${o.current === href ? raw(' aria-current="page"') : ''}>${label}</a>`)}</nav>
${o.search ? html`<input id="search" type="search" placeholder="${o.search}" aria-label="Search this page" autocomplete="off"><span id="search-count" aria-live="polite"></span>` : ''}</header>
<main>
<h1>${o.title}</h1>
${o.body}
</main>
</body>
</html>
`);
}

/** The file of an article's page: every character outside [A-Za-z0-9_-] as `.xx` (UTF-8 bytes), so the name is injective and flat. */
export function articleFile(articleId: string): string {
  let out = '';
  for (const ch of articleId) {
    if (/[A-Za-z0-9_-]/.test(ch)) out += ch;
    else for (const b of Buffer.from(ch)) out += `.${b.toString(16).padStart(2, '0')}`;
  }
  return `articles/${out}.html`;
}

/** The link to a row's evidence: the article page, which highlights code points [start, end). */
export function evidenceHref(root: string, articleId: string, start: number, end: number): string {
  return `${root}${articleFile(articleId)}#span=${start}-${end}`;
}
