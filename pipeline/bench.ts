#!/usr/bin/env node
/**
 * `make bench`: throughput, scaling and memory of the whole pipeline (ingest → emit, every table).
 *
 * Corpora, written to a temporary folder and removed afterwards:
 *   - synthetic (pipeline/bench/synthetic.ts) at 1×, 4× and 16× of BENCH_BASE articles (1,500);
 *   - ../shared/corpora/bbc (2,225 real articles) at 1× and repeated 10× under distinct names,
 *     when --shared holds it (a one-line note otherwise);
 *   - with BENCH_BIG=1 (or --big), 50,000 articles (BBC repeated, else synthetic) for peak memory.
 * Every run is a child process (`bench.js --child`), so peak RSS (`process.resourceUsage().maxRSS`,
 * worker threads included) and warm-up belong to that run alone. Then, on the largest corpus:
 * a run that fills an empty cache, an unchanged re-run with the cache warm, a re-run after adding
 * one article, and `make` on an unchanged folder (which must not run the pipeline).
 * Prints a table and writes the same figures to bench-results/bench.json. `--profile` also writes a
 * CPU profile (`node --cpu-prof`) of one single-threaded run and prints its top functions.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, symlinkSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { cachedAnalyze, openCache } from './cache.js';
import { run } from './index.js';
import { generateCorpus, writeCorpus } from './bench/synthetic.js';
import { createPool } from './lib/pool.js';
import { PACKAGE_JSON_PATH } from './lib/version.js';

const ROOT = dirname(PACKAGE_JSON_PATH);
/** The bench script the children run: a snapshot of dist/ (see `snapshot`). */
let SELF = fileURLToPath(import.meta.url);

/**
 * Copies dist/ (with package.json, package-lock.json and a link to node_modules) into `dir`, so
 * every run of one bench uses the same code even when `make` recompiles dist/ meanwhile.
 */
function snapshot(dir: string): string {
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) if (existsSync(join(ROOT, f))) copyFileSync(join(ROOT, f), join(dir, f));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return join(dir, 'dist', 'pipeline', 'bench.js');
}
const exec = promisify(execFile);

/** What a child run reports (stdout, one JSON object). */
interface ChildResult {
  articles: number;
  files: number;
  wall_ms: number;
  stages_ms: Record<string, number>;
  peak_rss_mb: number;
  rss_mb_by_stage: Record<string, number>;
  cache?: { hits: number; misses: number };
  workers: number;
}

interface BenchRow extends ChildResult {
  name: string;
  corpus: string;
  scale: number;
  input_mb: number;
  articles_per_s: number;
  mb_per_s: number;
  /** Wall time over the 1× run of the same corpus. */
  time_ratio: number | null;
  note?: string;
}

// ---------- child: one measured run ----------

async function child(o: { in: string; out: string; workers: number; cacheDir: string | null }): Promise<void> {
  const stageTimes: Record<string, number> = {};
  const t0 = performance.now();
  const pool = createPool({ workers: o.workers });
  const cache = o.cacheDir ? openCache({ dir: o.cacheDir, options: {} }) : null;
  // RSS at the end of each stage (run() writes its time into `timings` then: a Proxy sees it) and
  // every 50 ms during the asynchronous per-article phase; the corpus stages are synchronous.
  const rssByStage: Record<string, number> = {};
  const note = (at: string) => {
    rssByStage[at] = Math.max(rssByStage[at] ?? 0, Math.round(process.memoryUsage.rss() / 1e6));
  };
  const sample = () => note('ingest+per-article');
  const stages = new Proxy(stageTimes, {
    set(t, k: string, v: number) {
      t[k] = v;
      note(k);
      return true;
    },
  });
  const timer = setInterval(sample, 50);
  const result = await run({
    inDir: o.in,
    timings: stages,
    analyze: cache ? cachedAnalyze(pool.analyze, cache) : pool.analyze,
    // As the CLI does: workers are stopped once the last article is analysed, freeing their heaps.
    onProgress: (done, total) => void (done === total && pool.close()),
  });
  clearInterval(timer);
  const tc = performance.now();
  await Promise.all([pool.close(), cache?.flush()]);
  stages['close (workers, cache writes)'] = performance.now() - tc;
  if (!result.report.valid) throw new Error(`nothing published: ${JSON.stringify(result.report.errors.slice(0, 3))}`);
  const te = performance.now();
  await result.publish(o.out);
  stages['render+write'] = performance.now() - te;
  note('peak (maxRSS)');
  rssByStage['peak (maxRSS)'] = Math.round(process.resourceUsage().maxRSS / 1024);
  const out: ChildResult = {
    articles: result.report.stats.articles ?? 0,
    files: result.report.stats.files ?? 0,
    wall_ms: performance.now() - t0,
    stages_ms: stageTimes,
    // maxRSS is in kilobytes, for the whole process (worker threads share it).
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    rss_mb_by_stage: rssByStage,
    ...(cache ? { cache: { hits: cache.stats.hits, misses: cache.stats.misses } } : {}),
    workers: pool.stats.workersStarted || 1,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

async function runChild(inDir: string, outDir: string, o: { workers: number; cacheDir?: string; nodeArgs?: string[] }): Promise<ChildResult> {
  const args = [...(o.nodeArgs ?? []), SELF, '--child', '--in', inDir, '--out', outDir, '--workers', String(o.workers)];
  if (o.cacheDir) args.push('--cache-dir', o.cacheDir);
  const { stdout } = await exec(process.execPath, args, { maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
}

// ---------- corpora ----------

function folderBytes(dir: string): number {
  let n = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, f));
    if (s.isFile()) n += s.size;
  }
  return n;
}

/** The BBC articles (topic/NNN.txt), read once; copies get distinct names `rNN_topic_NNN.txt`. */
function bbcFiles(shared: string): { name: string; bytes: Buffer }[] | null {
  const dir = join(shared, 'corpora', 'bbc');
  if (!existsSync(dir)) return null;
  const out: { name: string; bytes: Buffer }[] = [];
  for (const topic of readdirSync(dir).sort()) {
    const t = join(dir, topic);
    if (!statSync(t).isDirectory()) continue;
    for (const f of readdirSync(t).sort()) if (f.endsWith('.txt')) out.push({ name: `${topic}_${f}`, bytes: readFileSync(join(t, f)) });
  }
  return out;
}

function writeRepeated(dir: string, files: { name: string; bytes: Buffer }[], articles: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < articles; i++) {
    const f = files[i % files.length]!;
    writeFileSync(join(dir, `r${String(Math.floor(i / files.length)).padStart(2, '0')}_${f.name}`), f.bytes);
  }
}

