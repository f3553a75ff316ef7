/**
 * Is this text an HTML page or fragment? A doctype or `<html>` at the top, or markup dense with
 * block-level tags (a page saved as `.txt`, a feed item's HTML body). Prose that mentions a tag
 * or two is not HTML.
 */

const PAGE_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[^>]*-->\s*)*(?:<!doctype\s+html|<html[\s>])/i;
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|section|article|span|a)\b[^>]{0,400}>/gi;
/** Block tags needed in the sniffed head, and their share of the text, for content without a doctype. */
const MIN_TAGS = 5;
const MIN_TAG_SHARE = 0.02;

export function looksLikeHtml(head: string): boolean {
  if (PAGE_START.test(head)) return true;
  const tags = head.match(BLOCK_TAG);
  if (!tags || tags.length < MIN_TAGS) return false;
  const tagChars = tags.reduce((n, t) => n + t.length, 0);
  return tagChars / head.length >= MIN_TAG_SHARE;
}
