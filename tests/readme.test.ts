/**
 * The README's "Use the data" snippets run against the committed out/: the DuckDB queries always
 * (through @duckdb/node-api), the pandas, polars and R ones where that tool is installed (skipped
 * otherwise: `apt-get install python3-pandas r-cran-jsonlite` brings pandas and R's jsonlite).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Use the data'), readme.indexOf('### Look at it'));
const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, code: m[2]! }));

/** The first of these programs that runs `check` without error, or null. */
function find(candidates: string[], args: string[]): string | null {
  return candidates.find((c) => spawnSync(c, args, { encoding: 'utf8' }).status === 0) ?? null;
}
const pandas = find(['python3', '/usr/bin/python3'], ['-c', 'import pandas']);
const polars = find(['python3', '/usr/bin/python3'], ['-c', 'import polars']);
const rscript = find(['Rscript'], ['-e', 'library(jsonlite)']);

function runs(program: string, args: string[]): void {
  const r = spawnSync(program, args, { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stdout + r.stderr).toBe(0);
}

describe('README "Use the data"', () => {
  test('has a pandas, a polars, a DuckDB and an R snippet', () => {
    expect(blocks.map((b) => b.lang)).toEqual(['python', 'python', 'sql', 'r']);
  });

  test('the DuckDB queries run and return rows', async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    for (const sql of blocks.find((b) => b.lang === 'sql')!.code.split(';').map((s) => s.trim()).filter(Boolean)) {
      const r = await db.runAndReadAll(sql.replace(/'out\//g, `'${ROOT}/out/`));
      expect(r.currentRowCount, sql).toBeGreaterThan(0);
    }
    db.closeSync();
  });

  test.skipIf(!pandas)('the pandas snippet runs (ids, dates, lists and the provenance assertion)', () => {
    runs(pandas!, ['-c', blocks[0]!.code]);
  });

  test.skipIf(!polars)('the polars snippet runs', () => {
    runs(polars!, ['-c', blocks[1]!.code]);
  });

  test.skipIf(!rscript)('the R snippet runs', () => {
    runs(rscript!, ['-e', blocks[3]!.code]);
  });
});
