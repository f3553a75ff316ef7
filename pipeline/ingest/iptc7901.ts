/**
 * IPTC 7901 wire transmissions (dpa, ANSA, APA, KNA and others). One transmission is
 *
 *   SOH  header `eca0003 3 i 380  dpa 0045`: service + sequence, priority, category, word count, then
 *        keywords and the source
 *   keyword lines ending in `/` (`Switzerland/migration/UN/`)
 *   STX  take labels (`REFILE`, `1ST LEAD`, `2ND LEAD`, `3RD NET`, `EXTRA`), the headline (ending ` =`),
 *        the byline (`By Jane Doe, dpa =`)
 *   hard-wrapped paragraphs, separated by blank lines or indented three spaces
 *   the editors' notes (`# Notebook`, "not for publication") and initials (`dpa al rmo`)
 *   ETX  the stamp `212322 GMT Nov 18` (day 21, 23:22 GMT, November, year 18), DEL padding, EOT
 *
 * The same copy after a gateway stripped the control codes (no SOH/STX/ETX, LF only) is recognised
 * by its header line. The stamp's two-digit year follows the format's definition (`DDhhmm MON YY`,
 * see wire-dates.ts); a stamp without one gets a year only from evidence naming the same day.
 * The headline becomes the title, the labels the version, the source the publisher. The keyword
 * path is the story's topic, shared by unrelated stories, so it is not used as a story id.
 */
import { fileMessage } from './decode.js';
import { mergeMeta } from './meta.js';
import type { Message } from '../types.js';
import type { RawArticle, Reader, ReaderInput } from './types.js';
import { parseIptcStamp, resolveStamp } from './wire-dates.js';
import {
  type BodyLine, countLines, endsWithMark, ETX, isInitialsLine, isTakeLabel, joinParagraphs, lastNonBlank, opensEditorsNotes, type Part, readTransmissions, STX, stripControls,
  trimLineEnd, wireByline, wireParagraphs,
} from './wire-text.js';

// `eca0003 3 i 380  dpa 0045`: service letters + sequence, priority digit, category, word count, the rest.
const HEADER = /^\x01?([A-Za-z]{1,5})(\d{1,6})[ \t]+(\d)[ \t]+([A-Za-z]{1,3})[ \t]+(\d{1,5})(?:[ \t]+([^\r\n]*))?\r?$/;
const KEYWORD_LINE = /^\/?[^\s/][^/\r\n]*(?:\/[^/\r\n]+)*\/\s*$/;
/** How far the headline may run over lines before the byline or the body. */
const MAX_HEADLINE_LINES = 3;

export const iptc7901Reader: Reader = {
  form: 'iptc7901',
  sniff: (head) => {
    const lines = head.split(/\r\n|\r|\n/).filter((l) => l.trim()).slice(0, 8);
    if (!lines[0] || !HEADER.test(lines[0])) return false;
    // With its SOH the header line is evidence enough; stripped, a keyword line, label or byline must follow.
    return lines[0].startsWith('\x01') || lines.slice(1).some((l) => KEYWORD_LINE.test(stripControls(l)) || isTakeLabel(stripControls(l)) || endsWithMark(l, '='));
  },
  read: (input) => readTransmissions(input, readOne),
};

type Note = (ruleId: string, severity: Message['severity'], reason: string, line: number, actual?: string) => void;

