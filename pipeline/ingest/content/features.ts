/**
 * Text features of a block that hold in any outlet: how long it is (weighted so that a line of
 * Chinese counts like a line of English), how much of it is function words, and whether it is
 * punctuated as sentences.
 */
import { STOP_LISTS, type StopLanguage, type StopList } from './stopwords.js';

const STOP_SETS = new Map<string, ReadonlySet<string>>(Object.entries(STOP_LISTS).map(([lang, list]) => [lang, new Set<string>(list.items)]));

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’]*/gu;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const IDEOGRAPHIC_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL_G = /\p{Script=Hangul}/gu;
const SENTENCE_END = /[.!?…。！？][”"’'»)\]]*$/u;
const SENTENCE_END_G = /[.!?。！？](?=[\s”"’'»)\]]|$)/gu;

/** Characters of text, with ideographs counting three and Hangul two: about what they carry in Latin letters. */
export function lengthUnits(text: string): number {
  const ideographs = text.match(IDEOGRAPHIC_G)?.length ?? 0;
  const hangul = text.match(HANGUL_G)?.length ?? 0;
  return [...text].length + 2 * ideographs + hangul;
}

/** The words of a text, lower case; for languages written without spaces, its characters. */
export function tokensOf(text: string, kind: StopList['kind']): string[] {
  if (kind === 'chars') return [...text].filter((c) => IDEOGRAPHIC.test(c));
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** Share of the tokens that are function words of `lang`, or null for a block without tokens. */
export function stopDensity(text: string, lang: StopLanguage): number | null {
  const list = STOP_LISTS[lang];
  const tokens = tokensOf(text, list.kind);
  if (tokens.length === 0) return null;
  const set = STOP_SETS.get(lang)!;
  let n = 0;
  for (const t of tokens) if (set.has(t)) n++;
  return n / tokens.length;
}

/** Ends as a sentence does (a full stop, question or exclamation mark, maybe inside closing quotes). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** How many sentence ends the text has. */
export function sentenceEnds(text: string): number {
  return text.match(SENTENCE_END_G)?.length ?? 0;
}

/** Share of letters that are capitals (menus and labels are often all caps). */
export function capitalShare(text: string): number {
  let letters = 0;
  let upper = 0;
  for (const c of text) {
    if (c.toLowerCase() !== c.toUpperCase()) {
      letters++;
      if (c === c.toUpperCase()) upper++;
    }
  }
  return letters ? upper / letters : 0;
}

const MIN_SAMPLE_TOKENS = 20;
/** Below this share no language is assumed: the text is likely in a language without a list. */
const MIN_DETECTED_SHARE = 0.12;

/**
 * The language whose function words the text uses most: the declared one (`<html lang>`,
 * front matter) when there is a list for it, else the best-scoring list, else null (unknown:
 * the classifier then relies on length and punctuation only).
 */
export function detectLanguage(sample: string, declared?: string | null): StopLanguage | null {
  const primary = declared?.toLowerCase().split(/[-_]/)[0];
  // A declared language is taken when the text bears it out (pages declare their template's language too).
  if (primary && primary in STOP_LISTS && (stopDensity(sample, primary as StopLanguage) ?? 0) >= MIN_DETECTED_SHARE / 2) return primary as StopLanguage;
  let best: StopLanguage | null = null;
  let bestShare = MIN_DETECTED_SHARE;
  for (const lang of Object.keys(STOP_LISTS) as StopLanguage[]) {
    const tokens = tokensOf(sample, STOP_LISTS[lang].kind);
    if (tokens.length < MIN_SAMPLE_TOKENS) continue;
    const share = stopDensity(sample, lang) ?? 0;
    if (share > bestShare) {
      best = lang;
      bestShare = share;
    }
  }
  return best;
}
