/**
 * Find every quotation in one article and attribute it to a speaker.
 *
 * 1. Pair quotation marks by system (`marks.ts`); find the reporting cues outside them (`cues.ts`),
 *    the people (`lib/people.ts`) and organisations (`organisations.ts`) the article names.
 * 2. Track who reports what, sentence by sentence, quoted or not (`coreference.ts`).
 * 3. Tell quotations from quoted terms (`terms.ts`): a short span counts only when a cue and a
 *    source govern it.
 * 4. Attribute each quotation (`attribution.ts`, `speakers.ts`), then the pieces of one quotation
 *    (split by its attribution, continued over paragraphs) share their speaker.
 *
 * Per article and pure (no I/O, no clock): the result is structured-cloneable for worker threads.
 */
import { findPeople } from '../lib/people.js';
import { splitSentences } from '../lib/sentences.js';
import type { CleanArticle, Message, PersonMention, QuoteMention, Sentence } from '../types.js';
import { ArticleIndex, lastAtOrBefore } from './article-index.js';
import { Attributor, basisOf, type Attribution, type PriorQuote } from './attribution.js';
import { Discourse } from './coreference.js';
import { findCues, type Cue } from './cues.js';
import { pairMarks, splitParagraphs, type QuotedSpan } from './marks.js';
import { findOrganisations } from './organisations.js';
import { subjectAfter, subjectBefore } from './speakers.js';
import { countWords, isPartial, isQuotedTerm } from './terms.js';

export interface QuoteExtraction {
  quotes: QuoteMention[];
  /** Every person named in the article (used by actor resolution and event extraction). */
  people: PersonMention[];
  /**
   * Every span inside paired quotation marks, `[open mark, after the closing mark)`: quotations and
   * quoted terms alike, so later stages know what is someone's words or a title rather than narration.
   */
  quoted: [number, number][];
  messages: Message[];
}

const RULE = 'extract-quotes';
/** Messages of one rule listed per article; the rest are counted in one closing message. */
const MESSAGES_PER_RULE = 50;

/** A quote row while the article is processed: the construction and piece chain ride along. */
type Row = QuoteMention & { chain: number; sentence: number; construction: string; kind: Attribution['kind'] };

/**
 * Find the quotations in one cleaned article and attribute them.
 * @param article the cleaned article
 * @param sentences (optional) `splitSentences(article.text)`, when the caller already has it
 * @returns the quotation pieces in text order, the people the article names, and coded messages
 */
export function extractQuotes(article: CleanArticle, sentences: Sentence[] = splitSentences(article.text)): QuoteExtraction {
  const text = article.text;
  const messages = new MessageLog(article.articleId);
  const people = findPeople(article.articleId, text, sentences);
  const spans = pairMarks(text, (rule, reason, start, end, actual) => messages.add(rule, rule === 'reopened' ? 'info' : 'warning', reason, start, end, actual));
  const ix = new ArticleIndex(text, sentences, people, spans);
  ix.cues = findCues(text, ix.spans, people);
  const discourse = new Discourse(ix, findOrganisations(text, people));
  const paragraphs = splitParagraphs(text);
  const paragraphOf = (pos: number): [number, number] => paragraphs[Math.max(0, lastAtOrBefore(paragraphs, pos, (p) => p[0]))] ?? [0, text.length];
  noteReporters(ix, discourse);
  const attributor = new Attributor(ix, discourse, paragraphOf);
  const rows = attributeAll(article.articleId, ix, discourse, attributor);
  groupPieces(article.articleId, text, rows);
  for (const q of rows) {
    if (!q.speaker && !q.speakerMention) messages.add('unattributed', 'info', 'Quotation without a speaker: no reporting cue or speaker found nearby.', q.quoteStart, q.quoteEnd, q.text.slice(0, 60));
  }
  return {
    quotes: rows.map(({ chain: _c, sentence: _s, construction: _f, kind: _k, ...q }) => q),
    people,
    quoted: ix.spans.map((sp) => [sp.open, sp.after]),
    messages: messages.close(),
  };
}

/**
 * Register, sentence by sentence, who reports something without quotation marks too
 * (`The plan will fail, said X.`, `X warned that ...`), so that a later `he` can find X.
 */
function noteReporters(ix: ArticleIndex, discourse: Discourse): void {
  for (const cue of ix.cues) {
    if (cue.form !== 'finite' || cue.weak) continue;
    const si = ix.sentenceAt(cue.start);
    const sentence = ix.sentences[si]!;
    // `..., said X` is inverted; `X, an expert, said` (a name right before the comma) is not.
    const comma = /,\s*$/.exec(ix.text.slice(Math.max(sentence.start, cue.start - 3), cue.start));
    const inverted = !!comma && !ix.peopleIn(Math.max(sentence.start, cue.start - 60), cue.start).some((p) => /^\s*,\s*$/.test(ix.text.slice(p.end, cue.start)));
    const ref = (inverted ? subjectAfter(ix, cue, sentence.end) : null) ?? subjectBefore(ix, ix.clauseStart(sentence.start, cue.start), cue.start, 'clause');
    if (!ref || ref.kind === 'main' || ref.kind === 'unnamed') continue;
    const r = discourse.resolve(ref, cue.start);
    if (r.speaker && r.kind) discourse.note(si, r.speaker, r.kind);
  }
}

