/**
 * Corpus-level: resolve each mention's date against its article's final date, then merge mentions
 * that report one real-world event (ACLED's rule: same type, same day (±1, a month-precision date
 * is compatible with a day in it), compatible place, overlapping actors), within a story and across
 * stories. Also: link quotes to the event at which they were said, and build the `stories` rows.
 *
 * Call order (after clusterStories): mergeEvents → (assemble: event ids) → linkQuotes, storyRecords.
 */
import type { Story } from '../schemas/story.js';
import type { StoryAssignment } from './cluster-stories/index.js';
import type { EventMentionDraft } from './extract-events/index.js';
import { countryOf, isInstitutionSeat, isOrganisationName } from './lib/gazetteer.js';
import { datesCompatible, dayNumber } from './lib/dates.js';
import { anchorDate } from './extract-events/time.js';
import type { CleanArticle, EventMention, EventType, QuoteMention } from './types.js';
import { cmp, push, uniq } from './lib/collections.js';

/** One merged event, before ids and published offsets are assigned. */
export interface MergedEvent {
  eventType: EventType;
  status: EventMention['status'];
  date: string | null;
  datePrecision: EventMention['datePrecision'];
  dateBasis: EventMention['dateBasis'];
  location: string | null;
  actors: string[];
  /** The mentions merged into it, each with its date resolved; the first is the evidence shown on the event row. */
  mentions: EventMention[];
}

export interface MergeInput {
  mentions: EventMentionDraft[];
  stories: StoryAssignment;
  canonical(articleId: string, name: string): string;
  /** (optional) A person's country as the corpus gives it, by canonical name: lets a state's act meet its leader's. */
  personCountry?(name: string): string | null;
}

/** A mention with its final date and canonical actors (kept on the merged event's `mentions`). */
interface Resolved extends EventMention {
  main: boolean;
  reference: boolean;
  storyId: string;
  /** `location` is the dateline default, not a place the text names. */
  defaultPlace: boolean;
  /** Canonical actors and their countries, for the overlap test. */
  canon: string[];
  countries: string[];
  peopleCount: number;
}

/** The date and status of one mention against its article's final date (own, else the story's). */
export function resolveMentionDate(m: EventMentionDraft, articleDate: { date: string | null; source: string | null } | undefined): Pick<EventMention, 'status' | 'date' | 'datePrecision' | 'dateBasis'> {
  const ref = articleDate?.date ?? null;
  const refBasis = articleDate?.source === 'story' ? 'story' : 'article';
  const status = m.status === 'planned' ? 'planned' : 'occurred';
  const { monthDay: _md, ...a } = anchorDate({ status, pendingDate: m.pendingDate, aspectBackground: m.aspectBackground }, ref, refBasis);
  return a;
}

