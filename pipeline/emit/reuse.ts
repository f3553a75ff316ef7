/**
 * Unchanged tables are not written again. Each published table has a digest of its content (its
 * stored rows and texts, the code that renders them); the digests of what was last published to
 * an output folder are kept beside the per-article cache, never in the output (whose bytes must
 * not change when only the code does). When a table's digest is the one recorded and the files
 * of the output being replaced are still the ones recorded (sizes, and the hashes its
 * datapackage.json lists), the new output links to them (a hard link, else a copy) instead of
 * rendering them, and its change against the previous output is none. Anything else, or any
 * doubt, renders the table as usual: the record is only ever a shortcut.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileResult, JsonBatch, TableResult } from './tables.js';

export interface TableRecord {
  digest: string;
  rows: number;
  files: FileResult[];
  /** The JSON file's batches as written (emit/tables.ts `JsonBatch`), for the next run's change report. */
  jsonBatches?: JsonBatch[];
}

type Records = Record<string, TableRecord>;

/** Where the records of one output folder are kept, in `dir`. */
export function recordFile(dir: string, outDir: string): string {
  return join(dir, `${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}.json`);
}

export function readRecords(file: string | undefined): Records {
  if (!file) return {};
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as { tables?: Records };
    return r.tables ?? {};
  } catch {
    return {};
  }
}

/** Written after the output is in place (a new file renamed over the old, never half a record). */
export function writeRecords(file: string, tables: Records): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp-${process.pid}`, JSON.stringify({ tables }) + '\n');
    renameSync(`${file}.tmp-${process.pid}`, file);
  } catch {
    // An unwritable cache only costs the shortcut next time.
  }
}

/** The sizes and hashes a previous output's datapackage.json lists, by path. */
export function listedFiles(previousDir: string | undefined): Map<string, { bytes: number; hash: string }> {
  const out = new Map<string, { bytes: number; hash: string }>();
  if (!previousDir) return out;
  try {
    const pkg = JSON.parse(readFileSync(join(previousDir, 'datapackage.json'), 'utf8')) as { resources?: { path: string; bytes: number; hash: string }[] };
    for (const r of pkg.resources ?? []) out.set(r.path, { bytes: r.bytes, hash: String(r.hash).replace(/^sha256:/, '') });
  } catch {
    // no previous output, or not one of ours
  }
  return out;
}

/**
 * The previous files of a table whose content is unchanged, linked into `dir`, as the table's
 * result; null when they cannot be reused (the table is then rendered).
 */
export function reuseTable(name: string, digest: string | undefined, record: TableRecord | undefined, previousDir: string | undefined, listed: Map<string, { bytes: number; hash: string }>, dir: string): TableResult | null {
  if (!digest || !record || record.digest !== digest || !previousDir) return null;
  for (const f of record.files) {
    const l = listed.get(f.path);
    if (!l || l.bytes !== f.bytes || l.hash !== f.hash) return null;
    try {
      if (statSync(join(previousDir, f.path)).size !== f.bytes) return null;
    } catch {
      return null;
    }
  }
  for (const f of record.files) {
    try {
      linkSync(join(previousDir, f.path), join(dir, f.path));
    } catch {
      copyFileSync(join(previousDir, f.path), join(dir, f.path));
    }
  }
  const json = record.files.find((f) => f.format === 'json')!;
  return {
    name,
    rows: record.rows,
    files: record.files,
    changes: { before: record.rows, after: record.rows, added: [], removed: [], changed: [], columns_added: [], columns_removed: [] },
    previousHash: json.hash,
    ...(record.jsonBatches ? { jsonBatches: record.jsonBatches } : {}),
  };
}