function attributeAll(articleId: string, ix: ArticleIndex, discourse: Discourse, attributor: Attributor): Row[] {
  const out: Row[] = [];
  const text = ix.text;
  const spans = ix.spans;
  // The chain of the last quotation kept: a later piece of it continues a quotation.
  let keptChain = -1;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const sOpen = ix.sentenceAt(span.open);
    const sClose = ix.sentenceAt(Math.max(span.open, span.after - 1));
    const sentStart = ix.sentences[sOpen]?.start ?? span.open;
    const sentEnd = ix.sentences[sClose]?.end ?? span.after;
    const quoteText = text.slice(span.start, span.end);
    const words = countWords(quoteText);
    if (words === 0) continue;
    const isContinuation = k > 0 && spans[k - 1]!.chain === span.chain && keptChain === span.chain;
    const governing = isContinuation ? null : governingCueBefore(ix, span, sentStart);
    let attr = attributor.inSentence(span, sentStart, sentEnd);
    if (!isContinuation && isQuotedTerm(ix, span, quoteText, words, governing, !!attr?.cue)) continue;

    // A short span counts only when a cue and a source govern it (`called the ruling "theatrical"`).
    const splitPiece = !attr && splitByAttribution(ix, span, out);
    if (words < 5 && !isContinuation && !splitPiece && (!attr || (!attr.cue && !attr.construction.startsWith('label'))) && !followsQuoteOfParagraph(ix, span, out)) continue;
    // `Residents call the bridge "the old lady"`: what unnamed people call something is a name, not a quotation.
    if (words < 5 && !isContinuation && attr?.cue?.frame === 'name' && !attr.speaker) continue;
    const partial = isPartial(ix, span, sentStart, attr?.construction ?? null, attr?.cue ?? null, isContinuation || splitPiece);
    if (!attr) {
      attr = attributor.fromContext(span, sOpen, partial, priorQuote(out));
      // A fragment inside a sentence that nobody is said to say is a quoted term, not a quotation.
      if (partial && !attr.cue && !attr.speaker && words < 8 && !isContinuation) continue;
    }
    const basis = basisOf(attr);
    const [evidenceStart, evidenceEnd] = evidenceSpan(text, Math.min(sentStart, attr.from), Math.max(sentEnd, attr.to), Math.min(span.open, attr.from), Math.max(span.after, attr.to));
    keptChain = span.chain;
    out.push({
      articleId,
      text: quoteText,
      quoteStart: span.start,
      quoteEnd: span.end,
      sentenceStart: evidenceStart,
      sentenceEnd: evidenceEnd,
      speaker: attr.speaker,
      speakerMention: attr.mention,
      speakerKind: attr.speaker ? attr.kind : null,
      speakerBasis: basis,
      cue: attr.cue?.text ?? null,
      partial,
      rule: `${RULE}/${attr.via === 'pronoun' ? 'pronoun' : attr.construction}`,
      groupKey: null,
      chain: span.chain,
      sentence: sOpen,
      construction: attr.construction,
      kind: attr.kind,
    });
    if (attr.speaker && attr.kind) discourse.note(sClose, attr.speaker, attr.kind);
  }
  return out;
}

/** Longest evidence kept whole; a longer "sentence" (unpunctuated text) is cut to a window around the quotation. */
const EVIDENCE_MAX = 1500;
const EVIDENCE_MARGIN = 300;

/** The evidence: the sentence(s) with the quotation and its attribution, at most a window around them. */
function evidenceSpan(text: string, from: number, to: number, needFrom: number, needTo: number): [number, number] {
  if (to - from <= EVIDENCE_MAX) return [from, to];
  let s = Math.max(from, needFrom - EVIDENCE_MARGIN);
  let e = Math.min(to, needTo + EVIDENCE_MARGIN);
  // Cut at word boundaries so the window reads.
  while (s > from && s < needFrom && !/\s/.test(text.charAt(s - 1))) s++;
  while (e < to && e > needTo && !/\s/.test(text.charAt(e))) e--;
  while (s < needFrom && /\s/.test(text.charAt(s))) s++;
  while (e > needTo && /\s/.test(text.charAt(e - 1))) e--;
  return [s, e];
}

function priorQuote(rows: Row[]): PriorQuote | null {
  const last = rows[rows.length - 1];
  return last ? { speaker: last.speaker, kind: last.kind, mention: last.speakerMention, quoteEnd: last.quoteEnd } : null;
}

/**
 * A whole sentence in quotation marks right after an attributed quotation of the same paragraph
 * (`"Here it comes," she said. "At last."`): the speaker goes on, however short the words.
 */
