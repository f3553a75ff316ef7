/**
 * Time expressions in news text, found by a small hand-written grammar and resolved against a
 * reference (article) date.
 *
 * Why not chrono-node: it parses whole texts into instants (a bare `May` becomes a day, `the 1970s`
 * is missed, `Aug. 16-20` is a range object) and costs ~0.1-1 ms a sentence; events need the
 * precision that was written and the year inferred from tense, and we only parse sentences that
 * hold a trigger, so a precompiled regex grammar is both faster and closer to what we need.
 *
 * Two steps, so the year can be filled in later (the article date may only be known after story
 * clustering): `findTimeExpressions` (text → specs, no reference needed) and `resolveTime`
 * (spec + reference date + future? → ISO date at the precision known).
 */
import type { DatePrecision } from '../types.js';

/** What was written, before any reference date is applied. Plain data: structured-cloneable. */
export type TimeSpec =
  | { k: 'ymd'; y: number; m: number; d: number }
  | { k: 'ym'; y: number; m: number }
  | { k: 'y'; y: number }
  | { k: 'decade'; y: number }
  /** Month and day, year to infer. */
  | { k: 'md'; m: number; d: number }
  /** Month, year to infer; `dir` -1 for `last October` (the latest before this month), +1 for `next October`. */
  | { k: 'm'; m: number; dir?: -1 | 1 }
  /** Month of a year relative to the reference: `March last year` {m:3,n:-1}. */
  | { k: 'mrel'; m: number; n: number }
  /** Weekday 0=Sunday; dir -1 `last`, +1 `next`, 0 decided by tense. */
  | { k: 'wd'; wd: number; dir: -1 | 0 | 1 }
  /**
   * Offset from the reference date: `yesterday` {day,-1}, `next month` {month,1}, `last year` {year,-1};
   * `earlier`: the expression was `earlier this month`/`earlier this year` (before the news, same period).
   */
  | { k: 'rel'; unit: 'day' | 'week' | 'month' | 'year'; n: number; earlier?: true };

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  spec: TimeSpec;
  /** The preposition right before it (`since`, `until`, `in`, ...), lower case, or null. */
  prep: string | null;
}

