/**
 * Speed features must never change the output: a run with a warm per-article cache, a run after
 * adding one article to a cached corpus, a run with corrupt cache entries, and a run on two worker
 * threads all publish exactly the bytes of a clean, single-threaded run without cache.
 *
 * Runs the built CLI (dist/), as `make` does; `make test` compiles first. Behaviour only: no timings.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { differences, listFiles } from './helpers/folders.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus, writeCorpus } from '../pipeline/bench/synthetic.js';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist', 'pipeline');
const CLI = join(DIST, 'cli.js');
const built = ['cli.js', 'worker.js', 'cache.js', 'lib/pool.js', 'index.js', 'ingest/index.js'].every((f) => existsSync(join(DIST, f)));
if (!built) console.warn('tests/scale.test.ts skipped: dist/ is not built (run `make test`, which compiles first)');

const tmp = mkdtempSync(join(tmpdir(), 'reportage-scale-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface CliRun {
  status: number | null;
  stderr: string;
  out: string;
}

function cli(inDir: string, name: string, ...flags: string[]): CliRun {
  const out = join(tmp, 'out', name);
  const env = { ...process.env };
  delete env.CI;
  const r = spawnSync(process.execPath, [CLI, '--in', inDir, '--out', out, '--verbose', ...flags], { encoding: 'utf8', cwd: tmp, env });
  return { status: r.status, stderr: r.stderr, out };
}

/** `N hits, M computed (K unusable entries)` from the CLI's --verbose cache line. */
function cacheCounts(stderr: string): { hits: number; computed: number; unusable: number } {
  const m = /cache .*: (\d+) hits, (\d+) computed \((\d+) unusable entries\)/.exec(stderr);
  if (!m) throw new Error(`no cache line in:\n${stderr.slice(-2000)}`);
  return { hits: Number(m[1]), computed: Number(m[2]), unusable: Number(m[3]) };
}

function cacheEntries(dir: string): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.bin'));
}

/** A small corpus: the committed seeds plus synthetic articles (quotes, events, duplicates, JSON, cp1252). */
function makeCorpus(dir: string, synthetic: number): number {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', f), join(dir, f));
  return writeCorpus(dir, synthetic, 3).articles + readdirSync(join(ROOT, 'seeds')).filter((f) => !f.endsWith('.meta.json')).length;
}

