/**
 * The second pass over one article's mentions: sentence-level sharing of time and place, the
 * article's main event, actors of references and group subjects taken from it, the dateline as
 * the default place of the article's news, and one mention per sentence, type and actors.
 */
import type { Message } from '../types.js';
import { uniq } from '../lib/collections.js';
import { yearsBeforeUndated, type ArticleContext, type Draft, type EventMentionDraft } from './draft.js';
import { anchorDate, relativeAsideEnd, type PendingDate } from './time.js';
import { placeMentions } from './article-places.js';

/** The finished mentions of an article, in text order. */
export function finish(ctx: ArticleContext, drafts: Draft[], facts: SentenceFacts): EventMentionDraft[] {
  shareWithinSentence(ctx, drafts);
  continueNarrative(ctx, drafts, facts);
  // A time the narrative gave one mention is its sentence's (`the US called off the operation when Assad agreed`).
  shareWithinSentence(ctx, drafts);
  // `have accused` past the lead (the first two paragraphs), with no time of its own: context, not the news.
  for (const d of drafts) if (d.perfect && d.paragraph >= 2 && !d.pendingDate && d.status === 'occurred') Object.assign(d, { status: 'background', aspectBackground: true, date: null, datePrecision: null, dateBasis: null });
  answerSentenceBefore(drafts);
  // The main event: the first occurred meeting with two or more named participants, else the first meeting.
  const consult = drafts.filter((d) => d.eventType === 'CONSULT' && d.status === 'occurred' && !d.reference && d.pendingActors === null && !d.statement);
  const main = consult.find((d) => d.persons >= 2) ?? consult.find((d) => d.persons >= 1) ?? consult.find((d) => d.actors.length >= 1) ?? null;
  if (main) main.main = true;

  const out: Draft[] = [];
  // The kept mentions of each sentence, for the one-per-sentence rule (a map: no scan of all of `out`).
  const bySentence = new Map<number, Draft[]>();
  let prevActors: { actors: string[]; countries: string[] } | null = null;
  for (const d of drafts) {
    if (d.pendingActors === 'role') {
      if (main) (d.actors = [...main.actors]), (d.actorCountries = [...main.actorCountries]);
      d.pendingActors = null;
      if (!d.actors.length) continue;
    }
    if (d.pendingActors === 'main' || d.pendingActors === 'antecedent') {
      const src = d.pendingActors === 'antecedent' ? antecedent(ctx, d, out, main, ctx.messages) : groupSource(d, out, main, prevActors);
      if (src === 'left-out' || !src || !src.actors.length) continue;
      d.actors = [...src.actors];
      d.actorCountries = [...src.actorCountries];
      if (d.reference && isDraft(src)) {
        d.location ??= src.location;
        if (!d.pendingDate && src.pendingDate) setDate(ctx, d, src);
        else if (d.pendingDate && !src.pendingDate && d.status === 'occurred' && src.status === 'occurred') setDate(ctx, src, d);
      }
      d.pendingActors = null;
    }
    // One statement per quotation: a quote read whole and its last sentence read as reported speech are one.
    if (d.statement && out.slice(-4).some((o) => o.statement && o.eventType === d.eventType && o.sentenceStart < d.sentenceEnd && d.sentenceStart < o.sentenceEnd && o.actors.some((a) => d.actors.includes(a)))) continue;
    // One mention per sentence and type when they share actors (`X met Y ... in the first meeting`).
    const here = bySentence.get(d.sentenceStart) ?? [];
    // Two statements of a type in one sentence, one naming the speaker and one only the state or office they speak
    // for (`the Russian presidential spokesman stressed that "..."` read twice), are one; so is a statement repeating
    // a verb's event with the same actor under a fuller name (`the Security Council` / `U.N. Security Council`).
    const twin = here.find((o) => o.eventType === d.eventType && o.status === d.status && !o.temporal && !d.temporal
      && (d.reference || o.reference || (o.statement && d.statement && (o.persons === 0) !== (d.persons === 0))
        || o.actors.some((a) => d.actors.some((b) => a === b || (d.statement !== o.statement && (a.endsWith(` ${b}`) || b.endsWith(` ${a}`)))))));
    if (twin) {
      const keepNew = (twin.reference && !d.reference) || (twin.statement && !d.statement);
      const [kept, dropped] = keepNew ? [d, twin] : [twin, d];
      for (const a of dropped.actors) if (!kept.actors.includes(a)) kept.actors.push(a);
      kept.actorCountries = uniq([...kept.actorCountries, ...dropped.actorCountries]);
      kept.location ??= dropped.location;
      if (keepNew) out.splice(out.lastIndexOf(twin), 1, d), here.splice(here.indexOf(twin), 1, d);
      continue;
    }
    out.push(d);
    here.push(d);
    bySentence.set(d.sentenceStart, here);
    if (!d.reference && !d.statement) prevActors = { actors: d.actors, countries: d.actorCountries };
  }
  if (facts.newsDay) for (const d of out) onNewsDay(ctx, d, facts.newsDay);
  const newsDate = facts.newsDay ? anchorDate({ status: 'occurred', pendingDate: facts.newsDay, aspectBackground: false }, ctx.date).date : ctx.date;
  placeMentions(ctx, out, main, newsDate);
  // Background with no time at all (`have accused`, `had met`) says only that it happened once: left out of the data.
  const kept = out.filter((d) => {
    if (d.status !== 'background' || d.pendingDate) return true;
    ctx.messages.push({ ruleId: 'extract-events/left-out', severity: 'info', articleId: ctx.articleId, start: d.sentenceStart, end: d.sentenceEnd, actual: d.trigger, reason: `Background ${d.eventType} "${d.trigger}" without a date of its own left out` });
    return false;
  });
  return kept.map(({ head: _h, pendingActors: _p, temporal: _t, persons: _c, si: _s, statement: _st, paragraph: _pa, narrative: _n, perfect: _pf, reply: _r, lendsPlace: _l, ...rest }) => rest);
}