export function mergeEvents(input: MergeInput): MergedEvent[] {
  const { stories, canonical } = input;
  // Sorted so the result does not depend on input order.
  const drafts = [...input.mentions].sort((a, b) => cmp(a.articleId, b.articleId) || a.sentenceStart - b.sentenceStart || cmp(a.eventType, b.eventType) || cmp(a.trigger, b.trigger));
  const peopleNames = new Set<string>();
  const res: Resolved[] = drafts.map((m) => {
    const d = resolveMentionDate(m, stories.articleDate.get(m.articleId));
    // A seat of government (`Kremlin`) stays the institution the text names (the actor table folds it into its country).
    const canon = [...new Set(m.actors.map((a) => (isInstitutionSeat(a) ? a : canonical(m.articleId, a))))];
    const countries = new Set(m.actorCountries);
    let peopleCount = 0;
    for (const a of canon) {
      const c = countryOf(a);
      if (c) countries.add(c);
      else if (!isOrganisationName(a)) {
        peopleCount++, peopleNames.add(a);
        const pc = input.personCountry?.(a);
        if (pc) countries.add(pc);
      }
    }
    const { pendingDate: _p, monthDay: _md, actorCountries: _ac, aspectBackground: _ab, ...base } = m;
    return { ...base, ...d, actors: canon, main: m.main, reference: m.reference, storyId: stories.storyOf.get(m.articleId) ?? m.articleId, canon, countries: [...countries], peopleCount };
  });

  // Greedy, in order of date: each mention joins the first event it is the same as (by ACLED's rule
  // against one member) and contradicts no member of, else opens one. A mention joins at most one
  // event and events are never merged, so a country-only mention (`Russia denied`) cannot chain
  // two people's statements, nor days into a week. Candidates come from an index by type, month
  // and actor (or actor country); events whose days have passed leave it.
  const order = res.map((_, i) => i).sort((a, b) => cmp(res[a]!.date ?? '~', res[b]!.date ?? '~') || a - b);
  const groups: Group[] = [];
  const byKey = new Map<string, number[]>();
  const groupOf = new Int32Array(res.length);
  for (const y of order) {
    const m = res[y]!;
    const keys = keysOf(m);
    const day = m.date && m.date.length === 10 ? dayNumber(m.date) : null;
    let chosen = -1;
    const seen = new Set<number>();
    for (const key of keys) {
      const list = byKey.get(key);
      if (!list) continue;
      for (let k = 0; k < list.length && chosen < 0; k++) {
        const g = groups[list[k]!]!;
        // A day-dated event whose last day is more than a day before this one is closed.
        if (day !== null && g.maxDay !== null && day - g.maxDay > 1) { list.splice(k--, 1); continue; }
        if (seen.has(list[k]!)) continue;
        seen.add(list[k]!);
        if (g.reps.some((x) => sameEvent(res[x]!, m)) && consistentWith(g, m, day)) chosen = list[k]!;
      }
      if (chosen >= 0) break;
    }
    if (chosen < 0) {
      chosen = groups.push({ members: [], reps: [], minDay: null, maxDay: null, people: new Set(), meetings: [] }) - 1;
      for (const key of keys) push(byKey, key, chosen);
    } else {
      for (const key of keys) {
        const list = byKey.get(key);
        if (!list?.includes(chosen)) push(byKey, key, chosen);
      }
    }
    addMember(groups[chosen]!, y, m, day);
    groupOf[y] = chosen;
  }
  const sets = { groups: () => new Map(groups.map((g, i) => [i, g.members])) };

  const out: MergedEvent[] = [];
  for (const members of sets.groups().values()) {
    const ms = members.map((i) => res[i]!);
    // A reference alone (its antecedent merged elsewhere) is still evidence of that one event.
    const informative = ms.filter((m) => !m.reference);
    const pool = informative.length ? informative : ms;
    const status = pool.some((m) => m.status === 'occurred') ? 'occurred' : pool.some((m) => m.status === 'planned') ? 'planned' : 'background';
    const dated = pool.filter((m) => m.date).sort((a, b) => (b.date!.length - a.date!.length) || basisRank(a.dateBasis) - basisRank(b.dateBasis));
    const best = dated[0] ?? null;
    // The most common date among the most precise ones the text states (a day the text names
    // outweighs any number of reports that only default to their own publication day).
    const date = best ? mode(dated.filter((m) => m.date!.length === best.date!.length && stated(m.dateBasis) === stated(best.dateBasis)).map((m) => m.date!)) : null;
    const bestDated = dated.find((m) => m.date === date) ?? null;
    const people = uniq(ms.flatMap((m) => m.canon.filter((a) => peopleNames.has(a))));
    const others = uniq(ms.flatMap((m) => m.canon.filter((a) => !peopleNames.has(a))));
    out.push({
      eventType: ms[0]!.eventType,
      status,
      date,
      datePrecision: bestDated?.datePrecision ?? null,
      dateBasis: bestDated?.dateBasis ?? null,
      location: bestPlace(ms),
      actors: people.length ? [...people, ...others.filter((o) => uncovered(o, people, input.personCountry))] : others,
      mentions: ms,
    });
  }

  // A statement made the day of a meeting by one of its participants happened there: take its place.
  const meetings = out.filter((e) => e.eventType === 'CONSULT' && e.status === 'occurred' && e.location && e.date);
  // Indexed by day and reporting article: only meetings reported by the same article are candidates.
  const meetingsByDayArticle = new Map<string, MergedEvent[]>();
  for (const e of meetings) {
    for (const a of new Set(e.mentions.map((m) => m.articleId))) push(meetingsByDayArticle, `${e.date}\u0000${a}`, e);
  }
  for (const e of out) {
    if ((e.location && namedPlace(e)) || !e.date || e.eventType === 'CONSULT' || e.status !== 'occurred') continue;
    const near = new Set<MergedEvent>();
    for (const a of new Set(e.mentions.map((m) => m.articleId))) for (const c of meetingsByDayArticle.get(`${e.date}\u0000${a}`) ?? []) near.add(c);
    const cands = [...near].filter((c) => overlap(e, c) && namedPlace(c));
    if (cands.length === 1) e.location = cands[0]!.location;
  }
  return out.sort((a, b) => cmp(firstKey(a), firstKey(b)));
}

