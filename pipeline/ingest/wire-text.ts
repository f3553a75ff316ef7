/**
 * What the two wire readers (ANPA 1312, IPTC 7901) share: control codes, take labels, the byline
 * line, the editors' notes that close a transmission, and paragraphs rebuilt from hard-wrapped or
 * indented lines.
 */
import type { Message } from '../types.js';
import type { RawArticle, ReaderInput, ReadResult } from './types.js';

/** ASCII control codes of a transmission (SOH, STX, ETX, EOT, SYN, DC1–DC4, US, DEL, ...); tab, LF and CR stay. */
const CONTROL = /[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]/g;

export const SOH = '\x01';
export const STX = '\x02';
export const ETX = '\x03';
export const EOT = '\x04';

export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * `line` without trailing space and one closing mark of `marks` (`<`, `=`: the end-of-line codes
 * of wire copy). Written without a regex anchored at the end, which would cost quadratic time on a
 * long run of spaces.
 */
export function trimLineEnd(line: string, marks = '<='): string {
  const t = line.trimEnd();
  return t && marks.includes(t[t.length - 1]!) ? t.slice(0, -1).trimEnd() : t;
}

/** Does the trimmed line end in one of `marks`? */
export function endsWithMark(line: string, marks = '<='): boolean {
  const t = line.trimEnd();
  return t.length > 0 && marks.includes(t[t.length - 1]!);
}

/**
 * Take and version labels written on their own line before a headline (`REFILE`, `1ST LEAD`,
 * `2ND LEAD`, `3RD NET`, `EXTRA`, `CORRECTION`, `ADD 1`). Knowledge as data: the words, and the
 * ordinal forms they combine with.
 */
const TAKE_WORDS = [
  'REFILE', 'REPEAT', 'EXTRA', 'CORRECTION', 'CORRECTED', 'CORRECTS', 'UPDATE', 'UPDATED', 'URGENT', 'FLASH', 'BULLETIN',
  'ADVISORY', 'ADVISORIES', 'ALERT', 'NEWSALERT', 'SUMMARY', 'ROUNDUP', 'WRAPUP', 'PREVIEW', 'BACKGROUND', 'FACTBOX',
  'EMBARGOED', 'SPERRFRIST', 'KILL', 'WITHDRAWAL', 'ELIMINATION', 'SUBSTITUTE', 'WRITETHRU', 'WRITETHROUGH', 'LEAD', 'NET',
  'ADD', 'INSERT', 'SUB', 'TAKE', 'PICKUP', 'NEW', 'RECASTS', 'RECAST', 'ADDS', 'FIXES', 'OVERNIGHT',
] as const;
const TAKE_WORD = new Set<string>(TAKE_WORDS);
const ORDINAL = /^\d{1,2}(?:ST|ND|RD|TH|\.)$/;
const TAKE_NUMBER = /^\d{1,2}$/;

/** Is `line` (trimmed) a take label such as `REFILE`, `1ST LEAD`, `ADD 2`, `3RD NET`, `URGENT: CORRECTION`? */
export function isTakeLabel(line: string): boolean {
  if (line.length > 40) return false;
  const words = line.trim().replace(/[=:,.;]+$/, '').split(/[\s:,/-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 4) return false;
  let sawWord = false;
  for (const w of words) {
    if (TAKE_WORD.has(w)) sawWord = true;
    else if (!ORDINAL.test(w) && !TAKE_NUMBER.test(w)) return false;
  }
  return sawWord;
}

const MAX_BYLINE = 140;

// A personal name: 1–4 capitalised words, or the same in capitals (`GERRY SMITH`).
const NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|la|le|bin|al|el|ter|dos|del)\s+)?[\p{Lu}][\p{L}'’.-]*){0,3}$/u;

/**
 * A wire byline line (`By Jane Doe, dpa =`, `By JOHN ROE and MARY POE`, `By dpa correspondents =`):
 * the names in it, or null when the line is not a byline. A byline of only an agency or a role
 * (`By dpa correspondents`) is a byline with no names.
 */
export function wireByline(line: string): string[] | null {
  const t = line.trim();
  if (t.length > MAX_BYLINE) return null;
  const m = /^By\s+(\S.*)$/i.exec(trimLineEnd(t));
  if (!m) return null;
  const [who = ''] = m[1]!.split(/\s*[,;|]\s*/);
  return who
    .split(/\s+(?:and|&)\s+/)
    .map((n) => n.trim())
    .filter((n) => NAME.test(n));
}

/**
 * Lines that open the editors' part of a transmission, which is not for publication: the
 * notebook headings of agencies that write them in plain text (`# Notebook`, `## Note to editors`),
 * a row of asterisks, and the stated formula.
 */
const NOTE_OPENERS: readonly RegExp[] = [
  /^#{1,6}\s+\S/,
  /^\*(?:\s*\*){2,}\s*$/,
  /^the following (?:information )?is not (?:intended )?for publication\b/i,
];

export function opensEditorsNotes(line: string): boolean {
  const t = line.trim();
  return NOTE_OPENERS.some((re) => re.test(t));
}

/**
 * The editors' sign-off closing a transmission (`dpa al rmo`, `ap-jd/xy`): the agency's name or a
 * few short lower-case initials and nothing else.
 */
export function isInitialsLine(line: string, source: string | null): boolean {
  const words = line.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 10) return false;
  if (!words.slice(1).every((w) => /^[a-z]{1,4}(?:\/[a-z]{1,4})?$/.test(w))) return false;
  return (source !== null && words[0]!.toLowerCase() === source.toLowerCase()) || (/^[a-z]{1,4}$/.test(words[0]!) && words.length >= 3);
}