function followsQuoteOfParagraph(ix: ArticleIndex, span: QuotedSpan, rows: Row[]): boolean {
  const last = rows[rows.length - 1];
  if (!last || (!last.speaker && !last.speakerMention)) return false;
  const gap = ix.text.slice(last.quoteEnd, span.open);
  if (gap.length > 200 || gap.includes('\n') || ix.quoteOpensIn(last.quoteEnd + 1, span.open)) return false;
  return /[.!?]\s*$/.test(gap) || /^[.!?]/.test(gap.replace(/^["”'’»]+/, ''));
}

/** `"A," said X, speaking of Y, "b."`: the second piece of a sentence split by its attribution (grouped later). */
function splitByAttribution(ix: ArticleIndex, span: QuotedSpan, rows: Row[]): boolean {
  const last = rows[rows.length - 1];
  if (!last || !last.cue || ix.sentenceAt(last.quoteStart) !== ix.sentenceAt(span.open)) return false;
  return /^["”'’»]*,?\s*[^.!?"“”\n]{1,120},\s*$/u.test(ix.text.slice(last.quoteEnd, span.open));
}

/**
 * The cue that governs the span as its words: a characterising cue shortly before it (`called her
 * "..."`, `described it as "..."`), or any cue right before it (`Ruiz Says: "..."`).
 */
function governingCueBefore(ix: ArticleIndex, span: QuotedSpan, sentStart: number): Cue | null {
  const cues = ix.cuesIn(Math.max(sentStart, span.open - 80), span.open);
  const c = cues[cues.length - 1];
  if (!c) return null;
  const gap = ix.text.slice(c.end, span.open);
  if (/^\s*[:,]?\s*$/.test(gap) && c.form !== 'noun') return c;
  return c.frame === 'name' && /^[^,;:.!?"“”]{0,50}$/u.test(gap) ? c : null;
}

/** Pieces of one quotation share a group key and, where one piece names the speaker, the speaker. */
function groupPieces(articleId: string, text: string, rows: Row[]): void {
  // Pieces chained over paragraphs or reopenings; a sentence split by its attribution
  // (`"A," he said, "b."`): the second piece's cue is the first piece's cue.
  const groupOf: number[] = rows.map((_, i) => i);
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    const chained = a.chain === b.chain && !(b.construction.startsWith('label') && b.speaker !== a.speaker);
    const between = text.slice(a.quoteEnd + 1, b.quoteStart - 1);
    // `"A," said X, speaking of Y, "b."`: an attribution clause between two pieces of one sentence.
    const attributionBetween = /^[,\s]*[^.!?"“”]{1,120},\s*$/u.test(between);
    const split = a.sentence === b.sentence && a.cue !== null && attributionBetween && ((b.cue === a.cue && b.construction === 'cue-before-comma') || (!b.speaker && !b.construction.startsWith('label')));
    if (chained || split) groupOf[i] = groupOf[i - 1]!;
  }
  const members = new Map<number, number[]>();
  groupOf.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const ownAttribution = (r: Row) => r.cue !== null || r.construction.startsWith('label');
  for (const [, list] of members) {
    if (list.length < 2) continue;
    const pieces = list.map((i) => rows[i]!);
    const key = `${articleId}:${pieces[0]!.quoteStart}`;
    // The speaker of the quotation: the first piece with its own cue, else a floating attribution.
    const anchor = pieces.find(ownAttribution) ?? pieces.find((r) => r.speaker !== null);
    for (const r of pieces) {
      r.groupKey = key;
      if (!anchor || r === anchor || ownAttribution(r)) continue;
      r.speaker = anchor.speaker;
      r.speakerMention = anchor.speakerMention;
      r.speakerKind = anchor.speakerKind;
      r.speakerBasis = anchor.speaker ? 'context' : null;
      r.rule = anchor.cue ? `${RULE}/continuation` : anchor.rule;
    }
  }
}

/** Coded messages of one article, at most `MESSAGES_PER_RULE` listed per rule (the rest counted). */
class MessageLog {
  private readonly list: Message[] = [];
  private readonly counts = new Map<string, number>();
  constructor(private readonly articleId: string) {}

  add(rule: string, severity: Message['severity'], reason: string, start: number, end: number, actual: string): void {
    const n = (this.counts.get(rule) ?? 0) + 1;
    this.counts.set(rule, n);
    if (n <= MESSAGES_PER_RULE) this.list.push({ ruleId: `${RULE}/${rule}`, reason, severity, articleId: this.articleId, start, end, actual });
  }

  close(): Message[] {
    for (const [rule, n] of this.counts) {
      if (n <= MESSAGES_PER_RULE) continue;
      this.list.push({ ruleId: `${RULE}/${rule}`, reason: `${n - MESSAGES_PER_RULE} more of these in the article are not listed.`, severity: 'info', articleId: this.articleId });
    }
    return this.list;
  }
}

export type { QuotedSpan };
