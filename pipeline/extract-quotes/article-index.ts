/**
 * Position lookups over one article, each a binary search over a sorted list, so that the work per
 * quotation does not grow with the article (`"Yes," said Smith.` repeated 100,000 times stays linear).
 */
import type { PersonMention, Sentence } from '../types.js';
import type { Cue } from './cues.js';
import type { QuotedSpan } from './marks.js';

export class ArticleIndex {
  readonly mentionByStart = new Map<number, PersonMention>();
  readonly mentionByEnd = new Map<number, PersonMention>();
  /** Top-level quotations only (nested ones lie inside these). */
  readonly spans: QuotedSpan[];
  cues: Cue[] = [];

  constructor(
    readonly text: string,
    readonly sentences: Sentence[],
    readonly people: PersonMention[],
    spans: QuotedSpan[],
  ) {
    this.spans = spans.filter((s) => s.depth === 0);
    for (const p of people) {
      this.mentionByStart.set(p.start, p);
      this.mentionByEnd.set(p.end, p);
    }
  }

  private surnames: Map<string, string> | null = null;
  /** The fullest name of the person the article names by this last word, when exactly one fits. */
  personBySurname(word: string): string | null {
    if (!this.surnames) {
      this.surnames = new Map();
      const ambiguous = new Set<string>();
      for (const p of this.people) {
        const last = p.fullName.slice(p.fullName.lastIndexOf(' ') + 1);
        if (!p.fullName.includes(' ')) continue;
        const seen = this.surnames.get(last);
        if (seen && seen !== p.fullName) ambiguous.add(last);
        else this.surnames.set(last, p.fullName);
      }
      for (const a of ambiguous) this.surnames.delete(a);
    }
    return this.surnames.get(word) ?? null;
  }

  /** Index of the sentence holding `pos` (the last one starting at or before it). */
  sentenceAt(pos: number): number {
    return Math.max(0, lastAtOrBefore(this.sentences, pos, (s) => s.start));
  }

  /** Is `pos` inside the words of a quotation? */
  insideQuote(pos: number): boolean {
    const i = lastAtOrBefore(this.spans, pos, (s) => s.start);
    if (i < 0) return false;
    // Spans do not overlap at the top level, but a reopened chain may end where the next starts.
    const s = this.spans[i]!;
    return pos < s.end;
  }

  /** The quotation whose words hold `pos`, if any. */
  quoteAt(pos: number): QuotedSpan | null {
    const i = lastAtOrBefore(this.spans, pos, (s) => s.start);
    const s = i >= 0 ? this.spans[i]! : null;
    return s && pos < s.end ? s : null;
  }

  /** Does a quotation open in `[from, to)`? */
  quoteOpensIn(from: number, to: number): boolean {
    const i = firstAtOrAfter(this.spans, from, (s) => s.open);
    return i < this.spans.length && this.spans[i]!.open < to;
  }

  /** The first quotation opening at or after `pos`. */
  nextQuote(pos: number): QuotedSpan | null {
    return this.spans[firstAtOrAfter(this.spans, pos, (s) => s.open)] ?? null;
  }

  /** The last quotation closed at or before `pos` (its `after` ≤ pos). */
  lastQuoteBefore(pos: number): QuotedSpan | null {
    let i = lastAtOrBefore(this.spans, pos, (s) => s.open);
    while (i >= 0 && this.spans[i]!.after > pos) i--;
    return i >= 0 ? this.spans[i]! : null;
  }

  /** Person mentions starting in `[from, to)`, in text order. */
  peopleIn(from: number, to: number): PersonMention[] {
    const out: PersonMention[] = [];
    for (let i = firstAtOrAfter(this.people, from, (p) => p.start); i < this.people.length && this.people[i]!.start < to; i++) out.push(this.people[i]!);
    return out;
  }

  /** The first person mention starting in `[from, to)`. */
  firstPersonIn(from: number, to: number): PersonMention | null {
    const p = this.people[firstAtOrAfter(this.people, from, (m) => m.start)];
    return p && p.start < to ? p : null;
  }

  /** Cues lying wholly in `[from, to)`, in text order. */
  cuesIn(from: number, to: number): Cue[] {
    const out: Cue[] = [];
    for (let i = firstAtOrAfter(this.cues, from, (c) => c.start); i < this.cues.length && this.cues[i]!.start < to; i++) {
      if (this.cues[i]!.end <= to) out.push(this.cues[i]!);
    }
    return out;
  }

  /** Start of the clause holding `pos` within its sentence: after the last quotation closed before it. */
  clauseStart(sentStart: number, pos: number): number {
    const q = this.lastQuoteBefore(pos);
    return q && q.after > sentStart ? q.after : sentStart;
  }
}

/** The last `needle` starting in `[from, to)`, or -1: a search that never runs past `from`. */
export function lastIndexIn(text: string, needle: string, from: number, to: number): number {
  if (to <= from) return -1;
  const i = text.slice(Math.max(0, from), to).lastIndexOf(needle);
  return i < 0 ? -1 : Math.max(0, from) + i;
}

/** The first `needle` starting in `[from, to)`, or -1: a search that never runs past `to`. */
export function indexIn(text: string, needle: string, from: number, to: number): number {
  const i = text.slice(from, Math.min(text.length, to + needle.length - 1)).indexOf(needle);
  return i < 0 ? -1 : from + i;
}

/** Index of the last item whose key is ≤ `pos`, or -1. */
export function lastAtOrBefore<T>(items: readonly T[], pos: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Index of the first item whose key is ≥ `pos` (`items.length` when none). */
export function firstAtOrAfter<T>(items: readonly T[], pos: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
