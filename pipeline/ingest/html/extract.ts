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
import { detectLanguage, lengthUnits } from '../content/features.js';
import type { StopLanguage } from '../content/stopwords.js';
import { type HtmlBlock, pageBlocks } from './blocks.js';
import { setApart } from './set-apart.js';
import { type PageMeta, pageMeta } from './metadata.js';
import { mainRegion, within } from './region.js';
import { normalizeForMatch, readabilityText } from './second-opinion.js';
import { type PageHeader, pageHeader } from './page-header.js';
import { chooseTitle } from './title.js';

export interface Extraction {
  paragraphs: string[];
  captions: string[];
  title: string | null;
  meta: PageMeta;
  language: string | null;
  /** Which extraction was adopted: ours, ours completed by the reference, the reference's, or JSON-LD's `articleBody` on a page that shows no text. */
  decision: 'own' | 'own+reference' | 'reference' | 'json-ld' | 'none';
  /** The blocks left out, with why (for messages). */
  removed: { text: string; why: string }[];
  /** Why the page yields no article, when it is a page of another kind (a front page). */
  noArticleWhy?: string;
}

/** The reference is adopted when it is this many times longer than our text (trafilatura: 2). */
const ADOPT_RATIO = 2;
/** A reference shorter than this (characters) is no evidence. */
const MIN_REFERENCE = 200;
/** Blocks shorter than this (normalised characters) are not matched against the reference. */
const MIN_MATCH = 15;
const SAMPLE_CHARS = 20000;
/** Less article text than this (length units: features.ts) and the page is read again without setting its lists apart. */
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
  /** The page is a list of teasers of other pages (a front or section page), with no article of its own. */
  teaserPage: boolean;
}

export interface ExtractOptions {
  /** Compare with a second extractor (Readability) and JSON-LD `articleBody`; default true. */
  secondOpinion?: boolean;
}

export function analysePage(html: string, declaredLanguage?: string | null, options: ExtractOptions = {}): PageAnalysis {
  const doc = parseDocument(html);
  const meta = pageMeta(doc);
  const body = bodyOf(doc);
  let page = readPage(body, meta, declaredLanguage);
  // A page that shows nothing until its scripts run may carry its text for readers without them.
  if (ownUnits(page.blocks, page.own) === 0 && !page.teaserPage) {
    const alternative = readPage(body, meta, declaredLanguage, true);
    if (ownUnits(alternative.blocks, alternative.own) > 0) page = alternative;
  }
  const { blocks, classified, inRegion, own, teaserPage, language } = page;
  const base = { blocks, classified, inRegion, meta, language: language ?? meta.language, teaserPage };
  if (teaserPage) return { ...base, keep: blocks.map(() => false), decision: 'none' };
  const reference = options.secondOpinion === false || !readableShape(doc) ? null : referenceText(html, meta);
  return { ...base, ...decide(blocks, classified, own, reference, inRegion) };
}

interface PageReading {
  blocks: HtmlBlock[];
  classified: Classified[];
  inRegion: boolean[];
  own: boolean[];
  teaserPage: boolean;
  language: StopLanguage | null;
}

/** The page's blocks, set apart by structure and classified by evidence (`noscript`: with the text of `<noscript>`). */
function readPage(body: Element, meta: PageMeta, declaredLanguage: string | null | undefined, noscript = false): PageReading {
  const page = pageBlocks(body, { noscript });
  const { blocks } = page;
  const listed = setApart(page);
  const sample = blocks.filter((b) => b.linkDensity < 0.3 && !b.excluded).map((b) => b.text).join('\n').slice(0, SAMPLE_CHARS);
  const language = detectLanguage(sample, meta.language ?? declaredLanguage);
  let { classified, inRegion, own } = ownExtraction(blocks, language);
  // A page that is one list (a listicle) is its own article: take the items back. One whose items
  // are led by links to other pages is a front or section page: it holds no one article.
  // A short story beside teasers stays as it is.
  const short = ownUnits(blocks, own) < MIN_ARTICLE;
  const teasers = listed.items > 0 && 2 * listed.linkLed >= listed.items;
  const teaserPage = short && teasers && !headsText(blocks, own, meta.siteName);
  if (listed.blocks.length && short && !teasers) {
    for (const b of listed.blocks) {
      b.excluded = false;
      b.listed = false;
      delete b.excludedWhy;
    }
    ({ classified, inRegion, own } = ownExtraction(blocks, language));
  }
  return { blocks, classified, inRegion, own, teaserPage, language };
}

