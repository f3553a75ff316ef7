/**
 * JSON adapter: an array of row objects, keys in schema order, one row per line (compact: a
 * table's JSON stays close to its CSV in size, and a regenerated table diffs row by row), then a
 * trailing newline.
 */
import type { Column } from '../../schemas/index.js';
import { batches } from './batches.js';

/** A batch's rows as JSON lines joined by `,\n` (keys in `keys` order, a missing value null); `onLine` sees each line. */
export function jsonLines(keys: readonly string[], batch: readonly Record<string, unknown>[], onLine?: (line: string) => void): string {
  return batch
    .map((r) => {
      const ordered: Record<string, unknown> = {};
      for (const k of keys) ordered[k] = r[k] ?? null;
      const line = JSON.stringify(ordered);
      onLine?.(line);
      return line;
    })
    .join(',\n');
}

/** The framing around batches of lines: what goes before a non-empty batch's lines, and the end. */
export function jsonFrame() {
  let first = true;
  return {
    before(): string {
      const piece = first ? '[\n' : ',\n';
      first = false;
      return piece;
    },
    end: () => (first ? '[]\n' : '\n]\n'),
  };
}

/** JSON a batch of rows at a time: `[`, each row object on a line of its own, `]`; `onLine` sees each row's line (without its comma). */
export function jsonEncoder(cols: Column[], onLine?: (line: string) => void) {
  const keys = cols.map((c) => c.name);
  const frame = jsonFrame();
  return {
    start: () => '',
    rows: (batch: Record<string, unknown>[]): string => (batch.length ? frame.before() + jsonLines(keys, batch, onLine) : ''),
    end: () => frame.end(),
  };
}

/** The document in pieces of `size` rows. */
export function* jsonChunks(cols: Column[], rows: Iterable<Record<string, unknown>>, size = 2000): Generator<string> {
  const json = jsonEncoder(cols);
  for (const batch of batches(rows, size)) yield json.rows(batch);
  yield json.end();
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
