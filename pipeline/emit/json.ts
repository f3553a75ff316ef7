/** JSON adapter: an array of row objects, keys in schema order, 2-space indent, trailing newline. */
import type { Column } from '../../schemas/index.js';

export function toJson(cols: Column[], rows: Record<string, unknown>[]): string {
  const ordered = rows.map((r) => Object.fromEntries(cols.map((c) => [c.name, r[c.name] ?? null])));
  return JSON.stringify(ordered, null, 2) + '\n';
}
