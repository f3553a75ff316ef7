#!/usr/bin/env node
/**
 * `make eval`: score the pipeline against every gold set in `../shared/eval` that applies, each on
 * its own input folder, and print one table (a column per gold set, a row per metric). `out/` is
 * scored for the seeds; the other sets are run into `.cache/eval/<name>/` first. Where `../shared`
 * is absent it says so and exits 0. `--json FILE` also writes every figure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_JSON_PATH } from './lib/version.js';

const ROOT = dirname(PACKAGE_JSON_PATH);

interface GoldSet {
  name: string;
  /** Gold file and input folder, relative to the shared folder. */
  gold: string;
  input: string;
  /** The metrics this set measures (the others are not annotated there, so not printed). */
  metrics: string[];
}

const CLEANING = ['body-recall', 'junk-leak', 'mojibake'];
const QUOTES = ['quote-f1', 'speaker-accuracy', 'attributed-quote-f1'];
const ALL = [...CLEANING, 'date-accuracy', 'story-f1', ...QUOTES, 'event-f1', 'event-source-recall', 'event-location-accuracy', 'duplicate-f1'];

const SETS: GoldSet[] = [
  { name: 'seeds', gold: 'eval/gold/seeds.json', input: '', metrics: ALL },
  { name: 'dev', gold: 'eval/gold/dev.json', input: 'corpora/dev/raw', metrics: ALL },
  { name: 'dev-html', gold: 'corpora/dev-html/gold.json', input: 'corpora/dev-html/raw', metrics: [...CLEANING, 'date-accuracy'] },
  { name: 'polnear-dev', gold: 'eval/polnear-dev/gold.json', input: 'eval/polnear-dev/raw', metrics: QUOTES },
  { name: 'news_cluster', gold: 'eval/gold/news_cluster-stories.json', input: 'corpora/news_cluster', metrics: ['story-f1', 'date-accuracy'] },
];

function main(): void {
  const { values: o } = parseArgs({
    options: { shared: { type: 'string', default: '../shared' }, out: { type: 'string', default: 'out' }, only: { type: 'string' }, json: { type: 'string' } },
  });
  const shared = resolve(o.shared!);
  const scorer = join(shared, 'eval', 'score.mjs');
  if (!existsSync(scorer)) {
    process.stdout.write(`make eval: ${shared}/eval is not here; nothing to score against (skipped)\n`);
    return;
  }
  const results: Record<string, Record<string, number>> = {};
  for (const set of SETS) {
    if (o.only && !o.only.split(',').includes(set.name)) continue;
    const gold = join(shared, set.gold);
    if (!existsSync(gold)) continue;
    let outDir = resolve(o.out!);
    if (set.input) {
      outDir = join(ROOT, '.cache', 'eval', set.name);
      mkdirSync(dirname(outDir), { recursive: true });
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'pipeline', 'cli.js'), '--in', join(shared, set.input), '--out', outDir], { encoding: 'utf8' });
      if (r.status === 2 || r.status === null) {
        process.stderr.write(`make eval: ${set.name}: the pipeline published nothing\n${r.stderr.split('\n').slice(-3).join('\n')}\n`);
        continue;
      }
    }
    if (!existsSync(join(outDir, 'articles.json'))) {
      process.stderr.write(`make eval: ${set.name}: no output in ${outDir} to score\n`);
      continue;
    }
    const report = JSON.parse(execFileSync(process.execPath, [scorer, gold, outDir, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 })) as { headline: Record<string, number> };
    results[set.name] = Object.fromEntries(set.metrics.filter((m) => m in report.headline).map((m) => [m, report.headline[m]!]));
  }
  const names = Object.keys(results);
  const width = Math.max(12, ...names.map((n) => n.length));
  const lines = [`${'metric'.padEnd(24)}${names.map((n) => n.padStart(width + 2)).join('')}`];
  for (const metric of ALL) {
    if (!names.some((n) => metric in results[n]!)) continue;
    lines.push(`${metric.padEnd(24)}${names.map((n) => String(results[n]![metric] ?? '–').padStart(width + 2)).join('')}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  if (o.json) writeFileSync(o.json, JSON.stringify(results, null, 2) + '\n');
}

main();
