/**
 * A page as the reader sees it: its visible text cut into blocks at block-level elements and
 * `<br>`, each with the evidence the classifier weighs: the characters inside links, the markup
 * roles around it (navigation, page header and footer, asides, forms, figures), whether it is a
 * heading, and whether it sits in a small wrapper beside a picture (a caption).
 */
import { type AnyNode, type Element, isTag, isText } from 'domhandler';
import type { BlockEvidence } from '../content/classify.js';
import { endsSentence } from '../content/features.js';

export type Role = 'nav' | 'aside' | 'header' | 'footer' | 'form' | 'figure' | 'figcaption' | 'menu' | 'dialog' | 'article' | 'main' | 'list' | 'table' | 'quote' | 'hidden';

export interface HtmlBlock extends BlockEvidence {
  /** The innermost block-level element holding the text. */
  container: Element;
  tag: string;
  roles: ReadonlySet<Role>;
  links: number;
  /** Heading level 1–6, 0 for other blocks. */
  level: number;
  /** In a figure, a figcaption, or a small wrapper that also holds a picture. */
  caption: boolean;
  /** Position in the page, 0-based. */
  index: number;
  /** Comes right after a picture, with no text between. */
  afterImage: boolean;
}

/** Elements whose content is never shown as text. */
const INVISIBLE = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'select', 'option', 'textarea',
  'video', 'audio', 'canvas', 'object', 'embed', 'map', 'button', 'input', 'noembed', 'param', 'source', 'track', 'meta', 'link',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption', 'legend', 'label',
]);

/** Tags and ARIA roles that say what a region of the page is. */
const TAG_ROLE: Record<string, Role> = {
  nav: 'nav', aside: 'aside', header: 'header', footer: 'footer', form: 'form', figure: 'figure', figcaption: 'figcaption',
  menu: 'menu', dialog: 'dialog', article: 'article', main: 'main', ul: 'list', ol: 'list', table: 'table', blockquote: 'quote',
};
const ARIA_ROLE: Record<string, Role> = {
  navigation: 'nav', banner: 'header', contentinfo: 'footer', complementary: 'aside', search: 'form', form: 'form',
  menu: 'menu', menubar: 'menu', toolbar: 'menu', tablist: 'menu', dialog: 'dialog', alertdialog: 'dialog',
  main: 'main', article: 'article', figure: 'figure',
};
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const IMAGE_TAGS = new Set(['img', 'picture']);
/** Block elements nested deeper than this are read as inline (no page nests so deep but a broken or hostile one). */
const MAX_BLOCK_DEPTH = 128;
/** A wrapper beside a picture holding at most this much text is the picture's caption. */
const CAPTION_MAX_CHARS = 400;
/** A line after a picture longer than this is text, whatever its punctuation. */
const SHORT_CAPTION = 250;

function rolesOf(el: Element): Role[] {
  const out: Role[] = [];
  const tagRole = TAG_ROLE[el.name];
  if (tagRole) out.push(tagRole);
  const aria = el.attribs.role?.toLowerCase().trim();
  if (aria && ARIA_ROLE[aria]) out.push(ARIA_ROLE[aria]);
  const itemprop = el.attribs.itemprop?.toLowerCase();
  if (itemprop && /\barticlebody\b/.test(itemprop)) out.push('article');
  if (el.attribs['aria-hidden'] === 'true') out.push('hidden');
  return out;
}

function isHidden(el: Element): boolean {
  return el.attribs.hidden !== undefined || HIDDEN_STYLE.test(el.attribs.style ?? '') || el.attribs.type === 'hidden';
}

interface Pending {
  text: string[];
  linkChars: number;
  linksAtStart: number;
  container: Element;
  roles: Role[];
  level: number;
}

