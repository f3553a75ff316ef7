/**
 * Teaser lists and galleries: several sibling elements built alike, each holding a headline (a
 * heading or a linked line) and more text: a related-stories rail, a slide show, a comment
 * thread. Their summaries read like prose, so the text classifier alone keeps them; the repeated
 * structure gives them away (magic-html's listing signal, on block shapes instead of classes).
 * An article's own paragraphs are single blocks, so they never form such items.
 */
import type { Element } from 'domhandler';
import { ancestors } from './ancestors.js';
import type { HtmlBlock } from './blocks.js';

/** Items alike needed for a listing. */
const MIN_ITEMS = 3;
/** An item is a teaser, a slide or a comment: a few blocks, not a page section. */
const MAX_ITEM_CHARS = 1200;
/** A linked line: most of its characters inside a link. */
const LINKED = 0.5;

interface Item {
  blocks: HtmlBlock[];
}

/** Mark the blocks of listing items as excluded; returns them, so that a page made only of one list can take them back. */
export function markListings(blocks: HtmlBlock[]): HtmlBlock[] {
  const marked: HtmlBlock[] = [];
  // The children of each element that hold blocks, each child with its blocks.
  const items = new Map<Element, Map<Element, Item>>();
  for (const b of blocks) {
    const chain = ancestors(b.container);
    for (let k = 0; k + 1 < chain.length; k++) {
      const child = chain[k]!;
      const parent = chain[k + 1]!;
      let children = items.get(parent);
      if (!children) items.set(parent, (children = new Map()));
      let item = children.get(child);
      if (!item) children.set(child, (item = { blocks: [] }));
      item.blocks.push(b);
    }
  }
  for (const [parent, children] of items) {
    const bySignature = new Map<string, Item[]>();
    for (const [child, item] of children) {
      if (item.blocks.length < 2 || item.blocks.reduce((n, b) => n + b.text.length, 0) > MAX_ITEM_CHARS) continue;
      const headed = item.blocks.some((b) => b.heading || b.linkDensity > LINKED);
      if (!headed) continue;
      // Inside a list, or each item led by a link: what a listing is, and a run of article sections is not.
      if (!isListItem(parent, child) && !(item.blocks[0]!.linkDensity > LINKED)) continue;
      const first = item.blocks[0]!;
      // Items of one listing differ in detail (a credit here, none there); their tag and lead are alike.
      const signature = `${child.name}:${first.heading ? 'h' : first.linkDensity > LINKED ? 'a' : 't'}`;
      const group = bySignature.get(signature);
      if (group) group.push(item);
      else bySignature.set(signature, [item]);
    }
    for (const group of bySignature.values()) {
      if (group.length < MIN_ITEMS) continue;
      for (const item of group) {
        for (const b of item.blocks) {
          if (b.excluded) continue;
          b.excluded = true;
          b.excludedWhy = 'repeated teaser item';
          marked.push(b);
        }
      }
    }
  }
  return marked;
}

function isListItem(parent: Element, child: Element): boolean {
  return child.name === 'li' || parent.name === 'ul' || parent.name === 'ol';
}
