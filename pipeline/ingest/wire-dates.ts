/**
 * Time stamps of wire transmissions: the ANPA 1312 trailer (`AP-WF-05-09-17 0056GMT`, month-day-year)
 * and the IPTC 7901 post-text stamp (`212322 GMT Nov 18`, day-hour-minute, month, year), and the
 * year rule for stamps that carry none.
 *
 * The two-digit year: IPTC 7901 defines the stamp as `DDhhmm MON YY` (YY the year), ANPA 1312 the
 * trailer as `MM-DD-YY`. Both formats date from the 1970s, so 70–99 are read as 1970–1999 and
 * 00–69 as 2000–2069.
 *
 * A stamp without a year (`212322 GMT Nov`, a keyword line's `05-09`) gets one only from evidence
 * that names the same month and day: a date in the file's metadata or path, or a full date written
 * in the lead. Otherwise the date stays empty: a year guessed from "the most recent plausible year"
 * is right until it is not, and null is better than wrong.
 */
import { findTimeExpressions } from '../lib/dates.js';

/** Month abbreviations of the languages agencies file IPTC 7901 in (English, German, French, Italian, Spanish). */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, ene: 1, gen: 1, janv: 1,
  feb: 2, fev: 2, fév: 2, févr: 2, fevr: 2,
  mar: 3, mär: 3, mrz: 3, maer: 3, mars: 3,
  apr: 4, abr: 4, avr: 4,
  may: 5, mai: 5, mag: 5,
  jun: 6, giu: 6, juin: 6,
  jul: 7, lug: 7, juil: 7,
  aug: 8, ago: 8, aoû: 8, aou: 8,
  sep: 9, sept: 9, set: 9,
  oct: 10, okt: 10, ott: 10,
  nov: 11,
  dec: 12, dez: 12, dic: 12, déc: 12,
} as const;

/** Zone abbreviations seen in trailers, as ISO 8601 offsets. */
const ZONES: Readonly<Record<string, string>> = {
  GMT: 'Z', UTC: 'Z', UT: 'Z', Z: 'Z',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  BST: '+01:00', CET: '+01:00', CEST: '+02:00', MEZ: '+01:00', MESZ: '+02:00',
} as const;

/** A wire time stamp: the day as written (in the stamp's own zone) and, where complete, the instant. */
export interface WireStamp {
  /** Month and day, always known when a stamp was read. */
  month: number;
  day: number;
  /** The full year, or null when the stamp has none. */
  year: number | null;
  /** `hh:mm`, or null. */
  time: string | null;
  /** ISO offset (`Z`, `-04:00`), or null when the zone is not known. */
  offset: string | null;
  /** The stamp as written. */
  text: string;
}

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function zoneOffset(zone: string): string | null {
  return ZONES[zone.toUpperCase()] ?? null;
}

/** A two-digit year of a wire stamp as a full year (see the module note). */
export function fullYear(yy: number): number {
  return yy >= 70 ? 1900 + yy : 2000 + yy;
}

// `AP-WF-05-09-17 0056GMT`: service, circuit, month-day-year, time and zone.
const ANPA_TRAILER = /\b([A-Z]{2,4})-([A-Z]{2,4})-(\d{2})-(\d{2})-(\d{2})\s+(\d{4})\s*([A-Z]{1,4})\b/;
// `212322 GMT Nov 18`, `101137 GMT Dez 18`, `212322 Nov 18`: day, hour, minute, zone, month, year.
const IPTC_STAMP = /^(\d{2})(\d{2})(\d{2})\s+(?:([A-Z]{1,4})\s+)?(\p{L}{3,5})\.?(?:\s+(\d{2}))?\s*[<=]?$/u;

/** The ANPA trailer stamp in `line`, or null. */
export function parseAnpaTrailer(line: string): WireStamp | null {
  const m = ANPA_TRAILER.exec(line);
  if (!m) return null;
  const [month, day, hh, mm] = [Number(m[3]), Number(m[4]), Number(m[6]!.slice(0, 2)), Number(m[6]!.slice(2))];
  if (!validClock(hh, mm)) return null;
  return stamp(month, day, fullYear(Number(m[5])), `${m[6]!.slice(0, 2)}:${m[6]!.slice(2)}`, zoneOffset(m[7]!), m[0]);
}

/** The IPTC 7901 post-text stamp that is `line`, or null. */
export function parseIptcStamp(line: string): WireStamp | null {
  const m = IPTC_STAMP.exec(line.trim());
  if (!m) return null;
  const month = monthNumber(m[5]!);
  const [day, hh, mm] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month === null || !validClock(hh, mm)) return null;
  const offset = m[4] ? zoneOffset(m[4]) : null;
  if (m[4] && offset === null) return null;
  return stamp(month, day, m[6] ? fullYear(Number(m[6])) : null, `${m[2]}:${m[3]}`, offset, line.trim());
}

function stamp(month: number, day: number, year: number | null, time: string | null, offset: string | null, text: string): WireStamp | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year ?? 2000)) return null;
  return { month, day, year, time, offset, text: text.replace(/[<=]$/, '').trim() };
}

function validClock(hh: number, mm: number): boolean {
  return hh <= 23 && mm <= 59;
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD of a stamp whose year is known, else null. */
export function stampDay(s: WireStamp): string | null {
  if (s.year === null || s.day > daysIn(s.month, s.year)) return null;
  return `${s.year}-${pad(s.month)}-${pad(s.day)}`;
}

/** ISO 8601 instant of a stamp with year, time and zone, else null. */
export function stampInstant(s: WireStamp): string | null {
  const day = stampDay(s);
  return day && s.time && s.offset ? `${day}T${s.time}:00${s.offset}` : null;
}

/** Where a missing year may come from, in order: the file's metadata, its path, its lead. */
export interface YearEvidence {
  metaDate?: string | null | undefined;
  path?: string;
  lead?: string;
}

const PATH_DATE = /(?:^|[^0-9])((?:19|20)\d{2})[-_/]?(\d{2})[-_/]?(\d{2})(?![0-9])/g;

/**
 * The year of a stamp that has none, from a date naming the same month and day in `evidence`
 * (see the module note); null when nothing in the file states it.
 */
export function inferYear(s: Pick<WireStamp, 'month' | 'day'>, evidence: YearEvidence): number | null {
  const same = (y: number, m: number, d: number): number | null => (m === s.month && d === s.day ? y : null);
  const meta = /^(\d{4})-(\d{2})-(\d{2})/.exec(evidence.metaDate ?? '');
  if (meta) {
    const y = same(Number(meta[1]), Number(meta[2]), Number(meta[3]));
    if (y) return y;
  }
  for (const m of (evidence.path ?? '').matchAll(PATH_DATE)) {
    const y = same(Number(m[1]), Number(m[2]), Number(m[3]));
    if (y) return y;
  }
  const lead = evidence.lead ?? '';
  for (const e of findTimeExpressions(lead)) {
    if (e.spec.k !== 'ymd') continue;
    const y = same(e.spec.y, e.spec.m, e.spec.d);
    if (y) return y;
  }
  return null;
}

/** The stamp's day once its year is known (given or inferred), and the instant where complete. */
export function resolveStamp(s: WireStamp, evidence: YearEvidence): { date: string | null; datetime: string | null } {
  const year = s.year ?? inferYear(s, evidence);
  if (year === null) return { date: null, datetime: null };
  const full = { ...s, year };
  return { date: stampDay(full), datetime: stampInstant(full) };
}
