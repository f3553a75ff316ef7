/**
 * Attribution of one quotation: the constructions tried in order, from the most direct:
 * 1. a label (`"RUIZ: ...`, `Ana Ruiz, Courier: "..."`, `"..." ― Ana Ruiz`);
 * 2. a cue right before the quotation (`X said: "..."`, `X said, "..."`), `according to X, "..."`;
 * 3. a cue right after it (`"...," X said`, `"...," said X`, `"...," according to X`);
 * 4. reported speech: a cue earlier in the sentence (`X said the plan was "reckless"`, `..., saying
 *    ...`, `X's claim that ...`);
 * 5. the context: an introduction closing the previous sentence (`X said:`), a floating quotation
 *    after an attributed one, a sentence about a person.
 * The reference found is resolved by `coreference.ts`.
 */
import { lastIndexIn, type ArticleIndex } from './article-index.js';
import type { Discourse, Resolved, SpeakerBasis } from './coreference.js';
import type { Cue } from './cues.js';
import type { QuotedSpan } from './marks.js';
import { labelOf } from './labels.js';
import { LEADING_CONJUNCTIONS, OTHER_PRONOUNS } from './source-words.js';
import { accordingTo, mainSubject, possessorOf, subjectAfter, subjectBefore, type SourceRef } from './speakers.js';

// `with many saying`, `with some residents saying`, `with Lena Ostrova saying`: an absolute clause's own subject before the participle.
const WITH_SUBJECT = /\bwith\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+$/u;
/** Words no such subject holds (`his dispute with X after claiming`, `with X quoted as saying`, `with X has claiming`). */
const NOT_IN_SUBJECT = new Set(['after', 'before', 'while', 'when', 'as', 'by', 'for', 'in', 'on', 'at', 'to', 'from', 'and', 'or', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'been', 'quoted']);

export type Construction =
  | 'label'
  | 'label-after'
  | 'cue-before-colon'
  | 'cue-before-comma'
  | 'according-to'
  | 'cue-after'
  | 'cue-after-inverted'
  | 'reported-speech'
  | 'participle'
  | 'floating'
  | 'unattributed';

export interface Attribution extends Resolved {
  cue: Cue | null;
  construction: Construction;
  /** Where the evidence must reach to include the cue and the source. */
  from: number;
  to: number;
}

/** A passive naming verb after a report noun (`... have been described as`, `was branded`): what follows names it. */
const PASSIVE_NAMING = /^\s+(?:(?:have|has|had)\s+been|was|were|is|are)\s+(?:\p{Ll}+ly\s+)?(?:described|called|branded|labelled|labeled|dismissed|denounced|condemned|criticised|criticized|attacked)\b/u;
/** What the context needs of the quotations attributed so far. */
export interface PriorQuote {
  speaker: string | null;
  kind: Resolved['kind'];
  mention: string | null;
  quoteEnd: number;
}

/** The published basis of an attribution: the construction, unless the speaker was reached through a pronoun, title or organisation. */
export function basisOf(a: Attribution): SpeakerBasis | null {
  if (!a.speaker) return null;
  if (a.via) return a.via;
  switch (a.construction) {
    case 'cue-after':
    case 'label-after':
      return 'cue-after';
    case 'cue-after-inverted':
      return 'inverted';
    case 'floating':
    case 'unattributed':
      return 'context';
    default:
      return 'cue-before';
  }
}

/** How many sentences on a paragraph's speaker is assumed to go on speaking (`paragraphSpeakerGoesOn`). */
const PARAGRAPH_SPEAKER_SENTENCES = 3;

/**
 * After a report noun, what opens its content (`his claim that "..."`, `her statement: "..."`,
 * `his words, "..."`, `her assertion of a "..."`).
 */
const NOUN_CONTENT_GAP = /^\s*(?:that\b|:|,|$|of(?:\s+(?:a|an|the))?\s*$)/;

