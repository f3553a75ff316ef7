/**
 * Where on the page the article is: the element whose blocks hold the most article text for the
 * least other text (a maximum over the tree of good − α·other characters). Pages put the story in
 * one column; navigation, teaser rails and footers around it then fall outside, even where a
 * teaser's summary reads like prose.
 */
import type { Element } from 'domhandler';
import type { Label } from '../content/classify.js';
import type { HtmlBlock } from './blocks.js';

/** How much one character of other text costs against one of article text. */
const OTHER_WEIGHT = 0.5;

export function mainRegion(blocks: readonly HtmlBlock[], labels: readonly Label[]): Element | null {
  const score = new Map<Element, number>();
  blocks.forEach((b, i) => {
    const good = labels[i] === 'good';
    // Link text is navigation wherever it is; it weighs less than other text that is not article.
    const weight = good ? b.text.length : -OTHER_WEIGHT * b.text.length * (1 - 0.5 * b.linkDensity);
    for (let el: Element | null = b.container; el; el = el.parent as Element | null) score.set(el, (score.get(el) ?? 0) + weight);
  });
  let best: Element | null = null;
  let bestScore = 0;
  // Ties go to the deeper element; otherwise the first in page order (Map order: deterministic).
  for (const [el, s] of score) {
    if (s > bestScore || (s === bestScore && best && depth(el) > depth(best))) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

function depth(el: Element): number {
  let d = 0;
  for (let e = el.parent; e; e = e.parent) d++;
  return d;
}

/** Is `block` inside `region`? */
export function within(block: HtmlBlock, region: Element | null): boolean {
  if (!region) return true;
  for (let el: Element | null = block.container; el; el = el.parent as Element | null) if (el === region) return true;
  return false;
}
