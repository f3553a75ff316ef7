/**
 * The records of a JSON file, tolerantly: one object, an array of objects, an object keyed by
 * record (`{"0": {...}, "1": {...}}`, as pandas writes), JSON Lines, or objects written one after
 * another. A record that does not parse costs only itself: the file is cut into records by a
 * linear scan that knows strings and nesting, and each record is parsed on its own.
 */

export interface JsonRecord {
  /** 0-based position of the record in the file. */
  index: number;
  /** The key of the record in a keyed object, else null. */
  key: string | null;
  /** 1-based line where the record starts. */
  line: number;
  value: unknown;
  /** Why the record could not be read, when it could not. */
  error: string | null;
}

export interface JsonRecords {
  /** `single`: the file is one record; the others hold several. */
  kind: 'single' | 'array' | 'keyed' | 'lines';
  records: JsonRecord[];
  /** Set when nothing in the file could be read as JSON. */
  error: { reason: string; line: number } | null;
}

/** Does this object carry a record's text itself, or is it a container of records? */
export type IsRecord = (o: Record<string, unknown>) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function jsonRecords(text: string, isRecord: IsRecord): JsonRecords {
  let whole: unknown;
  let failure: Error | null = null;
  try {
    whole = JSON.parse(text);
  } catch (e) {
    failure = e as Error;
  }
  if (!failure) return fromValue(whole, isRecord);
  const lines = text.split('\n');
  const first = lines.find((l) => l.trim())?.trim() ?? '';
  if (first.startsWith('{') && first.endsWith('}') && lines.filter((l) => l.trim()).length >= 2) return fromLines(lines);
  const spans = scanValues(text);
  if (spans.length >= 2 || (spans.length === 1 && spans[0]!.inArray)) {
    return { kind: 'array', records: spans.map((s, index) => parseSpan(text, s, index)), error: null };
  }
  return { kind: 'single', records: [], error: { reason: failure.message, line: lineOfPosition(text, failure.message) } };
}

function fromValue(value: unknown, isRecord: IsRecord): JsonRecords {
  const ok = (v: unknown, index: number, key: string | null): JsonRecord => ({ index, key, line: 1, value: v, error: isObject(v) ? null : 'not a JSON object' });
  if (Array.isArray(value)) return { kind: 'array', records: value.map((v, i) => ok(v, i, null)), error: null };
  if (!isObject(value)) return { kind: 'single', records: [], error: { reason: 'the file holds a JSON value that is not an object or an array of objects', line: 1 } };
  const entries = Object.entries(value);
  const keyed = !isRecord(value) && entries.length > 0 && entries.every(([, v]) => isObject(v) || v === null) && entries.some(([, v]) => isObject(v) && isRecord(v));
  if (keyed) return { kind: 'keyed', records: entries.map(([k, v], i) => ok(v, i, k)), error: null };
  return { kind: 'single', records: [ok(value, 0, null)], error: null };
}

function fromLines(lines: string[]): JsonRecords {
  const records: JsonRecord[] = [];
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    const index = records.length;
    try {
      const value: unknown = JSON.parse(l);
      records.push({ index, key: null, line: i + 1, value, error: isObject(value) ? null : 'not a JSON object' });
    } catch (e) {
      records.push({ index, key: null, line: i + 1, value: null, error: (e as Error).message });
    }
  });
  return { kind: 'lines', records, error: null };
}

interface Span {
  start: number;
  end: number;
  /** The value is an element of a top-level array. */
  inArray: boolean;
  /** The scan reached the end of the file inside this value. */
  open: boolean;
}

/**
 * Top-level values of `text`, or the elements of a top-level array, by one pass over the text.
 * Two resynchronisations keep a broken record from swallowing the next: a string cannot hold a raw
 * line break, so a line break ends one; and in pretty-printed files a line that opens an object at
 * the indentation the records start at starts a new record.
 */
function scanValues(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  const inArray = text[i] === '[';
  if (inArray) i++;
  let depth = 0;
  let inString = false;
  let start = -1;
  let recordIndent = -1;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      inString = false;
      const indent = indentAt(text, i + 1);
      if (start >= 0 && depth > 0 && indent === recordIndent && text[i + 1 + indent] === '{') {
        spans.push({ start, end: i, inArray, open: true });
        start = -1;
        depth = 0;
      }
      continue;
    }
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (start < 0) {
      if (/\s/.test(c) || (inArray && c === ',')) continue;
      if (inArray && c === ']') break;
      start = i;
      if (recordIndent < 0 && c === '{') recordIndent = columnOf(text, i);
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    const closesValue = depth <= 0 && (c === '}' || c === ']');
    const endsElement = inArray && depth === 0 && c === ',';
    if (closesValue || endsElement) {
      spans.push({ start, end: endsElement ? i : i + 1, inArray, open: false });
      start = -1;
      depth = 0;
    }
  }
  if (start >= 0) spans.push({ start, end: text.length, inArray, open: true });
  return spans;
}

/** Spaces and tabs at `at`, or -1 when the line holds something else first. */
function indentAt(text: string, at: number): number {
  let k = at;
  while (text[k] === ' ' || text[k] === '\t') k++;
  return k - at;
}

/** Column of `at` when only spaces precede it on its line, else -2 (never equal to an indent). */
function columnOf(text: string, at: number): number {
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  return k === 0 || text[k - 1] === '\n' ? at - k : -2;
}

function parseSpan(text: string, span: Span, index: number): JsonRecord {
  const line = lineAt(text, span.start);
  const source = text.slice(span.start, span.end);
  try {
    const value: unknown = JSON.parse(source);
    return { index, key: null, line, value, error: isObject(value) ? null : 'not a JSON object' };
  } catch (e) {
    return { index, key: null, line, value: null, error: span.open ? 'the record is not closed' : (e as Error).message };
  }
}

function lineAt(text: string, at: number): number {
  let n = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

/** The line of a JSON.parse error, from the position its message names; 1 when it names none. */
function lineOfPosition(text: string, message: string): number {
  const line = /\bline (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const at = /\bposition (\d+)/.exec(message);
  return at ? lineAt(text, Number(at[1])) : 1;
}
