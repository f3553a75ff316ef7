/**
 * The people of one article, sorted by position: range lookups by binary search, the last person
 * named before an offset, and each person's sex and country as the article gives them.
 */
import { sexesOf } from '../lib/person-sex.js';
import type { PersonMention } from '../types.js';

/** The people of an article, sorted by position, with range lookups by binary search. */
export class People {
  readonly list: readonly PersonMention[];
  constructor(list: PersonMention[]) {
    this.list = [...list].sort((a, b) => a.start - b.start);
  }
  /** Index of the first person starting at or after `at`. */
  private first(at: number): number {
    let lo = 0, hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** People named wholly inside [from, to). */
  within(from: number, to: number): PersonMention[] {
    const out: PersonMention[] = [];
    for (let k = this.first(from); k < this.list.length && this.list[k]!.start < to; k++) if (this.list[k]!.end <= to) out.push(this.list[k]!);
    return out;
  }
  /** The last person named before `at`, or null. */
  lastBefore(at: number): PersonMention | null {
    for (let k = this.first(at) - 1; k >= 0; k--) if (this.list[k]!.end <= at) return this.list[k]!;
    return null;
  }
  /** The sex the article gives each person (see `sexesOf`), worked out once. */
  sexes(text: string): ReadonlyMap<string, 'm' | 'f'> {
    return (this.sexMap ??= sexesOf(text, this.list));
  }
  private sexMap: Map<string, 'm' | 'f'> | undefined;
  /** The country the text gives `fullName` (`Japanese Prime Minister X`), or null. */
  countryOf(fullName: string): string | null {
    if (!this.countries) {
      this.countries = new Map();
      for (const p of this.list) if (p.country && !this.countries.has(p.fullName)) this.countries.set(p.fullName, p.country);
    }
    return this.countries.get(fullName) ?? null;
  }
  private countries: Map<string, string> | undefined;
  /** Where `fullName` is last named before `at`, or -1. */
  lastNamedBefore(fullName: string, at: number): number {
    for (let k = this.first(at) - 1; k >= 0; k--) if (this.list[k]!.fullName === fullName) return this.list[k]!.start;
    return -1;
  }
  /** Is `name` the last word of a person's full name (`at Varga` after `Ilona Varga`): a person, not a place? */
  hasSurname(name: string): boolean {
    this.surnames ??= new Set(this.list.map((p) => p.fullName.slice(p.fullName.lastIndexOf(' ') + 1)));
    return this.surnames.has(name);
  }
  private surnames: Set<string> | undefined;
  /** Does a person's name overlap [from, to)? */
  overlaps(from: number, to: number): boolean {
    const k = this.first(from);
    const prev = this.list[k - 1];
    if (prev && prev.end > from) return true;
    const next = this.list[k];
    return !!next && next.start < to;
  }
}