/** One line of a body, with its file line (1-based) and whether it starts indented (a new paragraph in indented copy). */
export interface BodyLine {
  line: number;
  text: string;
}

/** A paragraph rebuilt from wire lines: where it starts in the file and its text on one line. */
export interface WireParagraph {
  line: number;
  text: string;
}

const INDENT = /^(?:\t| {2,})/;

/**
 * Paragraphs from body lines: a blank line ends one; so does an indented line in copy whose
 * paragraphs are indented (a tab or three spaces) rather than separated. Hard-wrapped lines are
 * joined with a space; a line ending in a hyphen is joined without one, the hyphen kept (a real
 * hyphen, `well-known`, cannot be told from a word split for the line).
 */
export function wireParagraphs(lines: readonly BodyLine[]): WireParagraph[] {
  const indented = lines.filter((l) => INDENT.test(l.text) && l.text.trim()).length;
  const nonBlank = lines.filter((l) => l.text.trim()).length;
  // Indentation marks paragraphs only where some lines are indented and others are not.
  const byIndent = indented > 0 && indented < nonBlank;
  const out: { line: number; parts: string[] }[] = [];
  let current: { line: number; parts: string[] } | null = null;
  for (const l of lines) {
    const text = l.text.trim();
    if (!text) {
      current = null;
      continue;
    }
    if (current && !(byIndent && INDENT.test(l.text))) {
      // Parts are joined once at the end: appending to one growing string costs quadratic time.
      const last = current.parts.at(-1)!;
      current.parts.push(endsInHyphenatedWord(last) && /^\p{Ll}/u.test(text) ? text : ` ${text}`);
    } else {
      current = { line: l.line, parts: [text] };
      out.push(current);
    }
  }
  return out.map((p) => ({ line: p.line, text: p.parts.join('').replace(/[ \t]{2,}/g, ' ') }));
}

function endsInHyphenatedWord(text: string): boolean {
  return text.endsWith('-') && /\p{L}/u.test(text.charAt(text.length - 2));
}

/** Paragraphs as `RawArticle.raw` holds them: one per block, separated by blank lines. */
export function joinParagraphs(paragraphs: readonly { text: string }[]): string {
  return paragraphs.map((p) => p.text).join('\n\n');
}

export function lastNonBlank(lines: readonly BodyLine[]): number {
  for (let k = lines.length - 1; k >= 0; k--) if (lines[k]!.text.trim()) return k;
  return -1;
}

/** Line breaks in `text` between offsets `from` and `to`. */
export function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** One transmission of a file. */
export interface Part {
  text: string;
  /** 1-based line of the file the part starts on. */
  line: number;
}

/** One part per SOH that starts a line (after its SYN bytes); the whole text when there is none (control codes stripped). */
export function splitTransmissions(text: string): Part[] {
  const starts: number[] = [];
  for (let i = text.indexOf(SOH); i >= 0; i = text.indexOf(SOH, i + 1)) {
    let j = i;
    while (j > 0 && text[j - 1] === '\x16') j--;
    if (j === 0 || text[j - 1] === '\n' || text[j - 1] === EOT) starts.push(j);
  }
  if (starts.length <= 1) return [{ text, line: 1 }];
  const parts: Part[] = [];
  let line = 1;
  let from = 0;
  for (const [k, start] of starts.entries()) {
    line += countLines(text, from, start);
    from = start;
    const end = starts[k + 1] ?? text.length;
    if (text.slice(start, end).trim()) parts.push({ text: text.slice(start, end), line });
  }
  return parts;
}

/**
 * Read every transmission of a file with `readOne`; a file of several gives ids `path#0`, `path#1`, ...
 * and a transmission that yields no article costs only itself.
 */
export function readTransmissions(
  input: ReaderInput,
  readOne: (input: ReaderInput, part: Part, articleId: string) => { article: RawArticle | null; messages: Message[] },
): ReadResult {
  const parts = splitTransmissions(input.text);
  const articles: RawArticle[] = [];
  const messages: Message[] = [];
  parts.forEach((part, index) => {
    const r = readOne(input, part, parts.length > 1 ? `${input.articleId}#${index}` : input.articleId);
    if (r.article) articles.push(r.article);
    messages.push(...r.messages);
  });
  return { articles, messages };
}
