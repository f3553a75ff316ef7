/**
 * The dateline that opens a story: a place, maybe a month-day, maybe the agency, then a separator,
 * in every wire style:
 *
 *   MOSCOW (Reuters) -            DAR ES SALAAM, Tanzania (AP) _      Luxembourg (dpa) -
 *   MOSCOW, April 2 (Xinhua) --   MOSCOW, January 21. /TASS/.         (ANSA) - Rome, October 11 -
 *   SEOUL/TOKYO (Reuters) -       (CNN) -- / (CNN)Washington          JAKARTA _ (damaged, no agency)
 *   MOSCOW: (a known place only)  MOSCOW Officials said (a known place only, no separator)
 *
 * Places without an agency must be in capitals, and the text after the separator must start a
 * sentence, so `NATO -- the alliance ...` and `Japan -- a country ...` stay. A dateline with its
 * agency is also found further into the lead (after a time stamp, a link label or a byline:
 * `By Kim Min-ji SEOUL, Jan. 4 (Yonhap) --`); what stands before it is returned as `lead`.
 */
import { AGENCY_FORM_SOURCE, agencyName } from './agencies.js';
import { MONTH_NAME } from './dates.js';
import { countryFromCapital, countryFromName } from '../lib/gazetteer.js';

export interface Dateline {
  /** The place as written (`MOSCOW`, `SAN FRANCISCO`, `SEOUL/TOKYO`), or null for `(CNN) -- ...`. */
  place: string | null;
  /** The state or country written after it (`Calif.`, `D.C.`, `Tanzania`), if any. */
  region: string | null;
  /** The agency (`Kyodo`, `Reuters`), by its table name where known, else as written. */
  agency: string | null;
  /** Month and day as written (`Jan. 4`), if any: a date only once the year is known. */
  monthDay: string | null;
  /** A year written in the dateline, if any (`March 3, 2018`). */
  year: string | null;
  /** The removed dateline, as written. */
  prefix: string;
  /** The paragraph without its dateline (and without `lead`). */
  rest: string;
  /** What stood before a dateline found inside the lead ('' when it opened the paragraph). */
  lead: string;
}

/**
 * Editorial labels written in capitals before a dash or colon (`UPDATE 2 -`, `EXCLUSIVE:`): words of
 * the trade, never places.
 */
const LABEL_WORDS = new Set([
  'UPDATE', 'UPDATED', 'UPDATES', 'EXCLUSIVE', 'BREAKING', 'ANALYSIS', 'OPINION', 'COMMENT', 'COMMENTARY', 'FACTBOX',
  'FACTSHEET', 'WRAPUP', 'INSIGHT', 'FEATURE', 'REFILE', 'REPEAT', 'CORRECTED', 'CORRECTION', 'URGENT', 'FLASH',
  'BULLETIN', 'ADVISORY', 'EDITORIAL', 'INTERVIEW', 'PREVIEW', 'REVIEW', 'WATCH', 'LIVE', 'VIDEO', 'PHOTO', 'PHOTOS',
  'NOTE', 'EDITORS', "EDITOR'S", 'EDITOR’S', 'NEWS', 'SPORTS', 'SPORT', 'BUSINESS', 'WORLD', 'POLITICS', 'MARKETS',
  'TIMELINE', 'EXPLAINER', 'QUOTEBOX', 'SCENARIOS', 'BRIEF', 'BRIEFS', 'RECAP', 'HIGHLIGHTS', 'LEAD', 'WRITETHRU',
  'ATTN', 'EDS', 'ALERT', 'SUMMARY', 'ROUNDUP', 'POLL', 'QUIZ', 'LETTERS', 'OBITUARY', 'OBIT', 'PROFILE',
  'SPECIAL', 'REPORT', 'DEVELOPING', 'ADDS', 'WARNING', 'NB', 'PS', 'FYI', 'Q', 'A', 'I',
]);

