/**
 * CSV adapter: columns, header and casts come from the schema. RFC 4180 as csv-stringify writes it
 * (a test compares the two): a cell is quoted when it holds a quote, a comma, a line feed or a
 * carriage return (which the library would leave bare), its quotes doubled; written here
 * directly, a line per row, several times faster than the library's per-cell option handling.
 */
import type { Column } from '../../schemas/index.js';
import { batches } from './batches.js';

const NEEDS_QUOTES = /[",\n\r]/;

function quoted(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

const line = (cells: string[]) => cells.map(quoted).join(',') + '\n';

/** How a column's value becomes its cell's text, by column kind (null is an empty cell). */
type Cast = 'text' | 'list' | 'boolean';

/**
 * A row's line, its cells written straight into one string (no list of cells per row: on the
 * largest tables 1.5-3× faster): a list as JSON, a boolean as `true`/`false`, the rest as
 * `String` gives them, each quoted when it needs to be.
 */
function rowLine(cols: Column[]): (r: Record<string, unknown>) => string {
  const names = cols.map((c) => c.name);
  const casts = cols.map((c): Cast => (c.kind === 'list' ? 'list' : c.kind === 'boolean' ? 'boolean' : 'text'));
  return (r) => {
    let s = '';
    for (let i = 0; i < names.length; i++) {
      if (i) s += ',';
      const v = r[names[i]!];
      if (v === null || v === undefined) continue;
      const cast = casts[i]!;
      s += quoted(cast === 'list' ? JSON.stringify(v) : cast === 'boolean' ? (v ? 'true' : 'false') : String(v));
    }
    return s + '\n';
  };
}

/**
 * CSV a batch of rows at a time: the header, then each batch's lines. Lists are JSON arrays
 * (lossless, any character allowed); booleans `true`/`false`; null is an empty cell.
 * `escape_formulas` stays off on purpose: it would prefix a value that starts with `=`, `+`, `-` or
 * `@` with an apostrophe and so change the data; spreadsheet users are warned in the README instead.
 */
export function csvEncoder(cols: Column[]) {
  const row = rowLine(cols);
  return {
    start: () => line(cols.map((c) => c.name)),
    rows: (batch: Record<string, unknown>[]) => {
      let out = '';
      for (const r of batch) out += row(r);
      return out;
    },
    end: () => '',
  };
}

/** The CSV document in pieces of `size` rows, header first. */
export function* csvChunks(cols: Column[], rows: Iterable<Record<string, unknown>>, size = 2000): Generator<string> {
  const csv = csvEncoder(cols);
  yield csv.start();
  for (const batch of batches(rows, size)) yield csv.rows(batch);
}
