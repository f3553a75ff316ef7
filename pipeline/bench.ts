#!/usr/bin/env node
/**
 * `make bench`: throughput, scaling and memory of the whole pipeline (ingest → emit, every table).
 *
 * The corpus (bench/corpora.ts), written to a temporary folder and removed afterwards: 22,400
 * distinct articles recombined from ../shared/corpora/bbc (bench/unique.ts: no two share a
 * body), or the synthetic generator where that is absent. On it, each figure as the minimum and
 * median of BENCH_RUNS runs (3):
 *   - the yardstick (bench/yardstick.ts: read, decode, split, regex-scan), single-threaded;
 *   - the pipeline at ×1, ×4, ×16 (1,400 / 5,600 / 22,400 articles), and ×16 on one worker for
 *     the parallel speed-up; articles/s and the ratio of its time to the yardstick's;
 *   - output bytes over input bytes;
 *   - incremental: fill an empty cache, re-run unchanged, add one article; `make` unchanged;
 *   - adversarial inputs (bench/adversarial.ts) at 10k/100k/1M characters: growth per 10×;
 *   - with BENCH_BIG=1, 50,000 distinct articles for peak memory.
 * Every pipeline run is a child process (`bench.js --child`), so peak RSS
 * (`process.resourceUsage().maxRSS`, worker threads included) belongs to that run alone.
 * Prints the figures and writes them to bench-results/bench.json. `--profile` also writes a CPU
 * profile (`node --cpu-prof`) of one single-threaded run and prints its top functions.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, symlinkSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { cachedAnalyze, openCache } from './cache.js';
import { analyzeArticle, run } from './index.js';
import { ADVERSARIAL_KINDS, ADVERSARIAL_SIZES, growth, type AdversarialKind } from './bench/adversarial.js';
import { buildCorpus, folderBytes, subset } from './bench/corpora.js';
import { topFunctions } from './bench/profile.js';
import { yardstick } from './bench/yardstick.js';
import { readBytes } from './ingest/index.js';
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
  /**
   * CPU time of each stage (as `stages_ms`): of the main thread, and of the whole process (worker
   * threads included), where the system says (Linux); on a busy machine these, unlike wall times,
   * still say what the run itself did and which thread bounds it.
   */
  cpu_ms_by_stage?: Record<string, { main: number; process: number }>;
  cache?: { hits: number; misses: number };
  workers: number;
}


// ---------- child: one measured run ----------

/** Where the CPU time spent outside any stage goes (`cpu_ms_by_stage`). */
const BETWEEN = '(between stages)';