export function extractHtml(html: string, declaredLanguage?: string | null, options: ExtractOptions = {}): Extraction {
  const { blocks, classified, inRegion, keep, decision, meta, language, teaserPage } = analysePage(html, declaredLanguage, options);
  const h1s = blocks.filter((b) => b.level === 1 && !b.excluded).map((b) => b.text);
  const title = chooseTitle(h1s, meta.titles, meta.siteName);
  const titleKey = title ? comparable(title) : null;

  // The byline and date lines under the headline are the page's header: metadata, no text.
  const header = pageHeader(blocks, keep);
  const kept = keep.map((k, i) => k && !header.lines.has(i));
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const removed: Extraction['removed'] = [];
  const seen = new Set<string>();
  blocks.forEach((b, i) => {
    const key = comparable(b.text);
    if (kept[i] && key !== titleKey && !seen.has(key)) {
      seen.add(key);
      paragraphs.push(b.text);
    } else if (b.caption && inRegion[i] && b.linkDensity < 0.5 && !b.excluded) {
      captions.push(b.text);
    } else if (!kept[i]) {
      removed.push({ text: b.text, why: (header.lines.has(i) ? 'a byline or date line under the headline' : classified[i]!.why) + (inRegion[i] ? '' : '; outside the article region') });
    }
  });
  const dated = paragraphs.length ? withHeader(meta, header) : meta;
  const x: Extraction = { paragraphs, captions, title, meta: dated, language, decision: paragraphs.length ? decision : 'none', removed };
  if (teaserPage && !paragraphs.length) x.noArticleWhy = 'a front or section page: a list of teasers linking to other pages';
  else if (!paragraphs.length) {
    // A page that shows no text (its scripts draw it) may state its body in JSON-LD: the publisher's own text.
    const body = meta.jsonLd?.articleBody ?? '';
    if (body.length >= MIN_REFERENCE) {
      x.paragraphs = body.split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
      x.decision = 'json-ld';
    }
  }
  return x;
}

/** What the header lines add to the page's metadata: the date and authors where the metadata has none. */
function withHeader(meta: PageMeta, header: PageHeader): PageMeta {
  const out = { ...meta };
  if (!meta.date && header.date) Object.assign(out, { date: header.date, dateSource: 'header', datetime: null });
  if (!meta.authors.length && header.byline.length) out.authors = header.byline;
  return out;
}

/** Does a headline (an `<h1>` that is not the site's name) stand above text we keep? A short story is still a story. */
function headsText(blocks: readonly HtmlBlock[], own: readonly boolean[], siteName: string | null): boolean {
  const site = siteName ? comparable(siteName) : null;
  const headline = blocks.findIndex((b) => b.level === 1 && !b.excluded && comparable(b.text) !== site);
  return headline >= 0 && own.some((k, i) => k && i > headline);
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
  dropKickers(blocks, classified);
  const labels = classified.map((c) => c.label);
  const region = mainRegion(blocks, labels);
  const inRegion = blocks.map((b) => within(b, region));
  const own = blocks.map((b, i) => labels[i] === 'good' && inRegion[i]! && !b.caption);
  return { classified, inRegion, own };
}

/**
 * The short lines right above the headline (a kicker, a section label, a `LIVE` badge) are the
 * page's labels: the story starts at its headline, whatever the context revision made of them.
 */
function dropKickers(blocks: readonly HtmlBlock[], classified: Classified[]): void {
  const headline = blocks.findIndex((b) => b.level === 1 && !b.excluded);
  for (let j = headline - 1; j >= 0 && classified[j]!.initial === 'short' && !blocks[j]!.excluded; j--) {
    if (classified[j]!.label === 'good') classified[j] = { ...classified[j]!, label: 'bad', why: `${classified[j]!.why}; a label above the headline` };
  }
}

function ownLength(blocks: readonly HtmlBlock[], own: readonly boolean[]): number {
  return blocks.reduce((n, b, i) => n + (own[i] ? b.text.length : 0), 0);
}

/** How much article text our own extraction holds, in length units (a line of Chinese weighs as one of English). */
function ownUnits(blocks: readonly HtmlBlock[], own: readonly boolean[]): number {
  return blocks.reduce((n, b, i) => n + (own[i] ? lengthUnits(b.text) : 0), 0);
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
