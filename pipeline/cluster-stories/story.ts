/**
 * What story clustering keeps of a story (its centroid, days, places, participants) and the
 * evidence for and against an article joining it: the similarity, discounted by the distance in
 * days, and the contradictions that veto a join.
 */
import { dayNumber } from '../lib/dates.js';
import { Centroid, type Postings } from './centroid.js';
import type { Features } from './features.js';
import type { Vector } from './vectors.js';

/** The windows and bars of `similarity` (see `ClusterOptions`). */
export interface Windows {
  day: number;
  report: number;
  /** Similarity needed past `day`. */
  farScore: number;
  storySpan: number;
  halfLife: number;
}

export interface Story {
  members: number[];
  /** Sum of the members' unit vectors, by term id. */
  centroid: Centroid;
  norm: number;
  minDay: number | null;
  maxDay: number | null;
  /** The main happening's day of the members, for the time discount: sorted, so the nearest is found by halving. */
  days: number[];
  /** Those of `days` that the members' texts tell, and those that are only their own dates (`Features.dayTold`), sorted. */
  toldDays: number[];
  reportDays: number[];
  /** The members' own dates (day numbers), least and greatest. */
  minOwn: number | null;
  maxOwn: number | null;
  places: Set<string>;
  people: Set<string>;
  /** How a text names each of `people` (`Features.peopleTerms`), by person. */
  peopleTerms: Map<string, number[]>;
  mds: Set<string>;
}

export const dayOf = (f: Features): number | null => f.mainDay ?? f.own;

/** Whether the text tells the day of the article's main happening (not only its own date). */
export const told = (f: Features): boolean => f.mainDay !== null && f.dayTold;

export function newStory(): Story {
  return { members: [], centroid: new Centroid(), norm: 0, minDay: null, maxDay: null, days: [], toldDays: [], reportDays: [], minOwn: null, maxOwn: null, places: new Set(), people: new Set(), peopleTerms: new Map(), mds: new Set() };
}

export function addTo(story: Story, unit: number[], vec: Vector, feats: readonly Features[], postings: Postings, s: number): void {
  story.members.push(...unit);
  story.centroid.add(vec.ids, vec.weights, postings, s);
  let norm = 0;
  for (const w of story.centroid.weights) norm += w * w;
  story.norm = Math.sqrt(norm) || 1;
  for (const i of unit) {
    const f = feats[i]!;
    const d = dayOf(f);
    if (f.own !== null) {
      story.minOwn = story.minOwn === null ? f.own : Math.min(story.minOwn, f.own);
      story.maxOwn = story.maxOwn === null ? f.own : Math.max(story.maxOwn, f.own);
    }
    if (d !== null) {
      story.days.splice(sortedIndex(story.days, d), 0, d);
      const kind = told(f) ? story.toldDays : story.reportDays;
      kind.splice(sortedIndex(kind, d), 0, d);
      story.minDay = story.minDay === null ? d : Math.min(story.minDay, d);
      story.maxDay = story.maxDay === null ? d : Math.max(story.maxDay, d);
    }
    if (f.place) story.places.add(f.place.toLowerCase());
    f.people.forEach((p, k) => {
      story.people.add(p);
      if (!story.peopleTerms.has(p)) story.peopleTerms.set(p, f.peopleTerms[k]!);
    });
    if (f.mainMd) story.mds.add(f.mainMd);
  }
}

