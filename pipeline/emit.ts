/**
 * Emit: the only module that writes `out/`. Every table goes out as CSV, JSON and Arrow, with its
 * JSON Schema, a Frictionless `datapackage.json` and the run's `report.json`. Files are written
 * into a temporary sibling folder that replaces `out/` only once everything is written, so a failed
 * run leaves the previous `out/` as it was.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CSV_LIST_NOTE, TABLES, columns, toJsonSchema, toTableSchema } from '../schemas/index.js';
import { toArrow } from './emit/arrow.js';
import { csvChunks } from './emit/csv.js';
import { jsonChunks } from './emit/json.js';
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

/** Write the files to `outDir` atomically (temporary sibling folder, then rename), each as it comes. */
export async function emit(outDir: string, files: Iterable<OutputFile | [string, Uint8Array]>): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.${basename(target)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(target)}.old-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      await mkdir(dirname(join(tmp, path)), { recursive: true });
      const handle = await open(join(tmp, path), 'w');
      try {
        if (content instanceof Uint8Array) await handle.write(content);
        else for (const chunk of content) await handle.write(chunk);
      } finally {
        await handle.close();
      }
    }
    await rm(old, { recursive: true, force: true });
    try {
      await rename(target, old);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    await rename(tmp, target);
    await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
}
