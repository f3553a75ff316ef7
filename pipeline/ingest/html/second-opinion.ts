/**
 * A second extractor to compare with (trafilatura's design): Mozilla Readability on a linkedom
 * DOM, which scores containers by commas and paragraph length and cleans them by class names.
 * Its text, and JSON-LD's `articleBody`, are references: the blocks they contain, and how much
 * text they hold against ours, decide what the reader adopts (see extract.ts).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Readability's own cap on elements, a second guard behind extract.ts's shape check. */
const MAX_ELEMENTS = 30000;

/** Letters and digits, lower case, single spaces: for containment tests between extractions. */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Readability's text of the page (its paragraphs joined by newlines), or null when it finds no article. */
export function readabilityText(html: string): string | null {
  try {
    const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
    const { document } = parseHTML(source);
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 250, maxElemsToParse: MAX_ELEMENTS }).parse();
    const content = parsed?.textContent?.trim();
    return content ? content : null;
  } catch {
    // A second opinion that fails is no opinion: the reader's own extraction stands.
    return null;
  }
}
