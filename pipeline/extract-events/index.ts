/**
 * Find the event mentions of one article: PLOVER-typed triggers (verbs, a few nouns, and
 * statements read for what they do), their actors, status, place and temporal anchor. Per article
 * and pure (worker-safe, structured-cloneable output). Dates stay pending where they need the
 * article's or story's date, known only after story clustering: `pendingDate` carries what was written.
 *
 * Precision first: finite past forms (`met`, `has agreed`) and present reports (`condemns`) are the
 * news, plans need a planning cue and a date (`will meet on Friday`), clauses in the past perfect or
 * dated before the news are background; negated and hypothetical clauses are left out (a refusal,
 * `will not sign`, is a REJECT), quotations are someone's words (read only as statements).
 *
 * Cost: each sentence is tokenised once and each word looked up once in the trigger table; every
 * further step reads a bounded window around a hit, and very long sentences are cut into pieces,
 * so the cost is linear in the text.
 */
import { findTimeExpressions } from '../lib/dates.js';
import { isGroupName, isTitleHead, isTitleWord } from '../lib/gazetteer.js';
import { splitSentences } from '../lib/sentences.js';
import type { CleanArticle, Message, PersonMention, QuoteMention, Sentence } from '../types.js';
import { People } from './actors.js';
import { statesIn } from './states.js';
import { type ArticleContext, type Draft, type EventMentionDraft, type SentenceContext } from './draft.js';
import { evaluate } from './evaluation.js';
import { finish, type SentenceFacts } from './finish.js';
import { agentNounAt, analyseAgentNoun, analyseNoun, meetingNounAt } from './nouns.js';
import { datelinePlace } from './place.js';
import { isMatchReport, isPlay } from './sports.js';
import { statementDrafts } from './statements.js';
import { furniture, tokenize, type Token } from './tokens.js';
import { findTriggers, type TriggerHit } from './triggers.js';
import { analyseVerb } from './verbs.js';
import { adjectival, nounUse, pluralNoun } from './word-use.js';
import { isNewsDaySpec, latestPastYear, relativeAsideEnd, type PendingDate } from './time.js';
import { visitingMention } from './visiting.js';

export type { EventMentionDraft } from './draft.js';
export type { PendingDate } from './time.js';

/** Longest piece of a sentence analysed at once, in characters: a longer one (an unpunctuated text) is cut. */
const MAX_SENTENCE = 1500;

