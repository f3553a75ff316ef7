/**
 * Where an article's events took place when their own clause does not say: where a participant is
 * known to be that day (`X, speaking in Tripoli, said`, `X told reporters in Brussels`, the place of
 * a meeting X took part in), the place of the article's main meeting for what its participants did
 * there, and last the dateline city for the article's news. A place found this way is a default
 * (`defaultPlace`) only when it comes from the dateline: merging then lets a place the text names win.
 */
import { dayNumber } from '../lib/dates.js';
import { countryOf } from '../lib/gazetteer.js';
import type { ArticleContext, Draft } from './draft.js';
import { cleanPlace, placeIn } from './place.js';

/** Where a person was, as the text says (`speaking in Tripoli`) or a mention of theirs with its own place shows. */
interface PersonPlace {
  name: string;
  place: string;
  /** Offset of the evidence, for the nearest one. */
  at: number;
  /** Its day, as far as known (null: the article's news day). */
  date: string | null;
  /** Everyone at the meeting it was read from (null: not a meeting). */
  meeting?: readonly string[];
}

// After a person's name: `, speaking in P,`, `, speaking from P`, ` told reporters in P`, ` said in P`.
const SPEAKING_AT = /^(?:,\s+(?:who\s+was\s+)?(?:speaking|talking|writing)\s+|\s+(?:told|tells|said|says)\s+(?:(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference)\s+)?)(?=(?:in|at|from)\s)/;

/** How far apart two mentions may be for one to lend the other its person's place, in characters. */
const PERSON_PLACE_REACH = 3000;

/**
 * Places for the mentions that have none: a participant's place that day, the main meeting's for
 * what its participants did there, else the dateline city for the news (marked `defaultPlace`).
 */
export function placeMentions(ctx: ArticleContext, drafts: Draft[], main: Draft | null, newsDate: string | null): void {
  const known = personPlaces(ctx, drafts);
  for (const d of drafts) {
    if (d.location || d.status !== 'occurred') continue;
    const p = nearestPersonPlace(ctx, d, known);
    if (p) d.location = p;
  }
  // Who takes part in a meeting of the article: they may well be abroad, at the dateline.
  const met = new Set(drafts.filter((d) => d.eventType === 'CONSULT').flatMap((d) => d.actors));
  // The dateline state's own acts of the day (`OSLO: Norway launched`): others react to them.
  const hereCountry = ctx.here ? countryOf(ctx.here) : null;
  const hosts = new Set(hereCountry ? drafts.filter((d) => d.status === 'occurred' && d.actors.some((a) => a === hereCountry || ctx.people.countryOf(a) === hereCountry)).flatMap((d) => d.actors) : []);
  const around: Around = { met, hosts, hereCountry };
  for (const d of drafts) defaultPlace(ctx, d, main, newsDate, around);
}

/** The places people are said to be at, and the places of their meetings and statements. */
function personPlaces(ctx: ArticleContext, drafts: readonly Draft[]): PersonPlace[] {
  const out: PersonPlace[] = [];
  for (const p of ctx.people.list) {
    if (ctx.inQuote(p.start)) continue;
    const after = ctx.text.slice(p.end, p.end + 60);
    const m = SPEAKING_AT.exec(after);
    if (!m) continue;
    const from = p.end + m[0].length;
    // Within the clause: up to the next stop or line break.
    const stop = /[.!?](?=\s|$)|[;\n]/.exec(ctx.text.slice(from, from + 60));
    const to = from + (stop ? stop.index : 60);
    const place = ctx.text.startsWith('from', from) ? placeFrom(ctx, from + 4, to) : placeIn(ctx.text, from, to, ctx.people, ctx.here);
    if (place) out.push({ name: p.fullName, place, at: p.start, date: null });
  }
  for (const d of drafts) {
    // A meeting's place, or the place of a statement's reporting clause, is where its people were.
    if (!d.location || !d.lendsPlace || d.status !== 'occurred' || !(d.eventType === 'CONSULT' || d.eventType === 'AGREE' || d.statement)) continue;
    const meeting = d.eventType === 'CONSULT' || d.eventType === 'AGREE' ? d.actors : undefined;
    for (const a of d.actors) if (ctx.personNames.has(a)) out.push({ name: a, place: d.location, at: d.sentenceStart, date: d.pendingDate ? d.date ?? d.monthDay ?? d.pendingDate.text : null, meeting });
  }
  return out;
}

