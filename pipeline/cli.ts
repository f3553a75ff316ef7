#!/usr/bin/env node
/**
 * The command line behind `make`: reads a folder of articles, writes the dataset to an output
 * folder. Diagnostics go to stderr, data only to files.
 *
 * Exit codes: 0 = published, every input file read; 1 = published, but some input files were
 * rejected (named on stderr and in report.json); 2 = nothing published (validation failed, no
 * readable article, or bad arguments): the previous output folder is left as it was.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cachedAnalyze, DEFAULT_CACHE_DIR, displayDir, openCache } from './cache.js';
import { OutputRefused, recoverOutput, refuseOutput } from './emit.js';
import { run, type Report } from './index.js';
import { createPool } from './lib/pool.js';
import { createProgress } from './lib/progress.js';
import { PACKAGE_VERSION } from './lib/version.js';
import type { Message } from './types.js';

/** Up to this many articles the site is written unless `--no-site`; above, only with `--site` (a page per article). */
export const SITE_AUTO_MAX = 5000;

const HELP = `Usage: reportage --in DIR --out DIR [options]

Turns a folder of news articles (.txt, news-please .json) into a dataset of articles,
stories, quotes, events and actors (CSV, JSON, Arrow and Parquet, with a browsable
report in site/ and a change report) in the output folder.

Options:
  --in DIR          folder of input articles (default: seeds)
  --out DIR         output folder, replaced only when the run succeeds (default: out)
  --max-bytes N     largest input file accepted, in bytes (default: 20971520)
  --workers N       threads for the per-article stages; 1 runs them in-process
                    (default: one per core, here ${availableParallelism()})
  --cache-dir DIR   cache of per-article results, reused when an article and the code
                    are unchanged, and of the tables published (an unchanged table's
                    files are linked from the output replaced) (default: ${DEFAULT_CACHE_DIR})
  --no-cache        neither read nor write the cache
  --site            write the browsable report (site/) whatever the number of articles
  --no-site         do not write site/ (default: written for up to ${SITE_AUTO_MAX.toLocaleString('en')} articles)
  --verbose         also print info messages (every removal made by cleaning), and
                    cache and worker counts
  --version         print the version
  -h, --help        show this help

Exit codes: 0 all files published; 1 published, some files rejected; 2 nothing published.`;

/** Why the input folder cannot be read, or null. */
async function checkInput(inDir: string): Promise<string | null> {
  if (!inDir.trim()) return 'the input folder is empty (`--in ""`): give a folder of articles';
  try {
    const info = await stat(inDir);
    if (!info.isDirectory()) return `the input ${inDir} is a file, not a folder: give the folder that holds the articles`;
    await access(inDir, constants.R_OK | constants.X_OK);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `the input folder ${inDir} does not exist`;
    if (code === 'EACCES') return `the input folder ${inDir} cannot be read (permission denied)`;
    return `the input folder ${inDir} cannot be read: ${(e as Error).message}`;
  }
}