/**
 * A state or body named beside people that none of them stands for (`Falk held talks with the
 * Chinese`: China is the other side); a person's own country (`Kono` and `Japan`) is not kept.
 */
function uncovered(actor: string, people: readonly string[], personCountry: MergeInput['personCountry']): boolean {
  const country = countryOf(actor);
  if (!country) return !isInstitutionSeat(actor) && people.every((p) => !p.includes(actor));
  return people.every((p) => personCountry?.(p) !== country);
}

/** Is the event's place one the text names (not only the dateline default)? */
const namedPlace = (e: MergedEvent): boolean => e.mentions.some((m) => m.location === e.location && !(m as Resolved).defaultPlace);

function overlap(e: MergedEvent, c: MergedEvent): boolean {
  const cc = new Set(c.mentions.flatMap((m) => (m as Resolved).countries ?? []));
  const ca = new Set(c.actors);
  return e.mentions.some((m) => (m as Resolved).canon.some((a) => ca.has(a)) || (m as Resolved).countries.some((x) => cc.has(x)));
}

function sameEvent(a: Resolved, b: Resolved): boolean {
  if (a.eventType !== b.eventType) return false;
  if (!a.date || !b.date) {
    if (a.date || b.date || a.storyId !== b.storyId) return false;
  } else if (!datesCompatible(a.date, b.date, 1)) return false;
  // Context told vaguely (`earlier this month`) is not the news of a given day it would fit (`on the 28th`).
  if (a.status !== b.status && (a.status === 'background' || b.status === 'background') && a.date && b.date && a.date.length !== b.date.length) return false;
  // One report's plan and what it tells as done or as context (`held talks on Monday` vs `is due to visit X on
  // Tuesday`) are two events; another report may tell the planned one as past (`met in May`), so across reports
  // they may be one.
  if (a.articleId === b.articleId && a.status !== b.status && (a.status === 'planned' || b.status === 'planned')) return false;
  // What happened on a day before the day something was planned for is not that (`met the mayor on Thursday` vs `will meet the cabinet on Friday`).
  const planned = a.status === 'planned' ? a : b.status === 'planned' ? b : null;
  const other = planned === a ? b : a;
  if (planned && other.status === 'occurred' && planned.date && other.date && planned.date.length === 10 && other.date.length === 10 && other.date < planned.date) return false;
  // One report giving two days (`on Thursday ... on Friday`) tells of two events.
  if (a.articleId === b.articleId && a.date && b.date && a.date.length === 10 && b.date.length === 10 && a.date !== b.date && a.dateBasis !== 'article' && b.dateBasis !== 'article' && a.dateBasis !== 'story' && b.dateBasis !== 'story') return false;
  // A dateline default against a place the text names is no contradiction.
  if (a.defaultPlace === b.defaultPlace && !placesCompatible(a.location, b.location)) return false;
  if (!participantsCompatible(a, b)) return false;
  if (a.canon.some((x) => b.canon.includes(x))) return true;
  // A mention naming only states meets one naming people through the people's countries, on the
  // same day only (a state's act and one of its citizens' a day apart are two events).
  if ((a.peopleCount === 0 || b.peopleCount === 0) && a.countries.some((c) => b.countries.includes(c)) && (a.peopleCount === b.peopleCount || !a.date || !b.date || a.date.slice(0, 10) === b.date.slice(0, 10))) {
    // Both sides must be covered when both name several (`Japan and Russia` vs `Kono and Lavrov`),
    // and several states are not one of their people (`Chile and Peru called for` vs `Ruiz said`).
    const shared = a.countries.filter((c) => b.countries.includes(c)).length;
    const statesOnly = a.peopleCount === 0 && b.peopleCount === 0 ? null : a.peopleCount === 0 ? a : b;
    if (statesOnly) return statesOnly.countries.length < 2 || shared >= 2;
    return a.countries.length < 2 || b.countries.length < 2 || shared >= 2;
  }
  return false;
}

