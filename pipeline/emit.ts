/**
 * Emit: the only module that writes `out/`. Every table goes out as CSV, JSON and Arrow, with its
 * JSON Schema, a Frictionless `datapackage.json` and the run's `report.json`. Files are written
 * into a temporary sibling folder that replaces `out/` only once everything is written, so a failed
 * run leaves the previous `out/` as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CSV_LIST_NOTE, TABLES, columns, toJsonSchema, toTableSchema } from '../schemas/index.js';
import { toArrow } from './emit/arrow.js';
import { toCsv } from './emit/csv.js';
import { toJson } from './emit/json.js';
import { sha256Hex } from './lib/hash.js';

export interface EmitInput {
  tables: Record<string, Record<string, unknown>[]>;
  report: unknown;
  /** Content-derived version of the dataset (no clock): goes into datapackage.json and Arrow metadata. */
  version: string;
}

const MEDIA: Record<string, string> = { csv: 'text/csv', json: 'application/json', arrow: 'application/vnd.apache.arrow.file' };

/** Render every output file in memory: path (relative to out/) → bytes. Pure, so tests can call it. */
export function render(input: EmitInput): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const enc = new TextEncoder();
  const resources: unknown[] = [];
  for (const t of TABLES) {
    const rows = input.tables[t.name] ?? [];
    const cols = columns(t.schema);
    const outputs: [string, Uint8Array][] = [
      ['csv', enc.encode(toCsv(cols, rows))],
      ['json', enc.encode(toJson(cols, rows))],
      ['arrow', toArrow(cols, rows, { dataset_version: input.version, table: t.name })],
    ];
    for (const [format, bytes] of outputs) {
      const path = `${t.name}.${format}`;
      files.set(path, bytes);
      const meta = t.schema.meta() as { title?: string; description?: string } | undefined;
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
        bytes: bytes.length,
        hash: `sha256:${sha256Hex(bytes)}`,
        rows: rows.length,
        ...(format === 'csv' ? { schema: toTableSchema(t) } : { jsonSchema: `schema/${t.name}.json` }),
      });
    }
    files.set(`schema/${t.name}.json`, enc.encode(JSON.stringify(toJsonSchema(t), null, 2) + '\n'));
  }
  const pkg = {
    profile: 'data-package',
    name: 'reportage',
    title: 'reportage: events and quotes from news articles',
    description:
      'Articles cleaned, deduplicated and clustered into stories; the quotations and events they report, each row traceable to its sentence (article_id, span_start, span_end, evidence).',
    version: input.version,
    licenses: [{ name: 'see-sources', title: 'Article text remains the copyright of its publishers; the code is MIT-licensed.' }],
    resources,
  };
  files.set('datapackage.json', enc.encode(JSON.stringify(pkg, null, 2) + '\n'));
  files.set('report.json', enc.encode(JSON.stringify(input.report, null, 2) + '\n'));
  return files;
}

/** Write the rendered files to `outDir` atomically (temporary sibling folder, then rename). */
export async function emit(outDir: string, files: Map<string, Uint8Array>): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.${basename(target)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(target)}.old-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  try {
    for (const [path, bytes] of files) {
      await mkdir(dirname(join(tmp, path)), { recursive: true });
      await writeFile(join(tmp, path), bytes);
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
