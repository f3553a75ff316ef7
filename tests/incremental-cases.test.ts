/**
 * The incremental paths (per-article cache, unchanged tables linked from the previous output)
 * against a clean single-threaded `--no-cache` run, byte for byte, for the changes that reach
 * across articles: an added article that joins an existing story and merges with its events, and
 * a removed article (its story and events shrink). The corpus is synthetic (bench/synthetic.ts):
 * invented text only.
 *
 * Runs the built CLI (dist/), as tests/scale.test.ts does; behaviour only: no timings.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { differences, listFiles } from './helpers/folders.js';
import { afterAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../pipeline/bench/synthetic.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'pipeline', 'cli.js');
const built = existsSync(CLI);
if (!built) console.warn('tests/incremental-cases.test.ts skipped: dist/ is not built (run `make test`, which compiles first)');

const tmp = mkdtempSync(join(tmpdir(), 'reportage-incremental-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Row = Record<string, unknown>;

function cli(inDir: string, out: string, ...flags: string[]): { status: number | null; stderr: string } {
  const env = { ...process.env };
  delete env.CI;
  const r = spawnSync(process.execPath, [CLI, '--in', inDir, '--out', out, '--verbose', '--no-site', ...flags], { encoding: 'utf8', cwd: tmp, env });
  return { status: r.status, stderr: r.stderr };
}

const rows = (out: string, table: string) => JSON.parse(readFileSync(join(out, `${table}.json`), 'utf8')) as Row[];

/** A corpus folder of the committed seeds and synthetic articles. */
function makeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', f), join(dir, f));
  writeCorpus(dir, 120, 3);
}

/**
 * A cached run over `dir` (the output and the cache kept), `change` applied to the folder, then
 * the cached run again over its own output, and a clean run over a copy of the output before
 * the change (so both change reports are against the same previous output): both outputs.
 */
function incrementalAndClean(name: string, change: (dir: string, before: string) => void): { incremental: string; clean: string; stderr: string } {
  const dir = join(tmp, name);
  makeCorpus(dir);
  const cache = join(tmp, `${name}-cache`);
  const incremental = join(tmp, `${name}-out`);
  const first = cli(dir, incremental, '--workers', '1', '--cache-dir', cache);
  expect(first.status === 0 || first.status === 1, first.stderr.slice(-2000)).toBe(true);
  const clean = join(tmp, `${name}-clean`);
  cpSync(incremental, clean, { recursive: true });
  change(dir, incremental);
  const again = cli(dir, incremental, '--workers', '2', '--cache-dir', cache);
  const reference = cli(dir, clean, '--workers', '1', '--no-cache');
  expect(again.status).toBe(reference.status);
  return { incremental, clean, stderr: again.stderr };
}

/** An article of the previous output with at least one event: its id, file and story. */
function articleWithEvent(out: string, dir: string): { id: string; file: string; story: string } {
  const events = rows(out, 'event_mentions');
  const articles = new Map(rows(out, 'articles').map((a) => [a.article_id as string, a]));
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  for (const m of events) {
    const id = m.article_id as string;
    const file = files.find((f) => f === `${id}.txt`);
    const a = articles.get(id);
    if (file && a && a.duplicate_of === null) return { id, file, story: a.story_id as string };
  }
  throw new Error('no plain-text article with an event in the corpus');
}

describe.skipIf(!built)('incremental runs give exactly the output of a clean run', () => {
  test('an added article that retells an existing one joins its story and merges with its events', () => {
    let original: { id: string; file: string; story: string } | null = null;
    const { incremental, clean } = incrementalAndClean('joins', (dir, before) => {
      original = articleWithEvent(before, dir);
      // The same report again with a closing line of its own: a near copy, so the same story and event.
      const text = readFileSync(join(dir, original.file), 'utf8');
      writeFileSync(join(dir, 'zz_retold.txt'), `${text.trimEnd()}\n\nThe office said more details would follow later in the week.\n`);
    });
    expect(differences(clean, incremental)).toEqual([]);
    const added = rows(incremental, 'articles').find((a) => a.article_id === 'zz_retold')!;
    expect(added).toBeDefined();
    expect(added.story_id).toBe(original!.story);
    const shared = rows(incremental, 'events').filter((e) => {
      const ids = e.article_ids as string[];
      return ids.includes('zz_retold') && ids.includes(original!.id);
    });
    expect(shared.length).toBeGreaterThan(0);
  });

  test('a removed article: its story and events shrink, and the output is the clean one', () => {
    let removed = '';
    const { incremental, clean, stderr } = incrementalAndClean('removed', (dir, before) => {
      const a = articleWithEvent(before, dir);
      removed = a.id;
      rmSync(join(dir, a.file));
    });
    expect(differences(clean, incremental)).toEqual([]);
    expect(rows(incremental, 'articles').some((a) => a.article_id === removed)).toBe(false);
    expect(readFileSync(join(incremental, 'CHANGES.md'), 'utf8')).toContain(removed);
    expect(stderr).toMatch(/reportage: \d+ unchanged tables linked/);
  });
});
