/**
 * Who acts in a verb's clause: its subject (up to the clause's first verb; a relative clause's
 * antecedent; an institution named before with `the`), a passive's `by` agent, the subject shared
 * by coordinated verbs, and the reporter of reported speech (`the Russian side said`).
 */
import { groupActors, NO_ACTORS, People, SENTENCE_REACH, sentenceStartBefore, subjectActors, type Actors } from './actors.js';
import { statesIn } from './states.js';
import { countryOf, organisationAlias } from '../lib/gazetteer.js';
import type { ArticleContext, SentenceContext } from './draft.js';
import { AGENT_STOP, FUTURE, MODALS, NOUN_BEFORE, PREPOSITION_WORDS, REPORTING_VERBS, VERB_GROUP_ADVERBS, words } from './lexicon.js';
import { clauseStart, isCapitalised, isQuoteMark, tokenAt, type Token } from './tokens.js';
import { triggersOf } from './triggers.js';

/** The agent of a passive: the names in its `by` phrase, up to the next preposition or clause. */
export function agentActors(ctx: ArticleContext, tokens: readonly Token[], last: number): Actors {
  let k = last + 1;
  while (k < tokens.length && tokens[k]!.lower !== 'by' && k - last < 6) k++;
  if (tokens[k]?.lower !== 'by') return NO_ACTORS;
  let e = k + 1;
  // `backed by A, B and composer C`: a comma goes on to the next listed person.
  const listed = (at: number) => tokens[at]?.raw === ',' && !!tokens[at + 1] && ctx.people.within(tokens[at + 1]!.start, tokens[at + 1]!.start + 80).some((p) => p.start <= tokens[Math.min(tokens.length - 1, at + 4)]!.start);
  while (e < tokens.length && e - k < 24 && !AGENT_STOP.has(tokens[e]!.lower) && (tokens[e]!.raw !== ',' || listed(e)) && !FINITE_AUX.has(tokens[e]!.lower)) e++;
  const from = tokens[k]!.end, to = e < tokens.length ? tokens[e]!.start : tokens[tokens.length - 1]!.end;
  return groupActors(ctx.text, from, to, ctx.people);
}

/**
 * The subject of the clause holding a verb: the words from the clause start to the clause's first
 * verb (`The resolution deplores ..., expresses concern`: the resolution's), or, for a verb
 * coordinated with an earlier one whose clause names nobody (`X said there was ... and urged`), the sentence's.
 */
