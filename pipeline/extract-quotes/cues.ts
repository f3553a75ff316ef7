/**
 * Reporting cues in one article: the verbs, `according to`, and the possessed report nouns
 * (`his claim that`) of the lexicon in `cue-lexicon.ts`, found by one pass over the words outside
 * quotation marks. Each cue says how it may attribute: a finite verb has a subject, a participle
 * (`..., saying`) or infinitive (`took to Twitter to accuse`) takes its clause's subject.
 */
import {
  ADVERBS_BEFORE_CUE,
  AUXILIARIES_BEFORE_BASE,
  CUE_ADDRESSEES,
  CUE_MEDIA,
  CUE_MEDIUM_PREPOSITIONS,
  CUE_NOUNS,
  CUE_VERBS,
  PASSIVE_AUXILIARIES,
  type CueFrame,
  type CueKind,
  type CueVerb,
} from './cue-lexicon.js';
import type { QuotedSpan } from './marks.js';

export type CueForm = 'finite' | 'participle' | 'infinitive' | 'according' | 'noun';

export interface Cue {
  start: number;
  /** End of the cue text (with its medium or addressee: `said in a statement`, `told reporters`). */
  end: number;
  /** End of the verb itself (and its particle). */
  verbEnd: number;
  text: string;
  lemma: string;
  kind: CueKind;
  form: CueForm;
  frame: CueFrame;
  weak: boolean;
}

type VerbForm = 'base' | 's' | 'past' | 'participle' | 'ing';

const VERB_FORMS = buildVerbForms();
const NOUN_FORMS = new Map<string, { lemma: string; kind: CueKind }>();
for (const n of CUE_NOUNS) {
  NOUN_FORMS.set(n.lemma, n);
  NOUN_FORMS.set(n.plural ?? (n.lemma.endsWith('s') ? n.lemma : n.lemma + 's'), n);
}
/** Every word a cue can be read at (`cueAt` finds none at another): most words are none, and are passed over at once. */
const CUE_WORDS: ReadonlySet<string> = new Set(['according', ...VERB_FORMS.keys(), ...NOUN_FORMS.keys()]);
const ADVERBS = new Set(ADVERBS_BEFORE_CUE);
const AUXILIARIES = new Set(AUXILIARIES_BEFORE_BASE);
const PASSIVE = new Set(PASSIVE_AUXILIARIES);
const PREPOSITIONS = new Set(CUE_MEDIUM_PREPOSITIONS);
const MEDIA = new Set(CUE_MEDIA.map((m) => m.toLowerCase()));
const ADDRESSEES = CUE_ADDRESSEES.map((a) => a.split(' '));
/** Words before a noun that make a homograph (`the claim`, `his report`) a noun, not a verb. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'whose', 'any', 'no', 'every', 'each', 'such']);
const WHEN_WORDS = new Set(['today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'again', 'also', 'later', 'then']);
const MODALS = new Set(['should', 'would', 'could', 'will', 'can', 'may', 'might', 'must', 'shall', 'to']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Plural subjects a base form agrees with (`critics say`, `people think`). */
const PLURAL_SUBJECTS = new Set(['people', 'others', 'some', 'many', 'most', 'both', 'few', 'all', 'several', 'men', 'women', 'children']);

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