// An all-caps place word (`MOSCOW`, `D.C.`, `O'HARE`, `ES`); places of up to four words, several
// places joined by `/` (`SEOUL/TOKYO`), then a state or country in any case (`SAN FRANCISCO, Calif.`,
// `WASHINGTON, D.C.`, `KYIV, Ukraine`).
const CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’-]{0,30}\\p{Lu}\\.?";
const CAPS_ONE = `${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}`;
const CAPS_PLACE = `${CAPS_ONE}(?:\\s*/\\s*${CAPS_ONE}){0,3}`;
const REGION = "(?:,\\s*(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}\\p{Ll}{1,12}\\.?(?:\\s+\\p{Lu}\\p{Ll}+)?|\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})?)(?=[\\s,(—–_/-]))?";
// A place in ordinary case (`Luxembourg`, `United Nations`, `New Delhi`): only beside a known agency.
const TITLE_PLACE = "\\p{Lu}\\p{Ll}+(?:[\\s-](?:(?:de|da|del|di|es|el|al|la|le)\\s)?\\p{Lu}\\p{Ll}+){0,2}";
const MONTH_DAY = `${MONTH_NAME}\\s+\\d{1,2}(?:,\\s*\\d{4})?`;
// The date after the place: `, April 2`, `, January 21.` (a stop closes it in some styles).
const DATE_PART = `\\s*,\\s*(?<monthDay>${MONTH_DAY})\\.?`;
// An agency in parentheses or between slashes: a known form, or (anchored only) any short capitalised name.
const KNOWN_AGENCY = AGENCY_FORM_SOURCE;
const ANY_AGENCY = "\\p{Lu}[\\p{L}\\p{N} .&'’/-]{0,40}";
// Separators: `--`, an en or em dash, a hyphen or underscore set off by a space (an underscore is
// how old wire text writes a dash); after an agency's bracket the space before may be missing.
const DASH = '(?:\\s*(?:--+|—|–)\\s*|\\s+[-_]\\s+)';
const AFTER_AGENCY = '(?:\\s*(?:--+|—|–)\\s*|\\s*[-_:]\\s+|\\.\\s+|\\s*)';
const SENTENCE_START = '(?=["“‘\'(\\p{Lu}\\p{N}`])';

function agencyGroup(agency: string): string {
  return `(?:\\((?<agency>${agency})\\)|/(?<slashAgency>${agency})/)`;
}

interface FormSpec {
  /** The pattern, unanchored. */
  source: string;
  /** May be found after other text in the lead. */
  inLead: boolean;
  /** The place must be one the gazetteer knows (no agency, no dash to vouch for it). */
  knownPlace?: boolean;
  /** The place may be in ordinary case (`Luxembourg`): the known agency vouches for it. */
  anyCase?: boolean;
  /** Inside the lead, it must not continue a sentence (it stands after nothing or a non-word). */
  guardLead?: boolean;
  /** No separator: the place ends where the known place ends (`MOSCOW U.S. officials ...`). */
  bare?: boolean;
}

interface Form extends FormSpec {
  /** Anchored at the start of the paragraph. */
  sticky: RegExp;
  /** Searched for inside the lead. */
  global: RegExp;
}

const SPECS: readonly FormSpec[] = [
  // MOSCOW, April 2 (Xinhua) -- / MOSCOW, January 21. /TASS/. / DAR ES SALAAM, Tanzania (AP) _
  { source: `(?<place>${CAPS_PLACE}${REGION})(?:${DATE_PART})?\\s*${agencyGroup(KNOWN_AGENCY)}${AFTER_AGENCY}${SENTENCE_START}`, inLead: true },
  // Luxembourg (dpa) - / United Nations (CNN) --
  { source: `(?<place>${TITLE_PLACE}${REGION})(?:${DATE_PART})?\\s*${agencyGroup(KNOWN_AGENCY)}${DASH}${SENTENCE_START}`, inLead: true, anyCase: true, guardLead: true },
  // (ANSA) - Rome, October 11 - / (CNN) -- / (CNN)Washington
  {
    source: `\\((?<agency>${KNOWN_AGENCY})\\)(?:${DASH}(?<place>${TITLE_PLACE}|${CAPS_PLACE})(?:${DATE_PART})?${DASH}|${AFTER_AGENCY})${SENTENCE_START}`,
    inLead: true,
    anyCase: true,
    guardLead: true,
  },
  // Unknown agencies, at the very start only: TOKYO (Nikkan) - / (KBS) --
  { source: `(?<place>${CAPS_PLACE}${REGION})(?:${DATE_PART})?\\s*\\((?<agency>${ANY_AGENCY})\\)${AFTER_AGENCY}${SENTENCE_START}`, inLead: false },
  { source: `\\((?<agency>${ANY_AGENCY})\\)${DASH}${SENTENCE_START}`, inLead: false },
  // JAKARTA _ / WASHINGTON -- / WASHINGTON, D.C. —
  { source: `(?<place>${CAPS_PLACE}${REGION})(?:${DATE_PART})?${DASH}${SENTENCE_START}`, inLead: false },
  // MOSCOW: ... / MOSCOW Officials said ... (a known place: labels such as `UPDATE:` are not places)
  { source: `(?<place>${CAPS_PLACE})(?:${DATE_PART})?\\s*:\\s+${SENTENCE_START}`, inLead: false, knownPlace: true },
  { source: `(?<place>${CAPS_PLACE})\\s+(?=\\p{Lu})`, inLead: false, knownPlace: true, bare: true },
];

const FORMS: readonly Form[] = SPECS.map((spec) => ({ ...spec, sticky: new RegExp(spec.source, 'uy'), global: new RegExp(spec.source, 'gu') }));

/** How far into the lead a dateline with its agency is looked for. */
const LEAD_REACH = 3000;

/** Parse the dateline opening `text` (or, with its agency, standing in its lead), or null. */
export function parseDateline(text: string): Dateline | null {
  for (const form of FORMS) {
    const found = matchAt(form, text);
    if (found) return found;
  }
  return findInLead(text);
}

