/**
 * Offsets in code points (what Python and R index strings by) and in UTF-16 code units (what
 * JavaScript indexes by) differ only after a character outside the Basic Multilingual Plane (an
 * emoji, some CJK), which is one code point but two code units (see also article-result.ts).
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** `text[start:end]` with code-point offsets, as a notebook reads it. */
export function codePointSlice(text: string, start: number, end: number): string {
  if (!SURROGATE.test(text)) return text.slice(start, end);
  return Array.from(text).slice(start, end).join('');
}
