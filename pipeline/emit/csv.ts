/** CSV adapter: columns, header and casts come from the schema. */
import { stringify } from 'csv-stringify/sync';
import type { Column } from '../../schemas/index.js';
import { batches } from './batches.js';

function cells(cols: Column[], r: Record<string, unknown>): string[] {
  return cols.map((c) => {
    const v = r[c.name];
    if (v === null || v === undefined) return '';
    if (c.kind === 'list') return JSON.stringify(v);
    if (c.kind === 'boolean') return v ? 'true' : 'false';
    return String(v);
  });
}

/**
 * The CSV document in pieces of `size` rows, header first. Lists are JSON arrays (lossless, any
 * character allowed); booleans `true`/`false`; null is an empty cell. `escape_formulas` stays off
 * on purpose: it would prefix a value that starts with `=`, `+`, `-` or `@` with an apostrophe and
 * so change the data; spreadsheet users are warned in the README instead.
 */
export function* csvChunks(cols: Column[], rows: Iterable<Record<string, unknown>>, size = 2000): Generator<string> {
  const options = { escape_formulas: false, record_delimiter: '\n' } as const;
  yield stringify([cols.map((c) => c.name)], options);
  for (const batch of batches(rows, size)) yield stringify(batch.map((r) => cells(cols, r)), options);
}