interface Word {
  w: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * Find the reporting cues of an article outside its quotations.
 * @param text the cleaned article text
 * @param spans the top-level quotations, in text order (words inside them are no cue)
 * @returns the cues in text order
 */
export function findCues(text: string, spans: readonly QuotedSpan[], people: readonly { start: number; end: number }[] = []): Cue[] {
  const nameEnds = new Set(people.map((p) => p.end));
  const nameStarts = new Set(people.map((p) => p.start));
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // Trailing apostrophes and hyphens dropped; the regex only where there is one.
    const last = m[0].charCodeAt(m[0].length - 1);
    const w = last === 0x27 || last === 0x2019 || last === 0x2d ? m[0].replace(/['’-]+$/u, '') : m[0];
    words.push({ w, lower: w.toLowerCase(), start: m.index, end: m.index + w.length });
  }
  const cues: Cue[] = [];
  let si = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    while (si < spans.length && spans[si]!.end <= word.start) si++;
    const span = spans[si];
    if (span && span.start <= word.start && word.start < span.end) continue;
    if (!CUE_WORDS.has(word.lower)) continue;
    // A capitalised verb is a cue at a sentence's start (`Said one official: ...`) or in a headline
    // (`Mayor Says Bridge Will Open`); elsewhere a capital makes it part of a name (`Kim Sang Woo`).
    // A headline cue follows a name (`Ruiz Says ...`); a capitalised word inside a name is none.
    if (startsCapital(word.w)) {
      const afterName = i > 0 && nameEnds.has(words[i - 1]!.end) && !nameStarts.has(word.start);
      if (!sentenceInitial(text, word.start) && !titleCaseAround(words, i) && !afterName) continue;
    }
    const cue = cueAt(text, words, i);
    if (cue) cues.push(cue);
  }
  return cues;
}

/** Does a word open with a capital letter? ASCII is told by its code, the rest by the Unicode class. */
function startsCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(w);
}

function cueAt(text: string, words: Word[], i: number): Cue | null {
  const word = words[i]!;
  const next = words[i + 1];
  const prev = words[i - 1];
  const adjacent = (a: Word | undefined, b: Word | undefined) => !!a && !!b && /^[ \u00a0]+$/u.test(text.slice(a.end, b.start));
  if (word.lower === 'according' && next?.lower === 'to' && adjacent(word, next)) {
    return { start: word.start, end: next.end, verbEnd: next.end, text: text.slice(word.start, next.end), lemma: 'according to', kind: 'speech', form: 'according', frame: 'clause', weak: false };
  }
  const forms = VERB_FORMS.get(word.lower);
  if (forms) {
    for (const { verb, form } of forms) {
      const cue = verbCue(text, words, i, verb, form, adjacent);
      if (cue) return cue;
    }
  }
  const noun = NOUN_FORMS.get(word.lower);
  // `his claim that`, `Smith's earlier missive`, `the ministry's statement`: a report with its author.
  if (noun && prev) {
    const owner = possessorBefore(text, words, i);
    if (owner !== null) {
      return { start: word.start, end: word.end, verbEnd: word.end, text: word.w, lemma: noun.lemma, kind: noun.kind, form: 'noun', frame: 'clause', weak: false };
    }
  }
  return null;
}

