/**
 * ANPA 1312 wire transmissions (AP and others, 1970s–2010s). One transmission is
 *
 *   SYN SYN SOH  service letter + sequence (`W2346`), US, selector codes
 *   priority and category letters, DC1/DC2, the keyword line `BC-AS--Slug-Word 3rdLd-Writethru   05-09 1444`
 *   STX  header lines starting with `^` and ending in `<` or `=`: the slug again, headline, photo
 *        and `Eds:` notes, byline and its affiliation
 *   tab-indented paragraphs, `___` separators
 *   ETX  trailer `AP-WF-05-09-17 0056GMT<`, FF, EOT
 *
 * The headline becomes the title, the byline the authors, the slug (without its cycle prefix) the
 * story id shared by the takes, the take label the version and the trailer the date (`trailer`).
 * Editors' notes, slug and selector lines never reach the text. The form's own typography is decoded:
 * ``` `` ''``` are curly quotes and ` _ ` is a dash, as the papers that set the copy printed them.
 * The same form with its control codes stripped is recognised by its keyword and header lines.
 */
import { fileMessage } from './decode.js';
import { mergeMeta } from './meta.js';
import type { Message } from '../types.js';
import type { RawArticle, Reader, ReaderInput } from './types.js';
import { parseAnpaTrailer, resolveStamp, type WireStamp } from './wire-dates.js';
import {
  type BodyLine, countLines, endsWithMark, ETX, joinParagraphs, lastNonBlank, type Part, readTransmissions, STX, stripControls, trimLineEnd, wireByline,
  wireParagraphs,
} from './wire-text.js';

