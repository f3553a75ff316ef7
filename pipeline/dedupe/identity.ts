/**
 * Who the provider says an article is: its story id, and its address once redirect wrappers are
 * taken off (`news.example.com/url?...&url=https://...`), tracking parameters dropped and the host
 * reduced to its name. Two files with the same key are the same report. A feed proxy's address
 * keeps the story's own slug at its end (`/~r/feed/~3/Xyz/world-talks-idUS123`): the site and that
 * slug are a key too, when the slug is distinctive (a generic `story01.htm` is not).
 */

// Query parameters that carry the real address inside a wrapper.
const WRAPPED = ['url', 'u', 'q', 'link', 'target', 'dest', 'destination', 'redirect', 'redirect_url'];
// Query parameters that only track the visit.
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid|ns_\w+|at_\w+|rss|feed|ref|referrer|source|partner|sa|usg|ved|ei|cid|clid|ct2|fd)$/i;
// Second-level labels under a country code (`example.co.uk`).
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'go', 'gv']);
const GENERIC_SLUG = /^(?:index|default|story|article|news|home|main|page|print)\d{0,3}$/i;
const MAX_UNWRAP = 3;

function parse(url: string): URL | null {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The address a redirect wrapper points to (followed a few levels deep), else the address itself. */
export function unwrapUrl(url: string): string {
  let current = url;
  for (let depth = 0; depth < MAX_UNWRAP; depth++) {
    const u = parse(current);
    if (!u) return current;
    const inner = WRAPPED.map((k) => u.searchParams.get(k)).find((v) => v && /^https?:\/\//i.test(v));
    if (!inner) return current;
    current = inner;
  }
  return current;
}

/** The site's registrable name: `www.news.example.co.uk` → `example.co.uk`. */
function siteOf(host: string): string {
  const labels = host.toLowerCase().split('.').filter(Boolean);
  const take = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Keys under which `url` names a report: the normalised address, and the site with a distinctive slug. */
export function urlKeys(url: string): string[] {
  const u = parse(unwrapUrl(url));
  if (!u) return [];
  const host = u.hostname.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
  const path = u.pathname.replace(/\/+$/, '').replace(/\/amp$/, '');
  const query = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const keys: string[] = [];
  if (path || query.length) keys.push(`url:${host}${path}${query.length ? '?' + new URLSearchParams(query).toString() : ''}`);
  const slug = decodeURIComponentSafe(path.split('/').at(-1) ?? '').replace(/\.(?:s?html?|php|aspx?|cms|jsp)$/i, '');
  if (isDistinctiveSlug(slug)) keys.push(`slug:${siteOf(host)}/${slug.toLowerCase()}`);
  return keys;
}

/** A slug that names one story: several words, or a long id with digits. */
function isDistinctiveSlug(slug: string): boolean {
  if (slug.length < 12 || GENERIC_SLUG.test(slug)) return false;
  const parts = slug.split(/[-_.]+/).filter(Boolean);
  return parts.length >= 3 || (/\d{4,}/.test(slug) && /[a-z]/i.test(slug));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every identity key of an article: its story id and its addresses. */
export function identityKeys(article: { sourceId?: string | null; url?: string | null; altUrls?: readonly string[] }): { key: string; basis: 'source-id' | 'url' }[] {
  const keys: { key: string; basis: 'source-id' | 'url' }[] = [];
  const id = article.sourceId?.trim();
  if (id) keys.push({ key: `id:${id.toLowerCase()}`, basis: 'source-id' });
  for (const url of [article.url, ...(article.altUrls ?? [])]) {
    if (url) for (const key of urlKeys(url)) keys.push({ key, basis: 'url' });
  }
  return keys;
}
