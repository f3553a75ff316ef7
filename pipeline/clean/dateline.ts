/**
 * The dateline that opens the first body paragraph: an all-caps place, optionally a month-day
 * and an agency in parentheses, then a dash (`MOSCOW (Kyodo) -- `, `SEOUL, Jan. 4 (Yonhap) -- `,
 * `WASHINGTON, D.C. — `, `(CNN) -- `). Only all-caps places count, and the text after the dash
 * must start a sentence, so `NATO -- the alliance ...` and `Japan -- a country ...` stay.
 */
import { MONTH_NAME } from './dates.js';

export interface Dateline {
  /** The place as written (`MOSCOW`, `WASHINGTON, D.C.`), or null for `(CNN) -- ...`. */
  place: string | null;
  /** The agency in parentheses (`Kyodo`, `Reuters`), if any. */
  agency: string | null;
  /** Month and day as written (`Jan. 4`), if any: a date only once the year is known. */
  monthDay: string | null;
  /** A year written in the dateline, if any (`March 3, 2018`). */
  year: string | null;
  /** The removed prefix, as written. */
  prefix: string;
  /** The paragraph without its dateline. */
  rest: string;
}

// An all-caps place of one to four words; a state or country may follow in any case
// (`SAN FRANCISCO, Calif.`, `WASHINGTON, D.C.`, `KYIV, Ukraine`).
const PLACE_WORD = "[\\p{Lu}][\\p{Lu}.'’-]*\\p{Lu}\\.?";
const PLACE = `${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}(?:,\\s*(?:[\\p{Lu}]\\.(?:[\\p{Lu}]\\.)+|[\\p{Lu}][\\p{Ll}]{1,12}\\.?(?:\\s+[\\p{Lu}][\\p{Ll}]+)?|[\\p{Lu}]{2,}(?:\\s+[\\p{Lu}]{2,})?)(?=[\\s,(—–-]))?`;
const MONTH_DAY = `${MONTH_NAME}\\s+\\d{1,2}(?:,\\s*(\\d{4}))?`;
const AGENCY = "[\\p{L}][\\p{L}\\p{N} .&'’/-]{0,40}";
// The dash: `--`, an en or em dash, or a hyphen set off by spaces; a colon after an agency.
const DASH = '(?:\\s*(?:--|—|–)\\s*|\\s+-\\s+)';

const DATELINE = new RegExp(
  `^(?:(?<place>${PLACE})(?:\\s*,\\s*(?<monthDay>${MONTH_DAY}))?\\s*(?:\\((?<agency1>${AGENCY})\\))?` +
    `|\\((?<agency2>${AGENCY})\\))${DASH}(?=["“‘'(\\p{Lu}\\p{N}])`,
  'u',
);
// `(CNN)Washington...`, `TOKYO (Reuters) Japan's ...`: an agency with no dash is still a dateline.
const AGENCY_NO_DASH = new RegExp(
  `^(?:(?<place>${PLACE})(?:\\s*,\\s*(?<monthDay>${MONTH_DAY}))?\\s*)?\\((?<agency>${AGENCY})\\)\\s*(?=["“\\p{Lu}])`,
  'u',
);

/** Parse the dateline opening `text`, or null when there is none. */
export function parseDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text) ?? AGENCY_NO_DASH.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  const agency = (g.agency1 ?? g.agency2 ?? g.agency)?.trim() ?? null;
  const place = g.place?.trim() ?? null;
  if (!place && !agency) return null;
  // A place must read as a word, not a number or a lone initial.
  if (place && !/\p{Lu}{2}/u.test(place)) return null;
  if (agency && !/^\p{Lu}/u.test(agency)) return null;
  const monthDay = g.monthDay ?? null;
  const year = monthDay ? (/\d{4}$/.exec(monthDay)?.[0] ?? null) : null;
  const rest = text.slice(m[0].length).trim();
  if (!rest) return null;
  return {
    place,
    agency,
    monthDay: monthDay ? monthDay.replace(/,\s*\d{4}$/, '') : null,
    year,
    prefix: m[0].trim(),
    rest,
  };
}
