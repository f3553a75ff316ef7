/**
 * The package as a library user gets it: `npm pack` from a fresh copy of the repository (its
 * tracked files, no dist/) builds in `prepack` and yields a tarball that ships the compiled code
 * and type declarations but no article text; installed into a temporary folder, `import { run }`
 * works, the declarations type-check a user's file, and the `reportage` bin runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const base = mkdtempSync(join(tmpdir(), 'reportage-package-'));
const clone = join(base, 'clone');
const app = join(base, 'app');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

describe('npm pack, install, import and run', () => {
  // A fresh clone: the files git would hand out (tracked or about to be), no build output.
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  for (const f of listed.filter((x) => x && existsSync(join(ROOT, x)))) {
    mkdirSync(dirname(join(clone, f)), { recursive: true });
    cpSync(join(ROOT, f), join(clone, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
  let packed: { filename: string; files: { path: string }[] };

  test('npm pack builds first and ships code and declarations, no article text', () => {
    expect(existsSync(join(clone, 'dist'))).toBe(false);
    const r = spawnSync('npm', ['pack', '--json', '--pack-destination', base], { cwd: clone, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    packed = (JSON.parse(r.stdout) as (typeof packed)[])[0]!;
    const paths = packed.files.map((f) => f.path);
    for (const p of ['package.json', 'LICENSE', 'README.md', 'dist/pipeline/api.js', 'dist/pipeline/api.d.ts', 'dist/pipeline/cli.js', 'dist/pipeline/worker.js', 'dist/schemas/index.d.ts']) expect(paths).toContain(p);
    expect(paths.filter((p) => !p.startsWith('dist/') && !['package.json', 'LICENSE', 'README.md'].includes(p))).toEqual([]);
    // No seed's text in any shipped file.
    mkdirSync(join(base, 'unpacked'));
    execFileSync('tar', ['-xzf', join(base, packed.filename), '-C', join(base, 'unpacked')]);
    const shipped = files(join(base, 'unpacked')).map((f) => readFileSync(join(base, 'unpacked', f), 'utf8'));
    for (const seed of readdirSync(join(ROOT, 'seeds'))) {
      const text = readFileSync(join(ROOT, 'seeds', seed), 'utf8');
      const sample = text.slice(Math.floor(text.length / 2), Math.floor(text.length / 2) + 60);
      expect(shipped.some((s) => s.includes(sample)), seed).toBe(false);
    }
  });

  test('installed into a temporary folder: import { run }, the declarations and the bin work', () => {
    mkdirSync(join(app, 'in'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    cpSync(join(ROOT, 'tests/fixtures/regenerate/new-article.txt'), join(app, 'in', 'story.txt'));
    const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(base, packed.filename)], { cwd: app, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);

    const script = `import { run, TABLES, PACKAGE_VERSION } from 'reportage';
const r = await run({ inDir: 'in' });
console.log(JSON.stringify({ version: PACKAGE_VERSION, tables: TABLES.map((t) => t.name), articles: r.report.stats.articles, events: r.tables.events.length }));`;
    const imported = spawnSync('node', ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);
    const result = JSON.parse(imported.stdout) as { version: string; tables: string[]; articles: number; events: number };
    expect(result).toMatchObject({ version: VERSION, articles: 1 });
    expect(result.tables).toContain('quotes');

    writeFileSync(
      join(app, 'use.ts'),
      `import { run, clean, extractQuotes, type Article, type Quote, type RunResult } from 'reportage';
const result: Promise<RunResult> = run({ inDir: 'in' });
const id: Article['article_id'] = 'x';
const speaker: Quote['speaker'] = null;
export { result, id, speaker, clean, extractQuotes };
`,
    );
    const tsc = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', '', 'use.ts'], { cwd: app, encoding: 'utf8' });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);

    const bin = join(app, 'node_modules', '.bin', 'reportage');
    expect(spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim()).toBe(`reportage ${VERSION}`);
    const cli = spawnSync(bin, ['--in', 'in', '--out', 'out', '--no-cache'], { cwd: app, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    expect(existsSync(join(app, 'out', 'datapackage.json'))).toBe(true);
    expect(existsSync(join(app, 'out', 'events.parquet'))).toBe(true);
    expect(existsSync(join(app, 'out', 'site', 'index.html'))).toBe(true);
  });

  test('the public names', async () => {
    const api = await import('../pipeline/api.js');
    expect(Object.keys(api).sort()).toMatchSnapshot();
  });
});
