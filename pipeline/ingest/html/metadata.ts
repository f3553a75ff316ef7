/**
 * What a page says about itself outside its text: `<meta>` (Open Graph, article:*, Dublin Core,
 * author), `<link rel=canonical|license>`, `<title>`, `<time datetime>`, `<html lang>` and
 * JSON-LD. The description is metadata, never body text.
 */
import { type AnyNode, type Element, isTag, isText } from 'domhandler';
import { isoDay, str } from '../meta.js';
import type { DateSource } from '../../types.js';
import { type JsonLdArticle, readJsonLd } from './json-ld.js';

export interface PageMeta {
  /** Every title the page gives (og:title, JSON-LD headline, `<title>`), site suffixes and all. */
  titles: string[];
  siteName: string | null;
  date: string | null;
  dateSource: DateSource | null;
  datetime: string | null;
  authors: string[];
  url: string | null;
  altUrls: string[];
  language: string | null;
  license: string | null;
  jsonLd: JsonLdArticle | null;
  brokenJsonLd: number;
}

/** Meta keys (lower case, letters and digits only) that name the publication time of the page. */
const PUBLISHED_KEYS = new Set([
  'articlepublishedtime', 'ogarticlepublishedtime', 'datepublished', 'publishdate', 'publisheddate', 'publicationdate',
  'pubdate', 'date', 'dcdate', 'dcdateissued', 'dctermsdate', 'dctermsissued', 'dctermscreated', 'dccreated',
  'sailthrudate', 'parselypubdate', 'articlepublished', 'publishedtime', 'originalpublicationdate', 'displaydate',
]);
const AUTHOR_KEYS = new Set(['author', 'articleauthor', 'dccreator', 'byl', 'parselyauthor', 'sailthruauthor']);
const SITE_KEYS = ['ogsitename', 'applicationname', 'dcpublisher'];
const TITLE_KEYS = ['ogtitle', 'twittertitle', 'dctitle'];

interface Collected {
  metas: Map<string, string>;
  links: Map<string, string>;
  title: string | null;
  lang: string | null;
  times: { datetime: string; pub: boolean }[];
  scripts: string[];
}

const keyOf = (k: string): string => k.toLowerCase().replace(/[^a-z0-9]/g, '');

function textOf(el: Element): string {
  let out = '';
  const walk = (n: AnyNode): void => {
    if (isText(n)) out += n.data;
    else if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(el);
  return out;
}

function collect(root: AnyNode): Collected {
  const c: Collected = { metas: new Map(), links: new Map(), title: null, lang: null, times: [], scripts: [] };
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) {
      if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
      continue;
    }
    const a = n.attribs;
    switch (n.name) {
      case 'html':
        c.lang ??= str(a.lang) ?? str(a['xml:lang']);
        break;
      case 'meta': {
        const key = keyOf(a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '');
        const value = str(a.content);
        if (key && value && !c.metas.has(key)) c.metas.set(key, value);
        break;
      }
      case 'link':
        for (const r of (a.rel ?? '').toLowerCase().split(/\s+/)) if (r && a.href && !c.links.has(r)) c.links.set(r, a.href.trim());
        break;
      case 'title':
        c.title ??= str(textOf(n).replace(/\s+/g, ' '));
        break;
      case 'time': {
        const dt = str(a.datetime);
        if (dt) c.times.push({ datetime: dt, pub: a.pubdate !== undefined || /datepublished/i.test(a.itemprop ?? '') });
        break;
      }
      case 'script':
        if ((a.type ?? '').toLowerCase().includes('ld+json')) c.scripts.push(textOf(n));
        continue; // never descend into scripts
    }
    // itemprop on any element (`<span itemprop="datePublished" content=...>`)
    const prop = a.itemprop ? keyOf(a.itemprop) : '';
    if (prop && n.name !== 'meta' && !c.metas.has(prop)) {
      const v = str(a.content) ?? str(a.datetime);
      if (v) c.metas.set(prop, v);
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return c;
}

/** The first value among `values` that starts with a valid day: the day, and the stamp when it has a time. */
function firstDate(values: (string | null | undefined)[]): { day: string; datetime: string | null } | null {
  for (const v of values) {
    const day = isoDay(v);
    if (day) return { day, datetime: /\d{2}:\d{2}/.test(v!) ? v!.trim() : null };
  }
  return null;
}

function pageDate(c: Collected, ld: JsonLdArticle | null): { day: string; datetime: string | null; source: DateSource } | null {
  const fromLd = firstDate([ld?.datePublished]);
  if (fromLd) return { ...fromLd, source: 'json-ld' };
  const published = [...c.metas].filter(([k]) => PUBLISHED_KEYS.has(k) || (k.includes('publish') && !/modif|updat/.test(k))).map(([, v]) => v);
  const marked = c.times.filter((t) => t.pub).map((t) => t.datetime);
  // A lone <time> on the page is the article's; among several, only a marked one is.
  const lone = c.times.length === 1 ? [c.times[0]!.datetime] : [];
  const fromMeta = firstDate([...published, ...marked, ...lone]);
  return fromMeta ? { ...fromMeta, source: 'html-meta' } : null;
}

export function pageMeta(root: AnyNode): PageMeta {
  const c = collect(root);
  const { article: ld, broken } = readJsonLd(c.scripts);
  const meta = (k: string): string | null => c.metas.get(k) ?? null;
  const date = pageDate(c, ld);
  const metaAuthors = [...c.metas].filter(([k, v]) => AUTHOR_KEYS.has(k) && !/^https?:|\/\//.test(v)).map(([, v]) => v);
  const ogUrl = meta('ogurl');
  const url = str(c.links.get('canonical')) ?? ogUrl ?? ld?.url ?? null;
  return {
    titles: [...TITLE_KEYS.map(meta), ld?.headline, c.title].filter((t): t is string => !!t),
    siteName: SITE_KEYS.map(meta).find((v) => v) ?? ld?.publisher ?? null,
    date: date?.day ?? null,
    dateSource: date?.source ?? null,
    datetime: date?.datetime ?? null,
    authors: ld?.authors.length ? ld.authors : (metaAuthors[0]?.split(/\s*(?:,|;|\band\b)\s*/) ?? []).filter(Boolean),
    url,
    altUrls: [...new Set([ogUrl, ld?.url].filter((u): u is string => !!u && u !== url))],
    language: c.lang ?? meta('contentlanguage') ?? ld?.language ?? null,
    license: str(c.links.get('license')) ?? ld?.license ?? null,
    jsonLd: ld,
    brokenJsonLd: broken,
  };
}