function verbCue(
  text: string,
  words: Word[],
  i: number,
  verb: CueVerb,
  form: VerbForm,
  adjacent: (a: Word | undefined, b: Word | undefined) => boolean,
): Cue | null {
  const word = words[i]!;
  const prev = words[i - 1];
  const prevLower = prev && /^[ \u00a0]+$/u.test(text.slice(prev.end, word.start)) ? prev.lower : '';
  let verbEnd = word.end;
  let k = i + 1;
  if (verb.particle) {
    const parts = verb.particle.split(' ');
    for (const p of parts) {
      const w = words[k];
      if (!w || w.lower !== p || !adjacent(words[k - 1], w)) return null;
      verbEnd = w.end;
      k++;
    }
  }
  if (verb.objects) {
    // `expressed deep concern`, `voiced hope`: the verb reports only with its object.
    let j = k;
    while (words[j] && j - k < 3 && /^(?:a|an|deep|grave|serious|strong|great|some|his|her|their|its|the|growing|particular|brief|short|written|joint|formal|new|further)$/.test(words[j]!.lower)) j++;
    const obj = words[j];
    // `expressed "deep concern"`: the object quoted is the speaker's own words.
    const quotedObject = /^\s+["“‘'«]/u.test(text.slice(words[k - 1]!.end, words[k - 1]!.end + 3));
    if (quotedObject && verb.quotedObject) return cueOf(text, word, verb, words[k - 1]!.end, words[k - 1]!.end, 'finite');
    if (!obj || !verb.objects.includes(obj.lower) || j - i > 5) return null;
    verbEnd = obj.end;
    k = j + 1;
    const link = words[k];
    if (link && /^(?:that|over|about|at)$/.test(link.lower) && adjacent(obj, link)) {
      verbEnd = link.end;
      k++;
    }
  }
  // `agreed to work`, `agreed Friday to work`: an intention, not a report.
  const toAt = words[k]?.lower === 'to' ? k : WHEN_WORDS.has(words[k]?.lower ?? '') && words[k + 1]?.lower === 'to' ? k + 1 : -1;
  if (verb.notBeforeTo && toAt >= 0) return null;
  let cueForm: CueForm;
  switch (form) {
    case 'base':
      if (prevLower === 'to') cueForm = 'infinitive';
      else if (AUXILIARIES.has(prevLower) || PLURAL_SUBJECTS.has(prevLower) || pluralNounBefore(prev, prevLower)) cueForm = 'finite';
      else return null;
      break;
    case 's':
      // `the claims`, `Smith's claims`, `Should talks go well`: a plural noun, not a verb.
      if (DETERMINERS.has(prevLower) || (prev && /['’]s?$/u.test(text.slice(prev.start, word.start).trim()))) return null;
      if (MODALS.has(prevLower)) return null;
      cueForm = 'finite';
      break;
    case 'past':
    case 'participle':
      if (DETERMINERS.has(prevLower)) return null;
      // `X was told`: X is the one addressed.
      if (PASSIVE.has(prevLower) || (ADVERBS.has(prevLower) && PASSIVE.has(words[i - 2]?.lower ?? '') && !/^(?:has|had|have)$/.test(prevLower))) {
        return null;
      }
      cueForm = 'finite';
      break;
    case 'ing':
      // `the warning`, `the engineers' warning`, `his warning`: a noun.
      if (DETERMINERS.has(prevLower) || (prev && /['’]s?$/u.test(text.slice(prev.start, word.start).trim()))) return null;
      cueForm = /^(?:is|are|was|were|been|be|am|'s|’s)$/.test(prevLower) ? 'finite' : 'participle';
      break;
  }
  return cueOf(text, word, verb, verbEnd, extendCue(text, words, k, verbEnd, verb), cueForm);
}

function cueOf(text: string, word: Word, verb: CueVerb, verbEnd: number, end: number, form: CueForm): Cue {
  return { start: word.start, end, verbEnd, text: text.slice(word.start, end), lemma: verb.lemma, kind: verb.kind, form, frame: verb.frame ?? 'clause', weak: verb.weak ?? false };
}

/** `told reporters`, `said in a statement`, `wrote on Twitter`: the cue text reaches over its medium or addressee. */
function extendCue(text: string, words: Word[], k: number, verbEnd: number, verb: CueVerb): number {
  const first = words[k];
  if (!first || !/^[ \u00a0]+$/u.test(text.slice(verbEnd, first.start))) return verbEnd;
  if (verb.lemma === 'tell') {
    for (const a of ADDRESSEES) {
      if (a.every((p, j) => words[k + j]?.w === p)) return words[k + a.length - 1]!.end;
    }
  }
  if (!PREPOSITIONS.has(first.lower)) return verbEnd;
  // Up to a determiner and two modifiers before the medium (`in a brief written statement` stops at three).
  for (let j = k + 1; j < words.length && j <= k + 4; j++) {
    const w = words[j]!;
    if (!/^[ \u00a0,-]*$/u.test(text.slice(words[j - 1]!.end, w.start))) return verbEnd;
    const two = j + 1 < words.length ? `${w.lower} ${words[j + 1]!.lower}` : '';
    if (MEDIA.has(two)) return words[j + 1]!.end;
    if (MEDIA.has(w.lower)) return w.end;
  }
  return verbEnd;
}

/** The owner of a report noun: `his`/`her`/`their`/`its`, or a possessive (`Smith's`, `the ministry's`), at most two modifiers back. */
function possessorBefore(text: string, words: Word[], i: number): string | null {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const w = words[j]!;
    if (!/^[ \u00a0]+$/u.test(text.slice(w.end, words[j + 1]!.start).replace(/^['’]/u, ''))) return null;
    if (POSSESSIVES.has(w.lower)) return w.w;
    if (/['’]s$/u.test(w.w) || /^['’]/u.test(text.charAt(w.end))) return w.w;
    if (DETERMINERS.has(w.lower) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.w)) return null;
  }
  return null;
}

function sentenceInitial(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"“‘'(]/u.test(text.charAt(i)) && text.charAt(i) !== '\n') i--;
  return i < 0 || text.charAt(i) === '\n' || /[.!?:]/.test(text.charAt(i));
}

/** Are the words around `i` capitalised like a headline (`Mayor Says Bridge Will Open`)? */
function titleCaseAround(words: Word[], i: number): boolean {
  let capitals = 0;
  let total = 0;
  for (let j = Math.max(0, i - 3); j <= Math.min(words.length - 1, i + 3); j++) {
    if (j === i || words[j]!.w.length < 4) continue;
    total++;
    if (/^\p{Lu}/u.test(words[j]!.w)) capitals++;
  }
  return total >= 3 && capitals === total;
}

/** `Democrats argue`, `officials say`: a plural noun right before a base form is its subject. */
function pluralNounBefore(prev: Word | undefined, lower: string): boolean {
  if (!prev || lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss') || lower.endsWith('us')) return false;
  return !DETERMINERS.has(lower) && !/^(?:is|was|has|does|this|its|his|hers|yours|ours|theirs|thus|always|perhaps|sometimes|afterwards|towards|besides|less|unless|across|whereas|alas|yes|news)$/.test(lower);
}

function buildVerbForms(): Map<string, { verb: CueVerb; form: VerbForm }[]> {
  const map = new Map<string, { verb: CueVerb; form: VerbForm }[]>();
  const add = (form: string, verb: CueVerb, kind: VerbForm) => {
    const list = map.get(form) ?? [];
    if (!list.some((e) => e.verb === verb && e.form === kind)) list.push({ verb, form: kind });
    map.set(form, list);
  };
  for (const v of CUE_VERBS) {
    const past = v.past ?? regularPast(v.lemma);
    // Past forms first: `read`, `put`, `forecast` are read as past tense where both fit.
    add(past, v, 'past');
    add(v.participle ?? past, v, 'participle');
    add(v.lemma, v, 'base');
    add(thirdPerson(v.lemma), v, 's');
    add(v.ing ?? regularIng(v.lemma), v, 'ing');
  }
  return map;
}

function thirdPerson(lemma: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(lemma)) return lemma + 'es';
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + 'ies';
  return lemma + 's';
}

function regularPast(lemma: string): string {
  if (lemma.endsWith('e')) return lemma + 'd';
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + 'ied';
  return lemma + 'ed';
}

function regularIng(lemma: string): string {
  if (lemma.endsWith('ie')) return lemma.slice(0, -2) + 'ying';
  if (/[^eoy]e$/.test(lemma)) return lemma.slice(0, -1) + 'ing';
  return lemma + 'ing';
}

/**
 * Is `word` (any case) an inflected form of a reporting verb of the lexicon?
 * @param loose (optional) also verbs that report only with a particle or object (`expressed`, `pointed`)
 */
export function isReportingVerbForm(word: string, loose = false): boolean {
  const forms = VERB_FORMS.get(word.toLowerCase());
  return !!forms && forms.some((f) => f.form !== 'base' && f.form !== 'ing' && (loose || (!f.verb.particle && !f.verb.objects && !f.verb.weak)));
}