export function clauseSubject(ctx: ArticleContext, sc: SentenceContext, csTok: number, groupStart: number): Actors {
  const { tokens } = sc;
  // `Mr X was ineligible and the association was seeking`: a second clause joined by `and` has its own subject.
  for (let c = groupStart - 1; c > csTok; c--) {
    const t = tokens[c]!;
    if (!(t.lower === 'and' || t.lower === 'but' || t.lower === 'or') || ctx.inQuote(t.start)) continue;
    const before = tokens.slice(csTok, c), np = tokens.slice(c + 1, groupStart);
    if (np.some((x) => x.word) && !np.some((x) => FINITE_AUX.has(x.lower) || isVerb(x)) && before.some((x) => FINITE_AUX.has(x.lower) && !ctx.inQuote(x.start))) csTok = c + 1;
    break;
  }
  // `officials suggested Spain fired`: a reporting verb before the verb opens its clause,
  // whose subject follows it; a pronoun there (`the firm claimed it sought`) is the reporter, found in the whole.
  const opened = complementStart(ctx, tokens, csTok, groupStart);
  if (opened > csTok) {
    const innerEnd = subjectEnd(ctx, tokens, opened, groupStart);
    const inner = subjectIn(ctx, sc, opened, innerEnd);
    if (inner.actors.length) return inner;
    // `a founder of X said the firm had held talks`: the firm is the company named before.
    const company = definiteCompany(ctx, sc, opened, innerEnd);
    if (company.actors.length) return company;
  }
  // `councillors who back X met Y`: the relative clause ends at the name; the verb is the main clause's, its subject the antecedent.
  if (RELATIVE_PRONOUNS.has(tokens[csTok - 1]?.lower ?? '') && closedRelative(ctx, tokens, csTok, groupStart)) return relativeAntecedent(ctx, sc, csTok - 1);
  const regionEnd = subjectEnd(ctx, tokens, csTok, groupStart);
  let found = subjectIn(ctx, sc, csTok, regionEnd);
  if (!found.actors.length && !found.pending && RELATIVE_PRONOUNS.has(tokens[csTok - 1]?.lower ?? '')) found = relativeAntecedent(ctx, sc, csTok - 1);
  if (!found.actors.length && !found.pending) found = definiteInstitution(ctx, sc, csTok, regionEnd);
  if (!found.actors.length && !found.pending) found = definiteCompany(ctx, sc, csTok, regionEnd);
  // A verb coordinated with an earlier one takes its subject when this clause names nobody, or
  // when this clause's own verb is of another kind (`X stressed that Y should ... and endorsed`).
  const modal = regionEnd < groupStart && (MODALS.has(tokens[regionEnd]!.lower) || FUTURE.has(tokens[regionEnd]!.lower));
  // `X denounced the launch as an action that raises tensions and urged ...`: a past verb after a present
  // relative clause is coordinated with the main verb, not with the relative's.
  const relative = RELATIVE_PRONOUNS.has(tokens[csTok - 1]?.lower ?? '');
  const tenseBreak = relative && coordinated(tokens, groupStart) && /ed$/.test(tokens[groupStart]!.lower) && presentVerbAt(tokens, csTok);
  if (!tenseBreak && (!coordinated(tokens, groupStart) || ((found.actors.length || found.pending) && !modal))) return found;
  const bound = csTok > 0 && !tenseBreak ? tokenAt(tokens, clauseStart(tokens, csTok - 1, 0)) : 0;
  for (let k = groupStart - 2; k >= bound; k--) {
    const t = tokens[k]!;
    if (!t.word || ctx.inQuote(t.start) || !finitePast(tokens, k)) continue;
    const cs = tokenAt(tokens, clauseStart(tokens, k, 0));
    const subject = subjectIn(ctx, sc, cs, subjectEnd(ctx, tokens, cs, verbGroupStart(tokens, k, cs)));
    if (subject.actors.length || subject.pending) return subject;
  }
  return found;
}

/**
 * Does the region after a relative pronoun hold a whole clause of its own (a verb in lower case,
 * then a name just before the verb group at `groupStart`), so that the verb there is the main clause's?
 */
function closedRelative(ctx: ArticleContext, tokens: readonly Token[], csTok: number, groupStart: number): boolean {
  const first = tokens[csTok];
  if (!first?.word || groupStart - csTok < 2 || isCapitalised(first) || NOT_VERBS.has(first.lower) || first.lower.endsWith('ly')) return false;
  const last = tokens[groupStart - 1]!;
  return ctx.people.within(first.start, last.end).some((p) => p.end === last.end) && !tokens.slice(csTok, groupStart).some((t) => t.raw === ',');
}
// Words that open a relative clause's subject or an adverbial rather than its verb (`who the president met`, `who then met`).
const NOT_VERBS = new Set([...PREPOSITION_WORDS, ...words('the, a, an, his, her, their, its, our, my, your, this, that, these, those, he, she, they, we, i, you, it, also, then, later, recently, had, has, have, was, were, is, are, will, would, not, never, once, first, last, all, both')]);

/** Is the word at `k` a present-tense verb (`raises`, `is`, `has`), not a past one? */
function presentVerbAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  return w === 'is' || w === 'are' || w === 'has' || w === 'have' || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss'));
}

// Verbs that take a clause (`suggested Spain fired`), not those that are also plural nouns (`member states`, `claims`).
const CLAUSE_VERBS = words('said, says, told, tells, suggested, suggests, believed, believes, thought, thinks, insisted, insists, argued, argues, added, adds, stressed, warned, warns, announced, confirmed, claimed, noted, reported, revealed, acknowledged, admitted, assessed, concluded, estimated, indicated, showed, stated');

