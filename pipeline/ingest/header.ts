/**
 * A metadata header at the top of a text file: YAML front matter between `---` fences (any keys,
 * parsed by a YAML library), an unfenced block of `key: value` lines, or a first line
 * `date YYYY-MM-DD` whose rest is article text. Keys are mapped to article metadata by what they
 * mean (front-matter.ts); everything else in the header is dropped with the header.
 */
import { parseDocument } from 'yaml';
import type { ArticleMeta } from '../types.js';
import { isoDay } from './meta.js';
import { metaFromFields } from './front-matter.js';

export interface HeaderLine {
  /** 1-based line in the file. */
  line: number;
  text: string;
}

export interface Header {
  meta: ArticleMeta;
  /** The text after the header (for a `date` line, the rest of that line first). */
  body: string;
  /** The file line `body` starts on (1-based). */
  bodyLine: number;
  /** The header's lines, for messages. */
  removed: HeaderLine[];
}

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t:]*(.*)$/i;
const FENCE = /^\s*---\s*$/;
const CLOSING_FENCE = /^\s*(?:---|\.\.\.)\s*$/;
/** `key: value`, the key one token as YAML and front matter write them. */
const FIELD = /^\s*([A-Za-z_][A-Za-z0-9_.-]{0,40})\s*:(?:\s+(.*)|\s*)$/;
/** A header is found at the top only: this many lines at most. */
const MAX_HEADER_LINES = 200;

/** The header at the top of `text`, or null when the text starts with article text. */
export function readHeader(text: string): Header | null {
  const lines = text.split(/\r\n|\r|\n/, MAX_HEADER_LINES + 2);
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  const top = lines[first];
  if (top === undefined) return null;

  const dateLine = DATE_LINE.exec(top);
  if (dateLine) {
    const day = isoDay(dateLine[1]!);
    if (!day) return null;
    const rest = dateLine[2]!.trim();
    return {
      meta: { date: day, dateSource: 'header' },
      body: (rest ? rest + '\n' : '') + after(text, first + 1),
      bodyLine: rest ? first + 1 : first + 2,
      removed: [{ line: first + 1, text: `date ${dateLine[1]}` }],
    };
  }
  return FENCE.test(top) ? fenced(text, lines, first) : unfenced(text, lines, first);
}

/** The text from line index `index` on. */
function after(text: string, index: number): string {
  let at = 0;
  for (let i = 0; i < index; i++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return '';
    at = nl + 1;
  }
  return text.slice(at);
}

function removedLines(lines: readonly string[], from: number, to: number): HeaderLine[] {
  const out: HeaderLine[] = [];
  for (let i = from; i < to; i++) if (lines[i]!.trim()) out.push({ line: i + 1, text: lines[i]!.trim() });
  return out;
}

function fenced(text: string, lines: readonly string[], first: number): Header | null {
  let close = -1;
  for (let i = first + 1; i < lines.length && i <= MAX_HEADER_LINES; i++) {
    if (CLOSING_FENCE.test(lines[i]!)) {
      close = i;
      break;
    }
  }
  if (close < 0) return null;
  const source = lines.slice(first + 1, close).join('\n');
  const fields = yamlFields(source) ?? lineFields(lines.slice(first + 1, close));
  if (!fields) return null;
  return { meta: metaFromFields(fields), body: after(text, close + 1), bodyLine: close + 2, removed: removedLines(lines, first, close + 1) };
}

/** `key: value` lines straight away, up to a blank line: at least one key must mean something, and a lone line must be followed by a blank one. */
function unfenced(text: string, lines: readonly string[], first: number): Header | null {
  let end = first;
  while (end < lines.length && end - first < MAX_HEADER_LINES && FIELD.test(lines[end]!)) end++;
  if (end === first) return null;
  const nextBlank = end >= lines.length || lines[end]!.trim() === '';
  if (!nextBlank) return null;
  const fields = lineFields(lines.slice(first, end));
  if (!fields) return null;
  const meta = metaFromFields(fields);
  if (!Object.values(meta).some((v) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) return null;
  return { meta, body: after(text, end), bodyLine: end + 1, removed: removedLines(lines, first, end) };
}

/** The mapping YAML reads, with timestamps left as strings (YAML 1.2 core schema); null when it is not one. */
function yamlFields(source: string): Record<string, unknown> | null {
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length) return null;
  const value: unknown = doc.toJS({ maxAliasCount: 50 });
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** `key: value` lines read one by one (front matter that is not valid YAML, unfenced headers). */
function lineFields(lines: readonly string[]): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  let any = false;
  for (const line of lines) {
    const m = FIELD.exec(line);
    if (!m) continue;
    any = true;
    const value = (m[2] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');
    if (!(m[1]! in out)) out[m[1]!] = value;
  }
  return any ? out : null;
}
