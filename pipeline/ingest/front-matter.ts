/**
 * Header fields to article metadata, by what their keys mean in the conventions of static sites,
 * blog exports and feeds (`title`/`post_title`/`headline`, `date`/`post_date`/`published`,
 * `author`, `permalink`/`canonical_url`/`original_link`, `source`...). Values are strings as
 * written (timestamps included), entities decoded; redirect and feed addresses unwrapped.
 */
import { decodeEntities } from '../clean/entities.js';
import { parseFullDate } from '../clean/dates.js';
import type { ArticleMeta } from '../types.js';
import { isoDay } from './meta.js';
import { stripSiteName } from './html/title.js';
import { unwrapUrl } from './urls.js';

/** Normalised keys (lower case, letters and digits) per field, most specific first. */
const KEYS = {
  title: ['title', 'posttitle', 'headline', 'originaltitle'],
  date: ['date', 'postdate', 'published', 'publishedat', 'publishdate', 'datepublished', 'datepublish', 'pubdate', 'publicationdate', 'created', 'createdat', 'postdategmt'],
  byline: ['author', 'authors', 'byline', 'by', 'creator', 'writer', 'postauthor'],
  url: ['canonicalurl', 'canonical', 'originallink', 'originalurl', 'sourceurl', 'url', 'link', 'permalink'],
  publisher: ['source', 'publisher', 'sitename', 'site', 'outlet', 'agency'],
  language: ['lang', 'language', 'locale'],
  license: ['license', 'licence', 'rights', 'copyright'],
} as const;

/** Words of a role, not a name: a byline of these only (`Staff Writer`, `Web Desk`) names nobody. */
const ROLE_WORDS = new Set(['staff', 'writer', 'writers', 'editor', 'editors', 'reporter', 'correspondent', 'admin', 'administrator', 'desk', 'web', 'news', 'newsroom', 'team', 'guest', 'contributor', 'author', 'agency', 'agencies', 'wire', 'wires', 'online']);

const keyOf = (k: string): string => k.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A field's values as strings: a scalar, or the scalars of a list. */
function values(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list
    .filter((x): x is string | number => typeof x === 'string' || typeof x === 'number')
    .map((x) => decodeEntities(String(x)).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** `2016-02-12 01:00:32`, `2020-09-03-17-07-43` → ISO 8601 (`2016-02-12T01:00:32`), zone kept as written; null without a time. */
export function isoTimestamp(v: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T _-](\d{2})[:-](\d{2})(?:[:-](\d{2}(?:\.\d+)?))?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(v.trim());
  return m ? `${m[1]}T${m[2]}:${m[3]}${m[4] ? `:${m[4]}` : ''}${m[5] ?? ''}` : null;
}

function splitNames(text: string): string[] {
  return text
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((n) => n.trim().replace(/\.$/, ''))
    .filter((n) => n.length > 1 && !n.split(/\s+/).every((w) => ROLE_WORDS.has(w.toLowerCase())));
}

export function metaFromFields(fields: Record<string, unknown>): ArticleMeta {
  const byKey = new Map<string, string[]>();
  for (const [k, v] of Object.entries(fields)) {
    const key = keyOf(k);
    if (!byKey.has(key)) byKey.set(key, values(v));
  }
  const first = (keys: readonly string[]): string | null => {
    for (const k of keys) {
      const v = byKey.get(k)?.[0];
      if (v) return v;
    }
    return null;
  };
  const meta: ArticleMeta = {};
  const title = first(KEYS.title);
  if (title) meta.title = stripSiteName(title, null);
  for (const k of KEYS.date) {
    const v = byKey.get(k)?.[0];
    const day = v ? (isoDay(v) ?? parseFullDate(v)) : null;
    if (!day) continue;
    meta.date = day;
    meta.dateSource = 'metadata';
    meta.datetime = isoTimestamp(v!);
    break;
  }
  const names = KEYS.byline.flatMap((k) => byKey.get(k) ?? []).flatMap(splitNames);
  if (names.length) meta.byline = [...new Set(names)];
  const addresses = KEYS.url.flatMap((k) => byKey.get(k) ?? []).filter((u) => /^https?:\/\//i.test(u));
  if (addresses.length) {
    // The most specific key's address, unwrapped; the wrappers and the other addresses are kept as alternatives.
    meta.url = unwrapUrl(addresses[0]!).url;
    const others = [...new Set(addresses.filter((u) => u !== meta.url))];
    if (others.length) meta.altUrls = others;
  }
  const publisher = first(KEYS.publisher);
  if (publisher && !/^https?:\/\//i.test(publisher)) meta.publisher = publisher;
  const language = first(KEYS.language);
  if (language && /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(language)) meta.language = language;
  const license = first(KEYS.license);
  if (license) meta.license = license;
  return meta;
}