/** Where the clause a reporting verb opens begins, before the verb group at `groupStart` (`... suggested (that) X fired`), or `csTok`. */
function complementStart(ctx: ArticleContext, tokens: readonly Token[], csTok: number, groupStart: number): number {
  for (let c = groupStart - 2; c >= csTok; c--) {
    const t = tokens[c]!;
    if (!t.word || !CLAUSE_VERBS.has(t.lower) || ctx.inQuote(t.start)) continue;
    const from = tokens[c + 1]?.lower === 'that' ? c + 2 : c + 1;
    // `pledged to send`: an infinitive is the reporter's own act.
    return from < groupStart && tokens[from]!.lower !== 'to' ? from : csTok;
  }
  return csTok;
}

const NO_PEOPLE = new People([]);

// `the court`, `the judges`, `the resolution`: an institution or its document named before in the article.
const DEFINITE_INSTITUTION = /^\s*(?:the|The|But\s+the|And\s+the)\s+(?:[\w-]+\s+){0,2}?(court|judges|commission|council|committee|ministry|parliament|assembly|tribunal|agency|resolution|statement|report|communique|ruling|declaration)\s*$/;
export const SUBJECT_PRONOUNS = words('it, they, he, she, we');
const RELATIVE_PRONOUNS = words('that, who, which');
// `joined a growing list of countries that ...`, `is among the states that ...`: the subject is one of them.
const MEMBERSHIP_VERBS = words('join, joins, joined, joining, among, become, becomes, became, becoming');
const GROUP_NOUNS = words('countries, nations, states, governments, members, parties, companies, organisations, organizations');

/**
 * The subject of a relative clause is its antecedent (`the Harbour Union, which rejected`): the
 * noun phrase before the pronoun; a group that a named actor joins (`Sweden is joining a number of
 * countries that will refrain from signing`) stands for that actor.
 * @param p the pronoun's token index
 */
export function relativeAntecedent(ctx: ArticleContext, sc: SentenceContext, p: number): Actors {
  const { tokens } = sc;
  let k = p - (tokens[p - 1]?.raw === ',' ? 1 : 0);
  const npEnd = k;
  let group = false;
  while (k - 1 >= 0 && p - k < 8) {
    const t = tokens[k - 1]!;
    if (!t.word || FINITE_AUX.has(t.lower) || MEMBERSHIP_VERBS.has(t.lower) || isVerb(t, tokens[k - 2]) || (PREPOSITION_WORDS.has(t.lower) && t.lower !== 'of')) break;
    if (GROUP_NOUNS.has(t.lower)) group = true;
    k--;
  }
  if (k >= npEnd) return NO_ACTORS;
  // `X, a banker who has held talks with Y`: an appositive's relative clause is about the person it describes.
  const described = appositiveHolder(ctx, sc, k);
  if (described) return described;
  const own = subjectIn(ctx, sc, k, npEnd);
  if (own.actors.length || !group) return own;
  // The verb right before the group: a membership verb whose subject is the member.
  const v = k - 1;
  if (v < 0 || !MEMBERSHIP_VERBS.has(tokens[v]!.lower)) return NO_ACTORS;
  const cs = tokenAt(tokens, clauseStart(tokens, v, 0));
  return subjectIn(ctx, sc, cs, subjectEnd(ctx, tokens, cs, verbGroupStart(tokens, v, cs)));
}

/** The person named right before an appositive starting at token `k` (`X, a banker`, `X, an adviser`), if any. */
function appositiveHolder(ctx: ArticleContext, sc: SentenceContext, k: number): Actors | null {
  const { tokens } = sc;
  if (k < 2 || !INDEFINITE_ARTICLES.has(tokens[k]!.lower) || tokens[k - 1]!.raw !== ',') return null;
  const last = tokens[k - 2]!;
  const holder = ctx.people.within(Math.max(sc.s.start, last.start - 80), last.end).find((p) => p.end === last.end);
  if (!holder) return null;
  const found = subjectIn(ctx, sc, tokenAt(tokens, holder.start), k - 1);
  return found.actors.length ? found : null;
}
const INDEFINITE_ARTICLES = words('a, an');

