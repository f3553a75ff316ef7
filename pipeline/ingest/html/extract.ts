/**
 * The article inside a page: blocks classified by their own evidence and their neighbours, the
 * page region that holds the article, and a comparison with a second extractor (Readability) and
 * the page's own JSON-LD `articleBody`, adopting the other text when it is much longer than ours
 * (trafilatura's rule), and otherwise taking from it the blocks our classifier left undecided.
 */
import { parseDocument } from 'htmlparser2';
import { type AnyNode, type Document, Element } from 'domhandler';
import { comparable } from '../../clean/strings.js';
import { type Classified, classifyBlocks } from '../content/classify.js';
import { detectLanguage } from '../content/features.js';
import type { StopLanguage } from '../content/stopwords.js';
import { ancestors } from './ancestors.js';
import { type HtmlBlock, pageBlocks, type Role } from './blocks.js';
import { markOtherArticles } from './articles.js';
import { markLinkLists, markListHeadings, markListings } from './listings.js';
import { markCallsToAction, markCaptions } from './wrappers.js';
import { type PageMeta, pageMeta } from './metadata.js';
import { mainRegion, within } from './region.js';
import { normalizeForMatch, readabilityText } from './second-opinion.js';
import { chooseTitle } from './title.js';

export interface Extraction {
  paragraphs: string[];
  captions: string[];
  title: string | null;
  meta: PageMeta;
  language: string | null;
  /** Which extraction was adopted: ours, ours completed by the reference, or the reference's. */
  decision: 'own' | 'own+reference' | 'reference' | 'none';
  /** The blocks left out, with why (for messages). */
  removed: { text: string; why: string }[];
}

/** Markup roles whose text is never the article's. */
const EXCLUDING_ROLES: readonly Role[] = ['nav', 'aside', 'header', 'footer', 'form', 'menu', 'dialog', 'hidden'];

/** The reference is adopted when it is this many times longer than our text (trafilatura: 2). */
const ADOPT_RATIO = 2;
/** A reference shorter than this (characters) is no evidence. */
const MIN_REFERENCE = 200;
/** Blocks shorter than this (normalised characters) are not matched against the reference. */
const MIN_MATCH = 15;
const SAMPLE_CHARS = 20000;
/** Less article text than this (characters) and the page is read again without setting its lists apart. */
const MIN_ARTICLE = 400;

/** Every block of a page with the evidence and the decision on it: for messages, tests and tuning. */
export interface PageAnalysis {
  blocks: HtmlBlock[];
  classified: Classified[];
  inRegion: boolean[];
  keep: boolean[];
  decision: Extraction['decision'];
  meta: PageMeta;
  language: string | null;
}

export interface ExtractOptions {
  /** Compare with a second extractor (Readability) and JSON-LD `articleBody`; default true. */
  secondOpinion?: boolean;
}

export function analysePage(html: string, declaredLanguage?: string | null, options: ExtractOptions = {}): PageAnalysis {
  const doc = parseDocument(html);
  const meta = pageMeta(doc);
  const { blocks, imageWrappers, controlWrappers } = pageBlocks(bodyOf(doc));
  markCaptions(blocks, imageWrappers);
  markCallsToAction(blocks, controlWrappers);
  const headlineHeaders = new Set(blocks.filter((b) => b.level === 1).map((b) => headerOf(b)).filter((h) => h !== null));
  for (const b of blocks) {
    // The header that holds the headline is the article's own (standfirst, byline): the classifier decides there.
    const role = EXCLUDING_ROLES.find((r) => b.roles.has(r) && !(r === 'header' && headlineHeaders.has(headerOf(b)!)));
    if (role) {
      b.excluded = true;
      b.excludedWhy = `inside ${role}`;
    }
  }
  const listed = markListings(blocks);
  markLinkLists(blocks);
  listed.push(...markListHeadings(blocks));
  markOtherArticles(blocks);
  const sample = blocks.filter((b) => b.linkDensity < 0.3 && !b.excluded).map((b) => b.text).join('\n').slice(0, SAMPLE_CHARS);
  const language = detectLanguage(sample, meta.language ?? declaredLanguage);
  let { classified, inRegion, own } = ownExtraction(blocks, language);
  // A page that is one list (a listicle, a list of short reports) is its own article: take the items back.
  if (listed.length && ownLength(blocks, own) < MIN_ARTICLE) {
    for (const b of listed) {
      b.excluded = false;
      b.listed = false;
      delete b.excludedWhy;
    }
    ({ classified, inRegion, own } = ownExtraction(blocks, language));
  }
  const reference = options.secondOpinion === false || !readableShape(doc) ? null : referenceText(html, meta);
  const { keep, decision } = decide(blocks, classified, own, reference, inRegion);
  return { blocks, classified, inRegion, keep, decision, meta, language: language ?? meta.language };
}

