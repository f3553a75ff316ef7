/**
 * Author lines. Reporters and writers go to `byline`; editors (`Editing by ...`) are not authors of
 * the text and are dropped with the line. Source lines (`Xinhua | Updated: 2017-09-15 17:52`) give
 * a publisher and a date instead.
 */
import { contributorCredit } from './credits.js';
import { parseFullDate } from './dates.js';

export interface BylineMatch {
  names: string[];
  publisher: string | null;
  date: string | null;
  /** Text to keep when the credit closed a body paragraph (`... said. (Reporting by A)`); else ''. */
  keep: string;
}

// A personal name: 1–4 capitalised words (initials, particles and hyphens allowed).
const NAME = "[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:(?:van|von|de|der|den|da|di|du|la|le|bin|al|el|ter|dos|del)\\s+)?[\\p{Lu}][\\p{L}'’.-]*){0,3}";
const NAMES = `${NAME}(?:\\s*(?:,|\\band\\b|&)\\s*${NAME})*`;
const NAME_LIST = new RegExp(`^${NAMES}$`, 'u');
const ROLE =
  '(?:(?:Senior|Chief|Staff|Special|Foreign|Political|Diplomatic|Economics?|Business|Defen[cs]e|Security|Science|Technology|Health|Sports?|Washington|Associated Press|Contributing|Investigative|Assistant|Deputy|Managing|Executive|News|Bureau|Local|National|International|Correspondent)\\s+)*(?:Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Journalist|Analyst|Chief)s?';

const BY_LINE = new RegExp(
  `^(?:By|BY|Written by|Words by|Story by|Text by)\\s+(${NAMES})(?:\\s*(?:,|\\||–|—|-|\\bfor\\b)\\s*(?:(?:the\\s+)?(${ROLE})|((?:The\\s+)?[\\p{Lu}][\\p{L}.&'’ -]{1,40})))?\\.?$`,
  'u',
);
const WRITTEN_BY = new RegExp(
  `^\\(?\\s*(?:This|The)\\s+(?:article|story|report|piece|column)\\s+(?:was\\s+)?(?:written|reported|compiled|prepared|contributed)\\s+by\\s+(${NAMES})\\s*\\.?\\s*\\)?\\.?$`,
  'u',
);
const NAME_ROLE = new RegExp(`^(${NAMES})\\s*(?:,|\\||–|—|-)\\s*(?:The\\s+)?${ROLE}(?:\\s*(?:,|\\|)\\s*[^.]{1,40})?$`, 'u');
const ROLE_ONLY = new RegExp(`^(?:(?:By\\s+)?(?:Our|A|The)\\s+)?${ROLE}$`, 'iu');
// `... said. (Reporting by A; Editing by B)`: credits in parentheses closing a body paragraph.
const TRAILING_CREDITS = /\s*\(((?:(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\b[^()]*))\)\s*$/i;
const CONTRIBUTED = /^(?:The\s+)?([\p{Lu}][\p{L}.&'’ -]{1,60}?)\s+contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article)(?:ing)?\s*\.?$/u;
const SOURCE_LINE =
  /^([\p{Lu}][\p{L}\p{N}.&'’ -]{1,40}?)\s*\|\s*(?:(?:Updated|Published|Posted|Last updated)\s*:?\s*)?(\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)\s*$/iu;
const DATE_LINE =
  /^(?:(?:Published|Updated|Posted|Last updated|First published)\s*(?:on|at)?\s*:?\s*[^|]{4,60}?(?:\s*\|\s*)?){1,2}$/i;

function names(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((n) => n.trim().replace(/\.$/, ''))
    .filter((n) => n.length > 1 && NAME_LIST.test(n));
}

/** Parse a byline-like paragraph; null when `text` is not one. */
export function parseByline(text: string): BylineMatch | null {
  const none = { publisher: null, date: null, keep: '' };
  let m = BY_LINE.exec(text);
  if (m) {
    const outlet = m[3] && !new RegExp(`^${ROLE}$`, 'u').test(m[3]) ? m[3].trim() : null;
    return { ...none, names: names(m[1]!), publisher: outlet };
  }
  if ((m = WRITTEN_BY.exec(text))) return { ...none, names: names(m[1]!) };
  if ((m = NAME_ROLE.exec(text))) return { ...none, names: names(m[1]!) };
  if (ROLE_ONLY.test(text)) return { ...none, names: [] };
  const credits = / by /i.test(text) ? contributorCredit(text) : null;
  if (credits) return { ...none, names: credits.names };
  if ((m = CONTRIBUTED.exec(text)) && text.length < 120) return { ...none, names: [] };
  if ((m = SOURCE_LINE.exec(text))) return { names: [], publisher: m[1]!.trim(), date: parseFullDate(m[2]!), keep: '' };
  if (text.length <= 120 && DATE_LINE.test(text) && parseFullDate(text)) return { ...none, names: [], date: parseFullDate(text) };
  return null;
}

/** `... the ministry said. (Reporting by A; Editing by B)`: the credits cut from a body paragraph. */
export function splitTrailingCredits(text: string): BylineMatch | null {
  if (!text.endsWith(')')) return null;
  const m = TRAILING_CREDITS.exec(text);
  if (!m || m.index === 0) return null;
  const credits = contributorCredit(m[1]!);
  if (!credits) return null;
  return { names: credits.names, publisher: null, date: null, keep: text.slice(0, m.index).trimEnd() };
}
