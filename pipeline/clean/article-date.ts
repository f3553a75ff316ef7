/**
 * The article's own date, chosen from every place that can state it, in order of trust
 * (`DATE_SOURCES`): the form's date fields first, then addresses and names, then the dateline,
 * a wire trailer and a photo caption. The body text is never a source: a date written in the
 * story is the date of something the story mentions, not of the report.
 */
import { DATE_SOURCES } from '../../schemas/article.js';
import type { DateSource } from '../types.js';

export interface DateCandidate {
  date: string | null | undefined;
  source: DateSource;
}

/** How far a date from each source can be trusted: a field meant for it, down to a caption's pictured day. */
const CONFIDENCE: Record<DateSource, number> = {
  metadata: 1,
  xml: 1,
  'json-ld': 0.95,
  'html-meta': 0.9,
  header: 0.9,
  url: 0.85,
  filename: 0.8,
  dateline: 0.85,
  trailer: 0.75,
  caption: 0.5,
  story: 0.6,
};

export function pickDate(candidates: DateCandidate[]): { date: string | null; source: DateSource | null; confidence: number | null } {
  let best: DateCandidate | null = null;
  for (const c of candidates) {
    if (!c.date) continue;
    if (!best || DATE_SOURCES.indexOf(c.source) < DATE_SOURCES.indexOf(best.source)) best = c;
  }
  return best ? { date: best.date!, source: best.source, confidence: CONFIDENCE[best.source] } : { date: null, source: null, confidence: null };
}

export function dateConfidence(source: DateSource): number {
  return CONFIDENCE[source];
}

/**
 * A day written in an address: `/2016/02/12/`, `/20160212/`, `-2016-02-12-`, `?date=2016-02-12`,
 * a year with its month and day a few path segments further (`/2011/WORLD/africa/03/17/`), and the
 * two-digit year-month of old archives (`/9904/15/`).
 */
export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = decodeURIComponent(url);
  } catch {
    /* keep it as written */
  }
  path = path.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m =
    /[/_.-](\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path) ??
    /[?&]date=(\d{4})-?(\d{2})-?(\d{2})\b/.exec(path);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const segments = path.split(/[?#]/)[0]!.split('/');
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (/^(?:19|20)\d{2}$/.test(seg)) {
      // The month and day as two adjacent numeric segments, within four segments of the year.
      const next = segments.slice(i + 1, i + 6);
      const k = next.findIndex((x) => /^\d{1,2}$/.test(x));
      if (k >= 0 && k < 4 && /^\d{1,2}$/.test(next[k + 1] ?? '')) return validDay(Number(seg), Number(next[k]), Number(next[k + 1]));
    }
    const yymm = /^(\d{2})(0[1-9]|1[0-2])$/.exec(seg);
    if (yymm && /^(?:0?[1-9]|[12]\d|3[01])$/.test(segments[i + 1] ?? '')) {
      const yy = Number(yymm[1]);
      if (yy >= 90 || yy <= 29) return validDay(yy >= 90 ? 1900 + yy : 2000 + yy, Number(yymm[2]), Number(segments[i + 1]));
    }
  }
  return null;
}

/** A day in a file's path: `2016-09-12_slug.txt`, `reuters/2024-05-01-strike.txt`, `XIE20000402.0162`. */
export function dateInFileName(file: string): string | null {
  const m = /(?:^|[^0-9])((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?![0-9])/.exec(file) ?? /(?:^|[^0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?![0-9])/.exec(file);
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