export function definiteInstitution(ctx: ArticleContext, sc: SentenceContext, csTok: number, endTok: number): Actors {
  const { tokens } = sc;
  const from = tokens[csTok]?.start ?? sc.s.start, to = tokens[endTok]?.start ?? sc.s.end;
  const m = DEFINITE_INSTITUTION.exec(ctx.text.slice(from, to));
  if (!m) return NO_ACTORS;
  const noun = m[1]!;
  const head = INSTITUTION_HEAD[noun] ?? noun.charAt(0).toUpperCase() + noun.slice(1);
  const before = ctx.text.slice(Math.max(0, from - 3000), from);
  // `the Security Council resolution`: the author named as the document's modifier; else the latest name ending in the head.
  const pattern = head ? new RegExp(String.raw`((?:[A-Z][\w.'’-]*\s+){0,4}${head}(?:\s+of(?:\s+[A-Z][\w'’-]*)+)?)`, 'g') : new RegExp(String.raw`((?:[A-Z][\w.'’-]*\s+){1,4})${noun}\b`, 'g');
  let last: string | null = null;
  for (const x of before.matchAll(pattern)) last = x[1]!.trim();
  if (!last) return NO_ACTORS;
  const st = statesIn(last, 0, last.length, NO_PEOPLE);
  return st.length ? { actors: [st[st.length - 1]!], countries: [], pending: null } : NO_ACTORS;
}

/** Nouns a company is called by once named (`the firm`, `the carmaker`). */
const COMPANY_NOUNS = words('firm, company, group, bank, carrier, airline, retailer, insurer, lender, manufacturer, maker, carmaker, broadcaster, operator, publisher, conglomerate, chain, brewer, supermarket, giant, business, producer, supplier');
const DEFINITE_NOUN = /^\s*(?:the|The|But\s+the|And\s+the)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s*$/u;

/**
 * `the firm` as a subject: a body named earlier in its own sentence (`X's owner said the firm`),
 * else the body that opens the sentence before (`Acme still owes ... . The company has also`);
 * a company named only in passing (`a complaint against Y`) is not taken.
 */
export function definiteCompany(ctx: ArticleContext, sc: SentenceContext, csTok: number, endTok: number): Actors {
  const { tokens, s } = sc;
  const from = tokens[csTok]?.start ?? s.start, to = tokens[endTok]?.start ?? s.end;
  const m = DEFINITE_NOUN.exec(ctx.text.slice(from, to));
  if (!m || !COMPANY_NOUNS.has(m[1]!)) return NO_ACTORS;
  const body = (x: string) => !countryOf(x) && !organisationAlias(x);
  const here = statesIn(ctx.text, s.start, from, ctx.people).filter(body);
  if (here.length) return { actors: [here[here.length - 1]!], countries: [], pending: null };
  // The sentence before: from the stop before the one that ends it (its start unknown past the reach).
  let prevEnd = s.start;
  while (prevEnd > 0 && /\s/.test(ctx.text[prevEnd - 1]!)) prevEnd--;
  const prevStart = sentenceStartBefore(ctx.text, Math.max(0, prevEnd - 1));
  if (prevStart === Math.max(0, prevEnd - 1 - SENTENCE_REACH) && prevStart > 0) return NO_ACTORS;
  const opening = /^(?:(?:The|the)\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})/u.exec(ctx.text.slice(prevStart, s.start));
  const named = opening ? statesIn(ctx.text, prevStart, prevStart + opening[0].length, ctx.people).filter(body) : [];
  return named.length ? { actors: [named[0]!], countries: [], pending: null } : NO_ACTORS;
}

/** Where a clause's subject ends: at its first verb before `groupStart` (a token index). */
export function subjectEnd(ctx: ArticleContext, tokens: readonly Token[], csTok: number, groupStart: number): number {
  for (let k = csTok + 1; k < groupStart; k++) {
    const t = tokens[k]!;
    if (t.word && !ctx.inQuote(t.start) && (FINITE_AUX.has(t.lower) || MODALS.has(t.lower) || isVerb(t, tokens[k - 1]))) return k;
  }
  return groupStart;
}

/** The actors named in tokens [csTok, endTok). */
export function subjectIn(ctx: ArticleContext, sc: SentenceContext, csTok: number, endTok: number): Actors {
  const { tokens, s } = sc;
  const from = tokens[csTok]?.start ?? s.start;
  return endTok > csTok ? subjectActors(ctx.text, from, tokens[endTok]!.start, ctx.people, s.start) : NO_ACTORS;
}

