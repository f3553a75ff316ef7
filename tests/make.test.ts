/**
 * `make` as a scheduled job and a user meet it, on folders with spaces in their paths: a run that
 * published with rejections (exit 1) is success and is not repeated, `STRICT=1` makes it fail, a
 * missing or incomplete output folder is rebuilt, and `make help` shows the values in force.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const base = mkdtempSync(join(tmpdir(), 'reportage make '));
const seeds = join(base, 'my seeds');
const out = join(base, 'the out');
afterAll(() => rmSync(base, { recursive: true, force: true }));

// `-o`: the build is taken as it is (`make test` builds first), so no test here recompiles the
// dist/ that other test files are using.
function make(...args: string[]) {
  return spawnSync('make', ['--no-print-directory', '-C', ROOT, '-o', 'dist/.built', '-o', 'node_modules/.package-lock.json', `SEEDS=${seeds}`, `OUT=${out}`, ...args], { encoding: 'utf8' });
}
const ran = (r: ReturnType<typeof make>) => r.stderr.includes('reportage: ');

describe('make', () => {
  mkdirSync(seeds);
  cpSync(join(ROOT, 'tests/fixtures/regenerate/new-article.txt'), join(seeds, 'a story.txt'));
  writeFileSync(join(seeds, 'empty file.txt'), '');

  test('published with a rejected file: success, and not run again', () => {
    const first = make();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('some input files were rejected');
    expect(existsSync(join(out, 'datapackage.json'))).toBe(true);
    const second = make();
    expect(second.status).toBe(0);
    expect(ran(second)).toBe(false);
  });

  test('STRICT=1 fails on a rejected file', () => {
    writeFileSync(join(seeds, 'empty file.txt'), ''); // touched: the input changed
    writeFileSync(join(seeds, 'another empty.txt'), '');
    const r = make('STRICT=1');
    expect(r.status).not.toBe(0);
    expect(ran(r)).toBe(true);
  });

  test('a removed or incomplete output folder is rebuilt, though the stamp says done', () => {
    expect(make().status).toBe(0);
    rmSync(out, { recursive: true });
    const rebuilt = make();
    expect(rebuilt.status).toBe(0);
    expect(ran(rebuilt)).toBe(true);
    expect(existsSync(join(out, '.reportage-output'))).toBe(true);
    rmSync(join(out, 'datapackage.json'));
    expect(ran(make())).toBe(true);
    expect(existsSync(join(out, 'datapackage.json'))).toBe(true);
  });

  test('a removed input file reruns the pipeline', () => {
    rmSync(join(seeds, 'another empty.txt'));
    expect(ran(make())).toBe(true);
  });

  test('make help prints the values in force', () => {
    const r = make('help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`SEEDS=${seeds}`);
    expect(r.stdout).toContain(`Build the dataset: ${out}/ from ${seeds}/`);
    expect(r.stdout).not.toContain('$(');
  });
});
