/**
 * The output a run is about to replace, read back for the change report, a file at a time when
 * asked for. Reading happens while the new output is rendered, which `publishFolder` does only
 * after it has locked the folder and found it to be an earlier output (emit/publish.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PreviousOutput {
  /** A file's bytes, or null when it is absent (or there is no previous output). */
  file(path: string): Uint8Array | null;
}

export function previousOutput(outDir: string): PreviousOutput {
  return {
    file(path) {
      try {
        return readFileSync(join(outDir, path));
      } catch {
        return null;
      }
    },
  };
}

/** No previous output: the first publication. */
export const NO_PREVIOUS: PreviousOutput = { file: () => null };

/** The rows of a previous table's JSON file, or null when it is not a JSON array. */
export function parseRows(bytes: Uint8Array | null): Record<string, unknown>[] | null {
  if (!bytes) return null;
  try {
    const rows = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : null;
  } catch {
    return null;
  }
}