/** Within a sentence: an undated mention takes a dated one's time (`met in Moscow in May, when they agreed`); a placeless one a meeting's place. */
function shareWithinSentence(ctx: ArticleContext, drafts: Draft[]): void {
  const bySentence = new Map<number, Draft[]>();
  for (const d of drafts) bySentence.set(d.sentenceStart, [...(bySentence.get(d.sentenceStart) ?? []), d]);
  for (const d of drafts) {
    const same = bySentence.get(d.sentenceStart)!.filter((o) => o !== d && (o.status === d.status || (d.status === 'occurred' && o.status === 'background')));
    if (!d.pendingDate) {
      const o = same.find((x) => x.pendingDate && !x.reference && !x.statement && !d.statement);
      if (o) setDate(ctx, d, o);
    }
    if (!d.location) {
      const o = same.find((x) => x.location && x.eventType === 'CONSULT');
      if (o) d.location = o.location;
    }
  }
}

/** Which sentences hold a time expression; which paragraphs are a single sentence. */
export interface SentenceFacts {
  timed: ReadonlySet<number>;
  singleParagraphs: ReadonlySet<number>;
  /** The time the lead gives the news (`said on Friday`), for the article's undated news; null when it gives none. */
  newsDay: PendingDate | null;
  /** The first day-level time of each sentence that names one (`held Monday`), by sentence index. */
  dayTimes: ReadonlyMap<number, PendingDate>;
  /** The first time of each sentence that names one but no day (`in late 2009`, `last year`), by sentence index. */
  otherTimes: ReadonlyMap<number, PendingDate>;
  /** The paragraph of each sentence, by sentence index. */
  paragraphOf: ReadonlyMap<number, number>;
}

/**
 * A narrative verb (`But the United States called off the operation`) in a sentence with no time
 * of its own continues the story of the sentence before when that one told of an earlier event
 * (`Obama threatened air strikes last year`): it takes that event's time. Only from one sentence to
 * the next, within a paragraph (or across one of a single sentence, as web pages lay text out, when
 * the next names one of its actors).
 */
