/**
 * A speaker named without a verb: `Ana Ruiz, Daily Courier: "..."` before the quotation, `"..." ―
 * Ana Ruiz` after it, or a transcript label opening the quoted words (`"RUIZ: ...`).
 */
import type { ArticleIndex } from './article-index.js';
import { classifyPhrase, onlyTitlesBetween, type SourceRef } from './phrases.js';
import { INTRO_WORDS } from './source-words.js';

const INTRO = new Set(INTRO_WORDS);

/**
 * A speaker named without a verb: `Ana Ruiz, Daily Courier: "..."` before the quotation, `"..." ― Ana
 * Ruiz` after it, or a transcript label opening the quoted words (`"RUIZ: We will ...`).
 */
export function labelOf(ix: ArticleIndex, open: number, start: number, after: number, paragraphStart: number, paragraphEnd: number): SourceRef | null {
  const text = ix.text;
  // Inside: `RUIZ: ...` or `Ruiz: ...` at the start of the quoted words.
  const inside = /^((?:\p{Lu}[\p{Lu}'’.-]+)(?:\s\p{Lu}[\p{Lu}'’.-]+){0,2}|\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}):\s/u.exec(text.slice(start, start + 60));
  if (inside) return personOrLabel(ix, start, start + inside[1]!.length);
  // Before: the paragraph up to the mark is `Name[, Outlet]:`.
  if (open > paragraphStart && open - paragraphStart <= 100) {
    const head = text.slice(paragraphStart, open);
    const m = /^([^:"“”!?]{2,90}):\s*$/u.exec(head);
    if (m && /^\p{Lu}/u.test(m[1]!)) {
      const nameEnd = paragraphStart + (m[1]!.indexOf(',') >= 0 ? m[1]!.indexOf(',') : m[1]!.length);
      const ref = personOrLabel(ix, paragraphStart, nameEnd);
      if (ref) return ref;
    }
  }
  // After: `"..." ― Ana Ruiz` (or a dash) closing the paragraph.
  if (after < paragraphEnd) {
    const tail = /^\s*[―—–-]\s*/u.exec(text.slice(after, after + 8));
    if (tail) {
      const nameStart = after + tail[0].length;
      const m = /^((?:[^.,;:!?"“”]|(?<=\b\p{Lu})\.){2,60}?)\s*[.,]?\s*$/u.exec(text.slice(nameStart, Math.min(paragraphEnd, nameStart + 70)));
      if (m) {
        const ref = personOrLabel(ix, nameStart, nameStart + m[1]!.length);
        return ref && ref.kind !== 'main' ? { ...ref, start: Math.min(ref.start, nameStart), end: Math.max(ref.end, nameStart + m[1]!.length) } : ref;
      }
    }
  }
  return null;
}

/** A person mention filling `[start, end)`, else up to four capitalised words as a name. */
function personOrLabel(ix: ArticleIndex, start: number, end: number): SourceRef | null {
  const mention = ix.peopleIn(start, end).find((p) => p.end <= end);
  if (mention && onlyTitlesBetween(ix, start, mention.start)) return { kind: 'person', mention, start: mention.start, end: mention.end };
  const name = ix.text.slice(start, end).trim();
  if (!/^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|al|bin|del|da|la)){0,4}$/u.test(name)) return null;
  if (INTRO.has(name.split(/\s+/)[0]!)) return null;
  // A transcript's `HOST:` or `VALE:` names a speaker, not an organisation.
  const ref = classifyPhrase(ix, name, start, end);
  if (ref.kind === 'organisation' && name !== name.toUpperCase()) return ref;
  return { kind: 'label', name, start, end };
}
