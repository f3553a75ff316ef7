/**
 * What story clustering knows of one article: a weighted term vector of its own words (proper
 * names, content words, the people of its news events), and its main happening: the day, the
 * place named in the text and the people taking part.
 */
import type { EventMentionDraft } from '../extract-events/index.js';
import { anchorDate } from '../extract-events/time.js';
import { dayNumber } from '../lib/dates.js';
import type { CleanArticle } from '../types.js';
import type { Counts, CountsSlab, Vocabulary } from './vectors.js';

export interface Features {
  a: CleanArticle;
  /** The article's own date as a day number, or null. */
  own: number | null;
  /** The day of its main happening, or null. */
  mainDay: number | null;
  /** Whether the text tells `mainDay` (a date, a weekday), rather than it being the report's own date. */
  dayTold: boolean;
  /** `MM-DD` of the main happening when the year is unknown (undated article). */
  mainMd: string | null;
  /** Where the main happening took place, as the text names it (not the dateline default). */
  place: string | null;
  /** People taking part in the main happening (canonical). */
  people: string[];
  /**
   * How a text names each of `people`: the term ids of its `@name` and of its last word as a
   * proper name (`abe` for `Shinzo Abe`), either one enough.
   */
  peopleTerms: number[][];
  /** Raw term counts, by term id (the text's terms in the order first met, then its people's). */
  counted: Counts;
}

const STOP = new Set(
  ('The A An In On At For But And Or If As After Before During While When Meanwhile However Also He She They We It I ' +
    'This That These Those There Here His Her Their Its Our Your Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'January February March April May June July August September October November December Jan Feb Aug Sept Oct Nov Dec ' +
    'According What Why How Who Where Which Some Many Most One Two Three No Not Both Each Other Another Under Since Despite Even ' +
    'New Photo AP Reuters AFP Copyright Click Read More Share Follow Image Getty Images Video Updated Last Next First').split(' '),
);

// Function words and reporting vocabulary: in every article, so they link nothing.
const COMMON = new Set(
  ('about above after again against all also although among another any around because been before being below between both but ' +
    'came can cannot could did does doing down during each even every few from further had has have having here hers herself himself ' +
    'into itself just last later least less like made make many more most much must near need next none nor not now off once only ' +
    'onto other others ought over own past same says said saying should since some such than that their theirs them themselves then ' +
    'there these they this those though through thus told toward under until upon very what when where whether which while whom whose ' +
    'will with within without would year years week weeks month months today yesterday people time told there percent also still ' +
    'according asked added says told year first second third officials official statement reported report reports news including ' +
    'would could should might early late told well back going group part million billion several another where being since').split(' '),
);

/**
 * The text's own words: markup left by an imperfect reader (`<DOCNO>`, `&amp;`) and addresses
 * (`http://...`, `www.`) are not what the article says, so they link nothing.
 */
function ownWords(text: string): string {
  return text.replace(/<[^<>\n]{0,200}>/g, ' ').replace(/&[#\w]{1,10};/g, ' ').replace(/\b(?:https?:\/\/|www\.)\S*/g, ' ');
}

/** A word without its possessive `'s` (`Japan's`, `Russia’s`): the regex only where the word ends in `s`. */
function withoutPossessive(w: string): string {
  return w.endsWith('s') ? w.replace(/['’]s$/, '') : w;
}

/** Proper names, lower-cased: capitalised words not opening a sentence, and all-caps acronyms. */
function properTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![.!?:"“]\s|^|\n)\b([A-Z][\p{L}'’-]+|[A-Z]{2,}(?:\.[A-Z])*)/gu)) {
    const w = withoutPossessive(m[1]!);
    if (STOP.has(w) || w.length < 3) continue;
    out.push(w.toLowerCase());
  }
  return out;
}

/** Content words (lower case, four letters or more, not function words). */
function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]{3,}/gu)) {
    const w = withoutPossessive(m[0].toLowerCase());
    if (!COMMON.has(w)) out.push(w);
  }
  return out;
}

/**
 * What clustering takes from one article alone (its text, dates and event mentions), made per
 * article (in a worker) so the corpus stage never reads the text: its terms, in the order first
 * met, with their counts, and its main happening.
 */
export interface TextFeatures {
  /** Proper names (lower case) and `~`-prefixed content words, in the order first met. */
  terms: string[];
  /** Each term's count (title words 2, head words 1, content words 0.5: exact in a Float32Array). */
  counts: Float32Array;
  own: number | null;
  mainDay: number | null;
  dayTold: boolean;
  mainMd: string | null;
  place: string | null;
  /** The main happening's index among the article's occurred event mentions (in their order), or -1. */
  main: number;
}