export interface ResolvedDate {
  /** ISO at the precision known, or null when it needs a reference date that is unknown. */
  date: string | null;
  precision: DatePrecision | null;
  basis: 'explicit' | 'relative' | null;
  /** `MM-DD` when month and day are known but the year is not (unknown reference date). */
  monthDay: string | null;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const NUMBERS: Record<string, number> = { 'a few': 3, several: 3, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

// Month names are matched capitalised only: `may`/`march` as verbs stay out.
const MON = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:1[89]|20)\d\d)`;
const PART = String.raw`(?:(early|late|mid|the end of|the beginning of|the start of|the middle of|end of|early in|late in)[- ]?)`;
const WD = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

// One alternation, tried left to right at each position; named by group index below. Every
// alternative but the bare year starts at a word boundary: `\b` is tested once for all nine, so
// inside a word (most positions) the grammar fails at once instead of trying each alternative.
const WORD_INITIAL = [
  // 1: `July 31, 2018`, `Aug. 16-20`, `March 21`, `from Aug. 16 to 20` (start date kept)
  String.raw`${MON} ${DAY}(?:\s*[-–]\s*\d{1,2}\b| to \d{1,2}\b(?! ?(?:percent|%|per)))?(?:,? ${YEAR}\b)?(?![\d:])`,
  // 2: `16 August 2018` (British order)
  String.raw`${DAY} ${MON}(?:,? ${YEAR}\b)?`,
  // 3: `late May`, `in December 2016`, `August of 1998`, `September`
  String.raw`${PART}?${MON}(?:(?:,? | of )${YEAR}\b| (?:of )?(last|this|next) year\b)?(?![\w'])`,
  // 4: `the 1970s`, `1990s`
  String.raw`(?:the )?((?:1[89]|20)\d)0s\b`,
  // 5: `next Tuesday`, `on Friday`, `Wednesday's`
  String.raw`(?:(next|last|this|coming|past) )?${WD}\b`,
  // 6: `yesterday`, `today`, `tomorrow`, `tonight`
  String.raw`([Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b`,
  // 7: `at the end of next month`, `earlier this month`, `last year`, `last night`
  String.raw`(?:(?:at |by |before |until )?the (end|start|beginning|middle) of |([Ee]arlier|[Ll]ater) )?([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming) (week|month|year|summer|winter|spring|autumn|fall|weekend|night|morning|afternoon|evening)\b`,
  // 8: `two years ago`
  String.raw`(\d+|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Aa] few|[Ss]everal) (day|week|month|year|decade)s? ago\b`,
  // 9: `the end of the year`
  String.raw`the (end|start|beginning|middle) of the year\b`,
];
// 10: bare year `2019`, `in 2013` (not money, not part of a longer number)
const BARE_YEAR = String.raw`(?<![\d$€£.,/-])${YEAR}\b(?![\d,.]\d|s\b|-\d)`;
const GRAMMAR = new RegExp(`\\b(?:${WORD_INITIAL.map((p) => `(?:${p})`).join('|')})|(?:${BARE_YEAR})`, 'g');

// Group numbers in GRAMMAR, in order of appearance (kept beside the grammar so they are easy to check).
const G = {
  a_mon: 1, a_day: 2, a_year: 3,
  b_day: 4, b_mon: 5, b_year: 6,
  c_part: 7, c_mon: 8, c_year: 9, c_rel: 10,
  d_dec: 11,
  e_dir: 12, e_wd: 13,
  f_word: 14,
  g_part: 15, g_edge: 16, g_dir: 17, g_unit: 18,
  h_n: 19, h_unit: 20,
  i_part: 21,
  j_year: 22,
} as const;

const PREP = /\b(since|until|till|by|before|after|from|in|on|at|during|of|for|through|between)\s+(?:the\s+)?$/i;

/**
 * What every expression of GRAMMAR holds besides a digit: a month's first letters, `day` (weekdays,
 * `today`, `yesterday`), `omorrow`, or a unit or season word. Half of all sentences hold none of
 * these nor a digit, and the grammar, tried at every position, is not run over them.
 * Keep in step with GRAMMAR: a new alternative needs its word here.
 */
const TIME_ANCHOR_WORDS = [
  'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
  'day', 'omorrow', 'night', 'week', 'month', 'year', 'decade',
  'summer', 'winter', 'spring', 'autumn', 'fall', 'morning', 'afternoon', 'evening',
];
const TIME_ANCHOR = new RegExp(`\\d|${TIME_ANCHOR_WORDS.join('|')}`);

/**
 * Every time expression in `text[from, to)`, left to right, non-overlapping. Offsets are into `text`.
 */
export function findTimeExpressions(text: string, from = 0, to = text.length): TimeExpression[] {
  const out: TimeExpression[] = [];
  const slice = text.slice(from, to);
  if (!TIME_ANCHOR.test(slice)) return out;
  GRAMMAR.lastIndex = 0;
  for (const m of slice.matchAll(GRAMMAR)) {
    const spec = specOf(m, slice);
    if (!spec) continue;
    const start = from + m.index;
    const before = text.slice(Math.max(0, start - 16), start);
    const p = PREP.exec(before);
    out.push({ start, end: start + m[0].length, text: m[0], spec, prep: p ? p[1]!.toLowerCase() : null });
  }
  return out;
}

// `last October`, `next May`: the word before a month name that says which one.
const LAST_OR_NEXT = /\b(last|next)\s+$/i;

function monthOf(s: string): number {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function specOf(m: RegExpMatchArray, slice: string): TimeSpec | null {
  const g = (i: number) => m[i];
  if (g(G.a_mon)) {
    const mon = monthOf(g(G.a_mon)!), d = Number(g(G.a_day));
    if (!validDay(mon, d) || (g(G.a_mon) === 'May' && mayIsName(slice, m.index!))) return null;
    return g(G.a_year) ? { k: 'ymd', y: Number(g(G.a_year)), m: mon, d } : { k: 'md', m: mon, d };
  }
  if (g(G.b_mon)) {
    const mon = monthOf(g(G.b_mon)!), d = Number(g(G.b_day));
    if (!validDay(mon, d)) return null;
    return g(G.b_year) ? { k: 'ymd', y: Number(g(G.b_year)), m: mon, d } : { k: 'md', m: mon, d };
  }
  if (g(G.c_mon)) {
    const word = g(G.c_mon)!;
    const mon = monthOf(word);
    // `May` alone is a month only with a cue (a year, a part-of-month word or a time preposition):
    // otherwise it is the modal at a sentence start or a surname (Theresa May).
    if (word === 'May' && !g(G.c_year) && !g(G.c_part)) {
      if (mayIsName(slice, m.index!) || !/\b(?:in|since|until|by|of|from|to|last|next|this|early|late|mid|before|after|during|through)\s+(?:the\s+)?$/i.test(slice.slice(Math.max(0, m.index! - 12), m.index!))) return null;
    }
    // Short forms without a dot (`Dec`, `Nov`) only with a year, to avoid names and words.
    if (/^[A-Z][a-z]{2,3}$/.test(word) && !g(G.c_year) && !/^(May|June|July)$/.test(word)) return null;
    // `March` mid-sentence as a verb/noun after an article (`a march`, `the March`) is rare capitalised; keep.
    if (g(G.c_rel)) return { k: 'mrel', m: mon, n: g(G.c_rel) === 'last' ? -1 : g(G.c_rel) === 'next' ? 1 : 0 };
    if (g(G.c_year)) return { k: 'ym', y: Number(g(G.c_year)), m: mon };
    const dir = g(G.c_part) ? null : LAST_OR_NEXT.exec(slice.slice(Math.max(0, m.index! - 6), m.index!));
    return dir ? { k: 'm', m: mon, dir: dir[1]!.toLowerCase() === 'last' ? -1 : 1 } : { k: 'm', m: mon };
  }
  if (g(G.d_dec)) return { k: 'decade', y: Number(g(G.d_dec)) * 10 };
  if (g(G.e_wd)) {
    const dir = g(G.e_dir);
    return { k: 'wd', wd: WEEKDAYS[g(G.e_wd)!.toLowerCase()]!, dir: dir === 'next' || dir === 'coming' ? 1 : dir === 'last' || dir === 'past' ? -1 : 0 };
  }
  if (g(G.f_word)) {
    const w = g(G.f_word)!.toLowerCase();
    return { k: 'rel', unit: 'day', n: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0 };
  }
  if (g(G.g_unit)) {
    const dir = g(G.g_dir)!.toLowerCase();
    const n = dir === 'last' || dir === 'past' ? -1 : dir === 'next' || dir === 'coming' ? 1 : 0;
    let unit = g(G.g_unit)!;
    if (unit === 'weekend') unit = 'week';
    // `last night` is the evening before a morning report; `this morning` the report's day.
    if (/^(night|morning|afternoon|evening)$/.test(unit)) return { k: 'rel', unit: 'day', n };
    // Seasons are kept at year precision: which year depends on the hemisphere and the season.
    if (/^(summer|winter|spring|autumn|fall)$/.test(unit)) return { k: 'rel', unit: 'year', n };
    const spec = { k: 'rel' as const, unit: unit as 'week' | 'month' | 'year', n };
    return g(G.g_edge)?.toLowerCase() === 'earlier' && n === 0 ? { ...spec, earlier: true as const } : spec;
  }
  if (g(G.h_unit)) {
    const raw = g(G.h_n)!.toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : (NUMBERS[raw] ?? 1);
    // `a decade ago`: ten years back, to the year.
    if (g(G.h_unit) === 'decade') return { k: 'rel', unit: 'year', n: -10 * n };
    return { k: 'rel', unit: g(G.h_unit) as 'day' | 'week' | 'month' | 'year', n: -n };
  }
  if (g(G.i_part)) return { k: 'rel', unit: 'year', n: 0 };
  if (g(G.j_year)) return { k: 'y', y: Number(g(G.j_year)) };
  return null;
}

function mayIsName(slice: string, at: number): boolean {
  if (/\b(?:Theresa|Mrs\.?|Ms\.?|Mr\.?|Brian|Elaine|Philip)\s+$/.test(slice.slice(Math.max(0, at - 10), at))) return true;
  // `after May invoked Article 50`, `May's government`: a name followed by a verb or a possessive.
  return /^May(?:['’]s\b|\s+(?:has|had|is|was|will|would|said|says|told|\w+ed)\b)/.test(slice.slice(at, at + 20));
}

function validDay(m: number, d: number): boolean {
  return m >= 1 && d >= 1 && d <= daysIn(2000, m);
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m?: number, d?: number) => (m === undefined ? String(y) : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`);

/** `YYYY-MM-DD` → UTC ms, or NaN. */
export function dayNumber(isoDay: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : NaN;
}

/** The weekday of a `YYYY-MM-DD` day, 0 = Sunday. */
export function weekdayOf(isoDay: string): number {
  return new Date(dayNumber(isoDay) * 86_400_000).getUTCDay();
}

function fromDayNumber(n: number): string {
  const d = new Date(n * 86_400_000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Resolve a spec against `ref` (the article's date, `YYYY-MM-DD`, or null when unknown).
 * `future`: the clause is about something planned (`will meet on Friday`), so a weekday, a month
 * or a month-day without year is the next such one on or after `ref`; otherwise the most recent
 * one on or before `ref`.
 */
export function resolveTime(spec: TimeSpec, ref: string | null, future = false): ResolvedDate {
  const none: ResolvedDate = { date: null, precision: null, basis: null, monthDay: null };
  switch (spec.k) {
    case 'ymd':
      return { date: iso(spec.y, spec.m, spec.d), precision: 'day', basis: 'explicit', monthDay: null };
    case 'ym':
      return { date: iso(spec.y, spec.m), precision: 'month', basis: 'explicit', monthDay: null };
    case 'y':
      return { date: iso(spec.y), precision: 'year', basis: 'explicit', monthDay: null };
    case 'decade':
      return { date: iso(spec.y), precision: 'decade', basis: 'explicit', monthDay: null };
  }
  const r = ref ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(ref) : null;
  if (!r) {
    // Kept so stories can be matched on it and the year filled in later.
    if (spec.k === 'md') return { date: null, precision: 'day', basis: null, monthDay: `${pad(spec.m)}-${pad(spec.d)}` };
    return none;
  }
  const ry = Number(r[1]), rm = Number(r[2]), rd = Number(r[3]);
  const refDay = dayNumber(ref!);
  switch (spec.k) {
    case 'md': {
      let y = ry;
      const later = spec.m > rm || (spec.m === rm && spec.d > rd);
      const earlier = spec.m < rm || (spec.m === rm && spec.d < rd);
      if (!future && later) y--;
      if (future && earlier) y++;
      if (!validDayIn(y, spec.m, spec.d)) return none;
      return { date: iso(y, spec.m, spec.d), precision: 'day', basis: 'relative', monthDay: null };
    }
    case 'm': {
      let y = ry;
      if (spec.dir === -1) y = spec.m < rm ? ry : ry - 1;
      else if (spec.dir === 1) y = spec.m > rm ? ry : ry + 1;
      else if (!future && spec.m > rm) y--;
      else if (future && spec.m < rm) y++;
      return { date: iso(y, spec.m), precision: 'month', basis: 'relative', monthDay: null };
    }
    case 'mrel':
      return { date: iso(ry + spec.n, spec.m), precision: 'month', basis: 'relative', monthDay: null };
    case 'wd': {
      const today = new Date(refDay * 86_400_000).getUTCDay();
      let delta: number;
      if (spec.dir === 1) delta = ((spec.wd - today + 7) % 7) || 7;
      else if (spec.dir === -1) delta = -(((today - spec.wd + 7) % 7) || 7);
      else if (future) delta = (spec.wd - today + 7) % 7;
      else delta = -((today - spec.wd + 7) % 7);
      return { date: fromDayNumber(refDay + delta), precision: 'day', basis: 'relative', monthDay: null };
    }
    case 'rel': {
      if (spec.unit === 'day') return { date: fromDayNumber(refDay + spec.n), precision: 'day', basis: 'relative', monthDay: null };
      if (spec.unit === 'week') {
        // No week precision in the schema: the month holding the middle of that week.
        const d = fromDayNumber(refDay + 7 * spec.n);
        return { date: d.slice(0, 7), precision: 'month', basis: 'relative', monthDay: null };
      }
      if (spec.unit === 'month') {
        const t = ry * 12 + (rm - 1) + spec.n;
        return { date: iso(Math.floor(t / 12), (t % 12) + 1), precision: 'month', basis: 'relative', monthDay: null };
      }
      return { date: iso(ry + spec.n), precision: 'year', basis: 'relative', monthDay: null };
    }
  }
}

function validDayIn(y: number, m: number, d: number): boolean {
  return d <= daysIn(y, m);
}

/** Fill the year of a month-day (`MM-DD`) from a later-known date: the most recent one not after it. */
export function completeMonthDay(monthDay: string, ref: string, future = false): string | null {
  const [m, d] = monthDay.split('-').map(Number);
  const res = resolveTime({ k: 'md', m: m!, d: d! }, ref, future);
  return res.date;
}

/** Convenience for tests and callers: the first expression of `text` resolved against `ref`. */
export function parseDate(text: string, ref: string | null, future = false): (ResolvedDate & { text: string }) | null {
  const e = findTimeExpressions(text)[0];
  if (!e) return null;
  return { ...resolveTime(e.spec, ref, future), text: e.text };
}

/** Is `a` (any precision) compatible with `b`: one is a prefix of the other, or days within `slack`. */
export function datesCompatible(a: string | null, b: string | null, slack = 1): boolean {
  if (!a || !b) return true;
  if (a.length === 10 && b.length === 10) return Math.abs(dayNumber(a) - dayNumber(b)) <= slack;
  return a.startsWith(b) || b.startsWith(a);
}
