/**
 * Emit: the only module that writes `out/`. Every table goes out as CSV, JSON and Arrow, with its
 * JSON Schema, a Frictionless `datapackage.json` and the run's `report.json`. Files are written
 * into a temporary sibling folder that replaces `out/` only once everything is written, so a failed
 * run leaves the previous `out/` as it was.
 */
import { createHash } from 'node:crypto';
import { CSV_LIST_NOTE, TABLES, columns, toJsonSchema, toTableSchema } from '../schemas/index.js';
import { toArrow } from './emit/arrow.js';
import { csvChunks } from './emit/csv.js';
import { jsonChunks } from './emit/json.js';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT, publishFolder } from './emit/publish.js';
export { OUTPUT_MARKER, OutputRefused, recoverOutput, refuseOutput } from './emit/publish.js';
import { PACKAGE_VERSION } from './lib/version.js';

export interface EmitInput {
  tables: Record<string, Record<string, unknown>[]>;
  report: unknown;
}

const MEDIA: Record<string, string> = { csv: 'text/csv', json: 'application/json', arrow: 'application/vnd.apache.arrow.file' };

/** An output file as it is produced: its path under out/ and its bytes, in pieces. */
export type OutputFile = [path: string, chunks: Iterable<Uint8Array>];

/**
 * Render the output files one at a time, each in pieces, so a caller can write them as they come:
 * memory holds the records and one piece, not the dataset a second time. A file's pieces must be
 * consumed before the next file is asked for. `datapackage.json` comes last: it lists every other
 * file's size and hash, and the dataset version is derived from those hashes (no clock), so
 * unchanged input gives unchanged bytes.
 */
export function* renderFiles(input: EmitInput, options: { release?: boolean } = {}): Generator<OutputFile> {
  const resources: Record<string, unknown>[] = [];
  const digest = createHash('sha256');
  // Pieces pass through here on their way out, to count and hash them.
  function* measured(path: string, pieces: Iterable<string | Uint8Array>, done: (bytes: number, hash: string) => void): Generator<Uint8Array> {
    const hash = createHash('sha256');
    let bytes = 0;
    for (const piece of pieces) {
      const b = typeof piece === 'string' ? Buffer.from(piece) : piece;
      hash.update(b);
      bytes += b.length;
      yield b;
    }
    const hex = hash.digest('hex');
    digest.update(`${path}\u0000${hex}\n`);
    done(bytes, hex);
  }
  yield [OUTPUT_MARKER, [Buffer.from(OUTPUT_MARKER_TEXT)]];
  for (const t of TABLES) {
    const rows = input.tables[t.name] ?? [];
    const cols = columns(t.schema);
    const meta = t.schema.meta() as { title?: string; description?: string } | undefined;
    for (const format of ['csv', 'json', 'arrow'] as const) {
      const path = `${t.name}.${format}`;
      const pieces =
        format === 'csv'
          ? csvChunks(cols, rows)
          : format === 'json'
            ? jsonChunks(cols, rows)
            : [toArrow(cols, rows, { pipeline_version: PACKAGE_VERSION, table: t.name })];
      yield [
        path,
        measured(path, pieces, (bytes, hash) =>
          resources.push({
            name: format === 'csv' ? t.name : `${t.name}-${format}`,
            path,
            format,
            mediatype: MEDIA[format],
            ...(format === 'csv' ? { profile: 'tabular-data-resource', encoding: 'utf-8' } : {}),
            title: meta?.title,
            description:
              (meta?.description ?? '') +
              (format === 'csv' ? ` Lists are written as ${CSV_LIST_NOTE}; an empty cell is null.` : ` The same rows as ${t.name}.csv.`),
            bytes,
            hash: `sha256:${hash}`,
            rows: rows.length,
            ...(format === 'csv' ? { schema: toTableSchema(t) } : { jsonSchema: `schema/${t.name}.json` }),
          }),
        ),
      ];
    }
    // Once its three files are out, a table's rows are no longer needed (when the caller says so).
    if (options.release) delete input.tables[t.name];
    const schemaPath = `schema/${t.name}.json`;
    yield [schemaPath, measured(schemaPath, [JSON.stringify(toJsonSchema(t), null, 2) + '\n'], () => {})];
  }
  yield ['report.json', measured('report.json', [JSON.stringify(input.report, null, 2) + '\n'], () => {})];
  const pkg = {
    profile: 'data-package',
    name: 'reportage',
    title: 'reportage: events and quotes from news articles',
    description:
      'Articles cleaned, deduplicated and clustered into stories; the quotations and events they report, each row traceable to its sentence (article_id, span_start, span_end, evidence).',
    version: `${PACKAGE_VERSION}+${digest.digest('hex').slice(0, 12)}`,
    licenses: [{ name: 'see-sources', title: 'Article text remains the copyright of its publishers; the code is MIT-licensed.' }],
    resources,
  };
  yield ['datapackage.json', [Buffer.from(JSON.stringify(pkg, null, 2) + '\n')]];
}

/** Every output file in memory, whole (tests compare them byte for byte). */
export function render(input: EmitInput): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [path, chunks] of renderFiles(input)) files.set(path, Buffer.concat([...chunks]));
  return files;
}

/**
 * Write the files to `outDir` as its whole content (temporary sibling folder, then swapped in),
 * each as it comes. Refuses, by throwing `OutputRefused`, a path that is not an empty folder or an
 * earlier output, or that is or holds the input folder or the working directory (see emit/publish.ts).
 */
export async function emit(outDir: string, files: Iterable<OutputFile | [string, Uint8Array]>, options: { inDir?: string } = {}): Promise<void> {
  await publishFolder(outDir, files, options);
}
