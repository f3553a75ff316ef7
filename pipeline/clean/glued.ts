/**
 * Paragraphs run together without a space (`... on Tuesday.During the talks ...`), as page dumps
 * and some extracted records give them: re-split where a sentence end is glued to a capitalised
 * word (or a word in capitals of four letters or more: `report.RELATED LINKS`). Not at abbreviations and honorifics (`Mr.Smith`), initialisms and addresses (`U.S.`,
 * `www.example.com`, `Site.Example.Org`), decimals, `.NET`, or after a short capitalised word
 * (`One.Tel`, a brand, cannot be told from a name ending a sentence).
 */
import { isAbbreviation } from '../lib/sentences.js';

// A stop glued to what follows: a lowercase letter, a digit or a bracket, the stop(s), maybe a closing quote, then a
// capitalised word (or a quotation opening with one).
const GLUE = /(?<=[\p{Ll}\p{N})])[.!?]+["”’']?(?=["“‘']?(?:\p{Lu}\p{Ll}|\p{Lu}{4,}|[AI]\s))/gu;
// The word that ends at the stop, with any dots inside it (`U.S`, `www.example`).
const WORD_BEFORE = /[\p{L}\p{N}.@/:_-]*$/u;
// The word that starts after the stop, up to the next space.
const WORD_AFTER = /^["“‘']?[^\s]*/u;

/** `text` split at glued sentence ends; one element when there is none. */
export function splitGlued(text: string): string[] {
  if (!/[.!?]["”’'“‘]{0,2}\p{Lu}/u.test(text)) return [text];
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(GLUE)) {
    let cut = m.index + m[0].length;
    const before = WORD_BEFORE.exec(text.slice(Math.max(from, m.index - 60), m.index))![0];
    const after = WORD_AFTER.exec(text.slice(cut, cut + 80))![0];
    if (!isGlue(before, after)) continue;
    // A straight quote after the stop closes a quotation when one is open, else opens the next.
    const stops = m[0].replace(/["”’']$/, '');
    const quotes = m[0].slice(stops.length);
    if (quotes && /^["']/.test(quotes) && !quoteOpen(text.slice(from, m.index), quotes[0]!)) cut = m.index + stops.length;
    parts.push(text.slice(from, cut).trim());
    from = cut;
  }
  parts.push(text.slice(from).trim());
  return parts.filter(Boolean);
}

function isGlue(before: string, after: string): boolean {
  if (/[.@/:_]/.test(before)) return false; // `U.S`, an address, a handle
  if (isAbbreviation(before)) return false; // `Mr.Smith`, `Gen.Ali`
  if (/^\p{Lu}\p{Ll}{0,2}$/u.test(before)) return false; // `One.Tel`
  if (/^["“‘']?\p{L}+\.\p{L}/u.test(after)) return false; // `Bungie.Org`
  return true;
}

/** Is a quotation opened by `mark` still open at the end of `text`? (Apostrophes inside words do not count.) */
function quoteOpen(text: string, mark: string): boolean {
  let open = false;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
    if (mark === "'" && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) continue;
    open = !open;
  }
  return open;
}