function readOne(input: ReaderInput, part: Part, articleId: string): { article: RawArticle | null; messages: Message[] } {
  const { text, line: firstLine } = part;
  const messages: Message[] = [];
  const note: Note = (ruleId, severity, reason, line, actual) => {
    messages.push(fileMessage(input.file, ruleId, severity, reason, { articleId, line, ...(actual ? { actual: actual.slice(0, 120) } : {}) }));
  };
  // The trailer: after ETX, or (stripped) the last non-blank line when it is a stamp.
  const etx = text.lastIndexOf(ETX);
  const lines = stripControls(etx >= 0 ? text.slice(0, etx) : text)
    .split(/\r\n|\r|\n/)
    .map((t, i): BodyLine => ({ line: firstLine + i, text: t }));
  let stamp = etx >= 0 ? firstStamp(stripControls(text.slice(etx + 1))) : null;
  let stampLine = firstLine + (etx >= 0 ? countLines(text, 0, etx) : 0);
  if (!stamp) {
    const last = lastNonBlank(lines);
    stamp = last >= 0 ? parseIptcStamp(lines[last]!.text) : null;
    if (stamp) {
      stampLine = lines[last]!.line;
      lines.length = last;
    }
  }

  // Header line, keyword lines, labels, headline, byline; STX (where present) ends the keyword lines.
  const header = HEADER.exec(stripControls(text.split(/\r?\n/, 1)[0]!) || '');
  const sourceWords = header?.[6] ? header[6].trim().split(/\s+/).filter((w) => /^\p{L}{2,10}$/u.test(w)) : [];
  let i = header ? 1 : 0;
  const stxLine = text.indexOf(STX) >= 0 ? countLines(text, 0, text.indexOf(STX)) : -1;
  while (i < lines.length && (i < stxLine || !lines[i]!.text.trim() || KEYWORD_LINE.test(lines[i]!.text))) i++;
  const labels: string[] = [];
  while (i < lines.length && (isTakeLabel(lines[i]!.text) || !lines[i]!.text.trim())) {
    if (lines[i]!.text.trim()) labels.push(trimLineEnd(lines[i]!.text, '=').trim());
    i++;
  }
  const headline = readHeadline(lines, i);
  i = headline.next;
  let byline: string[] = [];
  while (i < lines.length && !lines[i]!.text.trim()) i++;
  const names = i < lines.length ? wireByline(lines[i]!.text) : null;
  if (names) {
    byline = names;
    i++;
  }

  // Body to the editors' notes, without the initials that sign the transmission off.
  const body: BodyLine[] = [];
  for (; i < lines.length; i++) {
    if (opensEditorsNotes(lines[i]!.text)) {
      note('ingest/editor-note', 'info', "Removed the editors' notes closing the transmission (not for publication)", lines[i]!.line, lines[i]!.text.trim());
      break;
    }
    body.push({ line: lines[i]!.line, text: trimLineEnd(lines[i]!.text, '=') });
  }
  const lastLine = lastNonBlank(body);
  if (lastLine >= 0 && isInitialsLine(body[lastLine]!.text, sourceWords[0] ?? null)) body.length = lastLine;
  const paragraphs = wireParagraphs(body);
  if (paragraphs.length === 0) {
    note('ingest/no-text', 'error', 'IPTC 7901 transmission has no body text: no article to read', firstLine);
    return { article: null, messages };
  }
  const raw = joinParagraphs(paragraphs);
  const source = agencyOf(sourceWords, paragraphs[0]!.text);
  const when = stamp ? resolveStamp(stamp, { metaDate: input.sidecar.date, path: input.file, lead: raw.slice(0, 1000) }) : { date: null, datetime: null };
  if (stamp && !when.date) note('ingest/trailer-no-year', 'info', `Time stamp \`${stamp.text}\` has no year and nothing in the file states one: no date taken from it`, stampLine);
  const meta = mergeMeta(
    {
      title: headline.title,
      date: when.date,
      dateSource: when.date ? 'trailer' : null,
      datetime: when.datetime,
      byline,
      publisher: source,
      version: labels.join(', ') || null,
    },
    input.sidecar,
  );
  return {
    article: { articleId, file: input.file, format: 'iptc7901', sha256: input.sha256, bytes: input.bytes.length, raw, firstLine: paragraphs[0]!.line, meta },
    messages,
  };
}

/**
 * The agency among the header's words (`dpa 0045`, `vvvvb KNA 170123-89-00065#2`): the one the
 * dateline names (`Geneva (dpa) -`); else the header's only word; else none (cleaning reads the
 * dateline's agency itself).
 */
function agencyOf(words: readonly string[], lead: string): string | null {
  const named = /\(([\p{L}][\p{L}.-]{1,15})\)/u.exec(lead.slice(0, 200))?.[1]?.toLowerCase();
  return words.find((w) => w.toLowerCase() === named) ?? (words.length === 1 ? words[0]! : null);
}

/**
 * The headline starting at line `from`: one to three lines ended by ` =`, or followed by a blank
 * line or the byline and not ending like a sentence. Anything else is the body (copy without a headline).
 */
function readHeadline(lines: readonly BodyLine[], from: number): { title: string | null; next: number } {
  const parts: string[] = [];
  for (let k = from; k < lines.length && parts.length < MAX_HEADLINE_LINES; k++) {
    const t = lines[k]!.text.trim();
    if (!t || wireByline(t)) {
      // Without the closing ` =`, a sentence is the first paragraph rather than a headline.
      const title = parts.join(' ');
      return title && !title.endsWith('.') && title.length <= 160 ? { title, next: k } : { title: null, next: from };
    }
    parts.push(trimLineEnd(t, '='));
    if (t.endsWith('=')) return { title: parts.join(' '), next: k + 1 };
  }
  return { title: null, next: from };
}

function firstStamp(after: string): ReturnType<typeof parseIptcStamp> {
  for (const l of after.split(/\r\n|\r|\n/)) if (l.trim()) return parseIptcStamp(l);
  return null;
}
