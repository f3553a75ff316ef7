/**
 * Teaser lists and galleries: several sibling elements built alike, each holding a headline (a
 * heading or a linked line) and more text: a related-stories rail, a slide show, a comment
 * thread. Their summaries read like prose, so the text classifier alone keeps them; the repeated
 * structure gives them away (magic-html's listing signal, on block shapes instead of classes).
 * An article's own paragraphs are single blocks, so they never form such items.
 */
import type { Element } from 'domhandler';
import { endsSentence, lengthUnits } from '../content/features.js';
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

/** The blocks a listing pass set apart, and how many of its items a link leads (a teaser of another page). */
export interface Listed {
  blocks: HtmlBlock[];
  items: number;
  linkLed: number;
}

/** Mark the blocks of listing items as excluded; returns them, so that a page made only of one list can take them back. */
export function markListings(blocks: HtmlBlock[]): Listed {
  const marked: HtmlBlock[] = [];
  let itemCount = 0;
  let linkLed = 0;
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
        itemCount++;
        if (item.blocks[0]!.linkDensity > LINKED) linkLed++;
        for (const b of item.blocks) {
          if (b.excluded) continue;
          b.excluded = true;
          b.excludedWhy = 'repeated teaser item';
          b.listed = true;
          marked.push(b);
        }
      }
    }
  }
  return { blocks: marked, items: itemCount, linkLed };
}

function isListItem(parent: Element, child: Element): boolean {
  return child.name === 'li' || parent.name === 'ul' || parent.name === 'ol';
}

/** Items a list needs before its links make it a list of links. */
const MIN_LINK_ITEMS = 3;

/**
 * Lists whose every item is a link (related stories, "more on this", tag clouds, menus without
 * markup roles) are set apart, as trafilatura's link-density test drops them: inside the story
 * they must neither count as its text nor cut it in two for the context revision and the region.
 */
export function markLinkLists(blocks: HtmlBlock[]): void {
  // A list's items, or a run of sibling lines (`<p><a>`, `<div><a>`) under one parent.
  const groups = new Map<Element, HtmlBlock[]>();
  for (const b of blocks) {
    const list = ancestors(b.container).find((el) => el.name === 'ul' || el.name === 'ol') ?? (b.container.parent as Element | null);
    if (!list?.attribs) continue;
    const members = groups.get(list);
    if (members) members.push(b);
    else groups.set(list, [b]);
  }
  for (const members of groups.values()) {
    // Lines of a parent that also holds prose count only as a run of their own: split at every other block.
    for (const run of linkedRuns(members)) {
      if (run.length < MIN_LINK_ITEMS) continue;
      for (const b of run) {
        if (b.excluded) continue;
        b.excluded = true;
        b.excludedWhy = 'list of links';
        b.listed = true;
      }
    }
  }
}

/** The runs of consecutive linked lines among a group's blocks. */
function linkedRuns(members: readonly HtmlBlock[]): HtmlBlock[][] {
  const runs: HtmlBlock[][] = [];
  let run: HtmlBlock[] = [];
  let last = -2;
  for (const b of members) {
    if (b.linkDensity <= LINKED || b.index !== last + 1) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (b.linkDensity > LINKED) run.push(b);
    last = b.index;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Blocks a list section (its heading and items) holds at most. */
const MAX_SECTION_BLOCKS = 200;
/** A label line over a list is short and no sentence (`Related coverage:`, `More on this`). */
const LABEL_MAX_CHARS = 80;

function isLabel(text: string): boolean {
  return text.length <= LABEL_MAX_CHARS && (!endsSentence(text) || text.endsWith(':'));
}

/**
 * The heading or label of a set-apart list (`Related stories`, `More on this:`) goes with it: one
 * whose wrapper holds nothing but the list, or whose next element is the list. Left alone, the
 * context revision would keep it as a short line between article paragraphs.
 */
export function markListHeadings(blocks: HtmlBlock[]): HtmlBlock[] {
  const marked: HtmlBlock[] = [];
  blocks.forEach((h, i) => {
    const next = blocks[i + 1];
    if (!isLabel(h.text) || h.excluded || !next?.listed) return;
    if (!headsList(h, next, blocks)) return;
    h.excluded = true;
    h.excludedWhy = 'heading of a set-apart list';
    h.listed = true;
    marked.push(h);
  });
  return marked;
}

function headsList(h: HtmlBlock, next: HtmlBlock, blocks: readonly HtmlBlock[]): boolean {
  const sibling = nextElement(h.container);
  if (sibling && ancestors(next.container).includes(sibling)) return true;
  const wrapper = h.container.parent as Element | null;
  if (!wrapper?.attribs) return false;
  // Every other block in the heading's wrapper is set apart (the blocks of one wrapper are contiguous);
  // a wrapper of more blocks than a list section holds is no list's.
  const inWrapper = (j: number): boolean => j >= 0 && j < blocks.length && ancestors(blocks[j]!.container).includes(wrapper);
  let seen = 0;
  for (let j = h.index + 1; inWrapper(j); j++) if (!blocks[j]!.excluded || ++seen > MAX_SECTION_BLOCKS) return false;
  for (let j = h.index - 1; inWrapper(j); j--) if (!blocks[j]!.excluded || ++seen > MAX_SECTION_BLOCKS) return false;
  return true;
}

function nextElement(el: Element): Element | null {
  for (let n = el.next; n; n = n.next) if (n.type === 'tag') return n as Element;
  return null;
}

/** A summary item is a line, not a paragraph; the first paragraph is prose from this length. */
const SUMMARY_ITEM_CHARS = 200;
const FIRST_PARAGRAPH_UNITS = 150;

/**
 * A list of short lines between the headline and the first paragraph (`Story highlights`, key
 * points) sums the story up: it repeats the text, and is set apart with its heading.
 */
export function markSummaryLists(blocks: HtmlBlock[]): void {
  const headline = blocks.findIndex((b) => b.level === 1 && !b.excluded);
  if (headline < 0) return;
  const listOf = (b: HtmlBlock): Element | null => ancestors(b.container).find((el) => el.name === 'ul' || el.name === 'ol') ?? null;
  const lists = new Map<Element, HtmlBlock[]>();
  for (let j = headline + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    const list = listOf(b);
    if (!list) {
      if (!b.excluded && lengthUnits(b.text) >= FIRST_PARAGRAPH_UNITS) break;
      continue;
    }
    const items = lists.get(list);
    if (items) items.push(b);
    else lists.set(list, [b]);
  }
  for (const items of lists.values()) {
    if (items.length < 2 || items.some((b) => b.text.length > SUMMARY_ITEM_CHARS || b.excluded)) continue;
    // The list must end before the first paragraph: one that runs on past it is the text's own.
    const list = listOf(items[0]!)!;
    const last = items.at(-1)!.index;
    if (blocks[last + 1] && listOf(blocks[last + 1]!) === list) continue;
    for (const b of items) {
      b.excluded = true;
      b.excludedWhy = 'summary list above the text';
      b.listed = true;
    }
  }
}
