/**
 * Timestamps and datelines as news XML and SGML write them: ISO 8601 in its extended and basic
 * forms (`2014-07-16T13:00:03.000Z`, `20161011T001327+0100`), `MM/DD/YYYY hh:mm:ss` (AQUAINT AP),
 * `YYYY-MM-DD hh:mm` and TIPSTER's `YYMMDD`. The zone stays as written (never converted to UTC).
 */
import { MONTH_NAME } from '../../clean/dates.js';
import { isoDay } from '../meta.js';

export interface Timestamp {
  /** YYYY-MM-DD, in the zone the timestamp is written in. */
  date: string;
  /** ISO 8601 extended form with the zone as written; null when only a day is given. */
  datetime: string | null;
}

const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|GMT|UTC)?(?:[+-]\d{2}:\d{2})?$/i;
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SHORT = /^(\d{2})(\d{2})(\d{2})$/;
/** A timestamp or dateline field is short; anything longer is not one (and is not scanned). */
const MAX_FIELD = 120;
/** Two-digit years from here on are 19xx (TIPSTER and its kin date from the 1980s–90s). */
const CENTURY_PIVOT = 50;

/** A date (and time) from a timestamp field, or null when it is not one. */
export function parseTimestamp(value: string | null | undefined): Timestamp | null {
  const v = value?.trim().replace(/\s+/g, ' ');
  if (!v || v.length > MAX_FIELD) return null;
  let m = EXTENDED.exec(v) ?? BASIC.exec(v);
  if (m) return build(m[1]!, m[2]!, m[3]!, m[4], m[5], m[6], m[7], m[8]);
  if ((m = US.exec(v))) return build(m[3]!, m[1]!.padStart(2, '0'), m[2]!.padStart(2, '0'), m[4]?.padStart(2, '0'), m[5], m[6], undefined, undefined);
  if ((m = SHORT.exec(v))) {
    const yy = Number(m[1]);
    return build(String(yy >= CENTURY_PIVOT ? 1900 + yy : 2000 + yy), m[2]!, m[3]!, undefined, undefined, undefined, undefined, undefined);
  }
  return null;
}

function build(
  y: string, mo: string, d: string,
  h: string | undefined, mi: string | undefined, s: string | undefined, frac: string | undefined, zone: string | undefined,
): Timestamp | null {
  const date = isoDay(`${y}-${mo}-${d}`);
  if (!date) return null;
  if (h === undefined || mi === undefined || Number(h) > 23 || Number(mi) > 59) return { date, datetime: null };
  return { date, datetime: `${date}T${h}:${mi}${s === undefined ? '' : `:${s}`}${frac ?? ''}${zoneOf(zone)}` };
}

function zoneOf(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(?:Z|GMT|UTC)$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  return digits.length === 3 ? `${digits}:00` : `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

const MONTH_DAY = new RegExp(`^${MONTH_NAME}\\s+\\d{1,2}\\b`, 'i');
const AGENCY = /\((?:[^()]{1,40})\)|\/[A-Z][A-Za-z-]{1,20}\/\.?/g;
const TRAILING_MARKS = /[\s\-–—_:,.]+$/;

/**
 * The place of a dateline given as a field (`Berlin (dpa) - `, `MOSCOW, January 21`), or null
 * when the field holds no place (a timestamp, a bare `January 21`).
 */
export function datelinePlace(text: string | null | undefined): string | null {
  if (!text || text.length > MAX_FIELD) return null;
  const v = text.replace(AGENCY, ' ').replace(/\s+/g, ' ').trim().replace(TRAILING_MARKS, '');
  if (!v || /\d{1,2}:\d{2}/.test(v) || parseTimestamp(v) || MONTH_DAY.test(v)) return null;
  const place = v.split(',')[0]!.trim();
  if (!/^\p{L}/u.test(place) || place.length > 40 || MONTH_DAY.test(place)) return null;
  return place;
}
