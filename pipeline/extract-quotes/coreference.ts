/**
 * Coreference for speakers: what `he`, `she`, `the minister`, `the ministry` and `it` stand for,
 * the way a reader tracks who the article is talking about. The discourse record holds, per
 * sentence, who reports something (quoted or not: `..., said X.` registers X) and who the sentence
 * is about; a pronoun goes to the nearest fitting one, a title to the last person holding it, a
 * common noun (`the ministry`) or `it` to the organisation named last that fits.
 */
import { countryFromDemonym, countryOf, isTitleWord } from '../lib/gazetteer.js';
import { statedSex } from '../lib/person-sex.js';
import type { SpeakerBasis } from '../types.js';
import { firstAtOrAfter, indexIn, lastAtOrBefore, type ArticleIndex } from './article-index.js';
import { classOfName, countryName, type OrganisationMention } from './organisations.js';
import { organisationNominal, RANK_WORDS, type OrganisationClass } from './source-words.js';
import { mainSubject, type SourceRef } from './speakers.js';

export type SpeakerKind = 'person' | 'organization' | 'country';
export type { SpeakerBasis };

export interface Resolved {
  speaker: string | null;
  kind: SpeakerKind | null;
  /** The words that point at the speaker (`he`, `the minister`, `Lind`). */
  mention: string | null;
  /** `pronoun`, `title` or `organization` when the speaker was reached through one; null when named. */
  via: 'pronoun' | 'title' | 'organization' | null;
}

const RANKS = new Set(RANK_WORDS);
/** How far back a pronoun or `it` looks for its antecedent, in sentences. */
const LOOK_BACK = 6;

export class Discourse {
  /** fullName → the sex honorifics or role words give that person. */
  private readonly gender = new Map<string, 'm' | 'f'>();
  /** fullName → every title and country the article gives that person. */
  private readonly roles = new Map<string, { titles: string[]; countries: string[] }>();
  /** Sentence index → the person who reports something in it (a quotation's speaker, a cue's subject). */
  private readonly personBySentence = new Map<number, string>();
  /** Sentence index → the organisation that reports something in it. */
  private readonly orgBySentence = new Map<number, string>();
  /** Organisations found speaking (`Berlin's Charite hospital said`), in text order. */
  private readonly spokenOrgs: OrganisationMention[] = [];
  /** Organisation names by their last word, for the fullest form (`the Times` → `New York Times`). */
  private readonly orgsByLastWord = new Map<string, string[]>();

  constructor(
    private readonly ix: ArticleIndex,
    private readonly orgs: readonly OrganisationMention[],
  ) {
    const text = ix.text;
    for (const p of ix.people) {
      const g = statedSex(text, p);
      if (g && !this.gender.has(p.fullName)) this.gender.set(p.fullName, g);
      let role = this.roles.get(p.fullName);
      if (!role) this.roles.set(p.fullName, (role = { titles: [], countries: [] }));
      if (p.title) role.titles.push(p.title.toLowerCase());
      if (p.country) role.countries.push(p.country);
    }
    for (const o of orgs) {
      const last = o.name.split(' ').pop()!;
      const list = this.orgsByLastWord.get(last) ?? [];
      if (!list.includes(o.name)) list.push(o.name);
      this.orgsByLastWord.set(last, list);
    }
  }

  /** Record who reports something in sentence `si` (first come, first kept). */
  note(si: number, speaker: string, kind: SpeakerKind): void {
    const map = kind === 'person' ? this.personBySentence : this.orgBySentence;
    if (!map.has(si)) map.set(si, speaker);
  }

  personIn(si: number): string | undefined {
    return this.personBySentence.get(si);
  }