describe.skipIf(!built)('speed features give exactly the output of a clean single-threaded run', () => {
  const corpus = join(tmp, 'corpus');
  let articles = 0;
  let clean: CliRun;

  beforeAll(() => {
    articles = makeCorpus(corpus, 150);
    clean = cli(corpus, 'clean', '--workers', '1', '--no-cache');
  });

  test('the clean reference run publishes', () => {
    expect(clean.status === 0 || clean.status === 1, clean.stderr.slice(-2000)).toBe(true);
    expect(listFiles(clean.out)).toContain('articles.csv');
    expect(clean.stderr).toContain(`analysed ${articles} articles in-process, 0 in`);
  });

  test('a second run with a warm cache: every article from the cache, same bytes', () => {
    const cache = join(tmp, 'cache-warm');
    const cold = cli(corpus, 'cold', '--workers', '1', '--cache-dir', cache);
    expect(cacheCounts(cold.stderr)).toEqual({ hits: 0, computed: articles, unusable: 0 });
    expect(cacheEntries(cache)).toHaveLength(articles);
    const warm = cli(corpus, 'warm', '--workers', '1', '--cache-dir', cache);
    expect(cacheCounts(warm.stderr)).toEqual({ hits: articles, computed: 0, unusable: 0 });
    expect(warm.status).toBe(clean.status);
    expect(differences(clean.out, cold.out)).toEqual([]);
    expect(differences(clean.out, warm.out)).toEqual([]);
  });

  test('one article added to a cached corpus: only it is analysed, same bytes as a clean run', () => {
    const grown = join(tmp, 'corpus-grown');
    makeCorpus(grown, 150);
    const cache = join(tmp, 'cache-incremental');
    cli(grown, 'before', '--workers', '1', '--cache-dir', cache);
    const added = [...generateCorpus(40, 11)].find((f) => f.name.endsWith('.txt'))!;
    writeFileSync(join(grown, `added_${added.name}`), added.bytes);
    const reference = cli(grown, 'grown-clean', '--workers', '1', '--no-cache');
    const incremental = cli(grown, 'grown-cached', '--workers', '2', '--cache-dir', cache);
    expect(cacheCounts(incremental.stderr)).toEqual({ hits: articles, computed: 1, unusable: 0 });
    expect(incremental.status).toBe(reference.status);
    expect(differences(reference.out, incremental.out)).toEqual([]);
    expect(differences(clean.out, reference.out)).not.toEqual([]);
  });

  test('an unchanged re-run over its own output links every table from it: the same bytes', () => {
    const cache = join(tmp, 'cache-reuse');
    const first = cli(corpus, 'reuse', '--workers', '1', '--cache-dir', cache);
    expect(first.stderr).toContain('reportage: 0 unchanged tables linked');
    const again = cli(corpus, 'reuse', '--workers', '2', '--cache-dir', cache);
    expect(again.stderr).toContain('reportage: 7 unchanged tables linked');
    expect(again.status).toBe(clean.status);
    expect(differences(clean.out, again.out)).toEqual([]);
    // Linked, not copied: the files are the output's own now (the one replaced is gone).
    expect(statSync(join(again.out, 'articles.parquet')).nlink).toBe(1);
  });

  test('one article added: the tables it changes are written again, the others linked, the same bytes as without the cache', () => {
    const grown = join(tmp, 'corpus-reuse');
    makeCorpus(grown, 150);
    const cache = join(tmp, 'cache-reuse-grown');
    const before = cli(grown, 'reuse-grown', '--workers', '1', '--cache-dir', cache);
    cpSync(before.out, join(tmp, 'out', 'reuse-grown-reference'), { recursive: true });
    const added = [...generateCorpus(40, 11)].find((f) => f.name.endsWith('.txt'))!;
    writeFileSync(join(grown, `added_${added.name}`), added.bytes);
    const reference = cli(grown, 'reuse-grown-reference', '--workers', '1', '--no-cache');
    const incremental = cli(grown, 'reuse-grown', '--workers', '2', '--cache-dir', cache);
    const linked = /reportage: (\d+) unchanged tables linked(?: \((.*)\))?/.exec(incremental.stderr)!;
    expect(Number(linked[1])).toBeLessThan(7);
    expect(linked[2] ?? '').not.toContain('articles');
    expect(differences(reference.out, incremental.out)).toEqual([]);
    expect(readFileSync(join(incremental.out, 'CHANGES.md'), 'utf8')).toContain(`added_${added.name.replace(/\.txt$/, '')}`);
  });

  test('corrupt cache entries are recomputed and rewritten, never fatal, never in the output', () => {
    const cache = join(tmp, 'cache-corrupt');
    cli(corpus, 'fill', '--workers', '1', '--cache-dir', cache);
    const entries = cacheEntries(cache).map((f) => join(cache, f));
    const [truncated, flipped, garbage, swapped, other] = entries as [string, string, string, string, string];
    const originals = new Map([truncated, flipped, garbage, swapped].map((p) => [p, readFileSync(p)]));
    writeFileSync(truncated, originals.get(truncated)!.subarray(0, 100));
    const f = Buffer.from(originals.get(flipped)!);
    f[f.length - 10] ^= 0xff;
    writeFileSync(flipped, f);
    writeFileSync(garbage, 'not a cache entry');
    // A whole, well-formed entry, but for another article: must not be served for this one.
    copyFileSync(other, swapped);
    const r = cli(corpus, 'after-corruption', '--workers', '1', '--cache-dir', cache);
    expect(r.status).toBe(clean.status);
    expect(cacheCounts(r.stderr)).toEqual({ hits: articles - 4, computed: 4, unusable: 4 });
    expect(differences(clean.out, r.out)).toEqual([]);
    for (const [p, bytes] of originals) expect(readFileSync(p).length, `${p} rewritten`).toBeGreaterThan(bytes.length / 2);
    expect(readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((n) => n.includes('.tmp-'))).toEqual([]);
    // The rewritten entries are whole again: the next run takes every article from the cache.
    const again = cli(corpus, 'after-repair', '--workers', '1', '--cache-dir', cache);
    expect(cacheCounts(again.stderr)).toEqual({ hits: articles, computed: 0, unusable: 0 });
    expect(differences(clean.out, again.out)).toEqual([]);
  });

  test('two worker threads give the same bytes', () => {
    const r = cli(corpus, 'parallel', '--workers', '2', '--no-cache');
    expect(r.stderr).toMatch(new RegExp(`analysed \\d+ articles in-process, [1-9]\\d* in 2 workers`));
    expect(r.status).toBe(clean.status);
    expect(differences(clean.out, r.out)).toEqual([]);
  });

  test('the site is written by default for a corpus this small, and left out with --no-site (nothing else changes)', () => {
    expect(listFiles(clean.out)).toContain('site/index.html');
    const r = cli(corpus, 'no-site', '--workers', '1', '--no-cache', '--no-site');
    expect(r.status).toBe(clean.status);
    expect(listFiles(r.out).some((f) => f.startsWith('site/'))).toBe(false);
    expect(differences(clean.out, r.out).every((f) => f.startsWith('site/'))).toBe(true);
    expect(cli(corpus, 'both', '--site', '--no-site').status).toBe(2);
  });

  test('no progress line when stderr is not a terminal', () => {
    expect(clean.stderr).not.toContain('\r');
  });

  test('bad --workers is a usage error (exit 2)', () => {
    const r = cli(corpus, 'bad', '--workers', '0');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--workers');
  });
});

describe.skipIf(!built)('the worker pool', () => {
  test('returns each batch in input order, the same analyses as in-process', async () => {
    const { createPool } = (await import(pathToFileURL(join(DIST, 'lib', 'pool.js')).href)) as typeof import('../pipeline/lib/pool.js');
    const { analyzeForRun } = (await import(pathToFileURL(join(DIST, 'index.js')).href)) as typeof import('../pipeline/index.js');
    const { listInputs, readInput } = (await import(pathToFileURL(join(DIST, 'ingest', 'index.js')).href)) as typeof import('../pipeline/ingest/index.js');
    const dir = join(tmp, 'pool-corpus');
    makeCorpus(dir, 60);
    const raws = [];
    for (const f of (await listInputs(dir)).files) raws.push(...(await readInput(dir, f)).articles);
    const pool = createPool({ workers: 2, minParallel: 1 });
    try {
      // Two batches at once, as run() keeps several in flight.
      const [a, b] = await Promise.all([pool.analyze(raws.slice(0, 40)), pool.analyze(raws.slice(40))]);
      const got = [...a, ...b];
      expect(pool.stats.inWorkers).toBe(raws.length);
      expect(got.map((x) => x.article.articleId)).toEqual(raws.map((r) => r.articleId));
      expect(got[0]!.signature).toBeInstanceOf(Uint32Array);
      // Structured clone keeps everything, typed array and undefined-vs-missing included.
      const local = raws.map(analyzeForRun);
      got.forEach((x, i) => expect(x).toStrictEqual(local[i]));
    } finally {
      await pool.close();
    }
  });
});
