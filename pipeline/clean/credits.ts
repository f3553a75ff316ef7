/**
 * The lines around a story that are addressed to editors or credit its makers, recognised by their
 * form rather than by their words:
 * - contributor credits: `(Reporting by A; Editing by B)`, `Reporting by A, editing by B/C`,
 *   `A in Paris and B in Rome contributed to this report.`;
 * - editors' initials: `(ab/cd)`;
 * - editor notes: a label and colon in parentheses (`(ATTN: ...)`, `(Eds: ...)`), or any whole
 *   paragraph in parentheses at the head or the tail of the story (`(For use by ... clients)`);
 * - sign-offs and end marks: a last line that is only an agency (`Reuter`) or an end mark (`ends`).
 * (Copyright lines, `c.1999 The Daily Example` among them, are boilerplate: boilerplate.ts.)
 */
import { agencyName } from './agencies.js';

export type CreditKind = 'contributors' | 'initials' | 'editor-note' | 'sign-off';

/** Marks a story's end with: written alone on the last line. */
const END_MARKS = new Set(['ends', 'end', '-30-', '- 30 -', '###', '# # #', '-0-', '(end)', '(more)', 'more', '(ends)', 'endit', 'xxx', '***', '---', '—30—']);

/** Lower-case words a contributor credit is made of, besides names and places. */
const CREDIT_WORDS = new Set([
  'and', 'in', 'at', 'from', 'of', 'the', 'with', 'also', 'staff', 'writer', 'writers', 'correspondent', 'correspondents',
  'reporter', 'reporters', 'editor', 'editors', 'researcher', 'researchers', 'photographer', 'photographers', 'producer',
  'producers', 'contributed', 'contributing', 'to', 'this', 'report', 'reporting', 'story', 'article', 'had', 'have', 'has',
  'additional', 'by', 'news', 'service', 'bureau', 'wire', 'services', 'journalist', 'journalists', 'photojournalist',
  'contributor', 'contributors', 'intern', 'interns', 'freelance', 'freelancer', 'analyst', 'analysts', 'anchor',
  'senior', 'special', 'chief', 'political', 'foreign', 'diplomatic', 'for', 'contributed', 'reported', 'wrote',
]);

// `Reporting by`, `Additional reporting by`, `Writing by`, `Editing by`, `Compiled by`, `Graphic by`.
const CREDIT_ROLE = /^(?:additional\s+)?(?:reporting|writing|editing|compiled|research|fact[- ]checking|contributions?|graphics?|photos?|video|production|translation|translated|sub-?editing)(?:\s+and\s+(?:reporting|writing|editing))?(?:\s+by)?\s*:?\s+/i;
const CONTRIBUTED_TAIL = /\s+(?:also\s+)?(?:contributed|contributes)\s+(?:to\s+)?(?:this\s+|the\s+)?(?:report|story|article|reporting|coverage)\.?$/i;
const LABEL_NOTE = /^\(\s*[\p{Lu}][\p{L}'’ ]{1,20}:\s*\S/u;
const WHOLE_PARENTHESISED = /^\([^()]{3,300}\)\.?$/;
const INITIALS = /^\(?\s*[a-z]{1,5}(?:\s*\/\s*[a-z]{1,5})+\s*\)?$/;
/** Word tokens of a name list, without punctuation. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** A list of people (and their places, roles and outlets): every lower-case word is a credit word. */
function isNameList(text: string): boolean {
  const tokens = text.match(TOKEN) ?? [];
  if (tokens.length === 0) return false;
  let capitalised = 0;
  for (const t of tokens) {
    if (/^\p{Lu}/u.test(t)) capitalised++;
    else if (!CREDIT_WORDS.has(t.toLowerCase())) return false;
  }
  return capitalised > 0;
}

/** `Reporting by A; Editing by B`, `A and B contributed to this report`: the names of the reporters and writers, or null. */
export function contributorCredit(text: string): { names: string[] } | null {
  if (text.length > 600) return null;
  const inner = text.replace(/^\(\s*/, '').replace(/\s*\)\.?$/, '').trim();
  const tail = CONTRIBUTED_TAIL.exec(inner);
  if (tail) return isNameList(inner.slice(0, tail.index)) ? { names: [] } : null;
  // Parts split at `;` and at a comma or `and` that starts the next role (`..., editing by B`).
  const parts = inner.split(/\s*;\s*|\s*,\s*(?=(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics?|photos?)\b)/i);
  const names: string[] = [];
  for (const part of parts) {
    const role = CREDIT_ROLE.exec(part);
    if (!role) return null;
    const who = part.slice(role[0].length).replace(/\.$/, '');
    if (!who || !isNameList(who)) return null;
    if (/^(?:additional\s+)?(?:reporting|writing|compiled)/i.test(part)) names.push(...personNames(who));
  }
  return { names };
}

// The last sentence of a paragraph: after a stop and a space, before a capital.
const LAST_SENTENCE = /[.!?]["”’)]?\s+(?=[\p{Lu}(])/gu;

/**
 * `... the fighting. A and B contributed to this report.`: a credit closing a body paragraph as its
 * last sentence. Returns the paragraph without it and the credit, or null.
 */
export function splitClosingCredit(text: string): { keep: string; credit: string; names: string[] } | null {
  const tail = text.slice(-600);
  let at = -1;
  for (const m of tail.matchAll(LAST_SENTENCE)) at = m.index + m[0].length;
  if (at <= 0) return null;
  const credit = tail.slice(at).trim();
  const found = contributorCredit(credit);
  if (!found) return null;
  return { keep: text.slice(0, text.length - tail.length + at).trimEnd(), credit, names: found.names };
}

/** `A in Tokyo and B/C`: the people, without their places. */
function personNames(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\/|\band\b|&)\s*/)
    .map((n) => n.replace(/\s+(?:in|at|from)\s+.*$/u, '').trim())
    .filter((n) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(n));
}

/** What kind of credit or editor's line `text` is, or null. `isLast`: it closes the article. */
export function creditKind(text: string, isLast: boolean): CreditKind | null {
  if (text.length > 600) return null;
  if (INITIALS.test(text)) return 'initials';
  if (contributorCredit(text)) return 'contributors';
  if (LABEL_NOTE.test(text) && text.endsWith(')')) return 'editor-note';
  if (isLast && isSignOff(text)) return 'sign-off';
  return null;
}

/** A line that is only an agency (`Reuter`) or an end mark (`ends`, `-30-`). */
export function isSignOff(text: string): boolean {
  return text.length <= 20 && (END_MARKS.has(text.toLowerCase()) || !!agencyName(text.replace(/[.\s]+$/, '')));
}

/**
 * A whole paragraph in parentheses (`(For use by ... clients)`): among the first or last lines of a
 * story it is addressed to editors; further in it is an aside of the story.
 */
export function isEditorNote(text: string): boolean {
  return WHOLE_PARENTHESISED.test(text);
}
