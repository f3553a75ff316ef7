/**
 * Statements as events: what a named speaker said, read for what it does (`X said the move was
 * unacceptable` ACCUSE; `"There is no proof," X said` REJECT; `X said Parliament must be
 * involved` REQUEST; `... will pay a high price` THREATEN). Two sources: quotations attributed by
 * the quotes stage, and reported speech (`X said (that) ...`, `..., X said`). The event is the
 * saying: its actor is the speaker, its date the reporting clause's.
 */
import { countryOf } from '../lib/gazetteer.js';
import type { QuoteMention } from '../types.js';
import { NO_ACTORS, subjectActors, type Actors } from './actors.js';
import { commentator } from './commentators.js';
import { claimNoun, penaltyReason } from './frames.js';
import { newDraft, type ArticleContext, type Draft, type SentenceContext } from './draft.js';
import { evaluate, type Evaluation } from './evaluation.js';
import { PASSIVE_BE, REPORTING_VERBS, VERB_GROUP_ADVERBS, words } from './lexicon.js';
import { placeIn } from './place.js';
import { timeOf, verbGroup } from './time.js';
import { clauseStart, isQuoteMark, outsideNested, tokenAt, type Token } from './tokens.js';
import { triggersOf } from './triggers.js';

/** Saying verbs that also take a noun phrase (`announced a plan`, `stressed the need`): content after them must be a clause. */
const NOUN_OBJECT_SAYING = words('announced, announces, posted, wrote, writes, tweeted, described, describes, noted, notes, repeated, reiterated, stated, declared, maintained, underlined, emphasised, emphasized, stressed, stresses');

/** Words opening a clause that sets the time of the main clause after it. */
const TIME_SUBORDINATORS = words('when, after, before, as, while, once, since, until');

/** Verbs that introduce what was said (a subset of the reporting verbs: not those that are events themselves). */
const SAYING = words('said, says, told, tells, stated, states, stressed, stresses, added, adds, insisted, insists, argued, argues, declared, declares, noted, notes, claimed, claims, wrote, writes, tweeted, posted, reiterated, repeated, emphasised, emphasized, underlined, maintained, asserted, described, suggested, believes, thinks, announced');

// `thanked X for (enduring) ...`, `praised her for ...` up to the quoted words.
const THANKS_REASON = /\b(?:thanked|thanks|thanking|praised|praising|credited)\b[^.;!?]{0,60}?\bfor\b[^.;!?]*$/;

/** Statement mentions of one article. */
export function statementDrafts(ctx: ArticleContext, sentences: readonly SentenceContext[], quotes: readonly QuoteMention[]): Draft[] {
  const out: Draft[] = [];
  // A gallery or video label (`Photos: ...`) is page furniture, not anyone's statement.
  for (const sc of sentences) if (!LABEL.test(ctx.text.slice(sc.s.start, sc.s.start + 20)) && !sc.furniture) out.push(...reportedSpeech(ctx, sc));
  for (const q of quotes) {
    if (!q.speaker || commentator(ctx, q.speaker)) continue;
    const first = sentenceIndex(sentences, q.quoteStart);
    const head = sentences[first];
    if (!head) continue;
    const from = tokenAt(head.tokens, q.quoteStart);
    // `The three "agreed that ..."`: the quotation continues narration, read as an event verb already.
    if (from < head.tokens.length && triggersOf(head.tokens[from]!.lower).length && from > 0 && head.tokens[from - 2]?.word && !REPORTING_VERBS.has(head.tokens[from - 2]!.lower)) continue;
    // `after the 'despicable and cowardly' attack`: a fragment quoted inside narration is no saying.
    if (q.partial && IN_NARRATION.test(ctx.text.slice(Math.max(head.s.start, q.quoteStart - 16), q.quoteStart))) continue;
    // `apologised for his "careless remarks"`: words of an apology judge the speaker's own act (the apology is the event).
    if (q.cue && APOLOGY_CUES.has(q.cue.toLowerCase())) continue;
    // `thanked listeners for sitting through "dismal shows"`: words quoted in the reason of a thanks judge nothing of the thanked.
    if (q.partial && THANKS_REASON.test(ctx.text.slice(Math.max(q.sentenceStart, q.quoteStart - 120), q.quoteStart))) continue;
    const found = quoteEvaluation(sentences, first, q);
    if (!found) continue;
    const { sc, ev } = found;
    // The cue may sit in a later sentence of the quote's evidence (`"... ." ... , Lu said Wednesday.`).
    const cueSc = q.cue ? [sc, sentenceOf(sentences, q.sentenceEnd - 1)].find((x) => x && cueToken(ctx, x, q) >= 0) ?? null : null;
    const cue = cueSc ? { sc: cueSc, at: cueToken(ctx, cueSc, q) } : null;
    // `during which both said they could "not accept" it`: a group cue speaks for everyone named before it.
    const speaker = groupSpeakers(ctx, sc, q.quoteStart) ?? speakerActors(ctx, q.speaker);
    if (selfAddressed(ctx, sc.tokens, ev, speaker)) continue;
    out.push(build(ctx, sc, ev, speaker, cue, { start: q.sentenceStart, end: q.sentenceEnd }));
  }
  return out;
}

