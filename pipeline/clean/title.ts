/**
 * A headline line: short, no closing sentence punctuation, not starting in lower case. The caller
 * only asks about the first paragraph that is left after navigation and captions, and only when
 * body paragraphs follow, so a one-line article is never taken for its own title.
 */
import { wordCount } from './strings.js';

// A closing stop, but not an ellipsis: headlines trail off (`Rivals of the ... Apple...`).
const SENTENCE_END = /(?:[^.]\.|[,;:])["”’')\]]?$/;

export function looksLikeTitle(text: string): boolean {
  if (text.length > 160 || text.length < 3) return false;
  const words = wordCount(text);
  if (words < 2 || words > 22) return false;
  if (SENTENCE_END.test(text)) return false;
  // Headlines may open in lower case (`iTunes ...`, `dollars 1m ...`) or with a currency sign.
  if (!/^["“‘'(]?[\p{L}\p{N}\p{Sc}]/u.test(text)) return false;
  if (/^\p{Ll}/u.test(text) && words < 3) return false;
  // A headline is one line of words; several sentences in it mean it is prose.
  if (/[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(text) && !/^\p{Lu}[\p{L}.]*\.\s/u.test(text)) return false;
  return true;
}