// `from eastern Libya`, `from Tripoli`: the capitalised place after a few lowercase modifiers.
const FROM_PLACE = /^\s+(?:[a-z]+\s+){0,2}(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;

/** The place named after `from` at `at`, unless it is a person's name. */
function placeFrom(ctx: ArticleContext, at: number, to: number): string | null {
  const m = FROM_PLACE.exec(ctx.text.slice(at, to));
  if (!m) return null;
  const start = at + m[0].length - m[1]!.length;
  return ctx.people.overlaps(start, start + m[1]!.length) ? null : cleanPlace(m[1]!);
}

/** The nearest place known for one of the mention's people on its day, or null. */
function nearestPersonPlace(ctx: ArticleContext, d: Draft, known: readonly PersonPlace[]): string | null {
  const own = d.pendingDate ? d.date ?? d.monthDay ?? d.pendingDate.text : null;
  let best: PersonPlace | null = null;
  let dist = Infinity;
  for (const k of known) {
    if (!d.actors.includes(k.name) || !sameDay(ctx, own, k.date)) continue;
    // One's meeting with others (`met leaders in Tarnow`) does not place a meeting with someone it did
    // not have, unless the text gives both the same day (`on Wednesday`): a tour has many stops.
    if (k.meeting && !(own && k.date) && (d.eventType === 'CONSULT' || d.eventType === 'AGREE') && d.actors.some((a) => !k.meeting!.includes(a))) continue;
    const gap = Math.abs(k.at - d.sentenceStart);
    if (gap < dist && gap <= PERSON_PLACE_REACH) (best = k), (dist = gap);
  }
  return best?.place ?? null;
}

/** Are two day keys (a date, a month-day, a written time, or null for the news day) one day, within one? */
function sameDay(ctx: ArticleContext, a: string | null, b: string | null): boolean {
  // An article not dated yet: its undated news is on the day its other news names, as far as can be told.
  if (!ctx.date && (a === null || b === null)) return true;
  const day = (x: string | null) => x ?? ctx.date;
  const da = day(a), db = day(b);
  if (da === db) return true;
  if (!da || !db || da.length !== 10 || db.length !== 10) return false;
  return Math.abs(dayNumber(da) - dayNumber(db)) <= 1;
}

/**
 * What participants did at the main meeting, that day, happened there (not at another meeting of
 * theirs); otherwise the dateline city is where the article's news happened: the occurred events
 * of the report's day or the lead's (not background, not plans, not events dated elsewhere in time).
 */
/** What the default place of each mention is weighed against, worked out once per article. */
interface Around {
  /** Who takes part in a meeting of the article. */
  met: ReadonlySet<string>;
  /** Actors of the dateline state's own acts of the day. */
  hosts: ReadonlySet<string>;
  /** The dateline's country. */
  hereCountry: string | null;
}

function defaultPlace(ctx: ArticleContext, d: Draft, main: Draft | null, newsDate: string | null, { met, hosts, hereCountry }: Around): void {
  if (d.location || d.status !== 'occurred') return;
  const own = d.pendingDate ? d.date ?? d.monthDay ?? d.pendingDate.text : null;
  if (main && main !== d && d.eventType !== 'CONSULT' && main.location && !main.defaultPlace && d.actors.some((a) => main.actors.includes(a))
    && sameDay(ctx, own, main.pendingDate ? main.date ?? main.monthDay ?? main.pendingDate.text : null)) {
    d.location = main.location;
    return;
  }
  if (!ctx.here) return;
  // `SEOUL`-datelined, `Japan denounced`: states other than the dateline's, at no meeting of the
  // article, acted at home, not at the dateline (people travel; a state's act is its capital's).
  // So did foreign people reacting to what the dateline's own state did (`OSLO: Norway
  // launched ...; the Swedish premier denounced it`), their country given by the text.
  const homes = d.actors.map((a) => (countryOf(a) === a ? a : hosts.size ? ctx.people.countryOf(a) : null));
  const abroad = homes.length > 0 && homes.every((h) => h && h !== hereCountry);
  if (hereCountry && abroad && !d.actors.some((a) => met.has(a))) return;
  const near = (day: string | null) => !!day && Math.abs(dayNumber(d.date!) - dayNumber(day)) <= 1;
  if (d.pendingDate && !d.pendingDate.newsDay && (!d.date || d.date.length !== 10 || !(near(ctx.date) || near(newsDate)))) return;
  d.location = ctx.here;
  d.defaultPlace = true;
}
