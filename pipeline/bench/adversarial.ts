/**
 * Inputs built to find super-linear cost: each kind at 10k, 100k and 1M characters. The bench
 * times one article of each through every per-article stage (`readBytes` → `analyzeArticle`) in
 * a child process with a time limit, and prints the growth per 10× of input: linear cost keeps
 * it near 10 (the goal is ≤ 12).
 */
import { prng } from './synthetic.js';

const WORDS = [
  'the', 'minister', 'said', 'met', 'talks', 'agreed', 'in', 'Moscow', 'on', 'Tuesday', 'warned', 'that', 'officials',
  'accused', 'urged', 'visited', 'Smith', 'and', 'Jones', 'of', 'a', 'deal', 'with', 'President', 'told', 'reporters',
];

export const ADVERSARIAL_KINDS = {
  /** Words and no punctuation at all: one sentence, one paragraph. */
  'unpunctuated words': (n: number) => words(n, ' '),
  /** Sentences but no line break: one huge paragraph. */
  'one long line': (n: number) => words(n, ' ', '. '),
  /** The same attributed quotation over and over. */
  'repeated quotes': (n: number) => repeat('"Yes," said Smith. ', n),
  /** Closing quotation marks that never open. */
  'unmatched closing marks': (n: number) => repeat('word” ', n),
  /** Opening marks that never close. */
  'unmatched opening marks': (n: number) => repeat('“word ', n),
  /** A run of capitalised words: one endless name. */
  'capitalised run': (n: number) => repeat('Abel Barnaby Cortez ', n),
  /** Many tiny paragraphs. */
  'many paragraphs': (n: number) => repeat('Talks resumed on Monday.\n\n', n),
  /** Nested markup and entities. */
  'tags and entities': (n: number) => repeat('<b><i>&amp;amp;&#8217;</i></b> ', n),
  /** Dots everywhere: abbreviations and initials. */
  'initials': (n: number) => repeat('U.S. J. R. R. Mr. St. ', n),
} as const satisfies Record<string, (n: number) => string>;

export type AdversarialKind = keyof typeof ADVERSARIAL_KINDS;

export const ADVERSARIAL_SIZES = [10_000, 100_000, 1_000_000] as const;

function repeat(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

function words(n: number, sep: string, every12 = sep): string {
  const r = prng(n);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const w = WORDS[Math.floor(r() * WORDS.length)]!;
    parts.push(w, i % 12 === 11 ? every12 : sep);
    length += w.length + 1;
  }
  return parts.join('').slice(0, n);
}

/** Growth of time per 10× of input between consecutive sizes (null where a run timed out). */
export function growth(ms: (number | null)[]): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = 1; i < ms.length; i++) out.push(ms[i] !== null && ms[i - 1] !== null ? ms[i]! / Math.max(ms[i - 1]!, 1) : null);
  return out;
}
