/**
 * Pages with several `<article>` elements: the one holding the headline (the page's `<h1>`) is
 * the story; the others are what HTML5 means by articles beside or inside it (comments, teasers
 * of other stories, a "next story" preview), so their text is set apart. A live blog, whose
 * posts are articles inside the headline's, keeps them all.
 */
import type { Element } from 'domhandler';
import { ancestors } from './ancestors.js';
import type { HtmlBlock } from './blocks.js';

function articleOf(el: Element | null): Element | null {
  if (!el) return null;
  return ancestors(el).find((e) => e.name === 'article' || e.attribs.role === 'article') ?? null;
}

function isWithin(el: Element | null, ancestor: Element): boolean {
  return el !== null && ancestors(el).includes(ancestor);
}

/** Text a block adds as prose to its own (innermost) article: not set apart, not a link list. */
const PROSE_LINKS = 0.5;

/**
 * Exclude the blocks of every article element that is not the story. The story is the headline's
 * article, or, where that one only frames a nested article holding more prose (the headline in
 * an outer wrapper, the text in an inner one), that nested article.
 */
export function markOtherArticles(blocks: HtmlBlock[]): void {
  const headline = blocks.find((b) => b.level === 1 && !b.excluded);
  const framing = headline ? articleOf(headline.container) : null;
  if (!framing) return;
  const prose = new Map<Element, number>();
  for (const b of blocks) {
    const own = articleOf(b.container);
    if (own && !b.excluded && b.linkDensity < PROSE_LINKS) prose.set(own, (prose.get(own) ?? 0) + b.text.length);
  }
  const nested = [...prose].filter(([a]) => a !== framing && isWithin(a, framing));
  const inside = nested.reduce((n, [, p]) => n + p, prose.get(framing) ?? 0);
  let main = framing;
  for (const [a, n] of nested) if (n > (prose.get(main) ?? 0)) main = a;
  // Several nested articles, none holding most of the story's prose, where the frame's own text
  // is less than the largest: the posts of a live blog, each an article, all of them the story.
  if (main !== framing && 2 * (prose.get(main) ?? 0) < inside && nested.length > 1) return;
  for (const b of blocks) {
    const own = articleOf(b.container);
    if (!own || own === main || isWithin(main, own)) continue;
    // An article holding more prose than the story's is no comment: markup that split one story in two.
    if ((prose.get(own) ?? 0) > (prose.get(main) ?? 0)) continue;
    b.excluded = true;
    b.excludedWhy ??= isWithin(own, main) ? 'an article inside the story (a comment)' : 'another article on the page';
  }
}