// A possessor whose people act for them is not the actor (`Mr Thorpe's colleagues refused`).
const POSSESSOR = /^['’]s?\s+(?:[a-z-]+\s+){0,2}(?:colleagues?|advis[eo]rs?|aides?|spokes(?:man|woman|person)|lawyers?|attorneys?|family|wife|husband|sons?|daughters?|supporters?|allies|officials?|staff|team|campaign|party|government|administration|office|ministry|department|camp|critics|opponents|parents|mother|father|brothers?|sisters?|friends?|associates?|backers|rivals|director|manager|chief|deputy)\b/;

// `Thatcher's former press secretary`: a possessive before an office (any title head).
const POSSESSIVE_ROLE = /^['’]s?\s+([a-z-]+)(?:\s+([a-z-]+))?(?:\s+([a-z-]+))?/;
/** Do the words after a name make it the possessor of who acts (`X's colleagues`, `X's former press secretary`)? */
function possessorOfAgent(after: string): boolean {
  if (POSSESSOR.test(after)) return true;
  const m = POSSESSIVE_ROLE.exec(after);
  return !!m && m.slice(1).some((w) => !!w && isTitleHead(w));
}
/**
 * One-word `people` that the article also writes in lower case (`Gunman attacked ...` and `the
 * gunman`): a common noun opening a sentence. One pass over the text's lower-case words.
 */
function commonWords(text: string, people: readonly PersonMention[]): (p: PersonMention) => boolean {
  const single = new Set(people.filter((p) => !p.fullName.includes(' ')).map((p) => p.fullName.toLowerCase()));
  const seen = new Set<string>();
  if (single.size) for (const m of text.matchAll(/\b\p{Ll}[\p{L}-]*/gu)) if (single.has(m[0])) seen.add(m[0]);
  return (p) => !p.fullName.includes(' ') && seen.has(p.fullName.toLowerCase());
}

/** `a cafe in Brick Lane`: a name right after a locative preposition is a place (a possessor stays a person). */
function placeAfterPreposition(text: string, p: PersonMention): boolean {
  return /\b(?:in|at|near|outside|inside)\s+$/.test(text.slice(Math.max(0, p.start - 8), p.start)) && !/^['’]/.test(text.slice(p.end, p.end + 1));
}
// `We've`, `They're`: a pronoun's contraction is no name.
const CONTRACTION = /^(?:I|We|You|They|He|She|It)['’](?:ve|re|ll|d|m|s)$/;

// One to three lower-case title words ending in an office, then a name: `leader Carles X`, `foreign minister Y`.
const TITLE_THEN_NAME = /^\s+((?:[a-z]+\s+){0,2}[a-z]+)\s+(?=\p{Lu})/u;

/** Is the one-word person at `p` a modifier of the title that follows it, before another person's name? */
function titleModifier(text: string, p: PersonMention, starts: ReadonlySet<number>): boolean {
  if (p.name.includes(' ')) return false;
  const m = TITLE_THEN_NAME.exec(text.slice(p.end, p.end + 50));
  const title = m?.[1]!.split(/\s+/) ?? [];
  return !!m && isTitleHead(title[title.length - 1]!) && title.every((w) => isTitleWord(w)) && starts.has(p.end + m[0].length);
}

/**
 * The event mentions of one article.
 * @param article the cleaned article (its `date` may be null: dates then stay pending)
 * @param people every person named in it (from the quotes stage)
 * @param quoted the spans inside quotation marks (from the quotes stage): someone's words or a
 *   quoted title, so no trigger or actor is taken from there except as a statement
 * @param sentences (optional) `splitSentences(article.text)`, when the caller already has it
 * @param quotes (optional) the attributed quotations (from the quotes stage), read as statements
 */
export function extractEvents(
  article: CleanArticle,
  people: PersonMention[],
  quoted: [number, number][],
  sentences: Sentence[] = splitSentences(article.text),
  quotes: QuoteMention[] = [],
): { mentions: EventMentionDraft[]; messages: Message[] } {
  const text = article.text;
  const messages: Message[] = [];
  if (!text) return { mentions: [], messages };
  const ranges = [...quoted].sort((a, b) => a[0] - b[0]);
  const quoteAt = (at: number): [number, number] | null => {
    let lo = 0, hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]![1] <= at) lo = mid + 1;
      else hi = mid;
    }
    const r = ranges[lo];
    return r && r[0] <= at && at < r[1] ? r : null;
  };
  const inQuote = (at: number) => quoteAt(at) !== null;
  // A `person` named as a group (`Labour MPs`, `senior officials`) is not one person; a one-word
  // `person` right before another's title and name modifies the title (`Catalan leader X`).
  const starts = new Set(people.map((p) => p.start));
  const commonWord = commonWords(text, people);
  const persons = people.filter((p) => !inQuote(p.start) && !possessorOfAgent(text.slice(p.end, p.end + 40)) && !isGroupName(p.fullName) && !titleModifier(text, p, starts) && !CONTRACTION.test(p.fullName) && !placeAfterPreposition(text, p) && !commonWord(p));
  const ctx: ArticleContext = {
    articleId: article.articleId,
    text,
    date: article.date,
    people: new People(persons),
    personNames: new Set(persons.map((p) => p.fullName)),
    here: datelinePlace(article.dateline),
    latestYear: article.date ? null : latestPastYear(text),
    inQuote,
    quoteAt,
    messages,
  };
  const contexts = sentenceContexts(text, sentences);
  const drafts: Draft[] = [];
  for (const sc of contexts) drafts.push(...sentenceDrafts(ctx, sc));
  drafts.push(...statementDrafts(ctx, contexts, quotes));
  if (isMatchReport(text)) {
    const personAt = (at: number) => ctx.people.within(at, at + 80).some((p) => p.start === at);
    // A person's name ending one space (or `Mr X`'s) before the word.
    const personBefore = (at: number) => ctx.people.within(Math.max(0, at - 80), at).some((p) => p.end <= at && at - p.end <= 1);
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k]!;
      if (!isPlay(d, text, personAt, personBefore)) continue;
      messages.push({ ruleId: 'extract-events/left-out', severity: 'info', articleId: ctx.articleId, start: d.sentenceStart, end: d.sentenceEnd, actual: d.trigger, reason: `Play in a match report ("${d.trigger}") left out` });
      drafts.splice(k, 1);
    }
  }
  // Text order; within a sentence verbs and nouns before statements (a statement repeating a verb's event is dropped).
  drafts.sort((a, b) => a.sentenceStart - b.sentenceStart || Number(a.statement) - Number(b.statement));
  return { mentions: finish(ctx, drafts, sentenceFacts(ctx, contexts)), messages };
}

/**
 * What the second pass needs to know of the sentences: which hold a time expression, which
 * paragraphs are one sentence long, and the news day the lead names (`said on Friday`).
 */
