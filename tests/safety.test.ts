/**
 * What `--out` will and will not replace, and what an interrupted publish leaves. Runs the built
 * CLI (dist/), as `make` does; `make test` compiles first.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OUTPUT_MARKER, recoverOutput, refuseOutput } from '../pipeline/emit.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/pipeline/cli.js');
const built = existsSync(CLI);

/** A scratch folder with a copy of the seeds in `in/`. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reportage-safety-'));
  cpSync(join(ROOT, 'seeds'), join(dir, 'in'), { recursive: true });
  return dir;
}

function cli(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, '--no-cache', '--workers', '1', ...args], { cwd, encoding: 'utf8' });
}

const seedCount = readdirSync(join(ROOT, 'seeds')).length;

describe.skipIf(!built)('--out refuses what it must not replace (exit 2, nothing touched)', () => {
  test.each([
    ['the input folder itself', ['--in', 'in', '--out', 'in'], /is the input folder or holds it/],
    ['the parent of the input folder', ['--in', 'in', '--out', '.'], /working directory|input folder or holds it/],
    ['the working directory', ['--in', 'in', '--out', '.'], /working directory/],
    ['an empty path', ['--in', 'in', '--out', ''], /empty/],
    ['a folder inside the input', ['--in', 'in', '--out', 'in/out'], /inside the input folder/],
  ])('%s', (_name, args, reason) => {
    const dir = scratch();
    const r = cli(dir, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(readdirSync(join(dir, 'in')).length).toBe(seedCount);
    expect(readdirSync(dir).sort()).toEqual(['in']);
  });

  test('the parent of the input folder, run from elsewhere', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'data'));
    renameSync(join(dir, 'in'), join(dir, 'data', 'in'));
    const r = cli(tmpdir(), '--in', join(dir, 'data', 'in'), '--out', join(dir, 'data'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/input folder or holds it/);
    expect(readdirSync(join(dir, 'data', 'in')).length).toBe(seedCount);
  });

  test('an existing file', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = cli(dir, '--in', 'in', '--out', 'notes.txt');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is a file/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  test('a folder of someone else\'s files', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'thesis'));
    writeFileSync(join(dir, 'thesis', 'chapter1.md'), 'mine');
    const r = cli(dir, '--in', 'in', '--out', 'thesis');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/did not write/);
    expect(readdirSync(join(dir, 'thesis'))).toEqual(['chapter1.md']);
  });

  test('a missing or non-folder --in is a message, not a stack trace', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), 'x');
    for (const [arg, reason] of [['nowhere', /does not exist/], ['a.txt', /is a file/]] as const) {
      const r = cli(dir, '--in', arg, '--out', 'out');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(reason);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe.skipIf(!built)('--out replaces what it may', () => {
  test('a new folder, then its own earlier output (recognised by the marker)', () => {
    const dir = scratch();
    expect(cli(dir, '--in', 'in', '--out', 'out').status).toBe(0);
    expect(existsSync(join(dir, 'out', OUTPUT_MARKER))).toBe(true);
    writeFileSync(join(dir, 'out', 'stale.csv'), 'old');
    expect(cli(dir, '--in', 'in', '--out', 'out').status).toBe(0);
    expect(existsSync(join(dir, 'out', 'stale.csv'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out']);
  });

  test('an empty folder', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'empty'));
    expect(cli(dir, '--in', 'in', '--out', 'empty').status).toBe(0);
    expect(existsSync(join(dir, 'empty', 'articles.json'))).toBe(true);
  });
});

describe('an interrupted publish is undone by the next run', () => {
  test('a set-aside output is put back when the output path is missing; debris of dead runs goes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportage-recover-'));
    // pid 2^31-2 is not a live process here: what a SIGKILL between the two renames leaves.
    mkdirSync(join(dir, '.out.old-2147483646'));
    writeFileSync(join(dir, '.out.old-2147483646', OUTPUT_MARKER), '');
    mkdirSync(join(dir, '.out.tmp-2147483645'));
    const r = await recoverOutput(join(dir, 'out'));
    expect(r.restored).toBe('.out.old-2147483646');
    expect(readdirSync(dir).sort()).toEqual(['out']);
    expect(existsSync(join(dir, 'out', OUTPUT_MARKER))).toBe(true);
  });

  test('a set-aside output beside a present one is removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportage-recover-'));
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, '.out.old-2147483646'));
    await recoverOutput(join(dir, 'out'));
    expect(readdirSync(dir)).toEqual(['out']);
  });

  test('refuseOutput accepts absent, empty and marked folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportage-refuse-'));
    expect(await refuseOutput(join(dir, 'new'), { cwd: ROOT })).toBeNull();
    mkdirSync(join(dir, 'marked'));
    writeFileSync(join(dir, 'marked', OUTPUT_MARKER), '');
    writeFileSync(join(dir, 'marked', 'x.csv'), '');
    expect(await refuseOutput(join(dir, 'marked'), { cwd: ROOT })).toBeNull();
  });
});
