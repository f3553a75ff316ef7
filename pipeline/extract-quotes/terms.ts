/**
 * Quotations or quoted terms: `the "two-plus-two" meeting`, `the so-called "iron timetable"`,
 * `appeared on "Morning Desk"` name things; `called the ruling "theatrical"` gives someone's words.
 * A span is a term by the words right around it; whether a short fragment is a quotation is then
 * decided by the presence of a cue and a source, not by its length (see `index.ts`).
 */
import type { ArticleIndex } from './article-index.js';
import type { Cue } from './cues.js';
import type { QuotedSpan } from './marks.js';
import { TERM_INTRODUCERS, TITLE_PREPOSITIONS } from './source-words.js';

const INTRODUCERS = TERM_INTRODUCERS.map((t) => t.split(' '));
const TITLE_BEFORE = new Set(TITLE_PREPOSITIONS);
/** Function words that may follow a quoted fragment without making it a modifier (`is "unacceptable" given`). */
const FUNCTION_WORDS = new Set(
  (
    'and or but nor so yet as than that which who whom whose when where while if because since although though ' +
    'unless until after before by to in on at for with from of over under about into onto upon against between ' +
    'among through during despite given including like without within toward towards amid across along around ' +
    'is are was were be been being has have had do does did will would can could should shall may might must ' +
    'not also then too instead rather even only just he she it they we i you his her its their our this these ' +
    'those there here said says told added warned according saying adding the a an per via whether once'
  ).split(' '),
);
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|these|those|\p{Lu}[\p{L}.]*['’]s)\s+$/iu;
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:its|his|her|their|our|\p{L}+['’]s)\s+$/iu;
const SMALL = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'or', 'from', 'vs']);

/**
 * A quoted term rather than a quotation: a name after `so-called`/`titled`, a title of a work or show
 * (Title Case, after `on`/`in`/`of` or without a characterising cue before it), a phrase used as a modifier.
 * @param governing the cue right before the span or characterising it (`called her "..."`), if any
 * @param attributed (optional) whether a cue in the span's sentence attributes it
 */
export function isQuotedTerm(ix: ArticleIndex, span: QuotedSpan, quoteText: string, words: number, governing: Cue | null, attributed = false): boolean {
  const text = ix.text;
  // An address or an attribute value (`href="..."`) is no one's words.
  if (/^\S*(?::\/\/|www\.)\S*$/u.test(quoteText) || text.charAt(span.open - 1) === '=') return true;
  const before = text.slice(Math.max(0, span.open - 40), span.open);
  const beforeWords = before.toLowerCase().split(/\s+/).filter(Boolean);
  if (INTRODUCERS.some((t) => t.every((w, i) => beforeWords[beforeWords.length - t.length + i] === w))) return true;
  const closedHere = span.after > span.end;
  // `told "Morning Desk"`: a title after `tell` is whom the words went to, not the words.
  if (governing?.lemma === 'tell') governing = null;
  if (words <= 10 && isTitleCase(quoteText)) {
    const prev = beforeWords[beforeWords.length - 1] ?? '';
    if ((TITLE_BEFORE.has(prev) || /['’]s$/.test(prev)) && !governing) return true;
    if (!governing && !/[.!?,]$/.test(quoteText) && words >= 2) return true;
  }
  // `the "two-plus-two" meeting` names a thing, unless a cue right before gives the adjective as
  // someone's word (`condemned the "alarming" plot`).
  const cueJustBefore = ix.cuesIn(Math.max(0, span.open - 30), span.open).some((c) => c.frame === 'name' && c.form !== 'noun' && /^\s+(?:\S+\s+)?$/u.test(text.slice(c.end, span.open)));
  // Only a label-like span (`two-plus-two`, `Plan B`) is a modifier; a plain word may be someone's (`a "sovereign" choice, the court argued`).
  const possessed = POSSESSIVE_BEFORE.test(before);
  const labelLike = /[-\p{N}]|\p{Lu}/u.test(quoteText) || !attributed || possessed;
  if (words <= 4 && closedHere && DETERMINER_BEFORE.test(before) && !cueJustBefore && labelLike) {
    const nextWord = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(text.slice(span.after, span.after + 30))?.[1];
    if (nextWord && !FUNCTION_WORDS.has(nextWord)) return true;
  }
  return false;
}

/** A fragment inside reported speech, rather than whole quoted sentence(s). */
export function isPartial(ix: ArticleIndex, span: QuotedSpan, sentStart: number, construction: string | null, cue: Cue | null, isContinuation: boolean): boolean {
  if (isContinuation) return false;
  const text = ix.text;
  const prefix = text.slice(Math.max(sentStart, span.open - 300), span.open).trim();
  if (prefix === '' || prefix.endsWith(':')) return false;
  // The sentence is made of quotations and their attribution only (`"A," he said, "b."`).
  if (construction && /^(?:cue-before-(?:comma|colon)|according-to|label(?:-after)?)$/.test(construction) && /[,:]$/.test(prefix)) return false;
  if (/["”»'’]\s*$/.test(prefix) || /[.!?]["”»'’]?\s*$/.test(prefix)) return false;
  if (cue && cue.end <= span.open && /^\s*$/.test(text.slice(cue.end, span.open)) && /^\p{Lu}/u.test(text.charAt(span.start))) return false;
  return true;
}

/** Every significant word capitalised: a title or a name (`Lord of the Rings`, `Morning Desk`). */
export function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  let significant = 0;
  for (const w of words) {
    if (SMALL.has(w)) continue;
    significant++;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return false;
  }
  return significant > 0;
}

/** Words in a quoted span (letters or digits, with inner apostrophes and hyphens). */
export function countWords(s: string): number {
  let n = 0;
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  while (re.exec(s)) n++;
  return n;
}