async function child(o: { in: string; out: string; workers: number; cacheDir: string | null; site: boolean }): Promise<void> {
  const stageTimes: Record<string, number> = {};
  const t0 = performance.now();
  const pool = createPool({ workers: o.workers });
  const cache = o.cacheDir ? openCache({ dir: o.cacheDir, options: {} }) : null;
  // RSS at the end of each stage (run() writes its time into `timings` then: a Proxy sees it) and
  // every 50 ms during the asynchronous phases (per article, waiting for a stage's thread, writing
  // the output), under the stage that run() said started last (`onStage`); the corpus stages are
  // synchronous.
  const rssByStage: Record<string, number> = {};
  const note = (at: string) => {
    rssByStage[at] = Math.max(rssByStage[at] ?? 0, Math.round(process.memoryUsage.rss() / 2 ** 20)); // MiB, as maxRSS below
  };
  let phase = 'ingest+per-article';
  const sample = () => note(phase);
  // CPU time by the stage running when it was spent (`onStage` starts one, its time in `timings`
  // ends it): what runs between stages is `(between stages)`, not the next stage's.
  const cpuByStage: Record<string, { main: number; process: number }> = {};
  let cpuBefore = cpuNow();
  const spentOn = (next: string) => {
    const now = cpuNow();
    if (now && cpuBefore) {
      const seen = cpuByStage[phase] ?? { main: 0, process: 0 };
      cpuByStage[phase] = { main: seen.main + now.main - cpuBefore.main, process: seen.process + now.process - cpuBefore.process };
    }
    cpuBefore = now;
    phase = next;
  };
  const stages = new Proxy(stageTimes, {
    set(t, k: string, v: number) {
      t[k] = v;
      note(k);
      if (k === phase) spentOn(BETWEEN);
      return true;
    },
  });
  const timer = setInterval(sample, 50);
  const result = await run({
    inDir: o.in,
    workers: o.workers,
    ...(o.cacheDir ? { publishCache: join(o.cacheDir, 'tables') } : {}),
    timings: stages,
    onStage: spentOn,
    analyze: cache ? cachedAnalyze(pool.analyze, cache) : pool.analyze,
    // As the CLI does: workers are stopped once the last article is analysed, freeing their heaps.
    onProgress: (done, total) => void (done === total && pool.close()),
  });
  spentOn('close (workers, cache writes)');
  const tc = performance.now();
  await Promise.all([pool.close(), cache?.flush()]);
  stages['close (workers, cache writes)'] = performance.now() - tc;
  if (!result.report.valid) throw new Error(`nothing published: ${JSON.stringify(result.report.errors.slice(0, 3))}`);
  const te = performance.now();
  await result.publish(o.out, { site: o.site });
  stages['render+write'] = performance.now() - te;
  spentOn(BETWEEN);
  clearInterval(timer);
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
    ...(Object.keys(cpuByStage).length ? { cpu_ms_by_stage: cpuByStage } : {}),
    ...(cache ? { cache: { hits: cache.stats.hits, misses: cache.stats.misses } } : {}),
    workers: pool.stats.workersStarted || 1,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

/** CPU time so far, in ms: of this (the main) thread, from /proc (Linux; null elsewhere), and of the process. */
function cpuNow(): { main: number; process: number } | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 a second).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const usage = process.cpuUsage();
    return { main: (Number(fields[11]) + Number(fields[12])) * 10, process: (usage.user + usage.system) / 1000 };
  } catch {
    return null;
  }
}

async function runChild(inDir: string, outDir: string, o: { workers: number; cacheDir?: string; nodeArgs?: string[]; site?: boolean }): Promise<ChildResult> {
  const args = [...(o.nodeArgs ?? []), SELF, '--child', '--in', inDir, '--out', outDir, '--workers', String(o.workers)];
  if (o.site) args.push('--site');
  if (o.cacheDir) args.push('--cache-dir', o.cacheDir);
  const { stdout } = await exec(process.execPath, args, { maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
}

/** Bytes of an output folder by table (its four files), and the rest. */
function outputByTable(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of readdirSync(dir)) {
    const m = /^([a-z_]+)\.(?:csv|json|arrow|parquet)$/.exec(f);
    const key = m && !['report', 'datapackage', 'changes'].includes(m[1]!) ? m[1]! : 'other';
    out[key] = (out[key] ?? 0) + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : folderBytes(join(dir, f)));
  }
  return out;
}

/** One adversarial input through every per-article stage, three times: the fastest, in ms. */
function adversarialChild(kind: AdversarialKind, size: number): void {
  const bytes = new TextEncoder().encode(ADVERSARIAL_KINDS[kind](size));
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    for (const raw of readBytes('adversarial.txt', bytes).articles) analyzeArticle(raw);
    best = Math.min(best, performance.now() - t);
  }
  process.stdout.write(JSON.stringify({ ms: best }) + '\n');
}