function continueNarrative(ctx: ArticleContext, drafts: Draft[], facts: SentenceFacts): void {
  let carry: Draft | null = null;
  const told = new Set(drafts.map((d) => d.si));
  for (const d of drafts) {
    const narrative = d.narrative && !d.pendingDate && !d.statement && !d.reference && !facts.timed.has(d.si);
    // Across a paragraph break, past context goes on only with one of its actors (`Last spring X tested a rocket.` then `Y urged X to stop` is news).
    const across = carry && facts.singleParagraphs.has(carry.paragraph) && (carry.status !== 'background' || d.actors.some((a) => carry!.actors.includes(a)));
    if (carry && d.si === carry.si + 1 && narrative && (d.paragraph === carry.paragraph || across)) {
      setDate(ctx, d, carry);
    } else if (narrative && !told.has(d.si - 1) && (facts.dayTimes.has(d.si - 1) || facts.otherTimes.has(d.si - 1)) && facts.paragraphOf.get(d.si - 1) === d.paragraph) {
      // `Xie's trial, held Monday, was completed by midday. Xie pleaded guilty and asked for leniency.`:
      // a sentence telling no event of its own still sets the time of the narrative that follows
      // (`... a plant built in late 2009. The regulator fined its owner.`: background).
      const time = facts.dayTimes.get(d.si - 1) ?? facts.otherTimes.get(d.si - 1)!;
      const a = anchorDate({ status: 'occurred', pendingDate: time, aspectBackground: false }, ctx.date);
      // (Undated, only a year well before the latest the article names: a decade or a season may be anyone's.)
      if (a.date && (ctx.date ? beforeReport(ctx, a.date) : yearsBeforeUndated(ctx, time))) setDate(ctx, d, { pendingDate: time, dateText: time.text });
    }
    // `X yesterday rejected the claims. "This is not true," he said.`: the same speaker's words that follow, at the same time.
    if (carry && d.statement && !d.pendingDate && !facts.timed.has(d.si) && d.si > carry.si && d.si - carry.si <= 2 && d.paragraph - carry.paragraph <= 1
      && d.actors.some((a) => carry!.actors.includes(a))) {
      setDate(ctx, d, carry);
    }
    if (!d.pendingDate) continue;
    const before = !!d.date && ((d.status === 'background') || (d.status === 'occurred' && beforeReport(ctx, d.date)));
    // A mention in a relative clause (`X, who hosted shows in the 1980s, won`) describes; the narrative goes on without it.
    const aside = relativeAsideEnd(ctx.text, d.sentenceStart, Math.max(d.sentenceStart, ctx.text.indexOf(d.trigger, d.sentenceStart))) >= 0;
    if (before && !aside && (!carry || carry.si <= d.si)) carry = d;
    else if (carry && carry.si < d.si) carry = null;
  }
}

/** Is `date` (any precision) before the report: its date's, or for an undated article the latest past year it names? */
function beforeReport(ctx: ArticleContext, date: string): boolean {
  if (ctx.date) return date < ctx.date.slice(0, date.length);
  return ctx.latestYear !== null && Number(date.slice(0, 4)) < ctx.latestYear;
}

/**
 * An undated mention of the news happened on the lead's day (`Kerry said on Friday`, in a report
 * dated Saturday), not on the report's own date; only a day at most before it (see `anchorDate`).
 */
function onNewsDay(ctx: ArticleContext, d: Draft, newsDay: PendingDate): void {
  if (d.pendingDate || d.status !== 'occurred' || d.aspectBackground) return;
  d.pendingDate = newsDay;
  const a = anchorDate({ status: 'occurred', pendingDate: newsDay, aspectBackground: false }, ctx.date);
  Object.assign(d, { status: a.status, date: a.date, datePrecision: a.datePrecision, dateBasis: a.dateBasis, monthDay: a.monthDay });
}

/**
 * A reply with no time of its own (`She denied this.`, `He rejected the charges.`) answers what the
 * sentence before tells: the news when an occurred event is told there (it then shares its time),
 * background with it, and left out of the data when nothing is told there (context: an accusation
 * at a trial, a claim in a report).
 */