  /** Resolve a source reference found at `pos` to a speaker. */
  resolve(ref: SourceRef, pos: number): Resolved {
    switch (ref.kind) {
      case 'person':
        return { speaker: ref.mention.fullName, kind: 'person', mention: ref.mention.name, via: null };
      case 'pronoun': {
        const person = this.resolvePronoun(pos, ref.word.toLowerCase());
        return { speaker: person, kind: person ? 'person' : null, mention: ref.word, via: person ? 'pronoun' : null };
      }
      case 'it': {
        const org = this.resolveIt(pos);
        return { speaker: org, kind: org ? this.kindOf(org) : null, mention: this.ix.text.slice(ref.start, ref.end), via: org ? 'organization' : null };
      }
      case 'role': {
        const person = this.resolveTitle(pos, ref.phrase);
        return { speaker: person, kind: person ? 'person' : null, mention: ref.phrase, via: person ? 'title' : null };
      }
      case 'organisation': {
        const name = this.canonicalOrganisation(ref.name);
        this.noteOrganisation(name, classOfName(name), ref.start);
        return { speaker: name, kind: this.kindOf(name), mention: this.ix.text.slice(ref.start, ref.end), via: 'organization' };
      }
      case 'nominal': {
        const org = this.resolveNominal(pos, ref.cls, ref.phrase);
        return { speaker: org, kind: org ? this.kindOf(org) : null, mention: ref.phrase, via: org ? 'organization' : null };
      }
      case 'label':
        return { speaker: ref.name, kind: 'person', mention: ref.name, via: null };
      case 'unnamed':
        return { speaker: null, kind: null, mention: ref.phrase, via: null };
      default:
        return { speaker: null, kind: null, mention: null, via: null };
    }
  }

  /** `he`/`she`: the reporter or subject of the nearest earlier sentence naming a fitting person, as a reader would. */
  resolvePronoun(pos: number, pronoun: string): string | null {
    const ix = this.ix;
    const want = pronoun === 'she' || pronoun === 'her' ? 'f' : 'm';
    const fits = (name: string) => {
      const g = this.gender.get(name);
      return !g || g === want;
    };
    const si = ix.sentenceAt(pos);
    const own = ix.sentences[si]!;
    // The subject of the pronoun's own sentence, named before it outside quotation marks (`X scolded
    // him: "...," she said`; `X said ..., but he observed`), or right after an introductory phrase
    // holding the pronoun (`Referring to what he called ..., X said`).
    const firstQuote = ix.nextQuote(own.start);
    const opensWithQuote = firstQuote !== null && firstQuote.open <= own.start + 1;
    if (!opensWithQuote) {
      const subject = mainSubject(ix, own.start, own.end);
      if (subject?.kind === 'person' && fits(subject.mention.fullName) && !ix.insideQuote(subject.start)) {
        const comma = indexIn(ix.text, ',', own.start, own.end);
        if (subject.end <= pos || (comma > pos && subject.start > comma)) return subject.mention.fullName;
      }
    }
    for (let k = si - 1; k >= 0 && k >= si - LOOK_BACK; k--) {
      const sent = ix.sentences[k]!;
      if (own.paragraph - sent.paragraph > 3) break;
      const spoke = this.personBySentence.get(k);
      if (spoke && fits(spoke)) return spoke;
      const subject = this.subjectOf(k);
      if (subject?.kind === 'person' && fits(subject.mention.fullName)) return subject.mention.fullName;
      // `A spokesman criticised X's record. He said ...`: the pronoun is the unnamed person.
      if (subject?.kind === 'unnamed' && /^\p{Ll}/u.test(subject.phrase.split(/\s+/).pop() ?? '') && !/s$/.test(subject.phrase) && !/^(?:they|we|i|you)$/i.test(subject.phrase)) return null;
      if (subject?.kind === 'role') return this.resolveTitle(subject.start, subject.phrase);
    }
    // No earlier reporter or subject fits: the nearest person named at all, outside quotations,
    // skipping sentences where the same pronoun already stands for someone.
    const samePronoun = new RegExp(`\\b${pronoun}\\b`, 'i');
    for (let k = si - 1; k >= 0 && k >= si - LOOK_BACK; k--) {
      const sent = ix.sentences[k]!;
      const subject = this.subjectOf(k);
      if (subject?.kind === 'pronoun' || samePronoun.test(ix.text.slice(sent.start, Math.min(sent.end, sent.start + 600)))) continue;
      const people = ix.peopleIn(Math.max(sent.start, Math.min(sent.end, pos) - 2000), Math.min(sent.end, pos));
      for (let j = people.length - 1; j >= 0 && j >= people.length - 30; j--) {
        const p = people[j]!;
        if (!ix.insideQuote(p.start) && fits(p.fullName)) return p.fullName;
      }
    }
    return null;
  }