/** `X said (that) ...` and `..., X said`: the speaker and the words said, outside quotation marks too. */
function reportedSpeech(ctx: ArticleContext, sc: SentenceContext): Draft[] {
  const { tokens } = sc;
  const out: Draft[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || !SAYING.has(t.lower) || ctx.inQuote(t.start) || claimNoun(tokens, k)) continue;
    // `The film tells of a war`: a story told, no one's statement.
    if (TELL.has(t.lower) && tokens[k + 1]?.lower === 'of') continue;
    // `Her comments have been described as "irresponsible" by X`: a passive's speaker is its agent, not its subject.
    if (PASSIVE_BE.has(tokens[k - 1]?.lower ?? '')) continue;
    let actors: Actors;
    let content: [number, number];
    const before = contentEnd(ctx, tokens, k);
    // `what X described as indiscriminate bombing`: what was said follows `as`.
    const describedAs = tokens[k + 1]?.lower === 'as';
    if (before > 0 && rest(tokens, k) <= 8 && !describedAs) {
      // `"The move is unacceptable," X said.` / `..., said X.`: what was said comes first.
      content = [0, before];
      // The speaker stands between the words said and the cue (`"...," X said`) or after the cue
      // (`..., says X`), never inside the words said (`The UK must act, says an academic`).
      actors = before + 1 < k ? subjectActors(ctx.text, tokens[before]!.end, tokens[k]!.start, ctx.people, sc.s.start) : NO_ACTORS;
      if (!actors.actors.length) actors = personsAfter(ctx, tokens, k);
    } else {
      // `announced her divorce in 2014 with the laughable line`: a verb taking a noun phrase says nothing here
      // unless a clause (`that ...`), a quotation or a colon follows.
      if (NOUN_OBJECT_SAYING.has(t.lower) && !describedAs && !/^(?:that|:)$/.test(tokens[k + 1]?.lower ?? '') && !isQuoteMark(tokens[k + 1])) continue;
      const from = tokens[k + 1]?.lower === 'that' || describedAs ? k + 2 : k + 1;
      // What was said ends with its clause (`..., although analysts say ...` is not the speaker's).
      let to = from;
      while (to < tokens.length && !CONTENT_END.has(tokens[to]!.lower) && !otherSpeakerAfter(tokens, to)) to++;
      content = [from, to];
      actors = speakerBefore(ctx, sc, tokenAt(tokens, clauseStart(tokens, k, 0)), k);
    }
    if (!actors.actors.length || content[1] <= content[0] || actors.actors.some((a) => commentator(ctx, a))) continue;
    const ev = evaluate(tokens, content[0], content[1]);
    if (!ev || relayed(tokens, content[0], ev.at) || selfAddressed(ctx, tokens, ev, actors)) continue;
    out.push(build(ctx, sc, ev, actors, { sc, at: k }, sc.s));
  }
  return out;
}

