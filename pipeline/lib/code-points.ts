/**
 * Offsets in code points (what Python and R index strings by) and in UTF-16 code units (what
 * JavaScript indexes by). They differ only after a character outside the Basic Multilingual Plane
 * (an emoji, some CJK), which is one code point but two code units; a text without one needs no
 * table at all.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** UTF-16 offset → code-point offset within `text`; the identity for texts without astral characters. */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!SURROGATE.test(text)) return (offset) => offset;
  const t = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++, cp++) {
    t[i] = cp;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // A surrogate pair is one code point: both halves map to it.
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) t[++i] = cp;
  }
  t[text.length] = cp;
  return (offset) => t[offset]!;
}

/** `text[start:end]` with code-point offsets, as a notebook reads it. */
export function codePointSlice(text: string, start: number, end: number): string {
  if (!SURROGATE.test(text)) return text.slice(start, end);
  return Array.from(text).slice(start, end).join('');
}

/** The length of `text` in code points. */
export function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}
