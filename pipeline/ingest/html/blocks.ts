/**
 * A page as the reader sees it: its visible text cut into blocks at block-level elements and
 * `<br>`, each with the evidence the classifier weighs: the characters inside links, the markup
 * roles around it (navigation, page header and footer, asides, forms, figures), whether it is a
 * heading, and what it follows (a picture). Captions and calls to action are then told from the
 * wrappers recorded here (wrappers.ts).
 */
import { type AnyNode, type Element, isTag, isText } from 'domhandler';
import type { BlockEvidence } from '../content/classify.js';

export type Role = 'nav' | 'aside' | 'header' | 'footer' | 'form' | 'figure' | 'figcaption' | 'menu' | 'dialog' | 'article' | 'main' | 'list' | 'table' | 'quote' | 'hidden';

export interface HtmlBlock extends BlockEvidence {
  /** The innermost block-level element holding the text. */
  container: Element;
  tag: string;
  roles: ReadonlySet<Role>;
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
  // AMP's advert slots and their fallback labels
  'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-analytics', 'amp-pixel',
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
  'amp-sidebar': 'nav',
};
const ARIA_ROLE: Record<string, Role> = {
  navigation: 'nav', banner: 'header', contentinfo: 'footer', complementary: 'aside', search: 'form', form: 'form',
  menu: 'menu', menubar: 'menu', toolbar: 'menu', tablist: 'menu', dialog: 'dialog', alertdialog: 'dialog',
  main: 'main', article: 'article', figure: 'figure',
};
/** Where a paragraph of preformatted text ends: a blank line, or a line break before an indented line. */
const PRE_PARAGRAPH = /\n[ \t]*\n\s*|\n(?=[ \t]{2,}\S)/;
/** Block elements that are no part of a heading: inside an unclosed one, they end it. */
const HEADING_BREAKERS = new Set(['p', 'ul', 'ol', 'li', 'table', 'blockquote', 'section', 'article', 'pre', 'dl', 'form', 'footer']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const IMAGE_TAGS = new Set(['img', 'picture', 'amp-img', 'amp-anim']);
/** Block elements nested deeper than this are read as inline (no page nests so deep but a broken or hostile one). */
const MAX_BLOCK_DEPTH = 128;
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
  container: Element;
  roles: Role[];
  level: number;
}

export interface PageBlocks {
  blocks: HtmlBlock[];
  /** The innermost block element around each picture (for captions). */
  imageWrappers: Set<Element>;
  /** The innermost block element around each form control (for calls to action). */
  controlWrappers: Set<Element>;
  /** The innermost block element around each player or embed (`video`, `audio`, `iframe`, `object`, `embed`). */
  mediaWrappers: Set<Element>;
}

/** Players and embedded frames, whose wrappers are recorded: text beside one is its title or teaser (wrappers.ts). */
const MEDIA = new Set(['video', 'audio', 'iframe', 'object', 'embed', 'amp-video', 'amp-youtube', 'amp-iframe']);

/** Form controls, whose wrappers are recorded: text beside one is a call to action (wrappers.ts). */
const CONTROLS = new Set(['input', 'button', 'textarea', 'select', 'form']);

/** Cut the document's visible text into blocks, in reading order (`noscript`: the text of `<noscript>` counts as visible). */
export function pageBlocks(root: AnyNode, { noscript = false }: { noscript?: boolean } = {}): PageBlocks {
  const blocks: HtmlBlock[] = [];
  const imageWrappers = new Set<Element>();
  const controlWrappers = new Set<Element>();
  const mediaWrappers = new Set<Element>();
  // How many open elements carry each role: a count, not a stack, so that deep nesting costs nothing per block.
  const roleCounts = new Map<Role, number>();
  const blockStack: Element[] = [rootElement(root)];
  let pending: Pending | null = null;
  let linkDepth = 0;
  let preDepth = 0;
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
      pending = { text: [], linkChars: 0, container: blockStack.at(-1)!, roles: [...roleCounts].filter(([, n]) => n > 0).map(([r]) => r), level };
    }
    pending.text.push(data);
    if (linkDepth > 0) pending.linkChars += data.replace(/\s+/g, ' ').trim().length;
  };

  // Iterative, so that a page nested thousands of elements deep costs time, not the stack.
  type Close = { close: true; isBlock: boolean; opensBlock: boolean; roles: Role[]; outerLevel: number; isLink: boolean; isPre: boolean };
  const stack: (AnyNode | Close)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if ('close' in item) {
      if (item.isLink) linkDepth--;
      if (item.isPre) preDepth--;
      level = item.outerLevel;
      for (const r of item.roles) roleCounts.set(r, roleCounts.get(r)! - 1);
      if (item.isBlock) flush();
      if (item.opensBlock) blockStack.pop();
      continue;
    }
    const node = item;
    if (isText(node)) {
      if (preDepth === 0) addText(node.data);
      else {
        // Preformatted copy (old wire text in a `<pre>`) keeps its paragraphs as blank lines or indents.
        node.data.split(PRE_PARAGRAPH).forEach((piece, k) => {
          if (k > 0) flush();
          addText(piece);
        });
      }
      continue;
    }
    if (!isTag(node)) {
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      continue;
    }
    const name = node.name;
    if (CONTROLS.has(name) && blockStack.length > 1) controlWrappers.add(blockStack.at(-1)!);
    if (MEDIA.has(name) && blockStack.length > 1) mediaWrappers.add(blockStack.at(-1)!);
    if ((INVISIBLE.has(name) && !(noscript && name === 'noscript')) || isHidden(node)) continue;
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
    // Past a sane depth, elements no longer become containers (walks up from a block stay bounded), but still end blocks.
    const isBlock = BLOCK_TAGS.has(name);
    const opensBlock = isBlock && blockStack.length < MAX_BLOCK_DEPTH;
    const roles = rolesOf(node);
    if (isBlock) flush();
    if (opensBlock) blockStack.push(node);
    for (const r of roles) roleCounts.set(r, (roleCounts.get(r) ?? 0) + 1);
    const outerLevel = level;
    if (/^h[1-6]$/.test(name)) level = Number(name[1]);
    // A heading left open (`<h1>Title<div><p>...`) does not make the paragraphs after it headings.
    else if (HEADING_BREAKERS.has(name)) level = 0;
    // Only an address makes a link: `<a name=...>` is an anchor, and one left open must not turn the page into links.
    const isLink = name === 'a' && node.attribs.href !== undefined;
    if (isLink) linkDepth++;
    const isPre = name === 'pre' || name === 'xmp' || name === 'listing';
    if (isPre) preDepth++;
    stack.push({ close: true, isBlock, opensBlock, roles, outerLevel, isLink, isPre });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  flush();
  return { blocks, imageWrappers, controlWrappers, mediaWrappers };
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