/** Control characters (a newline in a file name, an escape sequence) shown as escapes: one message, one line. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function format(m: Message): string {
  const where = m.file ?? m.articleId ?? 'run';
  const pos = m.line ? `:${m.line}` : m.start !== undefined ? `@${m.start}-${m.end ?? m.start}` : '';
  return printable(`${where}${pos}: ${m.severity}: ${m.reason} (${m.ruleId})`);
}

function summary(r: Report): string {
  const s = r.stats;
  const rules = Object.entries(r.messages_by_rule)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return (
    `reportage: ${s.files ?? 0} files read, ${s.articles ?? 0} articles cleaned, ${s.rejected ?? 0} rejected; ` +
    `${s.stories ?? 0} stories, ${s.quotes ?? 0} quotes, ${s.events ?? 0} events, ${s.actors ?? 0} actors` +
    (rules ? `; messages by rule: ${rules}` : '')
  );
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        in: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: 'out' },
        'max-bytes': { type: 'string' },
        workers: { type: 'string' },
        'cache-dir': { type: 'string', default: DEFAULT_CACHE_DIR },
        'no-cache': { type: 'boolean', default: false },
        site: { type: 'boolean', default: false },
        'no-site': { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
      allowPositionals: false,
    });
  } catch (e) {
    process.stderr.write(`reportage: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const o = args.values;
  if (o.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (o.version) {
    process.stdout.write(`reportage ${PACKAGE_VERSION}\n`);
    return 0;
  }
  const maxBytes = o['max-bytes'] !== undefined ? Number(o['max-bytes']) : undefined;
  if (maxBytes !== undefined && !(maxBytes > 0)) {
    process.stderr.write(`reportage: --max-bytes must be a positive number\n`);
    return 2;
  }
  const workers = o.workers !== undefined ? Number(o.workers) : availableParallelism();
  if (!Number.isInteger(workers) || workers < 1) {
    process.stderr.write(`reportage: --workers must be a whole number, 1 or more\n`);
    return 2;
  }
  if (o.site && o['no-site']) {
    process.stderr.write(`reportage: --site and --no-site contradict each other\n`);
    return 2;
  }
  const problem = await checkInput(o.in!);
  if (problem) {
    process.stderr.write(`reportage: ${printable(problem)}\n`);
    return 2;
  }
  const recovered = await recoverOutput(o.out!);
  if (recovered.restored) process.stderr.write(`reportage: put back the previous output, which an interrupted run had set aside as ${recovered.restored}\n`);
  if (recovered.removed.length) process.stderr.write(`reportage: removed ${recovered.removed.length} folder(s) left by interrupted runs: ${recovered.removed.join(', ')}\n`);
  const refusal = await refuseOutput(o.out!, { inDir: o.in! });
  if (refusal) {
    process.stderr.write(`reportage: ${printable(refusal)}; nothing was read or written\n`);
    return 2;
  }
  // No option changes a per-article result today (--max-bytes only decides which files are read);
  // one that does must go into `options`, which is part of every cache key.
  const cache = o['no-cache'] ? null : openCache({ dir: o['cache-dir']!, options: {} });
  const pool = createPool({ workers });
  const progress = createProgress();
  let result;
  try {
    result = await run({
      inDir: o.in!,
      workers,
      ...(cache ? { publishCache: join(cache.dir, 'tables') } : {}),
      ...(maxBytes ? { maxBytes } : {}),
      analyze: cache ? cachedAnalyze(pool.analyze, cache) : pool.analyze,
      onProgress: (done, total) => {
        progress.update(done, total);
        if (done !== total) return;
        progress.phase('dedupe, actors, stories, events, output...');
        // Every article is analysed: stop the workers now, so their heaps are not held through the corpus stages.
        void pool.close();
      },
    });
  } finally {
    progress.stop();
    await Promise.all([pool.close(), cache?.flush()]);
  }
  const r = result.report;
  for (const m of [...r.errors, ...r.warnings, ...(o.verbose ? r.infos : [])]) process.stderr.write(format(m) + '\n');
  if (o.verbose) {
    const p = pool.stats;
    process.stderr.write(`reportage: analysed ${p.inProcess} articles in-process, ${p.inWorkers} in ${p.workersStarted} workers\n`);
    if (cache) {
      const c = cache.stats;
      process.stderr.write(
        `reportage: cache ${displayDir(cache)}: ${c.hits} hits, ${c.misses} computed (${c.corrupt} unusable entries), ${c.writes} written` +
          (c.writeErrors ? `, ${c.writeErrors} could not be written` : '') + '\n',
      );
    }
  }
  if (!r.valid) {
    process.stderr.write(summary(r) + '\n');
    process.stderr.write(`reportage: nothing published; ${o.out} left as it was\n`);
    return 2;
  }
  const articles = r.stats.articles ?? 0;
  const site = o.site || (!o['no-site'] && articles <= SITE_AUTO_MAX);
  if (!site && !o['no-site']) process.stderr.write(`reportage: site/ not written for ${articles} articles (over ${SITE_AUTO_MAX}); --site writes it\n`);
  try {
    const { reused, batches } = await result.publish(o.out!, { site });
    if (o.verbose) {
      process.stderr.write(`reportage: ${reused.length} unchanged tables linked from the output replaced${reused.length ? ` (${reused.join(', ')})` : ''}\n`);
      const b = batches;
      process.stderr.write(`reportage: table batches: ${b.batches} written, pieces (batch × format) ${b.encoded} encoded, ${b.reused} from the batch cache (${b.unusable} unusable entries)\n`);
    }
  } catch (e) {
    if (!(e instanceof OutputRefused)) throw e;
    process.stderr.write(`reportage: ${printable(e.message)}; nothing published\n`);
    return 2;
  }
  process.stderr.write(summary(r) + '\n');
  return result.rejected > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`reportage: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
