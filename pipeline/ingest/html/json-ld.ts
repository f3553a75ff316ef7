/**
 * JSON-LD (`<script type="application/ld+json">`): the schema.org article a page describes
 * itself as: headline, dates, authors, publisher, address, language, and `articleBody`, which
 * is a candidate body text the extractor compares with its own.
 */
import { authors, str } from '../meta.js';

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
  language: string | null;
  license: string | null;
  articleBody: string | null;
}

/** Types of creative work that are one article (NewsArticle, ReportageNewsArticle, BlogPosting, ...). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle)$/;
/** Nodes visited at most, against pathological documents. */
const MAX_NODES = 5000;

/** The article node among the page's JSON-LD scripts, or null; `broken` counts scripts that were not JSON. */
export function readJsonLd(scripts: readonly string[]): { article: JsonLdArticle | null; broken: number } {
  let broken = 0;
  const nodes: Record<string, unknown>[] = [];
  for (const script of scripts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(unwrapScript(script));
    } catch {
      broken++;
      continue;
    }
    collect(parsed, nodes);
  }
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  return { article: article ? toArticle(article) : null, broken };
}

/** The JSON inside a script, without the comment or CDATA wrapper old pages put around it. */
function unwrapScript(script: string): string {
  return script
    .trim()
    .replace(/^(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)\s*/, '')
    .replace(/\s*(?:\/\/\s*)?(?:-->|\]\]>)$/, '');
}

function collect(value: unknown, out: Record<string, unknown>[]): void {
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length && seen++ < MAX_NODES) {
    const v = stack.shift();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) stack.push(o['@graph']);
      if (o.mainEntity && typeof o.mainEntity === 'object') stack.push(o.mainEntity);
    }
  }
}

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return null;
}

function personNames(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') out.push(...(authors(item) ?? []));
    else if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      // Organisations credited as author are not bylines.
      if (typesOf(o).includes('Organization')) continue;
      const name = str(o.name);
      if (name) out.push(name);
    }
  }
  return out.filter((n) => !/^https?:/.test(n));
}

function urlOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object') return str((v as Record<string, unknown>)['@id']) ?? str((v as Record<string, unknown>).url);
  return null;
}

function toArticle(n: Record<string, unknown>): JsonLdArticle {
  return {
    headline: str(n.headline) ?? str(n.name),
    datePublished: str(n.datePublished),
    authors: personNames(n.author ?? n.creator),
    publisher: nameOf(n.publisher) ?? nameOf(n.sourceOrganization),
    url: urlOf(n.url) ?? urlOf(n.mainEntityOfPage),
    language: str(n.inLanguage),
    license: urlOf(n.license),
    articleBody: str(n.articleBody) ?? str(n.text),
  };
}