/** An event being built: its members, a few of them to compare with, its days and people. */
interface Group {
  members: number[];
  /** The first three and the latest members. */
  reps: number[];
  minDay: number | null;
  maxDay: number | null;
  people: Set<string>;
  /** The people of each member meeting or agreement naming two or more (a few). */
  meetings: string[][];
}

const personsOf = (m: Resolved): string[] => m.canon.filter((x) => !countryOf(x) && !isOrganisationName(x));

/** The index keys of a mention: type, month (or year, or story when undated) and each actor and actor country. */
function keysOf(m: Resolved): string[] {
  const when = m.date ? [m.date.slice(0, 7)] : ['story:' + m.storyId];
  // A day on the 1st may be the day after one on the last of the previous month.
  if (m.date && m.date.length === 10 && m.date.endsWith('-01')) when.push(prevMonth(m.date));
  const out: string[] = [];
  for (const w of when) for (const k of [...m.canon, ...m.countries.map((c) => 'country:' + c)]) out.push(`${m.eventType}|${w}|${k}`);
  return out;
}

/** Does a mention contradict none of an event's members: days within one, people in common, one set of meeting participants? */
function consistentWith(g: Group, m: Resolved, day: number | null): boolean {
  if (day !== null && g.minDay !== null && Math.max(g.maxDay!, day) - Math.min(g.minDay, day) > 1) return false;
  const ps = personsOf(m);
  if (ps.length && g.people.size && !ps.some((p) => g.people.has(p))) return false;
  if ((m.eventType === 'CONSULT' || m.eventType === 'AGREE') && ps.length >= 2) {
    for (const other of g.meetings) if (!(ps.every((x) => other.includes(x)) || other.every((x) => ps.includes(x)))) return false;
  }
  return true;
}

function addMember(g: Group, y: number, m: Resolved, day: number | null): void {
  g.members.push(y);
  if (g.reps.length < 4) g.reps.push(y);
  else g.reps[3] = y;
  if (day !== null) (g.minDay = g.minDay === null ? day : Math.min(g.minDay, day)), (g.maxDay = g.maxDay === null ? day : Math.max(g.maxDay, day));
  const ps = personsOf(m);
  for (const p of ps) g.people.add(p);
  if ((m.eventType === 'CONSULT' || m.eventType === 'AGREE') && ps.length >= 2 && g.meetings.length < 8) g.meetings.push(ps);
}

/**
 * Two meetings or agreements naming two or more people each are one only when one's people are
 * among the other's (`Kerry and Lavrov` within `Kerry, Lavrov and Shoigu`); `Kerry and Putin` is
 * another meeting than `Kerry and Lavrov`.
 */