export function extractHtml(html: string, declaredLanguage?: string | null, options: ExtractOptions = {}): Extraction {
  const { blocks, classified, inRegion, keep, decision, meta, language } = analysePage(html, declaredLanguage, options);
  const h1s = blocks.filter((b) => b.level === 1 && !b.excluded).map((b) => b.text);
  const title = chooseTitle(h1s, meta.titles, meta.siteName);
  const titleKey = title ? comparable(title) : null;

  const paragraphs: string[] = [];
  const captions: string[] = [];
  const removed: Extraction['removed'] = [];
  const seen = new Set<string>();
  blocks.forEach((b, i) => {
    const key = comparable(b.text);
    if (keep[i] && key !== titleKey && !seen.has(key)) {
      seen.add(key);
      paragraphs.push(b.text);
    } else if (b.caption && inRegion[i] && b.linkDensity < 0.5 && !b.excluded) {
      captions.push(b.text);
    } else if (!keep[i]) {
      removed.push({ text: b.text, why: classified[i]!.why + (inRegion[i] ? '' : '; outside the article region') });
    }
  });
  return { paragraphs, captions, title, meta, language, decision: paragraphs.length ? decision : 'none', removed };
}

/** The nearest `<header>` around a block, or null. */
function headerOf(b: HtmlBlock): Element | null {
  return ancestors(b.container).find((el) => el.name === 'header') ?? null;
}

/** Readability's cost grows with the page's depth and size faster than linearly: pages past these get no second opinion. */
const SECOND_OPINION_MAX_DEPTH = 120;
const SECOND_OPINION_MAX_ELEMENTS = 30000;

function readableShape(doc: AnyNode): boolean {
  const stack: [AnyNode, number][] = [[doc, 0]];
  let elements = 0;
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > SECOND_OPINION_MAX_DEPTH || ++elements > SECOND_OPINION_MAX_ELEMENTS) return false;
    if ('children' in n) for (const c of n.children) if ('children' in c) stack.push([c, d + 1]);
  }
  return true;
}

/** Our own extraction: blocks classified, the region found, the good blocks in it. */
function ownExtraction(blocks: readonly HtmlBlock[], language: StopLanguage | null): { classified: Classified[]; inRegion: boolean[]; own: boolean[] } {
  const classified = classifyBlocks(blocks, language);
  const labels = classified.map((c) => c.label);
  const region = mainRegion(blocks, labels);
  const inRegion = blocks.map((b) => within(b, region));
  const own = blocks.map((b, i) => labels[i] === 'good' && inRegion[i]! && !b.caption);
  return { classified, inRegion, own };
}

function ownLength(blocks: readonly HtmlBlock[], own: readonly boolean[]): number {
  return blocks.reduce((n, b, i) => n + (own[i] ? b.text.length : 0), 0);
}

/**
 * The page's `<body>`; a fragment without one (a feed item's HTML, a page saved without its
 * frame) gets one made around its top-level nodes, so that its paragraphs have a common
 * container the region can grow to (the document node is no element).
 */
function bodyOf(doc: Document): Element {
  const stack: AnyNode[] = [doc];
  while (stack.length) {
    const n = stack.shift()!;
    if ('name' in n && n.name === 'body') return n as Element;
    if ('children' in n) stack.push(...n.children.filter((c) => 'name' in c));
  }
  const body = new Element('body', {}, doc.children);
  for (const c of doc.children) c.parent = body;
  body.parent = doc;
  doc.children = [body];
  return body;
}

/** The longer of Readability's text and the JSON-LD `articleBody`, normalised; null when neither says much. */
function referenceText(html: string, meta: PageMeta): string | null {
  const candidates = [readabilityText(html), meta.jsonLd?.articleBody ?? null]
    .filter((t): t is string => !!t && t.length >= MIN_REFERENCE)
    .map(normalizeForMatch);
  if (!candidates.length) return null;
  return candidates.join('\n');
}

/**
 * trafilatura's comparison on our blocks: a reference much longer than our text replaces it (its
 * blocks, mapped onto ours, leaving out navigation and captions); otherwise our text stands, and
 * blocks of the article region that the classifier found prose-like on their own (good or
 * near-good before revision, or headings) join it when the reference holds them.
 */
function decide(
  blocks: readonly HtmlBlock[],
  classified: readonly Classified[],
  own: readonly boolean[],
  reference: string | null,
  inRegion: readonly boolean[],
): { keep: boolean[]; decision: Extraction['decision'] } {
  const ownChars = ownLength(blocks, own);
  if (!reference) return { keep: [...own], decision: 'own' };
  const inReference = blocks.map((b) => {
    const n = normalizeForMatch(b.text);
    return n.length >= MIN_MATCH && reference.includes(n);
  });
  // Text the classifier found prose-like on its own evidence (not a short label the reference swept in).
  const eligible = (i: number): boolean => !blocks[i]!.excluded && !blocks[i]!.caption && (classified[i]!.initial === 'good' || classified[i]!.initial === 'near-good' || blocks[i]!.heading);
  const referenceLength = blocks.reduce((n, b, i) => n + (inReference[i] && !blocks[i]!.excluded ? b.text.length : 0), 0);
  if (ownChars === 0 || referenceLength > ADOPT_RATIO * ownChars) {
    // Short labels (a time stamp, `Share`) ride along in the reference's container; headings are kept.
    const keep = blocks.map((b, i) => inReference[i]! && !b.excluded && !b.caption && (classified[i]!.initial !== 'short' || b.heading));
    return { keep, decision: 'reference' };
  }
  let added = false;
  const keep = blocks.map((_, i) => {
    if (own[i]) return true;
    if (inReference[i] && eligible(i) && inRegion[i]) return (added = true);
    return false;
  });
  return { keep, decision: added ? 'own+reference' : 'own' };
}