// ---------- profile ----------

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name, file:line), in percent of the samples. */
function topFunctions(path: string, root: string, n = 15): { fn: string; where: string; self_pct: number }[] {
  const p = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byNode = new Map(p.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const node = byNode.get(id)!;
    const dt = p.timeDeltas[i] ?? 0;
    const cf = node.callFrame;
    const file = cf.url.startsWith('file:') ? relative(root, fileURLToPath(cf.url)) : cf.url.startsWith('/') ? relative(root, cf.url) : cf.url;
    const where = file ? `${file.replace(/^.*\/(node_modules\/)/, '$1')}:${cf.lineNumber + 1}` : '(native)';
    // A regular expression's "function name" is its whole source: its start is enough to find it.
    const name = cf.functionName || '(anonymous)';
    const key = `${name.length > 90 ? `${name.slice(0, 90)}…` : name}\t${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => {
      const [fn, where] = k.split('\t') as [string, string];
      return { fn, where, self_pct: Math.round((v / total) * 1000) / 10 };
    });
}

// ---------- main ----------

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

async function main(): Promise<void> {
  const { values: o } = parseArgs({
    options: {
      child: { type: 'boolean', default: false },
      in: { type: 'string' },
      out: { type: 'string' },
      'cache-dir': { type: 'string' },
      shared: { type: 'string', default: '../shared' },
      workers: { type: 'string', default: String(availableParallelism()) },
      base: { type: 'string', default: process.env.BENCH_BASE ?? '1500' },
      big: { type: 'boolean', default: Boolean(process.env.BENCH_BIG && process.env.BENCH_BIG !== '0') },
      profile: { type: 'boolean', default: Boolean(process.env.BENCH_PROFILE && process.env.BENCH_PROFILE !== '0') },
      results: { type: 'string', default: 'bench-results/bench.json' },
    },
  });
  const workers = Number(o.workers);
  if (o.child) return child({ in: o.in!, out: o.out!, workers, cacheDir: o['cache-dir'] ?? null });

  const base = Number(o.base);
  const tmp = mkdtempSync(join(tmpdir(), 'reportage-bench-'));
  const rows: BenchRow[] = [];
  const extra: Record<string, unknown> = {};
  const log = (s: string) => process.stderr.write(s + '\n');
  log(`reportage bench: ${availableParallelism()} cores, ${workers} workers, node ${process.version}; corpora in ${tmp}`);

  const measure = async (name: string, corpus: string, scale: number, dir: string, opts: { workers?: number; note?: string } = {}) => {
    const bytes = folderBytes(dir);
    const r = await runChild(dir, join(tmp, 'out'), { workers: opts.workers ?? workers });
    const oneX = rows.find((x) => x.corpus === corpus && x.scale === 1 && x.workers === r.workers);
    const row: BenchRow = {
      name,
      corpus,
      scale,
      input_mb: bytes / 1e6,
      ...r,
      articles_per_s: r.articles / (r.wall_ms / 1000),
      mb_per_s: bytes / 1e6 / (r.wall_ms / 1000),
      time_ratio: oneX ? r.wall_ms / oneX.wall_ms : scale === 1 ? 1 : null,
      ...(opts.note ? { note: opts.note } : {}),
    };
    rows.push(row);
    const stages = Object.entries(r.stages_ms)
      .map(([k, v]) => `${k} ${fmt(v / 1000, 2)}s`)
      .join(', ');
    log(
      `${name.padEnd(22)} ${fmt(r.articles).padStart(7)} articles ${fmt(row.input_mb, 1).padStart(6)} MB ${fmt(r.wall_ms / 1000, 2).padStart(7)} s ` +
        `${fmt(row.articles_per_s).padStart(6)} art/s ${fmt(row.mb_per_s, 2).padStart(5)} MB/s  peak RSS ${fmt(r.peak_rss_mb).padStart(5)} MB` +
        (row.time_ratio !== null && scale !== 1 ? `  time ×${fmt(row.time_ratio, 2)} for ×${fmt(scale, 1)}` : ''),
    );
    log(`${''.padEnd(22)} stages: ${stages}`);
    return row;
  };

  try {
    SELF = snapshot(join(tmp, 'code'));
    // Synthetic corpus at 1×, 4×, 16×.
    for (const scale of [1, 4, 16]) {
      const dir = join(tmp, `synthetic-${scale}x`);
      writeCorpus(dir, base * scale, 1);
      await measure(`synthetic ${scale}×`, 'synthetic', scale, dir);
      if (scale === 4 && workers > 1) await measure(`synthetic 4× 1 worker`, 'synthetic-1w', 4, dir, { workers: 1, note: 'in-process, for the parallel speed-up' });
      if (scale !== 16) rmSync(dir, { recursive: true, force: true });
    }

    // BBC, 1× and ×10.
    const bbc = bbcFiles(o.shared!);
    let largest = join(tmp, 'synthetic-16x');
    if (!bbc) log(`bbc: ${join(o.shared!, 'corpora', 'bbc')} is not here; real-corpus runs skipped`);
    else {
      const one = join(tmp, 'bbc-1x');
      writeRepeated(one, bbc, bbc.length);
      await measure('bbc 1×', 'bbc', 1, one);
      rmSync(one, { recursive: true, force: true });
      const ten = join(tmp, 'bbc-10x');
      writeRepeated(ten, bbc, bbc.length * 10);
      await measure('bbc ×10', 'bbc', 10, ten);
      rmSync(largest, { recursive: true, force: true });
      largest = ten;
    }

    // Incremental: fill an empty cache, re-run unchanged, then add one article.
    const cacheDir = join(tmp, 'cache');
    const corpusName = basename(largest);
    const clean = rows.find((r) => r.name === (bbc ? 'bbc ×10' : 'synthetic 16×'))!;
    const cold = await runChild(largest, join(tmp, 'out'), { workers, cacheDir });
    const warm = await runChild(largest, join(tmp, 'out'), { workers, cacheDir });
    const added = generateCorpus(1, 99).next().value!;
    writeFileSync(join(largest, `zz_added_${added.name}`), added.bytes);
    const plusOne = await runChild(largest, join(tmp, 'out'), { workers, cacheDir });
    extra.incremental = {
      corpus: corpusName,
      clean_no_cache_ms: clean.wall_ms,
      cold_cache_ms: cold.wall_ms,
      warm_unchanged_ms: warm.wall_ms,
      warm_unchanged_cache: warm.cache,
      one_added_ms: plusOne.wall_ms,
      one_added_cache: plusOne.cache,
      one_added_ratio_to_clean: plusOne.wall_ms / clean.wall_ms,
      one_added_stages_ms: plusOne.stages_ms,
    };
    log(
      `incremental (${corpusName}): clean ${fmt(clean.wall_ms / 1000, 2)} s; filling the cache ${fmt(cold.wall_ms / 1000, 2)} s; ` +
        `unchanged, cache warm ${fmt(warm.wall_ms / 1000, 2)} s (${warm.cache?.hits} hits); ` +
        `one article added ${fmt(plusOne.wall_ms / 1000, 2)} s (${plusOne.cache?.misses} computed) = ${fmt((plusOne.wall_ms / clean.wall_ms) * 100, 1)}% of clean`,
    );

    // make on an unchanged folder: the stamp is made by a run of `true` (the stamp's age is all that
    // matters here); -o keeps make from recompiling dist/ while others edit the sources.
    const outMake = join(tmp, 'out-make');
    const makeArgs = ['-C', ROOT, '--no-print-directory', '-o', 'dist/.built', '-o', 'node_modules/.package-lock.json', `SEEDS=${largest}`, `OUT=${outMake}`];
    execFileSync('make', [...makeArgs, 'NODE=true'], { stdio: 'ignore' });
    const tm = performance.now();
    const noop = execFileSync('make', makeArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const makeMs = performance.now() - tm;
    writeFileSync(join(largest, 'zz_another.txt'), 'LONDON -- A new article arrived on Tuesday.\n');
    const dry = execFileSync('make', [...makeArgs, '-n'], { encoding: 'utf8' });
    rmSync(join(ROOT, '.cache', 'make', `${resolve(outMake).replace(/\//g, '_')}.stamp`), { force: true });
    extra.make_noop = { files: readdirSync(largest).length, ms: makeMs, ran_pipeline: noop.includes('cli.js'), rebuilds_after_adding_a_file: dry.includes('cli.js') };
    log(
      `make, unchanged ${corpusName} (${fmt(readdirSync(largest).length)} files): ${fmt(makeMs)} ms, ` +
        `${noop.includes('cli.js') ? 'RAN the pipeline (not a no-op!)' : 'no-op'}; after adding a file: ${dry.includes('cli.js') ? 'rebuilds' : 'does NOT rebuild'}`,
    );

    if (o.profile) {
      const profDir = join(ROOT, 'bench-results', 'profile');
      rmSync(profDir, { recursive: true, force: true });
      await runChild(largest, join(tmp, 'out'), { workers: 1, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profDir] });
      const prof = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!;
      const top = topFunctions(join(profDir, prof), join(tmp, 'code'));
      extra.profile = { file: relative(ROOT, join(profDir, prof)), corpus: corpusName, workers: 1, top };
      log(`profile (${corpusName}, 1 worker, ${relative(ROOT, join(profDir, prof))}), self time:`);
      for (const t of top) log(`  ${fmt(t.self_pct, 1).padStart(5)}%  ${t.fn}  ${t.where}`);
    }

    if (o.big) {
      const big = join(tmp, 'big-50k');
      if (bbc) writeRepeated(big, bbc, 50_000);
      else writeCorpus(big, 50_000, 7);
      await measure('50,000 articles', bbc ? 'bbc' : 'synthetic', 50_000 / (bbc?.length ?? base), big, { note: 'memory target' });
      rmSync(big, { recursive: true, force: true });
    } else log('50,000-article memory run: off (make bench BENCH_BIG=1)');

    // The issue's targets, as measured by this run.
    const bbc10 = rows.find((r) => r.name === 'bbc ×10');
    const syn16 = rows.find((r) => r.name === 'synthetic 16×');
    const bigRow = rows.find((r) => r.name === '50,000 articles');
    const inc = extra.incremental as { one_added_ratio_to_clean: number };
    const mk = extra.make_noop as { ms: number; ran_pipeline: boolean };
    const targets = [
      { target: '≥ 2,000 articles/s end-to-end, BBC ×10', value: bbc10 ? `${fmt(bbc10.articles_per_s)} articles/s` : 'not run', met: bbc10 ? bbc10.articles_per_s >= 2000 : null },
      { target: '×16 input ≤ ×17 time', value: syn16?.time_ratio ? `×${fmt(syn16.time_ratio, 2)}` : 'not run', met: syn16?.time_ratio ? syn16.time_ratio <= 17 : null },
      { target: 'peak RSS ≤ 1 GB at 50,000 articles', value: bigRow ? `${fmt(bigRow.peak_rss_mb)} MB` : 'not run (BENCH_BIG=1)', met: bigRow ? bigRow.peak_rss_mb <= 1024 : null },
      { target: 'unchanged re-run ≤ 1 s (make no-op)', value: `${fmt(mk.ms)} ms`, met: mk.ms <= 1000 && !mk.ran_pipeline },
      { target: 'one added article ≤ 10% of a clean run', value: `${fmt(inc.one_added_ratio_to_clean * 100, 1)}%`, met: inc.one_added_ratio_to_clean <= 0.1 },
    ];
    extra.targets = targets;
    log('targets:');
    for (const t of targets) log(`  ${t.met === null ? '  -  ' : t.met ? ' met ' : 'MISSED'}  ${t.target}: ${t.value}`);

    const results = resolve(ROOT, o.results!);
    mkdirSync(dirname(results), { recursive: true });
    const doc = { machine: { cores: availableParallelism(), node: process.version, workers }, base_articles: base, runs: rows, ...extra };
    writeFileSync(results, JSON.stringify(doc, null, 2) + '\n');
    log(`written: ${relative(process.cwd(), results)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 2;
});
