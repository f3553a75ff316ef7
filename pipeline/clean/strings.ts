/** Small string helpers shared by the clean rules. */

/** Shorten for a message's `actual`: whole words where possible, an ellipsis when cut. */
export function shorten(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

const WHITESPACE_RUN = /\s+/g;
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/** Collapse whitespace runs to one space and trim. */
export function collapseSpaces(text: string): string {
  // Most lines are already clean: skip the replace for them.
  return NEEDS_COLLAPSE.test(text) ? text.replace(WHITESPACE_RUN, ' ').trim() : text.trim();
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Lower case, letters and digits only: for comparing a title line with meta.title. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
