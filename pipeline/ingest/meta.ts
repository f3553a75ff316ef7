/**
 * Small helpers every reader uses on metadata values: usable strings, ISO days, author lists,
 * and the `.meta.json` sidecar.
 */
import type { ArticleMeta } from '../types.js';

/** A usable string: news-please and many feeds write missing values as null, "" or the string "None". */
export function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() && v.trim() !== 'None' && v.trim() !== 'null' ? v.trim() : null;
}

/**
 * The day of an ISO-like timestamp (`2014-07-16T13:00:03Z`, `2014-07-16 13:00`, `20140716T130003+0100`),
 * or null. A date at the Unix epoch (1970-01-01) is what a missing timestamp turns into, not a date.
 */
export function isoDay(v: string | null | undefined): string | null {
  const m = v?.trim().match(/^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s_-])/);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return null;
  if (y === 1970 && mo === 1 && (d === 1 || d === 2)) return null;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Authors as a list, or as a Python-literal string of a list (`"['A', 'B']"`), or one string. */
export function authors(v: unknown): string[] | null {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && !!x.trim()).map((x) => x.trim());
  if (typeof v === 'string') {
    const quoted = [...v.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => (m[1] ?? m[2])!.trim()).filter(Boolean);
    if (quoted.length) return quoted;
    return v.trim() ? [v.trim()] : [];
  }
  return null;
}

/** The `.meta.json` sidecar of a file. */
export function parseSidecar(o: Record<string, unknown>): ArticleMeta {
  const date = isoDay(str(o.date) ?? str(o.published_at) ?? str(o.date_publish));
  return {
    title: str(o.title),
    date,
    dateSource: date ? 'metadata' : null,
    publisher: str(o.publisher),
    url: str(o.url),
    byline: authors(o.byline ?? o.authors) ?? [],
    license: str(o.license),
  };
}

/** `primary`'s fields where set, else `fallback`'s. */
export function mergeMeta(primary: ArticleMeta, fallback: ArticleMeta): ArticleMeta {
  const out: ArticleMeta = { ...fallback };
  for (const [k, v] of Object.entries(primary) as [keyof ArticleMeta, unknown][]) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  if (primary.date) out.dateSource = primary.dateSource ?? 'metadata';
  return out;
}