function participantsCompatible(a: Resolved, b: Resolved): boolean {
  if (a.eventType !== 'CONSULT' && a.eventType !== 'AGREE') return true;
  const pa = a.canon.filter((x) => !countryOf(x) && !isOrganisationName(x)), pb = b.canon.filter((x) => !countryOf(x) && !isOrganisationName(x));
  if (pa.length < 2 || pb.length < 2) return true;
  return pa.every((x) => pb.includes(x)) || pb.every((x) => pa.includes(x));
}

function placesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const na = a.toLowerCase(), nb = b.toLowerCase();
  if (na.includes(nb) || nb.includes(na)) return true;
  // A country holds its cities: `Russia` vs `Moscow`.
  const ca = countryOf(a), cb = countryOf(b);
  if (ca === a || cb === b) return ca === cb || ca === a && (cb === null || cb === a) || cb === b && (ca === null || ca === b);
  return false;
}

/** The most specific place named: one the text gives over a dateline default, venue with city over city over country; ties by frequency. */
function bestPlace(ms: readonly Resolved[]): string | null {
  const named = ms.filter((m) => m.location && !m.defaultPlace);
  const counts = new Map<string, number>();
  for (const m of named.length ? named : ms) if (m.location) counts.set(m.location, (counts.get(m.location) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = -1;
  for (const [p, c] of [...counts].sort((x, y) => cmp(x[0], y[0]))) {
    const score = (p.includes(',') ? 2000 : countryOf(p) === p ? 0 : 1000) + c;
    if (score > bestScore) (best = p), (bestScore = score);
  }
  return best;
}


/** Is the date one the text gives (a date or a day relative to the report), not a default? */
function stated(b: EventMention['dateBasis']): boolean {
  return b === 'explicit' || b === 'relative';
}

function basisRank(b: EventMention['dateBasis']): number {
  return b === 'explicit' ? 0 : b === 'relative' ? 1 : b === 'article' ? 2 : 3;
}

function mode(xs: string[]): string {
  const c = new Map<string, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]![0];
}

function prevMonth(day: string): string {
  const y = Number(day.slice(0, 4)), m = Number(day.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function firstKey(e: MergedEvent): string {
  const m = e.mentions[0]!;
  return `${m.articleId}\u0000${String(m.sentenceStart).padStart(9, '0')}\u0000${e.eventType}`;
}



// ---------------------------------------------------------------------------------------------
// Quotes → events

export interface QuoteLinkInput {
  quotes: QuoteMention[];
  events: MergedEvent[];
  /** The id assigned to each merged event (by assemble). */
  eventIdOf: Map<MergedEvent, string>;
  stories: StoryAssignment;
  canonical(articleId: string, name: string): string;
}

export interface QuoteLink {
  /** The event at which it was said, or null. */
  eventId: string | null;
  /** When it was said (the event's date), or null when the text does not tie it to an event. */
  date: string | null;
}

/**
 * Link each quote occurrence to the event at which it was said, where the text says so:
 * 1. a meeting/press-conference mention in the quote's own sentence (`"...," Lavrov said at a joint
 *    news conference after the meeting`) → that CONSULT event (preferring one the speaker took part in);
 * 2. else, the article's main event, when it is an occurred meeting the speaker took part in and
 *    dated the article's day (a quote in a report of that day's meeting was said there).
 * The quote's date is the event's date. Keys of the result are the QuoteMention objects given
 * that have a link; a quote without one has no entry ([scale]: most have none).
 */
export function linkQuotes(input: QuoteLinkInput): Map<QuoteMention, QuoteLink> {
  const { quotes, events, eventIdOf, stories, canonical } = input;
  const byArticle = new Map<string, { e: MergedEvent; m: EventMention & Partial<Resolved> }[]>();
  for (const e of events) {
    if (e.eventType !== 'CONSULT' || e.status !== 'occurred') continue;
    for (const m of e.mentions) {
      const l = byArticle.get(m.articleId) ?? [];
      l.push({ e, m: m as EventMention & Partial<Resolved> });
      byArticle.set(m.articleId, l);
    }
  }
  const out = new Map<QuoteMention, QuoteLink>();
  for (const q of quotes) {
    const cands = byArticle.get(q.articleId) ?? [];
    const speaker = q.speaker ? canonical(q.articleId, q.speaker) : null;
    const took = (e: MergedEvent) => speaker !== null && e.actors.includes(speaker);
    // 1. A meeting named in the quote's sentence.
    const inSentence = cands.filter(({ m }) => m.sentenceStart < q.sentenceEnd && m.sentenceEnd > q.sentenceStart);
    let hit = inSentence.find(({ e }) => took(e)) ?? inSentence[0] ?? null;
    // 2. The article's main meeting, that day, with the speaker in it.
    if (!hit) {
      const day = stories.articleDate.get(q.articleId)?.date ?? null;
      hit = cands.find(({ e, m }) => m.main && took(e) && e.date !== null && day !== null && datesCompatible(e.date, day, 1)) ?? null;
    }
    if (hit) out.set(q, { eventId: eventIdOf.get(hit.e) ?? null, date: hit.e.date });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Stories table

export interface StoryRecordInput {
  articles: CleanArticle[];
  stories: StoryAssignment;
  events: MergedEvent[];
  canonical(articleId: string, name: string): string;
}

/**
 * One `stories` row per story: members sorted, the date of its main meeting (else its anchor's
 * date), a headline (a member's title, else the opening of the first member's text), the most
 * mentioned actors and places of its events.
 */
export function storyRecords(input: StoryRecordInput): Story[] {
  const { articles, stories, events } = input;
  const members = new Map<string, CleanArticle[]>();
  for (const a of [...articles].sort((x, y) => cmp(x.articleId, y.articleId))) {
    const s = stories.storyOf.get(a.articleId) ?? a.articleId;
    const l = members.get(s) ?? [];
    l.push(a);
    members.set(s, l);
  }
  const eventsOf = new Map<string, MergedEvent[]>();
  for (const e of events) {
    const s = stories.storyOf.get(e.mentions[0]!.articleId);
    if (!s) continue;
    const l = eventsOf.get(s) ?? [];
    l.push(e);
    eventsOf.set(s, l);
  }
  const rows: Story[] = [];
  for (const [storyId, arts] of members) {
    const evs = eventsOf.get(storyId) ?? [];
    const main = evs.find((e) => e.mentions.some((m) => (m as Partial<Resolved>).main)) ?? null;
    const dates = arts.map((a) => stories.articleDate.get(a.articleId)?.date ?? a.date).filter((d): d is string => !!d).sort();
    const date = main?.date ?? dates[0] ?? null;
    const titled = arts.find((a) => a.title);
    const headline = titled?.title ?? opening(arts[0]!.text);
    const actorCount = new Map<string, number>();
    const placeCount = new Map<string, number>();
    for (const e of evs) {
      if (e.status !== 'occurred') continue;
      for (const a of e.actors) actorCount.set(a, (actorCount.get(a) ?? 0) + e.mentions.length + (e === main ? 100 : 0));
      if (e.location) placeCount.set(e.location, (placeCount.get(e.location) ?? 0) + e.mentions.length + (e === main ? 100 : 0));
    }
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, n).map(([k]) => k);
    rows.push({ story_id: storyId, article_ids: arts.map((a) => a.articleId), date, headline, actors: top(actorCount, 6), locations: top(placeCount, 4) });
  }
  return rows;
}

function opening(text: string): string {
  const first = text.split(/(?<=[.!?])\s/)[0] ?? text;
  return first.length > 120 ? first.slice(0, 117).replace(/\s+\S*$/, '') + '…' : first;
}
