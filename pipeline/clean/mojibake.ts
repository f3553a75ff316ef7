/**
 * Mojibake repair.
 *
 * Reversible kind: UTF-8 bytes that were decoded as cp1252 / latin-1 (`â€™` for `’`, `Ã©` for `é`,
 * double-encoded `ÃƒÂ©`). A run of suspicious characters is turned back into the bytes it was
 * decoded from and decoded again as strict UTF-8; a run that is not valid UTF-8 is left as is, so
 * legitimate Latin-1 text (`pâté`, `São`) survives.
 *
 * Lossy kind: only the lead `â` of a curly quote survived (the other two bytes were lost or
 * replaced). The quote is guessed from its neighbours.
 */
import { CP1252_HIGH } from '../lib/cp1252.js';

// Character → cp1252 byte, for re-encoding a run that was decoded as cp1252.
const CP1252_SPECIALS: Record<number, number> = Object.fromEntries(
  Object.entries(CP1252_HIGH).map(([byte, code]) => [code, Number(byte)]),
);

const SPECIAL_CHARS = Object.keys(CP1252_SPECIALS)
  .map((cp) => String.fromCharCode(Number(cp)))
  .join('');
// A byte 0x80–0xBF as it appears after a cp1252/latin-1 decode (C1 controls included: some
// decoders pass the five bytes cp1252 leaves undefined through as U+0081 etc.).
const CONT = `\\u0080-\\u00BF${SPECIAL_CHARS}`;
// A UTF-8 lead byte (0xC2–0xF4) followed by one or more continuation bytes, repeated.
const SUSPICIOUS_RUN = new RegExp(`(?:[\\u00C2-\\u00F4][${CONT}]+)+`, 'g');
const QUICK_CHECK = /[\u00C2-\u00F4]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function toCp1252Bytes(run: string): Uint8Array | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    if (code <= 0xff) bytes[i] = code;
    else {
      const byte = CP1252_SPECIALS[code];
      if (byte === undefined) return null;
      bytes[i] = byte;
    }
  }
  return bytes;
}

function decodeRun(run: string): string | null {
  const bytes = toCp1252Bytes(run);
  if (!bytes) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export interface Repair {
  text: string;
  /** Characters of the input that were replaced. */
  repairs: number;
}

/** Undo UTF-8-read-as-cp1252, up to three layers deep (double encoding happens in the wild). */
export function repairReversible(text: string): Repair {
  let repairs = 0;
  for (let pass = 0; pass < 3 && QUICK_CHECK.test(text); pass++) {
    let changed = false;
    text = text.replace(SUSPICIOUS_RUN, (run) => {
      const decoded = decodeRun(run);
      if (decoded === null || decoded === run) return run;
      changed = true;
      repairs += run.length;
      return decoded;
    });
    if (!changed) break;
  }
  return { text, repairs };
}

// The surviving lead of a three-byte curly quote: a lone `â`, or `â€` with its last byte dropped or
// replaced by `?`/U+FFFD. Which quote it was is decided from the neighbours.
const LOSSY_QUOTE = /â(?:€[?\uFFFD]?)?/g;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013-]/;
const CLOSING_NEXT = /[\s)\]}.,;:!?\u2014\u2013-]/;
const CONTRACTION = /^(?:s|t|d|m|ll|re|ve)(?![\p{L}])/u;

/** Guess lone-`â` quotes from context; legitimate `â` inside words (`pâté`, `château`) is kept. */
export function repairLossyQuotes(text: string): Repair {
  if (!text.includes('â')) return { text, repairs: 0 };
  let repairs = 0;
  const out = text.replace(LOSSY_QUOTE, (match, offset: number) => {
    const before = offset > 0 ? text[offset - 1]! : '';
    const after = text.slice(offset + match.length);
    const next = after[0] ?? '';
    let quote: string | null = null;
    if (before && LETTER.test(before) && CONTRACTION.test(after)) quote = '\u2019';
    else if ((before === '' || OPENING_CONTEXT.test(before)) && next && LETTER_OR_DIGIT.test(next)) quote = '\u201c';
    else if (before && !/\s/.test(before) && (next === '' || CLOSING_NEXT.test(next))) quote = '\u201d';
    else if (match !== 'â') quote = '\u201d'; // `â€` is never legitimate: a closing quote is the usual loss
    if (quote === null) return match;
    repairs += match.length;
    return quote;
  });
  return { text: out, repairs };
}

// `Â` left before a space: a no-break space (C2 A0) whose second byte became a plain space.
const STRAY_A_CIRCUMFLEX = /Â(?= |$)/g;

/** Both kinds of repair, in order; `repairs` counts the input characters that were replaced. */
export function repairMojibake(text: string): Repair {
  const reversible = repairReversible(text);
  const lossy = repairLossyQuotes(reversible.text);
  let repairs = reversible.repairs + lossy.repairs;
  const out = lossy.text.replace(STRAY_A_CIRCUMFLEX, () => {
    repairs++;
    return '';
  });
  return { text: out, repairs };
}
