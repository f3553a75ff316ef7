/**
 * The output a run is about to replace, read back for the change report, a file at a time when
 * asked for, and a table's rows one at a time. Reading happens while the new output is rendered,
 * which `publishFolder` does only after it has locked the folder and found it to be an earlier
 * output (emit/publish.ts).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { RowText } from '../changes.js';

type Row = Record<string, unknown>;

export interface PreviousOutput {
  /** A file's bytes, or null when it is absent (or there is no previous output). */
  file(path: string): Uint8Array | null;
  /** The same bytes in pieces, read as they are consumed; defaults to the whole file as one piece. */
  pieces?(path: string): Iterable<Uint8Array> | null;
  /** The folder it is read from, for worker threads that read it themselves. */
  readonly dir?: string;
}

const PIECE = 1 << 20;

export function previousOutput(outDir: string): PreviousOutput {
  return {
    dir: outDir,
    file(path) {
      try {
        return readFileSync(join(outDir, path));
      } catch {
        return null;
      }
    },
    pieces(path) {
      let fd: number;
      try {
        fd = openSync(join(outDir, path), 'r');
      } catch {
        return null;
      }
      return (function* () {
        try {
          for (let at = 0; ; ) {
            const buf = Buffer.allocUnsafe(PIECE);
            const n = readSync(fd, buf, 0, PIECE, at);
            if (n === 0) return;
            at += n;
            yield buf.subarray(0, n);
          }
        } finally {
          closeSync(fd);
        }
      })();
    },
  };
}

/** No previous output: the first publication. */
export const NO_PREVIOUS: PreviousOutput = { file: () => null };

/** A file of the previous output in pieces, or null when it is absent. */
export function previousPieces(previous: PreviousOutput, path: string): Iterable<Uint8Array> | null {
  if (previous.pieces) return previous.pieces(path);
  const bytes = previous.file(path);
  return bytes ? [bytes] : null;
}

/** The rows of a previous table's JSON file, or null when it is not a JSON array. */
export function parseRows(bytes: Uint8Array | null): Row[] | null {
  if (!bytes) return null;
  try {
    const rows = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    return Array.isArray(rows) ? (rows as Row[]) : null;
  } catch {
    return null;
  }
}

/** The previous file is not laid out as this program writes tables: read it whole instead. */
export class NotRowPerBlock extends Error {}

/**
 * The rows of a table's JSON file as this program writes it (`[`, one row object per line, `]`),
 * or as it used to (each row object from a line `  {` to a line `  }` or `  },`), parsed one row
 * at a time so the previous table is never held whole. JSON strings cannot hold a raw line break,
 * so those lines are exactly the row boundaries. Throws `NotRowPerBlock` on any other layout.
 */
export function* jsonRows(pieces: Iterable<Uint8Array>): Generator<Row> {
  for (const r of jsonRowTexts(pieces)) yield r.parse();
}

/**
 * `jsonRows`, each row as its text, parsed only when asked (`RowText.parse`): the change report
 * does not parse a row written exactly as a new one (changes.ts `diffRows`). The layout is checked
 * as the rows are read all the same; a row's own text, when parsed.
 */
export function* jsonRowTexts(pieces: Iterable<Uint8Array>): Generator<RowText> {
  let block: string[] | null = null;
  let state: 'start' | 'rows' | 'end' = 'start';
  for (const line of lines(pieces)) {
    if (block) {
      block.push(line);
      if (line === '  }' || line === '  },') {
        block[block.length - 1] = '}';
        yield rowText(block.join('\n'));
        block = null;
      }
      continue;
    }
    if (state === 'start' && line === '[]') state = 'end';
    else if (state === 'start' && line === '[') state = 'rows';
    else if (state === 'rows' && line === '  {') block = ['{'];
    else if (state === 'rows' && line.startsWith('{')) yield rowText(line.endsWith(',') ? line.slice(0, -1) : line);
    else if (state === 'rows' && line === ']') state = 'end';
    else if (state === 'end' && line === '') continue;
    else throw new NotRowPerBlock();
  }
  if (block || state !== 'end') throw new NotRowPerBlock();
}

/** A previous row given as its JSON text, parsed when asked. */
export const rowText = (text: string) => new RowText(text, () => parseRow(text));

function parseRow(text: string): Row {
  try {
    const row = JSON.parse(text) as unknown;
    if (row && typeof row === 'object' && !Array.isArray(row)) return row as Row;
  } catch {
    // not a row of ours
  }
  throw new NotRowPerBlock();
}

/** The lines of a UTF-8 text given in pieces (a piece may end inside a line or a character). */
function* lines(pieces: Iterable<Uint8Array>): Generator<string> {
  const decoder = new TextDecoder();
  let rest = '';
  for (const piece of pieces) {
    const text = rest + decoder.decode(piece, { stream: true });
    const parts = text.split('\n');
    rest = parts.pop()!;
    yield* parts;
  }
  yield rest + decoder.decode();
}