  /** `the minister`, `the Russian foreign minister`: the most recent person whose title and country fit. */
  resolveTitle(pos: number, phrase: string): string | null {
    const ix = this.ix;
    const words = phrase.toLowerCase().split(/\s+/).filter((w) => !/^(?:the|his|her|their|its|former|then)$/.test(w));
    const head = words[words.length - 1] ?? '';
    let country: string | null = null;
    const modifiers: string[] = [];
    for (const w of phrase.split(/\s+/).slice(0, -1)) {
      const c = countryFromDemonym(w) ?? (/['’]s$/.test(w) ? countryOf(w) : null);
      if (c) country = c;
      // Only office words narrow the match (`foreign` minister); affiliations (`Tory` leader) do not.
      else if (isTitleWord(w) && !/^(?:the|his|her|their|its|former|then|of|for|and)$/i.test(w)) modifiers.push(w.toLowerCase());
    }
    const heads = head === 'minister' ? ['minister', 'secretary'] : [head];
    // `the former US president` is no one who holds the office now: the one just reporting, when untitled.
    const former = /\b(?:former|ex-|then)\b/i.test(phrase);
    const recent = this.recentReporter(pos, 2);
    if (former && recent && !(this.roles.get(recent)?.titles.length)) return recent;
    const last = lastAtOrBefore(ix.people, pos - 1, (p) => p.start);
    // The last person whose title has the head and every office word of the phrase; failing that,
    // the head alone (`Russian presidential spokesman` for a `Kremlin spokesman`). Rank words agree
    // both ways: `the prime minister` is not the deputy prime minister.
    for (const strict of [true, false]) {
      for (let i = last, seen = 0; i >= 0 && seen < 400; i--, seen++) {
        const p = ix.people[i]!;
        const role = this.roles.get(p.fullName);
        if (!role || !role.titles.length) continue;
        const titled = role.titles.some((t) => {
          const tw = t.split(' ');
          return heads.some((h) => tw.includes(h)) && (!strict || modifiers.every((m) => tw.includes(m))) && tw.every((w) => !RANKS.has(w) || modifiers.includes(w));
        });
        if (!titled) continue;
        if (country && role.countries.length && !role.countries.includes(country)) continue;
        return p.fullName;
      }
    }
    // No one carries that title: the person who was just reporting, if the text gives them no
    // other title (`Hewitt said ... The minister told delegates`), as a reader would take it.
    const si = ix.sentenceAt(pos);
    for (let k = si - 1; k >= 0 && k >= si - 3; k--) {
      const spoke = this.personBySentence.get(k);
      if (spoke) {
        const role = this.roles.get(spoke);
        return role && role.titles.length === 0 && !country ? spoke : null;
      }
    }
    return null;
  }

  /** The person reporting something in the `back` sentences before `pos`, nearest first. */
  private recentReporter(pos: number, back: number): string | null {
    const si = this.ix.sentenceAt(pos);
    for (let k = si - 1; k >= 0 && k >= si - back; k--) {
      const spoke = this.personBySentence.get(k);
      if (spoke) return spoke;
    }
    return null;
  }

  /** Record an organisation that reports something, as an antecedent for `the ministry` and `it`. */
  noteOrganisation(name: string, cls: OrganisationClass | null, pos: number): void {
    const last = this.spokenOrgs[this.spokenOrgs.length - 1];
    if (!last || last.start <= pos) this.spokenOrgs.push({ start: pos, end: pos, name, cls, kind: 'organization' });
  }

  /** `it said`, `it added`: the organisation that was last reporting or named as a subject. */
  resolveIt(pos: number): string | null {
    const ix = this.ix;
    const si = ix.sentenceAt(pos);
    for (let k = si; k >= 0 && k >= si - 4; k--) {
      const org = this.orgBySentence.get(k);
      if (org && (k < si || this.orgBeforeIn(k, pos))) return org;
      if (k === si) continue;
      const subject = this.subjectOf(k);
      if (subject?.kind === 'organisation') return this.canonicalOrganisation(subject.name);
      if (subject?.kind === 'person' || subject?.kind === 'pronoun') return null;
    }
    // The organisation named last, within the two sentences before.
    const from = ix.sentences[Math.max(0, si - 2)]!.start;
    const i = lastAtOrBefore(this.orgs, pos - 1, (o) => o.start);
    const o = i >= 0 ? this.orgs[i]! : null;
    return o && o.start >= from && !ix.insideQuote(o.start) ? this.canonicalOrganisation(o.name) : null;
  }

  /** `the ministry`, `the campaign`, `the newspaper`: the organisation of that kind named last. */
  resolveNominal(pos: number, cls: OrganisationClass, phrase: string): string | null {
    const ix = this.ix;
    if (cls === 'document') return this.authorOf(pos, phrase);
    const found = (list: readonly OrganisationMention[]) => {
      const i = lastAtOrBefore(list, pos - 1, (o) => o.start);
      for (let k = i, seen = 0; k >= 0 && seen < 200; k--, seen++) {
        const o = list[k]!;
        if (o.cls === cls && !ix.insideQuote(o.start)) return o;
      }
      return null;
    };
    const named = found(this.orgs);
    const spoken = found(this.spokenOrgs);
    const best = named && spoken ? (named.start > spoken.start ? named : spoken) : (named ?? spoken);
    return best ? this.canonicalOrganisation(best.name) : null;
  }

  /** `the report said`: the organisation that wrote the report, where the sentence naming the report says (`a Senate report`, `a report by X`). */
  private authorOf(pos: number, phrase: string): string | null {
    const ix = this.ix;
    const head = phrase.split(/\s+/).pop()!.toLowerCase();
    const from = Math.max(0, pos - 3000);
    const window = ix.text.slice(from, Math.max(from, pos - phrase.length)).toLowerCase();
    const found = window.lastIndexOf(head);
    if (found < 0) return null;
    const at = from + found;
    // The author stands right before the noun (`a Senate report`, `the agency's statement`) or after
    // `by`/`from`/`of` right after it (`a report by the agency`).
    const k = firstAtOrAfter(this.orgs, Math.max(0, at - 60), (o) => o.start);
    for (let j = k; j < this.orgs.length && this.orgs[j]!.start < at + head.length + 40; j++) {
      const o = this.orgs[j]!;
      const between = o.end <= at ? ix.text.slice(o.end, at) : ix.text.slice(at + head.length, o.start);
      const attached = o.end <= at ? /^(?:['’]s)?(?:\s+[\p{L}-]+){0,2}\s+$/u.test(between) : /^\s+(?:by|from|of)\s+(?:the\s+)?$/u.test(between);
      if (attached && organisationNominal(head) === 'document') return this.canonicalOrganisation(o.name);
    }
    return null;
  }

  /** The fullest form of an organisation's name the article uses (`Times` → `New York Times`). */
  canonicalOrganisation(name: string): string {
    const bare = name.replace(/^the\s+/i, '');
    const last = bare.split(' ').pop()!;
    let best = bare;
    for (const other of this.orgsByLastWord.get(last) ?? []) {
      if (other.length > best.length && other.endsWith(' ' + bare)) best = other;
    }
    return best;
  }

  private kindOf(name: string): SpeakerKind {
    return countryName(name) ? 'country' : 'organization';
  }

  private orgBeforeIn(si: number, pos: number): boolean {
    const i = lastAtOrBefore(this.orgs, pos - 1, (o) => o.start);
    return i >= 0 && this.orgs[i]!.start >= this.ix.sentences[si]!.start;
  }

  private readonly subjects = new Map<number, SourceRef | null>();
  /** The subject of sentence `k`'s main clause, computed once. */
  subjectOf(k: number): SourceRef | null {
    if (!this.subjects.has(k)) {
      const sent = this.ix.sentences[k]!;
      const ref = mainSubject(this.ix, sent.start, sent.end);
      this.subjects.set(k, ref && ref.kind !== 'main' && !this.ix.insideQuote(ref.start) ? ref : null);
    }
    return this.subjects.get(k)!;
  }
}
