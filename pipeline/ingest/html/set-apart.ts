/**
 * The passes that set text apart by the page's structure before any block is classified: the
 * wrappers of pictures, players and form controls, markup roles, comment threads, listings and
 * lists, other articles. Each marks blocks `excluded` with its reason; the order matters only in
 * that the first reason found is the one reported.
 */
import type { Element } from 'domhandler';
import { ancestors } from './ancestors.js';
import { markOtherArticles } from './articles.js';
import type { PageBlocks, Role } from './blocks.js';
import { markCommentThreads, markFlatThreads } from './comments.js';
import { type Listed, markLinkLists, markListHeadings, markListings, markSummaryLists } from './listings.js';
import { markCallsToAction, markCaptions, markMediaText } from './wrappers.js';

/** Markup roles whose text is never the article's. */
const EXCLUDING_ROLES: readonly Role[] = ['nav', 'aside', 'header', 'footer', 'form', 'menu', 'dialog', 'hidden'];

/** Run every pass; returns what the listing passes set apart, which a page made of one list takes back. */
export function setApart({ blocks, imageWrappers, controlWrappers, mediaWrappers }: PageBlocks): Listed {
  markCaptions(blocks, imageWrappers);
  markMediaText(blocks, mediaWrappers);
  markCallsToAction(blocks, controlWrappers);
  const headlineHeaders = new Set(blocks.filter((b) => b.level === 1).map((b) => headerOf(b.container)).filter((h) => h !== null));
  for (const b of blocks) {
    // The header that holds the headline is the article's own (standfirst, byline): the classifier decides there.
    const role = EXCLUDING_ROLES.find((r) => b.roles.has(r) && !(r === 'header' && headlineHeaders.has(headerOf(b.container)!)));
    if (role) {
      b.excluded = true;
      b.excludedWhy = `inside ${role}`;
    }
  }
  markCommentThreads(blocks);
  markFlatThreads(blocks);
  const listed = markListings(blocks);
  markLinkLists(blocks);
  markSummaryLists(blocks);
  listed.blocks.push(...markListHeadings(blocks));
  markOtherArticles(blocks);
  return listed;
}

/** The nearest `<header>` around an element, or null. */
function headerOf(el: Element): Element | null {
  return ancestors(el).find((e) => e.name === 'header') ?? null;
}