/** Subjects of a narrating sentence that do not hand the paragraph to a new speaker. */
const NON_SPEAKER_SUBJECTS: ReadonlySet<string> = new Set(OTHER_PRONOUNS);

/** Between a naming cue and its quotation: the one named (`called him "..."`, `described it as "..."`). */
const NAMED_OBJECT_GAP = /^\s+(?:him|her|them|it|this|us|me)(?:\s+as)?\s*$/;
/** Between an inverted verb and its quotation, the subject alone and a comma (`said Ana Ruiz, "..."`). */
const INVERTED_SUBJECT_GAP = /^\s+[^.!?"“”:;,]{1,60},\s*$/u;
const CONJUNCTIONS = new Set(LEADING_CONJUNCTIONS);
/** Only a conjunction, if anything, before the verb in its sentence (`But, said X`), so no subject stands before it (`X told Y, "..."`). */
const opensSentence = (lead: string): boolean => {
  const words = lead.trim().replace(/,$/, '').split(/\s+/).filter(Boolean);
  return words.length === 0 || (words.length === 1 && CONJUNCTIONS.has(words[0]!));
};

export class Attributor {
  constructor(
    private readonly ix: ArticleIndex,
    private readonly discourse: Discourse,
    private readonly paragraphOf: (pos: number) => [number, number],
  ) {}

  /** Attribute a quotation from its own sentence(s), or null when they hold no attribution. */
  inSentence(span: QuotedSpan, sentStart: number, sentEnd: number): Attribution | null {
    const ix = this.ix;
    const text = ix.text;
    const [pStart, pEnd] = this.paragraphOf(span.open);
    const label = labelOf(ix, span.open, span.start, span.after, pStart, pEnd);
    if (label && label.kind !== 'main' && this.labelFits(span, label, sentStart)) return this.make(label, null, label.start >= span.after ? 'label-after' : 'label', Math.min(span.open, label.start), Math.max(span.after, label.end), span.open);
    const cues = ix.cuesIn(Math.max(sentStart, span.open - 600), Math.min(sentEnd, span.after + 600));
    const before = cues.filter((c) => c.end <= span.open);
    const after = cues.filter((c) => c.start >= span.after);
    // 1. `X said: "..."`, `X said, "..."`, `X said of the award: "..."`.
    const lastBefore = before[before.length - 1];
    if (lastBefore && lastBefore.form !== 'according' && lastBefore.form !== 'noun') {
      const gap = text.slice(lastBefore.end, span.open);
      if ((/^\s*[:,]?\s*(?:that\s*)?$/.test(gap) || /^[^.!?"“”:]{1,80}:\s*$/u.test(gap)) && !ix.quoteOpensIn(lastBefore.end, span.open)) {
        const construction = gap.includes(':') ? 'cue-before-colon' : 'cue-before-comma';
        const a = this.fromCueBefore(lastBefore, ix.clauseStart(sentStart, lastBefore.start), construction, true);
        if (a) return a;
        // `In other words, explained the moderator, Ana Ruiz: "..."`: the subject after the verb.
        if (/(?:^|[,;:]\s*)$/.test(text.slice(ix.clauseStart(sentStart, lastBefore.start), lastBefore.start).trimEnd() + ' ') || /,\s*$/.test(text.slice(Math.max(sentStart, lastBefore.start - 3), lastBefore.start))) {
          const ref = subjectAfter(ix, lastBefore, span.open);
          if (ref && ref.kind !== 'main') return this.make(ref, lastBefore, construction, lastBefore.start, span.open, lastBefore.start);
        }
      }
      // `But, said Ana Ruiz, "..."`: a verb opening its clause, its subject after it, then the quotation.
      if (lastBefore.form === 'finite' && INVERTED_SUBJECT_GAP.test(gap) && !ix.quoteOpensIn(lastBefore.end, span.open) && opensSentence(text.slice(sentStart, lastBefore.start))) {
        const ref = subjectAfter(ix, lastBefore, span.open);
        if (ref && (ref.kind === 'person' || ref.kind === 'pronoun')) return this.make(ref, lastBefore, 'cue-before-comma', lastBefore.start, span.open, lastBefore.start);
      }
      // `X called him "a fraud", Y replied:`: words said of someone, right after the cue and its object, are the cue's.
      if (NAMED_OBJECT_GAP.test(gap) && !ix.quoteOpensIn(lastBefore.end, span.open)) {
        const a = this.fromCueBefore(lastBefore, ix.clauseStart(sentStart, lastBefore.start), 'reported-speech', false);
        if (a) return a;
      }
    }
    // `According to X, "..."`.
    for (const c of before) {
      if (c.form !== 'according') continue;
      const ref = accordingTo(ix, c, span.open);
      if (ref) return this.make(ref, c, 'according-to', c.start, span.after, c.start);
    }
    // 2. `"...," X said`, `"...," said X`, `..., according to X` right after the quotation. After a
    // quotation ending its sentence (`"...?" Lind asked`), only a subject and cue right after it count.
    let lateAfter: Attribution | null = null;
    const endsSentence = /[.!?…]$/.test(text.slice(span.start, span.end)) && /^\s+\p{Lu}/u.test(text.slice(span.after, span.after + 3)) && span.after > span.end;
    const nextSentence = ix.sentences[ix.sentenceAt(span.after + 1)];
    const afterEnd = endsSentence && nextSentence ? Math.min(nextSentence.end, span.after + 160) : sentEnd;
    const limit = Math.min(afterEnd, ix.nextQuote(span.after)?.open ?? afterEnd);
    const quotedAs = (c: Cue) => /\squoted\s+as\s+$/.test(text.slice(Math.max(0, c.start - 14), c.start));
    // Across the full stop, the cue must close its own clause (`"...?" Lind asked.`, `Lind said of ...`),
    // not open one (`Lind said the plan failed.` reports something else).
    const closesClause = (c: Cue) => /^(?:\s*[.,;:!?]|\s+(?:about|of|in|on|at|to|during|after|before|with|from|for|when|while|as|last|this|yesterday|today|\p{Ll}+ly)\b|\s*$)/u.test(text.slice(c.end, c.end + 16));
    const afterCues = endsSentence ? ix.cuesIn(span.after, afterEnd).filter(closesClause) : after;
    for (const cue of afterCues.filter((c) => (c.form !== 'participle' || quotedAs(c)) && c.start < limit).slice(0, endsSentence ? 1 : 3)) {
      const gap = text.slice(span.after, cue.start);
      if (cue.form === 'participle') {
        // `"...," X was quoted as saying`: the subject of the passive, right after the quotation.
        const passive = /\s+(?:was|were|is|are|has been|have been)\s+(?:\p{Ll}+ly\s+)?quoted\s+as\s+$/u.exec(text.slice(Math.max(span.after, cue.start - 40), cue.start));
        const ref = passive ? subjectBefore(ix, span.after, cue.start - passive[0].length, 'after-quote') : null;
        if (ref && ref.kind !== 'main') return this.make(ref, cue, 'cue-after', span.open, cue.end, cue.start);
        continue;
      }
      if (cue.form === 'according') {
        // `"...," according to X` gives the quotation's source; further on (`he said it was "..."
        // ..., according to reports`) it is the source of the report, after the sentence's own cue.
        const ref = accordingTo(ix, cue, sentEnd);
        if (ref && /^[\s,;—–'’"”»-]*$/.test(gap)) return this.make(ref, cue, 'according-to', span.open, ref.kind === 'main' ? cue.end : ref.end, cue.start);
        if (ref && !lateAfter) lateAfter = this.make(ref, cue, 'according-to', span.open, ref.kind === 'main' ? cue.end : ref.end, cue.start);
        continue;
      }
      if (cue.form === 'noun' || cue.form === 'infinitive') continue;
      if (/^[\s,;—–'’"”»-]*$/.test(gap)) {
        const ref = subjectAfter(ix, cue, afterEnd);
        if (ref) return this.make(ref, cue, 'cue-after-inverted', span.open, ref.kind === 'main' ? cue.end : Math.max(cue.end, ref.end), cue.start);
      } else if (!lateAfter && !endsSentence && /,\s*$/.test(gap) && gap.length <= 160) {
        // `"..." if she lost, said X`: an inverted attribution closing the sentence.
        const ref = subjectAfter(ix, cue, sentEnd);
        if (ref && ref.kind !== 'main' && ref.kind !== 'label') lateAfter = this.make(ref, cue, 'cue-after-inverted', span.open, Math.max(cue.end, ref.end), cue.start);
      }
      if (gap.length > 160) break;
      const ref = subjectBefore(ix, span.after, cue.start, 'after-quote');
      if (ref && ref.kind !== 'main') {
        const a = this.make(ref, cue, 'cue-after', span.open, cue.end, cue.start);
        // Right after the quotation (`"...," Lind said`) this is the attribution; later in the
        // sentence (`is "unacceptable" given ..., Lind said`) a cue before the quote comes first.
        if (/^[\s,;—–'’"”»-]*$/.test(text.slice(span.after, ref.start))) return a;
        if (!endsSentence) lateAfter = a;
        break;
      }
    }
    // 3. Reported speech: `X said (that) ... "..."`, `X ..., saying ... "..."`, `X's claim that "..."`.
    for (let i = before.length - 1; i >= 0; i--) {
      const c = before[i]!;
      if (c.form === 'according') continue;
      // A weak cue (`continued`, `talks`) attributes only a quotation right after it.
      if (c.weak && !/^\s*[:,]?\s*(?:that\s*)?$/.test(text.slice(c.end, span.open))) continue;
      // `..., whom X referred to in a speech, were "..."`: a cue inside a relative clause closed before the quotation is not its.
      if (/,\s*(?:who|whom|whose|which)\b[^,]*$/u.test(text.slice(Math.max(sentStart, c.start - 120), c.start)) && text.slice(c.end, span.open).includes(',')) continue;
      const outer = c.form === 'noun' ? this.reporterOfNoun(c, before.slice(0, i), span, sentStart) : null;
      if (outer) return outer;
      const bound = ix.clauseStart(sentStart, c.start);
      const a = this.fromCueBefore(c, bound, c.form === 'participle' ? 'participle' : 'reported-speech', false);
      if (a) return a;
    }
    return lateAfter;
  }

  /**
   * No attribution in the quotation's own sentence: an introduction closing the previous sentence
   * (`Lind said:`), a floating quotation after an attributed one, a sentence about a person.
   */
  fromContext(span: QuotedSpan, si: number, partial: boolean, prior: PriorQuote | null): Attribution {
    const ix = this.ix;
    const none: Attribution = { speaker: null, kind: null, mention: null, via: null, cue: null, construction: 'unattributed', from: span.open, to: span.after };
    const prev = ix.sentences[si - 1];
    const cur = ix.sentences[si];
    if (!prev || !cur || cur.paragraph - prev.paragraph > 1) return none;
    const prevText = ix.text.slice(prev.start, prev.end);
    // `Lind said:` (or `Lind continued:`) closing the previous sentence.
    if (/:\s*$/.test(prevText)) {
      const cues = ix.cuesIn(prev.start, prev.end);
      const last = cues[cues.length - 1];
      if (last) {
        const a = this.fromCueBefore(last, prev.start, 'cue-before-colon', true);
        if (a) return { ...a, from: prev.start };
      }
    }
    const continued = this.paragraphSpeakerGoesOn(span, si, prior);
    if (continued) return continued;
    if (partial) return none;
    // A floating quotation: the previous sentence holds an attributed quotation.
    if (prior && (prior.speaker || prior.mention) && prior.quoteEnd >= prev.start && prior.quoteEnd <= prev.end && !this.namesOtherPerson(prior.quoteEnd, span.open, prior.speaker, prev.paragraph === cur.paragraph)) {
      return { speaker: prior.speaker, kind: prior.kind, mention: prior.mention, via: null, cue: null, construction: 'floating', from: prev.start, to: span.after };
    }
    // The previous sentence reports someone's speech (`Lind said the talks had failed.`).
    for (const c of ix.cuesIn(prev.start, prev.end)) {
      if (c.form !== 'finite' || c.weak) continue;
      const a = this.fromCueBefore(c, prev.start, 'floating', false) ?? this.inverted(c, prev.end);
      if (a && a.speaker && !this.namesOtherPerson(c.end, span.open, a.speaker, true)) {
        return { ...a, cue: null, construction: 'floating', via: a.via === 'pronoun' ? 'pronoun' : null, from: prev.start, to: span.after };
      }
      break;
    }
    // The previous sentence is about a person (`But he brushed off the claims.`): a reader gives
    // the quotation that follows to that person, when no one else is named in between. Others
    // named inside that sentence (`Lind met Ruiz on Monday.`) are not its subject, so they do not count.
    const subject = this.discourse.subjectOf(si - 1);
    if (subject && (subject.kind === 'person' || subject.kind === 'pronoun')) {
      const r = this.discourse.resolve(subject, subject.start);
      if (r.speaker && !this.namesOtherPerson(prev.end, span.open, r.speaker, false)) {
        return { ...r, via: r.via === 'pronoun' ? 'pronoun' : null, cue: null, construction: 'floating', from: prev.start, to: span.after };
      }
    }
    return none;
  }

  /**
   * `"...," said X, a nurse. She has worked there for years. "..."`: within one paragraph, a quotation
   * without attribution of its own goes on with the paragraph's last attributed quotation, when the
   * sentences in between (narration about the speaker) make no one else their subject or reporter.
   * Across a paragraph break the reader no longer assumes it, so neither does this.
   */
  private paragraphSpeakerGoesOn(span: QuotedSpan, si: number, prior: PriorQuote | null): Attribution | null {
    const ix = this.ix;
    if (!prior || !prior.speaker) return null;
    const from = ix.sentenceAt(Math.max(0, prior.quoteEnd - 1));
    const cur = ix.sentences[si]!;
    if (from >= si || ix.sentences[from]!.paragraph !== cur.paragraph || si - from > PARAGRAPH_SPEAKER_SENTENCES) return null;
    for (let k = from + 1; k <= si; k++) {
      if (this.sentenceTurnsTo(k, prior.speaker)) return null;
    }
    return { speaker: prior.speaker, kind: prior.kind, mention: prior.mention, via: null, cue: null, construction: 'floating', from: ix.sentences[from]!.start, to: span.after };
  }

  /** Does sentence `k` make someone other than `speaker` its subject, or report someone else's words? */
  private sentenceTurnsTo(k: number, speaker: string): boolean {
    const ix = this.ix;
    const sent = ix.sentences[k]!;
    const subject = this.discourse.subjectOf(k);
    if (subject && subject.kind !== 'main' && subject.kind !== 'it') {
      if (subject.kind === 'person' || subject.kind === 'pronoun' || subject.kind === 'role') {
        // `He holds two degrees.` goes on about the speaker; `The mayor disagreed.` may not.
        const r = this.discourse.resolve(subject, subject.start);
        if (r.speaker ? r.speaker !== speaker : subject.kind === 'role') return true;
      } else if (!NON_SPEAKER_SUBJECTS.has(ix.text.slice(subject.start, subject.end).toLowerCase())) {
        // `They also lie far from any city.`: a plural pronoun is rarely a new speaker; a named body is.
        return true;
      }
    }
    for (const c of ix.cuesIn(sent.start, sent.end)) {
      if (c.form !== 'finite' || c.weak) continue;
      const a = this.fromCueBefore(c, sent.start, 'floating', false);
      if (a && a.speaker !== speaker) return true;
    }
    return false;
  }

  /**
   * `X said Y's remarks were "...", `X called Y's comments "..."`: a report noun that is talked
   * about, not quoted (no `that` or colon opens its content before the quotation), inside what an
   * earlier verb reports. The words are the verb's subject's, not the noun's owner's.
   */
  private reporterOfNoun(noun: Cue, earlier: Cue[], span: QuotedSpan, sentStart: number): Attribution | null {
    const gap = this.ix.text.slice(noun.end, span.open);
    for (let j = earlier.length - 1; j >= 0; j--) {
      const verb = earlier[j]!;
      if (verb.form !== 'finite' || verb.weak) continue;
      // `X called Y's remarks "..."`: right after the noun, the words are still what the naming verb calls it.
      if (NOUN_CONTENT_GAP.test(gap) && !(verb.frame === 'name' && /^\s*$/.test(gap))) return null;
      return this.fromCueBefore(verb, this.ix.clauseStart(sentStart, verb.start), 'reported-speech', false);
    }
    return null;
  }

  /** Attribute through a cue before the quotation: its subject, or for a participle the main clause's. */
  private fromCueBefore(cue: Cue, bound: number, construction: Construction, direct: boolean): Attribution | null {
    const ix = this.ix;
    const sentStart = ix.sentences[ix.sentenceAt(cue.start)]?.start ?? bound;
    let ref: SourceRef | null;
    // `Her comments have been described as "..." by X`: the words are the naming agent's, not the comments' owner's.
    if (cue.form === 'noun' && PASSIVE_NAMING.test(ix.text.slice(cue.end, cue.end + 60))) return null;
    if (cue.form === 'noun') ref = possessorOf(ix, cue);
    else if (cue.form === 'participle') ref = this.participleSubject(cue, sentStart);
    else if (cue.form === 'infinitive') ref = this.infinitiveSubject(cue, sentStart);
    else ref = subjectBefore(ix, bound, cue.start, direct ? 'direct' : 'clause');
    // A coordinated verb or participle takes the main clause's subject; so may a direct introduction.
    if (ref?.kind === 'main' || (!ref && (cue.form === 'participle' || cue.form === 'infinitive' || direct))) ref = mainSubject(ix, sentStart, cue.start);
    if (!ref || ref.kind === 'main') return null;
    return this.make(ref, cue, construction, Math.min(sentStart, ref.start), cue.end, cue.start);
  }

  /** `"...", said X` read as an inverted cue of a sentence without quotation. */
  private inverted(cue: Cue, limit: number): Attribution | null {
    if (!/[,]\s*$/.test(this.ix.text.slice(Math.max(0, cue.start - 3), cue.start))) return null;
    const ref = subjectAfter(this.ix, cue, limit);
    return ref && ref.kind !== 'main' ? this.make(ref, cue, 'floating', cue.start, ref.end, cue.start) : null;
  }

  /**
   * The subject of a participle (`saying`): that of the reporting verb it hangs on (`X has failed, he
   * claimed, saying ...` → he), a name right before it (`footage of X saying`), else the main clause's.
   */
  private participleSubject(cue: Cue, sentStart: number): SourceRef {
    const ix = this.ix;
    // `"...," X was quoted as saying`: the subject of the passive.
    const quoted = /\s(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?quoted\s+as\s+$/u.exec(ix.text.slice(Math.max(sentStart, cue.start - 40), cue.start));
    if (quoted) {
      const end = cue.start - quoted[0].length;
      const q = ix.lastQuoteBefore(end);
      const ref = subjectBefore(ix, q && q.after > sentStart ? q.after : sentStart, end, q && q.after > sentStart ? 'after-quote' : 'clause');
      if (ref && ref.kind !== 'main') return ref;
    }
    // `..., with many saying it was "unjustified"`: the participle has a subject of its own after `with`.
    const own = WITH_SUBJECT.exec(ix.text.slice(Math.max(sentStart, cue.start - 40), cue.start));
    if (own && !own[1]!.split(/\s+/).some((w) => NOT_IN_SUBJECT.has(w.toLowerCase()))) {
      const start = cue.start - own[0].length + own[0].indexOf(own[1]!);
      const named = ix.mentionByEnd.get(start + own[1]!.length);
      if (named && named.start >= start) return { kind: 'person', mention: named, start: named.start, end: named.end };
      if (!/\p{Lu}/u.test(own[1]!)) return { kind: 'unnamed', phrase: own[1]!, start, end: start + own[1]!.length };
    }
    const before = ix.text.slice(Math.max(sentStart, cue.start - 2), cue.start);
    if (/^\S?\s$/.test(before) || before === ' ') {
      const named = ix.mentionByEnd.get(cue.start - 1);
      if (named && named.start >= sentStart) return { kind: 'person', mention: named, start: named.start, end: named.end };
    }
    const earlier = ix.cuesIn(sentStart, cue.start).filter((c) => c.form === 'finite');
    const verb = earlier[earlier.length - 1];
    if (verb && /^\s*,?\s*$/.test(ix.text.slice(verb.end, cue.start).replace(/^[^,]*/, ''))) {
      const ref = subjectBefore(ix, ix.clauseStart(sentStart, verb.start), verb.start, 'clause');
      if (ref && ref.kind !== 'main') return ref;
      // `"...," said X, urging ...`: the verb is inverted after a quotation, so its subject follows it.
      if (/[,!?.]?\s*["”'’»]+\s*$/u.test(ix.text.slice(Math.max(sentStart, verb.start - 4), verb.start))) {
        const inverted = subjectAfter(ix, verb, cue.start);
        if (inverted && inverted.kind !== 'main') return inverted;
      }
    }
    return { kind: 'main' };
  }

  /** `led X to fear`, `took to Twitter to accuse`: the person before `to`, else the main clause's subject. */
  private infinitiveSubject(cue: Cue, sentStart: number): SourceRef {
    const ix = this.ix;
    const to = lastIndexIn(ix.text, 'to', cue.start - 4, cue.start);
    const named = ix.mentionByEnd.get(to - 1);
    if (named && named.start >= sentStart) return { kind: 'person', mention: named, start: named.start, end: named.end };
    return { kind: 'main' };
  }

  /** A label fits when nothing else in the quotation's sentence attributes it. */
  private labelFits(span: QuotedSpan, label: SourceRef, sentStart: number): boolean {
    if (label.kind === 'main') return false;
    if (label.start >= span.start && label.end <= span.end) return true;
    const cues = this.ix.cuesIn(sentStart, span.open);
    return cues.length === 0 || label.start >= span.after;
  }

  private make(ref: SourceRef, cue: Cue | null, construction: Construction, from: number, to: number, pos: number): Attribution {
    const r = this.discourse.resolve(ref, pos);
    return { ...r, cue, construction, from: Math.min(from, ref.kind === 'main' ? from : ref.start), to: Math.max(to, ref.kind === 'main' ? to : ref.end) };
  }

  /** Does another person appear (outside quotations) between two offsets? With `sameParagraph`, only in sentences of their own. */
  private namesOtherPerson(from: number, to: number, speaker: string | null, lenient: boolean): boolean {
    const ix = this.ix;
    const others = ix.peopleIn(Math.max(from, to - 3000), to).filter((p) => p.fullName !== speaker && !ix.insideQuote(p.start));
    if (!lenient) return others.length > 0;
    // In the same paragraph, a name in the attribution's own sentence (`..., X said before Y's remarks.`) does not change the speaker.
    const si = ix.sentenceAt(from);
    return others.some((p) => ix.sentenceAt(p.start) !== si);
  }
}
