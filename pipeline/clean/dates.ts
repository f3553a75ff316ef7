/** Full-date spellings found in headers and source lines, to YYYY-MM-DD. */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/;
const SLASHED = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME}),?\\s+(\\d{4})\\b`, 'i');

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace('.', '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)];
}

function iso(year: number, month: number | undefined, day: number): string | null {
  if (!month || month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return null; // 31 April and the like
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first full date written in `text`, or null. Never guesses a missing year. */
export function parseFullDate(text: string): string | null {
  let m = ISO.exec(text) ?? SLASHED.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  return null;
}

/**
 * The day of a dateline's month-day (`Jan. 4`): in the year written with it, else in the year that
 * puts it nearest to `context` (the article's other date, from metadata, address or file name), so
 * a `Dec. 31` dateline on a story filed on 2 January falls in the year before. Null without a year.
 */
export function monthDayIn(monthDay: string, year: string | null, context: string | null): string | null {
  if (year) return parseFullDate(`${monthDay} ${year}`);
  const ref = context ? /^(\d{4})-\d{2}-\d{2}/.exec(context) : null;
  if (!ref) return null;
  const at = Date.parse(ref[0]);
  let best: string | null = null;
  for (const y of [Number(ref[1]) - 1, Number(ref[1]), Number(ref[1]) + 1]) {
    const day = parseFullDate(`${monthDay} ${y}`);
    if (day && (!best || Math.abs(Date.parse(day) - at) < Math.abs(Date.parse(best) - at))) best = day;
  }
  return best;
}
