/**
 * Metadata at the top of the text: a first line `date YYYY-MM-DD <content>` (the rest of that line
 * is article content), or front matter lines (`title:`, `date:`, `source:`, ...), optionally fenced
 * by `---`.
 */
import { parseFullDate } from './dates.js';

export interface Line {
  /** 1-based line in the raw text. */
  line: number;
  text: string;
}

export interface Header {
  title: string | null;
  date: string | null;
  publisher: string | null;
  url: string | null;
  byline: string[];
  /** Raw lines the header took, for messages. */
  removed: Line[];
}

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t:]*(.*)$/i;
const FENCE = /^\s*-{3,}\s*$/;
const FIELD = /^\s*(title|headline|date|published|published_at|date_publish|source|publisher|url|link|author|authors|by|byline)\s*:\s*(.*)$/i;

function emptyHeader(): Header {
  return { title: null, date: null, publisher: null, url: null, byline: [], removed: [] };
}

export function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((n) => n.trim().replace(/\.$/, ''))
    .filter((n) => n.length > 1);
}

/**
 * Parse and remove the header from `lines` (already repaired, one entry per raw line).
 * Returns the header and the lines that remain (the `date` line keeps its content part).
 */
export function parseHeader(lines: Line[]): { header: Header; rest: Line[] } {
  const header = emptyHeader();
  let first = 0;
  while (first < lines.length && lines[first]!.text.trim() === '') first++;
  const top = lines[first];
  if (!top) return { header, rest: lines };

  const dateLine = DATE_LINE.exec(top.text);
  if (dateLine) {
    header.date = parseFullDate(dateLine[1]!);
    header.removed.push({ line: top.line, text: `date ${dateLine[1]}` });
    const rest = lines.slice(first + 1);
    if (dateLine[2]!.trim()) rest.unshift({ line: top.line, text: dateLine[2]! });
    return { header, rest };
  }

  // Front matter: a fence, or field lines straight away; at least one known field.
  let i = first;
  const fenced = FENCE.test(top.text);
  if (fenced) i++;
  let fields = 0;
  for (; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (fenced && FENCE.test(text)) {
      i++;
      break;
    }
    if (!fenced && text.trim() === '') break;
    const field = FIELD.exec(text);
    if (!field) {
      if (fenced && text.trim() === '') continue;
      break;
    }
    fields++;
    const key = field[1]!.toLowerCase();
    const value = field[2]!.trim();
    if (!value) continue;
    if (key === 'title' || key === 'headline') header.title = value;
    else if (key === 'date' || key.startsWith('publish') || key === 'date_publish') header.date = parseFullDate(value);
    else if (key === 'source' || key === 'publisher') header.publisher = value;
    else if (key === 'url' || key === 'link') header.url = value;
    else header.byline.push(...splitNames(value.replace(/^by\s+/i, '')));
  }
  if (fields === 0) return { header: emptyHeader(), rest: lines };
  header.removed = lines.slice(first, i).filter((l) => l.text.trim() !== '');
  return { header, rest: lines.slice(i) };
}