// `W2346`, right after SOH (and the SYN bytes that precede it).
const START = /^\x16*\x01[A-Za-z]\d{4}/;
// The keyword line: cycle-category--slug, take label, month-day and word count.
const KEYWORD = /(?:^|[\s\x11-\x14])((?:BC|AM|PM|AP)-[A-Za-z0-9.]+(?:-{1,2}[A-Za-z0-9.&']+)*)(?:[ \t]+(\S[^\r\n]*?))??[ \t]+(\d{2})-(\d{2})(?:[ \t]+(\d{1,5}))?[ \t<\r]*$/m;
const HEADER_LINE = /^\^[^\r\n]*[<=]\s*$/m;
const CYCLE = /^(?:BC|AM|PM|AP)-/;
/** The envelope lines are short; only this much of it is searched for the keyword line. */
const ENVELOPE_MAX = 600;

/** Header lines that are not the headline: slug repeats, notes, pictures. */
const SLUG_REPEAT = /^(?:BC|AM|PM|AP)-\S/;
const EDITORS_NOTE = /^\(?\s*(?:Eds?|Editors?|EDITOR'?S NOTE|ATTN|Attention)\b\s*[:._-]/i;
const MEDIA_LINE = /^(?:[A-Z]{2,5}\s+)?(?:Photos?|Graphics?|Videos?|Audio|Interactive|Map)\b/;
/** Paragraphs that mark the end of a take rather than say anything. */
const END_MARKS = /^(?:\(?(?:MORE|END|ENDIT|END ADV|OPTIONAL TRIM|END OPTIONAL TRIM|OPTIONAL ADD)\)?|-30-|#{3,}|_{3,}|-{3,})$/;

export const anpaReader: Reader = {
  form: 'anpa',
  sniff: (head) => START.test(head) || (KEYWORD.test(head.slice(0, 600)) && HEADER_LINE.test(head)),
  read: (input) => readTransmissions(input, readOne),
};

function readOne(input: ReaderInput, part: Part, articleId: string): { article: RawArticle | null; messages: Message[] } {
  const messages: Message[] = [];
  const note = (ruleId: string, severity: Message['severity'], reason: string, line: number, actual?: string): void => {
    messages.push(fileMessage(input.file, ruleId, severity, reason, { articleId, line, ...(actual ? { actual: actual.slice(0, 120) } : {}) }));
  };
  const text = part.text;
  // Envelope: before STX (or, stripped, before the first `^` header line).
  const stx = text.indexOf(STX);
  const headerAt = stx >= 0 ? stx + 1 : firstHeaderLine(text);
  const envelope = text.slice(0, headerAt);
  const keyword = KEYWORD.exec(stripControls(envelope.slice(0, ENVELOPE_MAX))) ?? KEYWORD.exec(stripControls(text.slice(0, ENVELOPE_MAX)));
  // Story: STX to ETX; the trailer follows ETX.
  const etx = text.indexOf(ETX, headerAt);
  const story = text.slice(headerAt, etx >= 0 ? etx : text.length);
  const after = etx >= 0 ? text.slice(etx + 1) : '';
  const startLine = part.line + countLines(text, 0, headerAt);
  const lines = stripControls(story)
    .split(/\r\n|\r|\n/)
    .map((t, i): BodyLine => ({ line: startLine + i, text: t }));

  // Header lines: `^...<` / `^...=` (or `...<` lines before the first indented paragraph).
  let i = 0;
  const header: BodyLine[] = [];
  while (i < lines.length) {
    const t = lines[i]!.text;
    if (t.startsWith('^') || (!/^\s/.test(t) && endsWithMark(t))) header.push(lines[i++]!);
    else if (!t.trim() && header.length === 0) i++;
    else break;
  }
  const head = readHeader(header, note);

  // Body up to the trailer (which, without ETX, is its last non-blank line).
  let bodyLines = lines.slice(i);
  let trailer: WireStamp | null = parseAnpaTrailer(stripControls(after));
  let trailerLine = part.line + countLines(text, 0, etx >= 0 ? etx : text.length);
  if (!trailer) {
    const last = lastNonBlank(bodyLines);
    const stamp = last >= 0 ? parseAnpaTrailer(bodyLines[last]!.text) : null;
    if (stamp && bodyLines[last]!.text.trim().length <= stamp.text.length + 4) {
      trailer = stamp;
      trailerLine = bodyLines[last]!.line;
      bodyLines = bodyLines.slice(0, last);
    }
  }
  const paragraphs = wireParagraphs(bodyLines.map((l) => ({ line: l.line, text: trimLineEnd(l.text, '<') })))
    .filter((p) => !END_MARKS.test(p.text))
    .map((p) => ({ ...p, text: decodeTypography(p.text) }));
  if (paragraphs.length === 0) {
    note('ingest/no-text', 'error', 'ANPA transmission has no body text: no article to read', startLine);
    return { article: null, messages };
  }

  const raw = joinParagraphs(paragraphs);
  const month = keyword ? { month: Number(keyword[3]), day: Number(keyword[4]) } : null;
  const stamp = trailer ?? (month ? { ...month, year: null, time: null, offset: null, text: `${keyword![3]}-${keyword![4]}` } : null);
  const when = stamp ? resolveStamp(stamp, { metaDate: input.sidecar.date, path: input.file, lead: raw.slice(0, 1000) }) : { date: null, datetime: null };
  if (stamp && !when.date) note('ingest/trailer-no-year', 'info', `Time stamp \`${stamp.text}\` has no year and nothing in the file states one: no date taken from it`, trailerLine);
  const slug = keyword?.[1] ?? null;
  const meta = mergeMeta(
    {
      title: head.title,
      date: when.date,
      dateSource: when.date ? 'trailer' : null,
      datetime: when.datetime,
      byline: head.byline,
      publisher: head.publisher ?? trailerAgency(after),
      sourceId: slug ? slug.replace(CYCLE, '') : null,
      version: keyword?.[2]?.trim() || null,
    },
    input.sidecar,
  );
  return {
    article: { articleId, file: input.file, format: 'anpa', sha256: input.sha256, bytes: input.bytes.length, raw, firstLine: paragraphs[0]!.line, meta },
    messages,
  };
}

function firstHeaderLine(text: string): number {
  const m = HEADER_LINE.exec(text);
  return m ? m.index : 0;
}

interface Header {
  title: string | null;
  byline: string[];
  publisher: string | null;
}

type Note = (ruleId: string, severity: Message['severity'], reason: string, line: number, actual?: string) => void;

/** Title, byline and affiliation from the `^` header lines; notes and slug lines are dropped (notes with a message). */
function readHeader(lines: readonly BodyLine[], note: Note): Header {
  const out: Header = { title: null, byline: [], publisher: null };
  let afterByline = false;
  let inNote = false;
  for (const { line, text: rawText } of lines) {
    const text = trimLineEnd(rawText.replace(/^\^/, '')).trim();
    if (!text) continue;
    if (inNote || EDITORS_NOTE.test(text)) {
      note('ingest/editor-note', 'info', "Removed an editors' note from the wire header", line, text);
      inNote = text.startsWith('(') && !text.endsWith(')');
      continue;
    }
    if (SLUG_REPEAT.test(text) || MEDIA_LINE.test(text)) continue;
    const names = wireByline(text);
    if (names) {
      out.byline.push(...names);
      afterByline = true;
      continue;
    }
    if (afterByline) {
      // The byline's affiliation (`Associated Press`, `AP Diplomatic Writer`): an organisation is the publisher.
      if (!/\b(?:Writer|Correspondent|Reporter|Editor)s?\b/.test(text)) out.publisher ??= text;
      continue;
    }
    out.title ??= text;
  }
  return out;
}

/** The agency a trailer names (`AP` in `AP-WF-...`), or null. */
function trailerAgency(after: string): string | null {
  return /^\s*([A-Z]{2,4})-[A-Z]{2,4}-\d{2}-/.exec(stripControls(after))?.[1] ?? null;
}

/**
 * ANPA copy's typography: ``` ``quoted'' ``` and `` `inner' `` for curly quotes, and ` _ ` for a
 * dash (the teletypesetter had neither).
 */
export function decodeTypography(text: string): string {
  return text
    .replace(/``/g, '“')
    .replace(/''(?=$|[\s.,;:!?)\]—-])/g, '”')
    .replace(/(?<=^|[\s“(])`(?=\p{L})/gu, '‘')
    .replace(/ _ /g, ' — ')
    .replace(/ _$/, ' —');
}