// ---------- main ----------

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const min = (xs: number[]) => Math.min(...xs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Sizes of the scaling runs, as parts of the full corpus. */
const SCALES = [1, 4, 16] as const;
const BASE = 1_400;

async function main(): Promise<void> {
  const { values: o } = parseArgs({
    options: {
      child: { type: 'boolean', default: false },
      site: { type: 'boolean', default: false },
      adversarial: { type: 'string' },
      size: { type: 'string' },
      in: { type: 'string' },
      out: { type: 'string' },
      'cache-dir': { type: 'string' },
      shared: { type: 'string', default: '../shared' },
      workers: { type: 'string', default: String(availableParallelism()) },
      runs: { type: 'string', default: process.env.BENCH_RUNS ?? '3' },
      big: { type: 'boolean', default: Boolean(process.env.BENCH_BIG && process.env.BENCH_BIG !== '0') },
      profile: { type: 'boolean', default: Boolean(process.env.BENCH_PROFILE && process.env.BENCH_PROFILE !== '0') },
      results: { type: 'string', default: 'bench-results/bench.json' },
    },
  });
  const workers = Number(o.workers);
  if (o.child) return child({ in: o.in!, out: o.out!, workers, cacheDir: o['cache-dir'] ?? null, site: o.site! });
  if (o.adversarial) return adversarialChild(o.adversarial as AdversarialKind, Number(o.size));

  const runs = Math.max(1, Number(o.runs));
  const tmp = mkdtempSync(join(tmpdir(), 'reportage-bench-'));
  const doc: Record<string, unknown> = { machine: { cores: availableParallelism(), node: process.version, workers }, runs_per_figure: runs };
  const log = (s: string) => process.stderr.write(s + '\n');
  log(`reportage bench: ${availableParallelism()} cores, ${workers} workers, node ${process.version}, ${runs} runs per figure; corpora in ${tmp}`);
  try {
    SELF = snapshot(join(tmp, 'code'));
    const corpus = buildCorpus(tmp, o.shared!, BASE * 16);
    const inputBytes = folderBytes(corpus.dir);
    log(`corpus: ${fmt(corpus.count)} distinct articles (${corpus.kind}), ${fmt(inputBytes / 1e6, 1)} MB`);
    doc.corpus = { kind: corpus.kind, articles: corpus.count, bytes: inputBytes };

    // The yardstick over the whole corpus.
    const yard = Array.from({ length: runs }, () => yardstick(corpus.dir).ms);
    const yardRate = corpus.count / (min(yard) / 1000);
    log(`yardstick (read, decode, split, regex-scan; 1 thread): min ${fmt(min(yard))} ms, median ${fmt(median(yard))} ms = ${fmt(yardRate)} articles/s`);
    doc.yardstick = { ms: yard, articles_per_s: yardRate };

    // The pipeline at ×1, ×4, ×16, and ×16 on one worker.
    const scaling: Record<string, unknown>[] = [];
    const measure = async (label: string, dir: string, n: number, w: number) => {
      const rs: ChildResult[] = [];
      for (let i = 0; i < runs; i++) rs.push(await runChild(dir, join(tmp, 'out'), { workers: w }));
      const walls = rs.map((r) => r.wall_ms);
      const row = {
        label, articles: rs[0]!.articles, workers: w, wall_ms: walls, min_ms: min(walls), median_ms: median(walls),
        articles_per_s: rs[0]!.articles / (min(walls) / 1000), yardstick_ratio: min(walls) / ((min(yard) * n) / corpus.count),
        peak_rss_mb: Math.max(...rs.map((r) => r.peak_rss_mb)), stages_ms: rs[walls.indexOf(min(walls))]!.stages_ms, cpu_ms_by_stage: rs[walls.indexOf(min(walls))]!.cpu_ms_by_stage,
      };
      scaling.push(row);
      log(
        `${label.padEnd(16)} ${fmt(row.articles).padStart(6)} articles: min ${fmt(row.min_ms / 1000, 2)} s, median ${fmt(row.median_ms / 1000, 2)} s = ` +
          `${fmt(row.articles_per_s)} articles/s, ${fmt(row.yardstick_ratio, 1)}× the yardstick, peak RSS ${fmt(row.peak_rss_mb)} MB`,
      );
      log(`${''.padEnd(16)} stages: ${Object.entries(row.stages_ms).map(([k, v]) => `${k} ${fmt(v / 1000, 2)}s`).join(', ')}`);
      const cpu = rs[walls.indexOf(min(walls))]!.cpu_ms_by_stage;
      if (cpu) log(`${''.padEnd(16)} CPU, main thread / all threads: ${Object.entries(cpu).map(([k, v]) => `${k} ${fmt(v.main / 1000, 2)}/${fmt(v.process / 1000, 2)}s`).join(', ')}`);
      return row;
    };
    for (const scale of SCALES) await measure(`×${scale}`, subset(corpus, tmp, BASE * scale), Math.min(BASE * scale, corpus.count), workers);
    const one = await measure('×16, 1 worker', corpus.dir, corpus.count, 1);
    doc.scaling = scaling;
    const x1 = scaling[0] as { min_ms: number };
    const x16 = scaling[2] as { min_ms: number; articles_per_s: number; yardstick_ratio: number };
    const speedup = one.min_ms / x16.min_ms;
    const outBytes = folderBytes(join(tmp, 'out'));
    log(`×16 over ×1: time ×${fmt(x16.min_ms / x1.min_ms, 2)}; ${workers} workers over 1: ×${fmt(speedup, 2)}; output ${fmt(outBytes / 1e6, 1)} MB = ${fmt(outBytes / inputBytes, 2)}× the input (without site/)`);
    const byTable = outputByTable(join(tmp, 'out'));
    log(`${''.padEnd(16)} by table (4 formats each) over the input: ${Object.entries(byTable).map(([k, v]) => `${k} ${fmt(v / inputBytes, 2)}×`).join(', ')}`);
    // The site, from one --site run.
    const withSite = await runChild(corpus.dir, join(tmp, 'out-site'), { workers, site: true });
    const siteBytes = folderBytes(join(tmp, 'out-site', 'site'));
    log(`site/ (one --site run): ${fmt(siteBytes / 1e6, 1)} MB = ${fmt(siteBytes / inputBytes, 2)}× the input; that run ${fmt(withSite.wall_ms / 1000, 2)} s, render+write ${fmt((withSite.stages_ms['render+write'] ?? 0) / 1000, 2)} s`);
    rmSync(join(tmp, 'out-site'), { recursive: true, force: true });
    doc.output = { bytes: outBytes, ratio_to_input: outBytes / inputBytes, by_table: byTable, site_bytes: siteBytes, site_run_ms: withSite.wall_ms };

    // Incremental runs and make.
    const inc = await incremental(corpus.dir, tmp, workers, x16.min_ms, log);
    doc.incremental = inc;
    const mk = makeNoop(corpus.dir, tmp);
    doc.make_noop = mk;
    log(`make, unchanged (${fmt(mk.files)} files): ${fmt(mk.ms)} ms, ${mk.ran_pipeline ? 'RAN the pipeline (not a no-op!)' : 'no-op'}; after adding a file: ${mk.rebuilds_after_adding_a_file ? 'rebuilds' : 'does NOT rebuild'}`);

    // Adversarial inputs.
    const adversarial = await adversarialRuns(log);
    doc.adversarial = adversarial;

    if (o.profile) {
      const profDir = join(ROOT, 'bench-results', 'profile');
      rmSync(profDir, { recursive: true, force: true });
      await runChild(corpus.dir, join(tmp, 'out'), { workers: 1, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profDir] });
      const prof = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!;
      const top = topFunctions(join(profDir, prof), join(tmp, 'code'));
      doc.profile = { file: relative(ROOT, join(profDir, prof)), workers: 1, top };
      log(`profile (1 worker, ${relative(ROOT, join(profDir, prof))}), self time:`);
      for (const t of top) log(`  ${fmt(t.self_pct, 1).padStart(5)}%  ${t.fn}  ${t.where}`);
    }

    let bigRss: number | null = null;
    if (o.big) {
      rmSync(corpus.dir, { recursive: true, force: true });
      const big = buildCorpus(join(tmp, 'big'), o.shared!, 50_000);
      const r = await runChild(big.dir, join(tmp, 'out'), { workers });
      bigRss = r.peak_rss_mb;
      doc.big = { articles: r.articles, wall_ms: r.wall_ms, peak_rss_mb: r.peak_rss_mb, rss_mb_by_stage: r.rss_mb_by_stage };
      log(`50,000 articles: ${fmt(r.articles)} in ${fmt(r.wall_ms / 1000, 2)} s, peak RSS ${fmt(r.peak_rss_mb)} MB`);
    } else log('50,000-article memory run: off (make bench BENCH_BIG=1)');

    const worst = Math.max(...Object.values(adversarial).flatMap((a) => a.growth.map((g) => g ?? Infinity)));
    const targets = [
      { target: '≥ 2,000 articles/s (×16, 2 cores)', value: `${fmt(x16.articles_per_s)} articles/s`, met: x16.articles_per_s >= 2000 },
      { target: '≤ 5× the yardstick', value: `${fmt(x16.yardstick_ratio, 1)}×`, met: x16.yardstick_ratio <= 5 },
      { target: '2 workers ≥ 1.8× one', value: `×${fmt(speedup, 2)}`, met: speedup >= 1.8 },
      { target: '×16 input ≤ ×17 time', value: `×${fmt(x16.min_ms / x1.min_ms, 2)}`, met: x16.min_ms / x1.min_ms <= 17 },
      { target: 'peak RSS ≤ 1 GB at 50,000 articles', value: bigRss === null ? 'not run (BENCH_BIG=1)' : `${fmt(bigRss)} MB`, met: bigRss === null ? null : bigRss <= 1024 },
      { target: 'unchanged re-run ≤ 1 s (make)', value: `${fmt(mk.ms)} ms`, met: mk.ms <= 1000 && !mk.ran_pipeline },
      { target: 'one added article ≤ 10% of a clean run', value: `${fmt(inc.one_added_ratio_to_clean * 100, 1)}%`, met: inc.one_added_ratio_to_clean <= 0.1 },
      { target: 'output ≤ 3× input', value: `${fmt(outBytes / inputBytes, 2)}×`, met: outBytes / inputBytes <= 3 },
      { target: 'adversarial: 10× input ≤ 12× time', value: Number.isFinite(worst) ? `worst ×${fmt(worst, 1)}` : 'a run timed out', met: worst <= 12 },
    ];
    doc.targets = targets;
    log('targets:');
    for (const t of targets) log(`  ${t.met === null ? '  -  ' : t.met ? ' met ' : 'MISSED'}  ${t.target}: ${t.value}`);
    const results = resolve(ROOT, o.results!);
    mkdirSync(dirname(results), { recursive: true });
    writeFileSync(results, JSON.stringify(doc, null, 2) + '\n');
    log(`written: ${relative(process.cwd(), results)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Fill an empty cache, re-run unchanged, then add one distinct article. */
async function incremental(dir: string, tmp: string, workers: number, cleanMs: number, log: (s: string) => void) {
  const cacheDir = join(tmp, 'cache');
  const cold = await runChild(dir, join(tmp, 'out'), { workers, cacheDir });
  const warm = await runChild(dir, join(tmp, 'out'), { workers, cacheDir });
  writeFileSync(join(dir, 'zz_added.txt'), 'Harbour reopens at Velmora\n\nVELMORA -- The harbour at Velmora reopened on Tuesday after a week of repairs, the port authority said.\n\n"We are open again," said Mira Castell, the harbour master.\n');
  const plusOne = await runChild(dir, join(tmp, 'out'), { workers, cacheDir });
  rmSync(join(dir, 'zz_added.txt'));
  const r = {
    clean_no_cache_ms: cleanMs, cold_cache_ms: cold.wall_ms, warm_unchanged_ms: warm.wall_ms, warm_unchanged_cache: warm.cache,
    one_added_ms: plusOne.wall_ms, one_added_cache: plusOne.cache, one_added_ratio_to_clean: plusOne.wall_ms / cleanMs, one_added_stages_ms: plusOne.stages_ms,
  };
  log(
    `incremental: clean ${fmt(cleanMs / 1000, 2)} s; filling the cache ${fmt(cold.wall_ms / 1000, 2)} s; unchanged, cache warm ${fmt(warm.wall_ms / 1000, 2)} s ` +
      `(${warm.cache?.hits} hits); one article added ${fmt(plusOne.wall_ms / 1000, 2)} s (${plusOne.cache?.misses} computed) = ${fmt(r.one_added_ratio_to_clean * 100, 1)}% of clean`,
  );
  return r;
}

/**
 * `make` on an unchanged folder: a first `make` builds the output (site off), the second is timed;
 * -o keeps make from recompiling dist/ or reinstalling. Whether a run happened is read from the
 * pipeline's summary line on stderr.
 */
function makeNoop(dir: string, tmp: string) {
  const outMake = join(tmp, 'out-make');
  const makeArgs = ['-C', ROOT, '--no-print-directory', '-o', 'dist/.built', '-o', 'node_modules/.package-lock.json', `SEEDS=${dir}`, `OUT=${outMake}`, 'SITE=0'];
  const ran = (r: ReturnType<typeof spawnSync>) => String(r.stderr).includes('reportage: ');
  const first = spawnSync('make', makeArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (first.status !== 0) throw new Error(`make failed: ${first.stderr.slice(-500)}`);
  const tm = performance.now();
  const noop = spawnSync('make', makeArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - tm;
  writeFileSync(join(dir, 'zz_another.txt'), 'LONDON -- A new article arrived on Tuesday.\n');
  const dry = execFileSync('make', [...makeArgs, '-n'], { encoding: 'utf8' });
  rmSync(join(dir, 'zz_another.txt'));
  // The stamp and input listing of this (input, output) pair, named as the Makefile names them.
  const key = createHash('sha256').update(`${realpathSync(dir)}\n${realpathSync(outMake)}`).digest('hex').slice(0, 16);
  for (const f of [`${key}.stamp`, `${key}.inputs`]) rmSync(join(ROOT, '.cache', 'make', f), { force: true });
  rmSync(outMake, { recursive: true, force: true });
  return { files: readdirSync(dir).length, ms, ran_pipeline: ran(noop), rebuilds_after_adding_a_file: dry.includes('cli.js') };
}

/** Each adversarial kind at each size, in a child with a time limit. */
async function adversarialRuns(log: (s: string) => void) {
  const LIMIT_MS = 120_000;
  const out: Record<string, { ms: (number | null)[]; growth: (number | null)[] }> = {};
  log(`adversarial inputs (one article, all per-article stages, fastest of 3; sizes ${ADVERSARIAL_SIZES.map((s) => fmt(s)).join(' / ')} characters):`);
  for (const kind of Object.keys(ADVERSARIAL_KINDS) as AdversarialKind[]) {
    const ms: (number | null)[] = [];
    for (const size of ADVERSARIAL_SIZES) {
      if (ms.at(-1) === null) {
        ms.push(null);
        continue;
      }
      try {
        const { stdout } = await exec(process.execPath, [SELF, '--adversarial', kind, '--size', String(size)], { timeout: LIMIT_MS, maxBuffer: 1 << 20 });
        ms.push((JSON.parse(stdout.trim()) as { ms: number }).ms);
      } catch {
        ms.push(null);
      }
    }
    const g = growth(ms);
    out[kind] = { ms, growth: g };
    log(`  ${kind.padEnd(24)} ${ms.map((m) => (m === null ? `>${LIMIT_MS / 1000} s` : `${fmt(m, 1)} ms`).padStart(11)).join('')}   growth per 10×: ${g.map((x) => (x === null ? '-' : `×${fmt(x, 1)}`)).join(', ')}`);
  }
  return out;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 2;
});