/** Where `d` goes in the sorted `days`. */
export function sortedIndex(days: readonly number[], d: number): number {
  let lo = 0, hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one of the sorted `days` is in [lo, hi]. */
export function anyIn(days: readonly number[], lo: number, hi: number): boolean {
  const i = sortedIndex(days, lo);
  return i < days.length && days[i]! <= hi;
}

/**
 * Whether a member and the unit could report one happening although their days are more than
 * `dayWindow` apart: one of the two days is only a report's own date, which a happening it
 * reports precedes by up to `week` days (a report cannot tell of a happening after its date).
 */
function reportCovers(f: Features, day: number, story: Story, week: number): boolean {
  if (told(f)) return anyIn(story.reportDays, day, day + week);
  return anyIn(story.reportDays, day - week, day + week) || anyIn(story.toldDays, day - week, day);
}

/** How far `day` is from the nearest of the sorted `days`. */
export function nearestDistance(days: readonly number[], day: number): number {
  const i = sortedIndex(days, day);
  const after = i < days.length ? days[i]! - day : Infinity;
  const before = i > 0 ? day - days[i - 1]! : Infinity;
  return Math.min(after, before);
}

/**
 * How likely a unit (an article and its copies) reports a story's happening: the cosine of the
 * unit's vector (`dot` with the story's centroid, `norm` its length) and the story's centroid,
 * times a time discount; 0 when the evidence contradicts.
 */
export function similarity(feats: readonly Features[], unit: number[], vec: Vector, dot: number, norm: number, story: Story, windows: Windows): number {
  let score = dot / (norm * story.norm);
  let far = false;
  const f = feats[unit[0]!]!;
  const day = dayOf(f);
  if (day !== null && story.days.length) {
    // Main happenings days apart are different happenings (a week apart, when one day is only a
    // report's date); the story's own span is bounded too.
    const distance = nearestDistance(story.days, day);
    if (distance > windows.day && !reportCovers(f, day, story, windows.report)) return 0;
    if (Math.max(story.maxDay!, day) - Math.min(story.minDay!, day) > windows.storySpan) return 0;
    score *= Math.pow(0.5, distance / windows.halfLife);
    far = distance > windows.day;
  } else if (f.mainMd && story.mds.size && ![...story.mds].some((md) => mdClose(md, f.mainMd!))) {
    // An undated article whose month-day contradicts the story's.
    return 0;
  }
  // A member's own date more than a week from this one's.
  if (f.own !== null && story.minOwn !== null && (story.maxOwn! - f.own > 7 || f.own - story.minOwn > 7)) return 0;
  // A place the text names for the main happening, other than the story's: another happening.
  if (f.place && story.places.size && ![...story.places].some((p) => samePlace(p, f.place!.toLowerCase()))) return 0;
  // No one in common between the main happenings' participants: probably another happening,
  // unless the days agree and each side's reports name the other's participants (reactions of
  // several parties to one happening: the state that acted, and the governments answering it).
  // Without days to agree, the participants are the only evidence against: it stands.
  const dated = day !== null && story.days.length > 0;
  if (f.people.length && story.people.size && !f.people.some((p) => story.people.has(p)) && !(dated && namedByEach(f, vec, story))) score *= 0.5;
  // Past the days' window, the words alone carry the join: they must say more.
  return far && score < windows.farScore ? 0 : score;
}

/**
 * Whether the story's reports name one of the unit's participants and the unit names one of the
 * story's: by `@name` or by the name's last word among the terms (`Features.peopleTerms`).
 */
function namedByEach(f: Features, vec: Vector, story: Story): boolean {
  if (process.env.NAMED_OFF) return false; // DBG
  if (process.env.NAMED_ON) return true; // DBG
  if (!f.peopleTerms.some((ts) => ts.some((t) => story.centroid.weightOf(t) > 0))) return false;
  const own = new Set(vec.ids);
  for (const ts of story.peopleTerms.values()) if (ts.some((t) => own.has(t))) return true;
  return false;
}

/**
 * `Geneva` and `Palais des Nations, Geneva` are one place; so are two spellings of one name that
 * differ only in their vowels and hyphens (`Dar-i-Salam`, `Dar-e-Salam`; `Kiev`, `Kyiv`).
 */
export function samePlace(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || (a.length >= 4 && b.length >= 4 && skeleton(a) === skeleton(b));
}

/** A name's consonants, in order (case, vowels, `y`, spaces and punctuation dropped). */
function skeleton(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[^a-z]|[aeiouy]/g, '');
}

function mdClose(a: string, b: string): boolean {
  const da = dayNumber(`2001-${a}`), db = dayNumber(`2001-${b}`);
  return Math.abs(da - db) <= 1;
}