function build(ctx: ArticleContext, sc: SentenceContext, ev: Evaluation, found: Actors, cueAt: { sc: SentenceContext; at: number } | null, span: { start: number; end: number }): Draft {
  const word = sc.tokens[ev.at]!;
  // The saying's time: an expression in the reporting clause, outside the words said.
  const tokens = cueAt?.sc.tokens ?? [];
  const cue = cueAt ? tokens[cueAt.at]! : null;
  // `X had revealed in May ..., saying ...`: a participle's saying is the main clause's, at its time and aspect.
  const main = cue && cue.lower.endsWith('ing') && tokens[cueAt!.at - 1]?.raw === ',' ? finiteBefore(ctx, tokens, cueAt!.at) : -1;
  const cs = cue ? (main >= 0 ? cueAt!.sc.s.start : clauseStart(tokens, cueAt!.at, 0)) : sc.s.start;
  // `When it blacklisted the firms in November, the Treasury said ...`: a fronted time clause dates the saying.
  const fronted = cue && TIME_SUBORDINATORS.has(tokens[0]?.lower ?? '') && tokens[tokenAt(tokens, cs) - 1]?.raw === ',';
  const time = cue ? timeOf(ctx.text, fronted ? cueAt!.sc.s.start : cs, Math.min(cueAt!.sc.s.end, cue.end + 40), cue.start, cue.end) : null;
  const usable = time && !ctx.inQuote(time.start) ? time : null;
  const vg = main >= 0 ? verbGroup(tokens, main, 0, 'past', false) : cue ? verbGroup(tokens, cueAt!.at, 0, cue.lower.endsWith('s') && !cue.lower.endsWith('ss') ? 's' : 'past', false) : null;
  // Where it was said: a place in the reporting clause after the words said (`..., X told reporters in Brussels`).
  const location = cue && cue.start > word.end ? placeIn(ctx.text, cue.end, Math.min(cueAt!.sc.s.end, cue.end + 120), ctx.people, ctx.here) : null;
  return newDraft(ctx, sc, {
    // `fined for shouting that the umpire was "a fraud"`: the words are the reason of a penalty now, said before it.
    eventType: ev.type, status: 'occurred', time: usable, aspectBackground: (vg?.background ?? false) || penaltyReason(ctx.text, sc.s.start, word.start), actors: [...found.actors],
    countries: found.countries, location, trigger: ctx.text.slice(word.start, word.end), name: 'statement',
    confidence: 0.6, head: ev.type, statement: true, span,
    // `the administration has described the settlements as "illegitimate"` past the lead: a stance held, context.
    perfect: !!vg?.perfect && !vg.progressive,
  });
}

/**
 * Do the words said relay another's act before the deciding word (`The three "agreed that Libya
 * must comply," the White House said`)? The words are then that act's content (an event of its
 * own), not the speaker's statement.
 */