/** The text's terms and main happening of one article, from its text and its event mentions. */
export function textFeatures(a: CleanArticle, ms: readonly EventMentionDraft[]): TextFeatures {
  const terms = new Map<string, number>();
  const add = (t: string, w: number) => terms.set(t, (terms.get(t) ?? 0) + w);
  const head = ownWords(a.text.slice(0, 6000)).slice(0, 4000);
  for (const t of properTerms(a.title ?? '')) add(t, 2);
  for (const t of properTerms(head)) add(t, 1);
  for (const t of contentWords(`${a.title ?? ''} ${head.slice(0, 2500)}`)) add('~' + t, 0.5);
  const news = ms.filter((m) => m.status === 'occurred');
  const main = mainHappening(a, news);
  let mainDay: number | null = null;
  let dayTold = false;
  let mainMd: string | null = null;
  if (main) {
    const d = anchorDate(main, a.date);
    if (d.date && d.date.length === 10) (mainDay = dayNumber(d.date)), (mainMd = d.date.slice(5)), (dayTold = d.dateBasis !== 'article');
    else if (d.monthDay) mainMd = d.monthDay;
  }
  // An article's own date stands for its main happening's day when the text gives none.
  if (mainDay === null && !mainMd && a.date) (mainDay = dayNumber(a.date)), (mainMd = a.date.slice(5));
  // Only a place the main happening's sentence names (not the dateline given as a default).
  const city = main?.location?.split(',').pop()!.trim() ?? null;
  const place = main && city && a.text.slice(main.sentenceStart, main.sentenceEnd).includes(city) ? city : null;
  return {
    terms: [...terms.keys()],
    counts: Float32Array.from(terms.values()),
    own: a.date ? dayNumber(a.date) : null,
    mainDay,
    dayTold,
    mainMd,
    place,
    main: main ? news.indexOf(main) : -1,
  };
}

/** `textFeatures` with its terms as ids of a run's vocabulary: what a run keeps of them until clustering. */
export interface EncodedFeatures extends Omit<TextFeatures, 'terms'> {
  ids: Int32Array;
}

export function encodeFeatures(vocabulary: Vocabulary, f: TextFeatures): EncodedFeatures {
  const { terms, ...rest } = f;
  return { ...rest, ids: Int32Array.from(terms, (t) => vocabulary.id(t)) };
}

/**
 * The features of one article from what `textFeatures` found (`text`) and the corpus's canonical
 * names: the people of its news events are terms too (`@name`, after the text's), and its main
 * happening's participants.
 */
export function featuresOf(a: CleanArticle, ms: readonly EventMentionDraft[], canonical: (articleId: string, name: string) => string, vocabulary: Vocabulary, text: EncodedFeatures, slab?: CountsSlab): Features {
  const news = ms.filter((m) => m.status === 'occurred');
  const people = new Map<number, number>();
  for (const m of news) for (const x of m.actors) {
    const id = vocabulary.id('@' + canonical(a.articleId, x).toLowerCase());
    people.set(id, (people.get(id) ?? 0) + 1);
  }
  const n = text.ids.length;
  const { ids, counts } = slab?.take(n + people.size) ?? { ids: new Int32Array(n + people.size), counts: new Float32Array(n + people.size) };
  ids.set(text.ids);
  counts.set(text.counts);
  let k = n;
  for (const [id, c] of people) (ids[k] = id), (counts[k++] = c);
  const main = text.main >= 0 ? news[text.main]! : null;
  const mainPeople = main ? main.actors.map((x) => canonical(a.articleId, x)) : [];
  return {
    a, own: text.own, mainDay: text.mainDay, dayTold: text.dayTold, mainMd: text.mainMd, place: text.place,
    people: mainPeople,
    peopleTerms: mainPeople.map((p) => nameTerms(vocabulary, p)),
    counted: { ids, counts },
  };
}

/** The term ids by which a text names `name`: its `@name` (people of the news) and its last word as a proper name. */
function nameTerms(vocabulary: Vocabulary, name: string): number[] {
  const last = properTerms(` x ${name}`).pop();
  const ids = [vocabulary.id('@' + name.toLowerCase())];
  if (last) ids.push(vocabulary.id(last));
  return ids;
}

/**
 * The article's main happening: its main meeting, else the first dated occurred meeting, else
 * the first news event of its lead (the first two paragraphs), which reports what the article is about.
 */
function mainHappening(a: CleanArticle, news: readonly EventMentionDraft[]): EventMentionDraft | null {
  const leadEnd = nthIndexOf(a.text, '\n\n', 2);
  return news.find((m) => m.main)
    ?? news.find((m) => m.eventType === 'CONSULT' && m.pendingDate && !m.reference)
    ?? news.find((m) => m.sentenceStart < leadEnd && !m.reference)
    ?? null;
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return text.length;
  }
  return at;
}
