/**
 * Where on the page the article is: the element whose blocks hold the most article text for the
 * least other text (a maximum over the tree of good − α·other characters). Pages put the story in
 * one column; navigation, teaser rails and footers around it then fall outside, even where a
 * teaser's summary reads like prose.
 */
import type { Element } from 'domhandler';
import type { Label } from '../content/classify.js';
import { ancestors } from './ancestors.js';
import type { HtmlBlock } from './blocks.js';

/** How much one character of other text costs against one of article text. */
const OTHER_WEIGHT = 0.5;
const EXCLUDED_WEIGHT = 0.1;
const MIN_REGION_BLOCKS = 2;

export function mainRegion(blocks: readonly HtmlBlock[], labels: readonly Label[]): Element | null {
  const score = new Map<Element, number>();
  const count = new Map<Element, number>();
  blocks.forEach((b, i) => {
    const good = labels[i] === 'good';
    // Text that markup already set apart (menus, galleries, asides) is never kept anyway: it weighs
    // little against the region that holds it, so a long gallery inside the article column does not
    // push the region down to one paragraph.
    const other = b.excluded ? EXCLUDED_WEIGHT : OTHER_WEIGHT;
    const weight = good ? b.text.length : -other * b.text.length;
    for (const el of ancestors(b.container)) {
      score.set(el, (score.get(el) ?? 0) + weight);
      count.set(el, (count.get(el) ?? 0) + 1);
    }
  });
  let best: Element | null = null;
  let bestScore = 0;
  const article = markedArticle(blocks, labels);
  // Ties go to the deeper element; otherwise the first in page order (Map order: deterministic).
  for (const [el, s] of score) {
    // A region is a container of blocks, not one paragraph.
    if (count.get(el)! < MIN_REGION_BLOCKS) continue;
    if (s > bestScore || (s === bestScore && best && depth(el) > depth(best))) {
      best = el;
      bestScore = s;
    }
  }
  // The page's own article element, where it holds most of the article text, bounds the region:
  // good text around it (a footer that reads like prose, a teaser rail) is not the story.
  if (article && best && best !== article && contains(best, article)) return article;
  return best;
}

/** Share of the page's good text an `<article>` (or `itemprop=articleBody`, `role=article`) must hold to bound the region. */
const ARTICLE_SHARE = 0.6;

function markedArticle(blocks: readonly HtmlBlock[], labels: readonly Label[]): Element | null {
  const goodIn = new Map<Element, number>();
  let total = 0;
  blocks.forEach((b, i) => {
    if (labels[i] !== 'good') return;
    total += b.text.length;
    for (const el of ancestors(b.container)) {
      if (isArticleElement(el)) goodIn.set(el, (goodIn.get(el) ?? 0) + b.text.length);
    }
  });
  let best: Element | null = null;
  let bestGood = 0;
  for (const [el, good] of goodIn) {
    if (good > bestGood) {
      best = el;
      bestGood = good;
    }
  }
  return best && bestGood >= ARTICLE_SHARE * total ? best : null;
}

function isArticleElement(el: Element): boolean {
  if (!el.attribs) return false; // the document node
  return el.name === 'article' || el.attribs.role === 'article' || /\barticlebody\b/i.test(el.attribs.itemprop ?? '');
}

function contains(ancestor: Element, el: Element): boolean {
  return ancestors(el).includes(ancestor);
}

function depth(el: Element): number {
  return ancestors(el).length;
}

/** Is `block` inside `region`? */
export function within(block: HtmlBlock, region: Element | null): boolean {
  if (!region) return true;
  return ancestors(block.container).includes(region);
}
