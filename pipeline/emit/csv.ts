/** CSV adapter: columns, header and casts come from the schema. */
import { stringify } from 'csv-stringify/sync';
import type { Column } from '../../schemas/index.js';

/**
 * One CSV document. Lists are JSON arrays (lossless, any character allowed); booleans
 * `true`/`false`; null is an empty cell. `escape_formulas` stays off on purpose: it would prefix
 * a quote that starts with `=`, `+`, `-` or `@` with an apostrophe and so change the data; spreadsheet
 * users are warned in the README instead.
 */
export function toCsv(cols: Column[], rows: Record<string, unknown>[]): string {
  const records = rows.map((r) =>
    cols.map((c) => {
      const v = r[c.name];
      if (v === null || v === undefined) return '';
      if (c.kind === 'list') return JSON.stringify(v);
      if (c.kind === 'boolean') return v ? 'true' : 'false';
      return String(v);
    }),
  );
  return stringify([cols.map((c) => c.name), ...records], { escape_formulas: false, record_delimiter: '\n' });
}