/** Cut the document's visible text into blocks, in reading order. */
export function pageBlocks(root: AnyNode): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const imageWrappers = new Set<Element>();
  const controlWrappers = new Set<Element>();
  const roleStack: Role[] = [];
  const blockStack: Element[] = [rootElement(root)];
  let pending: Pending | null = null;
  let linkDepth = 0;
  let linksSeen = 0;
  let level = 0;
  let imageBefore = false;

  const flush = (): void => {
    const p = pending;
    pending = null;
    if (!p) return;
    const text = p.text.join('').replace(/\s+/g, ' ').trim();
    if (!text) return;
    const roles = new Set(p.roles);
    blocks.push({
      text,
      linkDensity: Math.min(1, p.linkChars / text.length),
      heading: p.level > 0,
      excluded: false,
      container: p.container,
      tag: p.container.name,
      roles,
      links: linksSeen - p.linksAtStart,
      level: p.level,
      caption: roles.has('figcaption') || roles.has('figure'),
      index: blocks.length,
      afterImage: imageBefore,
    });
    imageBefore = false;
  };

  const addText = (data: string): void => {
    if (!pending) {
      if (!data.trim()) return;
      // A link already open when the block starts is one of its links.
      pending = { text: [], linkChars: 0, linksAtStart: linksSeen - (linkDepth > 0 ? 1 : 0), container: blockStack.at(-1)!, roles: [...roleStack], level };
    }
    pending.text.push(data);
    if (linkDepth > 0) pending.linkChars += data.replace(/\s+/g, ' ').trim().length;
  };

  // Iterative, so that a page nested thousands of elements deep costs time, not the stack.
  type Close = { close: true; isBlock: boolean; roles: number; outerLevel: number; isLink: boolean };
  const stack: (AnyNode | Close)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if ('close' in item) {
      if (item.isLink) linkDepth--;
      level = item.outerLevel;
      roleStack.length -= item.roles;
      if (item.isBlock) {
        flush();
        blockStack.pop();
      }
      continue;
    }
    const node = item;
    if (isText(node)) {
      addText(node.data);
      continue;
    }
    if (!isTag(node)) {
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      continue;
    }
    const name = node.name;
    if (CONTROLS.has(name) && blockStack.length > 1) controlWrappers.add(blockStack.at(-1)!);
    if (INVISIBLE.has(name) || isHidden(node)) continue;
    if (IMAGE_TAGS.has(name)) {
      if (!isPixel(node)) {
        imageWrappers.add(blockStack.at(-1)!);
        imageBefore = true;
      }
      continue;
    }
    if (name === 'br' || name === 'hr') {
      flush();
      continue;
    }
    // Past a sane depth, elements no longer open blocks: walks up from a block stay bounded.
    const isBlock = BLOCK_TAGS.has(name) && blockStack.length < MAX_BLOCK_DEPTH;
    const roles = rolesOf(node);
    if (isBlock) {
      flush();
      blockStack.push(node);
    }
    roleStack.push(...roles);
    const outerLevel = level;
    if (/^h[1-6]$/.test(name)) level = Number(name[1]);
    // Only an address makes a link: `<a name=...>` is an anchor, and one left open must not turn the page into links.
    const isLink = name === 'a' && node.attribs.href !== undefined;
    if (isLink) {
      linkDepth++;
      linksSeen++;
    }
    stack.push({ close: true, isBlock, roles: roles.length, outerLevel, isLink });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  flush();
  markCaptions(blocks, imageWrappers);
  markCallsToAction(blocks, controlWrappers);
  return blocks;
}

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

/** Form controls: text in a small wrapper with one is a call to action (sign up, subscribe, comment). */
const CONTROLS = new Set(['input', 'button', 'textarea', 'select', 'form']);
/** A wrapper holding a control and at most this much text is the control's prompt. */
const PROMPT_MAX_CHARS = 500;

/**
 * Blocks in a small wrapper that also holds a form control (a newsletter box, a subscription
 * offer, a comment form with its rules) are its prompt, not article text.
 */
function markCallsToAction(blocks: HtmlBlock[], controlWrappers: ReadonlySet<Element>): void {
  if (controlWrappers.size === 0) return;
  const charsIn = textPerElement(blocks);
  // The headline's wrapper is the article's header, whose share buttons prompt nothing.
  const headline = new Set<Element>();
  for (const b of blocks) if (b.level === 1) for (const el of ancestors(b.container)) headline.add(el);
  // A control's wrapper may be small while the prompt sits one level up, beside it: climb while the text stays small.
  const prompts = new Set<Element>();
  for (const w of controlWrappers) {
    let top: Element | null = null;
    for (const el of ancestors(w)) {
      if ((charsIn.get(el) ?? 0) > PROMPT_MAX_CHARS || headline.has(el)) break;
      top = el;
    }
    if (top) prompts.add(top);
  }
  for (const b of blocks) {
    for (const el of ancestors(b.container)) {
      if (!prompts.has(el)) continue;
      b.excluded = true;
      b.excludedWhy ??= 'beside a form control';
      break;
    }
  }
}

function textPerElement(blocks: readonly HtmlBlock[]): Map<Element, number> {
  const charsIn = new Map<Element, number>();
  for (const b of blocks) {
    for (const el of ancestors(b.container)) charsIn.set(el, (charsIn.get(el) ?? 0) + b.text.length);
  }
  return charsIn;
}

/** Tracking pixels and spacers are not pictures. */
function isPixel(img: Element): boolean {
  const w = Number(img.attribs.width);
  const h = Number(img.attribs.height);
  return (w > 0 && w <= 3) || (h > 0 && h <= 3);
}

function rootElement(root: AnyNode): Element {
  return (isTag(root) ? root : { name: '#document', attribs: {}, children: [], parent: null }) as Element;
}

/**
 * A block whose wrapper (its container or the one above) also holds a picture, with little text
 * in it besides, is the picture's caption or credit.
 */
function markCaptions(blocks: HtmlBlock[], imageWrappers: ReadonlySet<Element>): void {
  const charsIn = textPerElement(blocks);
  for (const b of blocks) {
    if (b.caption || b.heading) continue;
    // A line straight after a picture that is not a sentence (`Name at his farm, where ...`) is its caption.
    if (b.afterImage && b.text.length <= SHORT_CAPTION && !endsSentence(b.text)) {
      b.caption = true;
      continue;
    }
    for (const el of ancestors(b.container).slice(0, 3)) {
      // A paragraph with an inline picture is still a paragraph.
      if (!imageWrappers.has(el) || el.name === 'p') continue;
      if ((charsIn.get(el) ?? 0) <= CAPTION_MAX_CHARS) b.caption = true;
      break;
    }
  }
}
