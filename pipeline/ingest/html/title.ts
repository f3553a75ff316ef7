/**
 * The headline: the page's own `<h1>` where a metadata title agrees with it, else the metadata
 * title without the site's name (`Story – Site`, `Site | Story`), found by shape: the part the
 * separator cuts off is short and is the site's name, or repeats across the page's titles.
 */
import { comparable } from '../../clean/strings.js';

const SEPARATOR = /\s+[|\u2013\u2014\u00b7\u2022»:-]{1,2}\s+/;
/** A site name is a few words. */
const SITE_WORDS = 5;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The title without a site name at either end, when one can be told. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const site = siteName ? comparable(siteName) : null;
  const isSite = (p: string): boolean => (site !== null && (comparable(p) === site || comparable(p).includes(site) || site.includes(comparable(p)))) || /^(?:www\.)?[a-z0-9-]+\.[a-z.]{2,}$/i.test(p);
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSite(parts[end - 1]!)) end--;
  while (end - start > 1 && isSite(parts[start]!)) start++;
  if (end - start === parts.length && words(parts.at(-1)!) <= SITE_WORDS && words(parts.at(-1)!) * 2 < words(parts.slice(0, -1).join(' '))) {
    // No site name given: a short last part after a bar or dash is the site's.
    end--;
  }
  // Only cut where the separator was: rebuild from the original to keep inner punctuation.
  if (start === 0 && end === parts.length) return title.trim();
  const kept = parts.slice(start, end);
  const from = title.indexOf(kept[0]!);
  const last = kept.at(-1)!;
  const to = title.lastIndexOf(last) + last.length;
  return title.slice(from, to).trim();
}

/** The headline from the page's h1 elements and metadata titles; null when there is none. */
export function chooseTitle(h1s: readonly string[], titles: readonly string[], siteName: string | null): string | null {
  const stripped = titles.map((t) => stripSiteName(t, siteName));
  for (const h of h1s) {
    const c = comparable(h);
    if (c && [...titles, ...stripped].some((t) => comparable(t) === c || (comparable(t).includes(c) && c.length > 20))) return h;
  }
  return stripped[0] ?? h1s[0] ?? null;
}
