/**
 * An element's ancestors, innermost first, memoised per element and capped: every per-element
 * tally (region scores, listings, wrappers) walks up from a block through this, so a page
 * nested absurdly deep costs a bounded walk per block.
 */
import type { Element } from 'domhandler';

/** Ancestors looked at above a block, at most: enough for any real page's nesting. */
const MAX_ANCESTORS = 256;
const ANCESTORS = new WeakMap<Element, readonly Element[]>();

/** `el` and its element ancestors, innermost first (at most MAX_ANCESTORS; the document node left out). */
export function ancestors(el: Element): readonly Element[] {
  let list = ANCESTORS.get(el);
  if (!list) {
    const out: Element[] = [];
    for (let e: Element | null = el; e && e.attribs && out.length < MAX_ANCESTORS; e = e.parent as Element | null) out.push(e);
    ANCESTORS.set(el, (list = out));
  }
  return list;
}