export const SIDE = /\b(?:the\s+\p{Lu}[\p{L}-]*\s+side|our\s+side|our\s+government|our\s+country)\b/u;

/** The subject of the reporting verb before token `i` (`X told reporters ...`). */
export function reporterOf(ctx: ArticleContext, sc: SentenceContext, i: number): Actors {
  const { tokens } = sc;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (REPORTING_VERBS.has(t.lower) && !ctx.inQuote(t.start)) return subjectActors(ctx.text, clauseStart(tokens, k, 0), t.start, ctx.people, sc.s.start);
  }
  return NO_ACTORS;
}

export function headOf(name: string): string {
  if (name === 'visited') return 'visit';
  if (name === 'phoned') return 'call';
  if (name === 'held-talks' || name === 'had-talks' || name === 'discussed' || name === 'negotiated') return 'talks';
  return 'meet';
}

/** The subject of the sentence's first clause: who the sentence is about (`X said ... and urged`). */
export function sentenceSubject(ctx: ArticleContext, sc: SentenceContext): Actors {
  const { tokens, s } = sc;
  for (let k = 0; k < Math.min(tokens.length, 40); k++) {
    const t = tokens[k]!;
    if (!t.word || ctx.inQuote(t.start)) continue;
    if (REPORTING_VERBS.has(t.lower) || FINITE_AUX.has(t.lower) || isVerb(t, tokens[k - 1])) {
      return k ? subjectActors(ctx.text, s.start, t.start, ctx.people, s.start) : NO_ACTORS;
    }
  }
  return NO_ACTORS;
}

const INSTITUTION_HEAD: Record<string, string> = { judges: 'Court', resolution: 'Council', statement: '', report: '', communique: '', ruling: 'Court', declaration: '' };

/** A finite past verb at token `k` (`said`, `stressed`, `condemned`), not after `to`, a modal or an existential `there`. */
export function finitePast(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (isCapitalised(t)) return false;
  const past = REPORTING_VERBS.has(t.lower) ? /(?:ed|said|told|wrote)$/.test(t.lower) : triggersOf(t.lower).some((e) => e.form === 'past') || (t.lower.endsWith('ed') && t.lower.length > 4);
  if (!past) return false;
  const prev = tokens[k - 1]?.lower ?? '';
  return prev !== 'to' && prev !== 'there' && !AUX_WORDS.has(prev) && prev !== 'the' && prev !== 'a';
}

export const FINITE_AUX = words('is, are, was, were, has, have, had, will, would, did, does, can, could');
/** A lower-case word that reads as a finite verb: a past trigger form, a `-s` form not after a determiner, a past form in `-ed`. */
function isVerb(t: Token, prev?: Token): boolean {
  if (isCapitalised(t)) return false;
  if (prev && (NOUN_BEFORE.has(prev.lower) || /['’]s?$/.test(prev.raw))) return false;
  return triggersOf(t.lower).some((e) => e.form === 'past' || e.form === 's') || (t.lower.length > 4 && t.lower.endsWith('ed'));
}

/** Is the verb group at `g` coordinated with an earlier verb (`... and urged`, `..., but warned`)? Its subject is then the sentence's. */
export function coordinated(tokens: readonly Token[], g: number): boolean {
  const prev = tokens[g - 1];
  return !!prev && (prev.lower === 'and' || prev.lower === 'but' || prev.lower === 'or');
}

/** The first token of the verb group ending at trigger `i` (auxiliaries and adverbs before it). */
export function verbGroupStart(tokens: readonly Token[], i: number, lo: number): number {
  let k = i;
  while (k - 1 >= lo) {
    const t = tokens[k - 1]!;
    if (isQuoteMark(t)) { k--; continue; }
    if (!t.word) break;
    if (AUX_WORDS.has(t.lower) || VERB_GROUP_ADVERBS.has(t.lower) || t.lower.endsWith("n't")) { k--; continue; }
    break;
  }
  return k;
}

export const AUX_WORDS = words("is, are, was, were, be, been, being, has, have, had, will, would, shall, should, could, can, may, might, must, did, does, do, to, not, never, 'll, 've, 'd");