function answerSentenceBefore(drafts: Draft[]): void {
  for (const d of drafts) {
    if (!d.reply || d.pendingDate || d.status !== 'occurred') continue;
    const told = drafts.filter((o) => o.si === d.si - 1 && !o.reply);
    const news = told.find((o) => o.status === 'occurred');
    if (news) {
      if (news.pendingDate) Object.assign(d, { pendingDate: news.pendingDate, dateText: news.dateText, date: news.date, datePrecision: news.datePrecision, dateBasis: news.dateBasis, monthDay: news.monthDay });
      continue;
    }
    const earlier = told.find((o) => o.status === 'background');
    Object.assign(d, { status: 'background', aspectBackground: true, date: earlier?.date ?? null, datePrecision: earlier?.datePrecision ?? null, dateBasis: earlier?.dateBasis ?? null, pendingDate: earlier?.pendingDate ?? null, monthDay: earlier?.monthDay ?? null });
  }
}

/** Give `d` the written time of `src`, resolved for `d`'s own status. */
function setDate(ctx: ArticleContext, d: Draft, src: Pick<Draft, 'pendingDate' | 'dateText'>): void {
  d.pendingDate = src.pendingDate ? { ...src.pendingDate, future: d.status === 'planned' } : null;
  d.dateText = src.dateText;
  if (d.status === 'occurred' && yearsBeforeUndated(ctx, d.pendingDate)) d.aspectBackground = true;
  const a = anchorDate({ status: d.status === 'background' ? 'occurred' : d.status, pendingDate: d.pendingDate, aspectBackground: d.aspectBackground }, ctx.date);
  Object.assign(d, { status: a.status, date: a.date, datePrecision: a.datePrecision, dateBasis: a.dateBasis, monthDay: a.monthDay });
}

/** What a noun reference (`the meeting`) points back to: the nearest earlier mention with its head, else the main event. */
function antecedent(ctx: ArticleContext, d: Draft, out: Draft[], main: Draft | null, messages: Message[]): Draft | 'left-out' | null {
  let src: Draft | null = null;
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i]!;
    // Only a mention of the sentence before or this one; further back, the main event is meant.
    if (d.si - o.si > 1) break;
    if (o.eventType === 'CONSULT' && o.head === d.head && o.actors.length && (!o.reference || o.status === d.status)) { src = o; break; }
  }
  if (src && src.status === 'planned' && d.status === 'occurred' && !d.pendingDate) d.status = 'planned';
  // A reference points back: a main event first told after it is not what it names.
  if (!src && d.status === 'occurred' && main && main.si <= d.si) src = main;
  if (!src && d.status === 'planned') src = [...out].reverse().find((o) => o.eventType === 'CONSULT' && o.status === 'planned' && o.actors.length) ?? null;
  // A reference with its own, different date is another event (`the meeting was launched in 2013`):
  // left out, unless the antecedent has no date of its own (it then takes this one's).
  const key = (x: Draft) => x.date ?? x.monthDay ?? JSON.stringify(x.pendingDate?.spec);
  if (src && d.pendingDate && src.pendingDate && key(d) !== key(src)) {
    messages.push({ ruleId: 'extract-events/left-out', severity: 'info', articleId: ctx.articleId, start: d.sentenceStart, end: d.sentenceEnd, actual: d.trigger, reason: `"${d.trigger}" has its own date (${d.pendingDate.text}): not a reference to the main event, left out` });
    return 'left-out';
  }
  if (src && d.pendingDate && !src.pendingDate && d.status === 'background') return 'left-out';
  return src;
}

const isDraft = (x: Draft | Pick<Draft, 'actors' | 'actorCountries'>): x is Draft => 'head' in x;

/** A group subject (`both sides`, `the three`): the people of the mention just before, else of the main event. */
function groupSource(d: Draft, out: Draft[], main: Draft | null, prev: { actors: string[]; countries: string[] } | null): Pick<Draft, 'actors' | 'actorCountries'> | null {
  const last = out[out.length - 1];
  if (prev && prev.actors.length >= 2 && last && d.sentenceStart - last.sentenceEnd < 400) return { actors: prev.actors, actorCountries: prev.countries };
  return main;
}
