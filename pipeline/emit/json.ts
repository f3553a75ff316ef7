/** JSON adapter: an array of row objects, keys in schema order, 2-space indent, trailing newline. */
import type { Column } from '../../schemas/index.js';

/**
 * The document in pieces of `size` rows: the concatenation is exactly
 * `JSON.stringify(rows, null, 2) + "\n"` with keys in schema order, but no piece holds it all.
 */
export function* jsonChunks(cols: Column[], rows: Record<string, unknown>[], size = 2000): Generator<string> {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  const keys = cols.map((c) => c.name);
  for (let i = 0; i < rows.length; i += size) {
    const piece = rows.slice(i, i + size).map((r) => {
      const ordered: Record<string, unknown> = {};
      for (const k of keys) ordered[k] = r[k] ?? null;
      return ordered;
    });
    // The piece as an array of its own, without its brackets: the indentation is then already
    // that of elements of the whole array.
    const inner = JSON.stringify(piece, null, 2).slice(2, -2);
    yield (i === 0 ? '[\n' : ',\n') + inner + (i + size >= rows.length ? '\n]\n' : '');
  }
}

/**
 * The run report in pieces: small members indented as usual, each list (errors, warnings, infos)
 * one compact message object per line, so a report of a large corpus stays small and diffable.
 */
export function* reportChunks(report: Record<string, unknown>, size = 2000): Generator<string> {
  const entries = Object.entries(report);
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      yield `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}\n`;
      continue;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    for (let j = 0; j < value.length; j += size) {
      const piece = value.slice(j, j + size).map((m) => `    ${JSON.stringify(m)}`);
      yield piece.join(',\n') + (j + size < value.length ? ',\n' : '\n');
    }
    yield `  ]${comma}\n`;
  }
  yield '}\n';
}