function sentenceFacts(ctx: ArticleContext, contexts: readonly SentenceContext[]): SentenceFacts {
  const timed = new Set<number>();
  const sizes = new Map<number, Set<number>>();
  let newsDay: PendingDate | null = null;
  const dayTimes = new Map<number, PendingDate>();
  const otherTimes = new Map<number, PendingDate>();
  const paragraphOf = new Map<number, number>();
  for (const sc of contexts) {
    const exprs = findTimeExpressions(ctx.text, sc.s.start, sc.s.end).filter((e) => !ctx.inQuote(e.start));
    if (exprs.length) timed.add(sc.si);
    const day = exprs.find((e) => isNewsDaySpec(e.spec) && e.prep !== 'since' && e.prep !== 'until' && e.prep !== 'till');
    if (day && !dayTimes.has(sc.si)) dayTimes.set(sc.si, { spec: day.spec, text: day.text, future: false });
    // A relative clause's time (`X, who won in 1999, said`) is its own act's: it sets no time for the sentences after.
    const any = exprs.find((e) => e.prep !== 'since' && e.prep !== 'until' && e.prep !== 'till' && relativeAsideEnd(ctx.text, sc.s.start, e.start) < 0);
    if (any && !day) otherTimes.set(sc.si, { spec: any.spec, text: any.text, future: false });
    if (sc.si === 0 && day) newsDay = { spec: day.spec, text: day.text, future: false, newsDay: true };
    paragraphOf.set(sc.si, sc.s.paragraph);
    sizes.set(sc.s.paragraph, (sizes.get(sc.s.paragraph) ?? new Set()).add(sc.si));
  }
  return { timed, singleParagraphs: new Set([...sizes].filter(([, v]) => v.size === 1).map(([k]) => k)), newsDay, dayTimes, otherTimes, paragraphOf };
}

/** The mentions of one sentence's triggers, in order. */
function sentenceDrafts(ctx: ArticleContext, sc: SentenceContext): Draft[] {
  const { tokens } = sc;
  if (sc.furniture) return [];
  const senses = {
    personAt: (from: number, to: number) => {
      for (let k = from; k < Math.min(to, tokens.length); k++) if (ctx.people.within(tokens[k]!.start, tokens[k]!.end + 40).some((p) => p.start === tokens[k]!.start)) return k;
      return -1;
    },
    evaluation: (from: number, to: number) => evaluate(tokens, from, to)?.type ?? null,
    actorIn: (from: number, to: number) => {
      if (from >= Math.min(to, tokens.length)) return false;
      const a = tokens[from]!.start, b = tokens[Math.min(to, tokens.length) - 1]!.end;
      return ctx.people.within(a, b).length > 0 || statesIn(ctx.text, a, b, ctx.people).length > 0;
    },
  };
  // Nouns and adjectival participles found as trigger forms (`their call`, `jailed activist`) neither report nor bound other triggers.
  const hits = findTriggers(tokens, 0, tokens.length, senses).filter((h) => !adjectival(tokens, h) && !pluralNoun(tokens, h) && (!nounUse(tokens, h) || meetingNounAt(tokens, h.i)));
  const out: Draft[] = [];
  let h = 0;
  for (let i = 0; i < tokens.length; i++) {
    const hit = hits[h];
    const noun = meetingNounAt(tokens, i);
    const agentNoun = agentNounAt(tokens, i);
    if (agentNoun) {
      const d = analyseAgentNoun(ctx, sc, i, agentNoun);
      if (d) out.push(d);
      if (hit && hit.i === i) h++;
      continue;
    }
    if (hit && hit.i === i) {
      h++;
      // `the meeting`, `his visit`: a noun first; `Putin meeting relatives` stays a verb.
      const asNoun = noun && hit.form !== 'past' && hit.form !== 'pp' ? analyseNoun(ctx, sc, i, noun) : null;
      // `told visiting Prime Minister X`: a participle naming a visitor, when it reports nothing as a verb.
      const d = asNoun ?? analyseVerb(ctx, sc, hit, nextEventAt(tokens, i, hits[h])) ?? (tokens[i]!.lower === 'visiting' ? visitingMention(ctx, sc, i) : null);
      if (d) out.push(d);
      i = hit.last;
      continue;
    }
    if (noun) {
      const d = analyseNoun(ctx, sc, i, noun);
      if (d) out.push(d);
      continue;
    }
    if (tokens[i]!.lower === 'visiting') {
      const d = visitingMention(ctx, sc, i);
      if (d) out.push(d);
    }
  }
  return out;
}

/** Where the next event word after token `i` starts (a trigger or a meeting noun): a verb's time and place stop there. */
function nextEventAt(tokens: readonly Token[], i: number, nextHit: TriggerHit | undefined): number {
  const stop = nextHit ? nextHit.i : tokens.length;
  for (let k = i + 1; k < stop; k++) if (meetingNounAt(tokens, k)) return tokens[k]!.start;
  return stop < tokens.length ? tokens[stop]!.start : tokens.length ? tokens[tokens.length - 1]!.end : 0;
}

/** Sentences with their tokens; a sentence longer than `MAX_SENTENCE` is cut into pieces at spaces. */
function sentenceContexts(text: string, sentences: Sentence[]): SentenceContext[] {
  const out: SentenceContext[] = [];
  sentences.forEach((s, si) => {
    for (let start = s.start; start < s.end; ) {
      let end = Math.min(s.end, start + MAX_SENTENCE);
      if (end < s.end) {
        const space = text.lastIndexOf(' ', end);
        if (space > start + MAX_SENTENCE / 2) end = space;
      }
      const piece = { start, end, paragraph: s.paragraph };
      const tokens = tokenize(text, start, end);
      out.push({ s: piece, si, tokens, furniture: furniture(tokens) });
      start = end;
      while (start < s.end && /\s/.test(text[start]!)) start++;
    }
  });
  return out;
}
