/**
 * `make regenerate`, the scheduled job's one step, run in a temporary git repository made of
 * this project's files: it commits out/ (with its change report) when the data changed, makes no
 * commit when nothing changed, and fails closed (no commit) when the build or a test step fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const repo = mkdtempSync(join(tmpdir(), 'reportage-regenerate-'));
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const make = (...args: string[]) => spawnSync('make', ['--no-print-directory', 'regenerate', ...args], { cwd: repo, encoding: 'utf8' });
// The test suite inside regeneration would run this test again: it is replaced by `true` here.
const NO_TESTS = 'REGENERATE_TESTS=true';

describe('make regenerate in a temporary repository', () => {
  for (const f of ['Makefile', 'package.json', 'package-lock.json', 'tsconfig.json', '.gitignore', 'pipeline', 'schemas', 'seeds', 'out', 'dist']) {
    cpSync(join(ROOT, f), join(repo, f), { recursive: true, preserveTimestamps: true });
  }
  // The installed packages, lent entry by entry (never the folder itself: an `npm ci` in the copy
  // would empty the checkout's node_modules through the link), with a fresh install stamp so make
  // sees nothing to install.
  mkdirSync(join(repo, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '.package-lock.json') symlinkSync(join(ROOT, 'node_modules', entry), join(repo, 'node_modules', entry));
  }
  copyFileSync(join(ROOT, 'node_modules', '.package-lock.json'), join(repo, 'node_modules', '.package-lock.json'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'test');
  git('config', 'user.email', 'test@example.invalid');
  git('add', '-A');
  git('commit', '-q', '-m', 'initial');
  const initial = git('rev-parse', 'HEAD');
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  test('an unchanged input makes no commit', () => {
    const r = make(NO_TESTS);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('nothing to commit');
    expect(git('rev-parse', 'HEAD')).toBe(initial);
    expect(git('status', '--porcelain', '--', 'out')).toBe('');
  });

  test('a new article is committed: out/ only, with a change report naming it', () => {
    cpSync(join(ROOT, 'tests/fixtures/regenerate/new-article.txt'), join(repo, 'seeds', '900_new.txt'));
    const r = make(NO_TESTS);
    expect(r.status, r.stderr).toBe(0);
    expect(git('rev-list', '--count', `${initial}..HEAD`)).toBe('1');
    expect(git('log', '-1', '--format=%s')).toMatch(/^data: regenerate \(\+1 articles.*\)$/);
    const files = git('show', '--name-only', '--format=', 'HEAD').split('\n');
    expect(files.every((f) => f.startsWith('out/'))).toBe(true);
    expect(files).toContain('out/CHANGES.md');
    const changes = JSON.parse(readFileSync(join(repo, 'out/changes.json'), 'utf8'));
    expect(changes.tables.articles.added).toEqual(['900_new']);
    expect(changes.tables.articles.removed).toEqual([]);
    expect(changes.tables.articles.before).toBe(5);
    expect(readFileSync(join(repo, 'out/CHANGES.md'), 'utf8')).toContain('`900_new`');
    // The seed itself is not the job's to commit.
    expect(git('status', '--porcelain', '--', 'seeds')).toContain('900_new.txt');
  });

  test('a run again without changes keeps the change report and makes no commit', () => {
    const head = git('rev-parse', 'HEAD');
    rmSync(join(repo, '.cache'), { recursive: true, force: true });
    const r = make(NO_TESTS);
    expect(r.status, r.stderr).toBe(0);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('status', '--porcelain', '--', 'out')).toBe('');
  });

  test('a failing test step fails closed: no commit', () => {
    const head = git('rev-parse', 'HEAD');
    rmSync(join(repo, 'seeds', '900_new.txt'));
    const r = make('REGENERATE_TESTS=false');
    expect(r.status).not.toBe(0);
    expect(git('rev-parse', 'HEAD')).toBe(head);
  });

  test('a run that publishes nothing (no readable article) fails closed: no commit, out/ as it was', () => {
    git('checkout', '-q', '--', 'out');
    const head = git('rev-parse', 'HEAD');
    rmSync(join(repo, 'seeds'), { recursive: true });
    cpSync(join(ROOT, 'seeds'), join(repo, 'seeds'), { recursive: true });
    for (const f of execFileSync('ls', [join(repo, 'seeds')], { encoding: 'utf8' }).trim().split('\n')) writeFileSync(join(repo, 'seeds', f), '');
    const r = make(NO_TESTS);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('nothing published');
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('status', '--porcelain', '--', 'out')).toBe('');
  });
});