function findInLead(text: string): Dateline | null {
  const head = text.slice(0, LEAD_REACH);
  let best: Dateline | null = null;
  let bestAt = Infinity;
  for (const form of FORMS) {
    if (!form.inLead) continue;
    const global = form.global;
    global.lastIndex = 0;
    for (let m = global.exec(head); m && m.index < bestAt; m = global.exec(head)) {
      const found = m.index > 0 ? accept(form, text, m) : null;
      if (found) {
        best = found;
        bestAt = m.index;
        break;
      }
      global.lastIndex = m.index + 1;
    }
  }
  return best;
}

function matchAt(form: Form, text: string): Dateline | null {
  form.sticky.lastIndex = 0;
  const m = form.sticky.exec(text);
  return m ? accept(form, text, m) : null;
}

function accept(form: Form, text: string, m: RegExpExecArray): Dateline | null {
  const g = m.groups ?? {};
  const written = (g.agency ?? g.slashAgency)?.trim() ?? null;
  let place = g.place?.trim() ?? null;
  if (!place && !written) return null;
  if (written && !/^\p{Lu}/u.test(written) && !agencyName(written)) return null;
  let lead = text.slice(0, m.index);
  let start = m.index;
  if (place && !form.anyCase) {
    // Capitals before the place may be the page's (`EDT OSLO` inside the lead, `LINKSOSLO` glued
    // anywhere): keep the known place at the end of them.
    const cut = knownPlaceStart(place, m.index > 0);
    lead += place.slice(0, cut);
    place = place.slice(cut);
    start += cut;
  }
  if (place && !form.anyCase) {
    if (!/\p{Lu}{2}/u.test(place)) return null;
    if (place.split(/[\s/,]+/).some((w) => LABEL_WORDS.has(w.replace(/[.:]$/, '')))) return null;
  }
  if (form.guardLead && m.index > 0 && /[\p{L}\p{N},]\s*$/u.test(lead)) return null;
  let end = m.index + m[0].length;
  if (form.bare && place) {
    // The longest run of words that is a known place; the rest must start a sentence.
    const words = place.split(/\s+/);
    while (words.length > 1 && !words.join(' ').split('/').every(isKnownPlace)) words.pop();
    place = words.join(' ');
    end = m.index + place.length;
    if (!/^\s+[\p{Lu}"“]/u.test(text.slice(end))) return null;
  }
  // A known place, spelled out (`UK`, `DPRK` open sentences as adjectives: `UK ministers said`).
  if (form.knownPlace && !(place && place.split('/').every((p) => isKnownPlace(p) && /^(?=.*[AEIOUY]).{4,}$/u.test(p)))) return null;
  // The place itself, without its state or country (`SAN FRANCISCO, Calif.` → `SAN FRANCISCO`).
  const [core = null, region = null] = place ? place.split(/\s*,\s*/, 2) : [];
  if (core && core.split(/[\s/]+/).some((w) => agencyName(w))) return null;
  const rest = text.slice(end).trim();
  if (!rest) return null;
  const monthDay = g.monthDay ?? null;
  return {
    place: core,
    region,
    agency: written ? (agencyName(written) ?? written) : null,
    monthDay: monthDay ? monthDay.replace(/,\s*\d{4}$/, '') : null,
    year: monthDay ? (/\d{4}$/.exec(monthDay)?.[0] ?? null) : null,
    prefix: text.slice(start, end).trim(),
    rest,
    lead: lead.trim(),
  };
}

const PARTICLES = new Set(['de', 'da', 'del', 'di', 'es', 'el', 'al', 'la', 'le', 'of', 'the']);

/** `DAR ES SALAAM` → `Dar es Salaam`, for the gazetteer's spelling. */
function titleCase(caps: string): string {
  return caps
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && PARTICLES.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function isKnownPlace(caps: string): boolean {
  const name = titleCase(caps.trim());
  return !!(countryFromName(name) || countryFromCapital(name));
}

/**
 * Where the known place starts in a run of capitals: a word glued to the one before it is cut
 * inside (`LINKSOSLO`), and with `wholeWords` whole words go too (`EDT OSLO, Norway` → at `OSLO`);
 * 0 when no known place ends the run.
 */
function knownPlaceStart(place: string, wholeWords: boolean): number {
  const core = /^[^,/]+/u.exec(place)![0].trimEnd();
  if (isKnownPlace(core)) return 0;
  const words = [...core.matchAll(/\S+/gu)];
  for (const w of words) {
    const tail = core.slice(w.index);
    if (wholeWords && isKnownPlace(tail)) return w.index;
    // The first word of the tail glued to what came before it.
    for (let i = 1; i < w[0].length - 2; i++) if (isKnownPlace(core.slice(w.index + i))) return w.index + i;
  }
  return 0;
}