function relayed(tokens: readonly Token[], from: number, at: number): boolean {
  for (let k = from; k < at; k++) {
    const t = tokens[k]!;
    if (!t.word || !triggersOf(t.lower).some((e) => RELAYED_TYPES.has(e.row.type) && (e.form === 'past' || e.form === 's'))) continue;
    for (let j = k + 1; j < Math.min(at, k + 4); j++) if (tokens[j]!.lower === 'that' || tokens[j]!.lower === 'to') return true;
  }
  return false;
}
const RELAYED_TYPES = new Set(['AGREE', 'REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'THREATEN', 'CONCEDE']);

// Right before a fragment: a preposition and determiner (`after the`, `over its`) put it inside narration.
const IN_NARRATION = /\b(?:after|before|over|following|amid|despite|since)\s+(?:the|a|an|its|their|his|her|this|that)\s+["“‘']?$/;

/** The finite past verb of the clause before a participle at `k` (`had revealed` in `X had revealed ..., saying`), or -1. */
function finiteBefore(ctx: ArticleContext, tokens: readonly Token[], k: number): number {
  for (let j = k - 2; j >= 0 && k - j < 30; j--) {
    const t = tokens[j]!;
    if (!t.word || ctx.inQuote(t.start) || /^\p{Lu}/u.test(t.raw)) continue;
    if ((t.lower.endsWith('ed') || REPORTING_VERBS.has(t.lower)) && !/ing$/.test(t.lower)) return j;
  }
  return -1;
}

const TELL = words('tells, told, tell');
const CONJUNCTIONS = words('and, or, but');
const LABEL = /^(?:Photos?|Pictures?|Videos?|Gallery|Watch|Listen|Read more|Related)\s*:/i;
const CONTENT_END = words('although, though, whereas, while, but, however, ;');
/** How many words a new speaker's name may take before their verb (`, Rosa Vale insisted`). */
const SPEAKER_NAME_WORDS = 3;
/** Does a comma at `k` open another speaker's clause (`..., Vale insisted she ...`)? What was said ends there. */
function otherSpeakerAfter(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.raw !== ',' || !/^\p{Lu}/u.test(tokens[k + 1]?.raw ?? '')) return false;
  for (let j = k + 2; j <= k + 1 + SPEAKER_NAME_WORDS && j < tokens.length; j++) {
    if (SAYING.has(tokens[j]!.lower)) return true;
    if (!/^\p{Lu}/u.test(tokens[j]!.raw)) return false;
  }
  return false;
}

/**
 * The subject of a reporting verb: the words right before it, after the nearest verb or `and`
 * (`X discussed it and the government says`: the government's), else its whole clause (`X, a spokesman, said`).
 */
function speakerBefore(ctx: ArticleContext, sc: SentenceContext, csTok: number, k: number): Actors {
  const { tokens } = sc;
  let b = k - 1;
  while (b >= csTok) {
    const t = tokens[b]!;
    if (t.raw === ',' || (t.word && (CONJUNCTIONS.has(t.lower) || REPORTING_VERBS.has(t.lower) || (t.lower.endsWith('ed') && !/^\p{Lu}/u.test(t.raw))) && !ctx.inQuote(t.start))) break;
    b--;
  }
  const near = tokens.slice(b + 1, k).filter((t) => t.word && !VERB_GROUP_ADVERBS.has(t.lower));
  if (near.length && b >= csTok && tokens[b]!.raw !== ',') return subjectActors(ctx.text, tokens[b + 1]!.start, tokens[k]!.start, ctx.people, sc.s.start);
  return subjectActors(ctx.text, tokens[csTok]?.start ?? sc.s.start, tokens[k]!.start, ctx.people, sc.s.start);
}

/** A speaker's name as an actor: a person of the article, else an organisation or state (`Kremlin`). */
const speakersOf = new WeakMap<ArticleContext, Map<string, Actors>>();

function speakerActors(ctx: ArticleContext, speaker: string): Actors {
  let known = speakersOf.get(ctx);
  if (!known) speakersOf.set(ctx, (known = new Map()));
  let found = known.get(speaker);
  if (!found) known.set(speaker, (found = findSpeaker(ctx, speaker)));
  return found;
}

/** Words that speak for several people named before them (`both said`, `the two said`). */
const GROUP_CUE_SUBJECTS = words('both, two, all');
/** The people named in the sentence before a saying verb before `quoteStart` whose subject is a group word (`both said`), or null. */
function groupSpeakers(ctx: ArticleContext, sc: SentenceContext, quoteStart: number): Actors | null {
  const k = sc.tokens.findIndex((t, j) => t.end <= quoteStart && SAYING.has(t.lower) && GROUP_CUE_SUBJECTS.has(sc.tokens[j - 1]?.lower ?? '') && !ctx.inQuote(t.start));
  const subject = k > 0 ? sc.tokens[k - 1]! : null;
  if (!subject) return null;
  const before = ctx.people.within(sc.s.start, subject.start);
  const named = [...new Set(before.map((p) => p.fullName))];
  if (named.length < 2) return null;
  return { actors: named, countries: [...new Set(before.flatMap((p) => (p.country ? [p.country] : [])))], pending: null };
}

function findSpeaker(ctx: ArticleContext, speaker: string): Actors {
  const p = ctx.people.list.find((x) => x.fullName === speaker) ?? ctx.people.list.find((x) => x.name === speaker || x.fullName.endsWith(` ${speaker}`));
  if (p) return { actors: [p.fullName], countries: p.country ? [p.country] : [], pending: null };
  const c = countryOf(speaker);
  return { actors: [c ?? speaker], countries: c ? [c] : [], pending: null };
}

/** The people named right after a cue (`..., said Foreign Minister X`). */
function personsAfter(ctx: ArticleContext, tokens: readonly Token[], k: number): Actors {
  const from = tokens[k]!.end, to = tokens[Math.min(tokens.length - 1, k + 8)]!.end;
  const ps = ctx.people.within(from, to);
  return ps.length ? { actors: [ps[0]!.fullName], countries: ps[0]!.country ? [ps[0]!.country] : [], pending: null } : NO_ACTORS;
}

/**
 * Where the words said end when the cue follows them: the comma or closing quotation mark before
 * the speaker's name (`"...," X said`), or -1.
 */
function contentEnd(ctx: ArticleContext, tokens: readonly Token[], k: number): number {
  for (let b = k - 1, n = 0; b >= 0 && n < 8; b--, n++) {
    const t = tokens[b]!;
    if (t.raw === ',' || (isQuoteMark(t) && ctx.inQuote(t.start) === false && b > 0 && ctx.inQuote(tokens[b - 1]!.start))) return b;
    if (!t.word && !isQuoteMark(t)) return -1;
  }
  return -1;
}

/** Words left in the sentence after token `k`. */
function rest(tokens: readonly Token[], k: number): number {
  let n = 0;
  for (let j = k + 1; j < tokens.length; j++) if (tokens[j]!.word) n++;
  return n;
}

/** The token of a quote's cue in its sentence, nearest the quote, or -1. */
function cueToken(ctx: ArticleContext, sc: SentenceContext, q: QuoteMention): number {
  const cue = q.cue!.split(/\s+/)[0]!.toLowerCase();
  let best = -1, dist = Infinity;
  sc.tokens.forEach((t, k) => {
    if (t.lower !== cue || ctx.inQuote(t.start)) return;
    const d = t.start >= q.quoteEnd ? t.start - q.quoteEnd : q.quoteStart - t.end;
    if (d >= 0 && d < dist) (best = k), (dist = d);
  });
  return best;
}

function sentenceOf(sentences: readonly SentenceContext[], at: number): SentenceContext | null {
  return sentences[sentenceIndex(sentences, at)] ?? null;
}

/** The index of the sentence holding offset `at`, or -1. */
function sentenceIndex(sentences: readonly SentenceContext[], at: number): number {
  let lo = 0, hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.s.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const sc = sentences[lo];
  return sc && sc.s.start <= at ? lo : -1;
}

/** `Chile should cut its spending`, said by Chile's premier: what one's own country must do is no demand on another. */
function selfAddressed(ctx: ArticleContext, tokens: readonly Token[], ev: Evaluation, speaker: Actors): boolean {
  if (ev.type !== 'REQUEST') return false;
  let k = ev.at - 1;
  while (k >= 0 && !tokens[k]!.word) k--;
  const country = k >= 0 ? countryOf(tokens[k]!.raw) : null;
  if (!country) return false;
  // The speaker's country from any mention of them (`French Prime Minister X`, later `X said`).
  return speaker.countries.includes(country) || speaker.actors.includes(country) || ctx.people.list.some((p) => p.country === country && speaker.actors.includes(p.fullName));
}

const APOLOGY_CUES = words('apologised, apologized, apologises, apologizes, apologising, apologizing, regretted, regrets');

/** Sentences of one quotation read for what they do; more are not read. */
const MAX_QUOTE_SENTENCES = 4;
const STRENGTH: readonly string[] = ['THREATEN', 'REJECT', 'ACCUSE', 'REQUEST', 'SUPPORT'];

/**
 * What a quotation does, read over each of its sentences (`"Search for the traitors. Show them no
 * mercy."` threatens): the strongest, as `evaluate` ranks them, with the sentence that says it.
 */
function quoteEvaluation(sentences: readonly SentenceContext[], first: number, q: QuoteMention): { sc: SentenceContext; ev: Evaluation } | null {
  let best: { sc: SentenceContext; ev: Evaluation } | null = null;
  for (let j = first; j < Math.min(sentences.length, first + MAX_QUOTE_SENTENCES) && sentences[j]!.s.start < q.quoteEnd; j++) {
    const sc = sentences[j]!;
    const from = tokenAt(sc.tokens, Math.max(q.quoteStart, sc.s.start)), to = tokenAt(sc.tokens, q.quoteEnd);
    // Words the speaker retells another saying (a quotation nested in theirs) are not the speaker's stance.
    for (const [a, b] of outsideNested(sc.tokens, from, to)) {
      const ev = evaluate(sc.tokens, a, b);
      if (!ev || relayed(sc.tokens, a, ev.at)) continue;
      if (!best || STRENGTH.indexOf(ev.type) < STRENGTH.indexOf(best.ev.type)) best = { sc, ev };
    }
  }
  return best;
}
