/**
 * Inputs that used to be lost, mangled or silently skipped: every one is read or reported, by name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeEntities } from '../pipeline/clean/entities.js';
import { readBytes, listInputs } from '../pipeline/ingest/index.js';
import { run } from '../pipeline/index.js';
import { append } from '../pipeline/lib/collections.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/pipeline/cli.js');
const BODY = 'Harbour reopens\n\nThe harbour at Velmora reopened on Monday after a week of repairs, officials said.\n';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reportage-rel-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

test('entity names are looked up as own properties: `&toString;` stays as written', () => {
  expect(decodeEntities('a &toString; b &constructor; c &amp; d')).toBe('a &toString; b &constructor; c & d');
});

test('append takes lists longer than any argument list', () => {
  const big = Array.from({ length: 300_000 }, (_, i) => i);
  expect(append([-1], big).length).toBe(300_001);
});

test('UTF-16 files, with or without a byte-order mark, are read as text', () => {
  const text = 'Harbour reopens\n\nThe harbour reopened on Monday, officials said. Zürich “x”\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(text, 'utf16le').swap16();
  for (const bytes of [le, Buffer.from(text, 'utf16le'), Buffer.concat([Buffer.from([0xfe, 0xff]), be])]) {
    const r = readBytes('a.txt', new Uint8Array(bytes));
    expect(r.messages).toEqual([]);
    expect(r.articles[0]!.raw).toBe(text);
  }
});

test('a file with the same id as another is reported with both names; the first by name is kept', async () => {
  const dir = folder({ 'a.txt': BODY, 'a.json': JSON.stringify({ title: 'Other', text: 'The ferry service resumed on Tuesday after the storm, the operator said.' }) });
  const r = await run({ inDir: dir });
  const m = r.report.errors.find((e) => e.ruleId === 'ingest/duplicate-id')!;
  expect(m.file).toBe('a.txt');
  expect(m.reason).toContain('a.json');
  expect(r.rejected).toBe(1);
});

describe('links, loops and special files', () => {
  test('a symbolic link to a file is read; a dangling one and a loop are reported', async () => {
    const dir = folder({ 'real/a.txt': BODY });
    mkdirSync(join(dir, 'in'));
    symlinkSync(join(dir, 'real', 'a.txt'), join(dir, 'in', 'linked.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'in', 'dangling.txt'));
    symlinkSync(join(dir, 'in'), join(dir, 'in', 'loop'));
    const listed = await listInputs(join(dir, 'in'));
    expect(listed.files).toEqual(['linked.txt']);
    expect(listed.messages.map((m) => `${m.file} ${m.ruleId}`).sort()).toEqual(['dangling.txt ingest/unreadable', 'loop ingest/link-loop']);
  });

  test.skipIf(process.platform === 'win32')('a FIFO is reported, not read (the run does not hang)', async () => {
    const dir = folder({ 'a.txt': BODY });
    expect(spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status).toBe(0);
    const listed = await listInputs(dir);
    expect(listed.files).toEqual(['a.txt']);
    expect(listed.messages).toEqual([expect.objectContaining({ file: 'pipe.txt', ruleId: 'ingest/not-a-file' })]);
  });
});

describe.skipIf(!existsSync(CLI))('messages on stderr', () => {
  test('a file name with a newline cannot forge a line', () => {
    const dir = folder({ 'ok.txt': BODY, 'bad\nreportage: 99 files read.txt': '' });
    const out = join(mkdtempSync(join(tmpdir(), 'reportage-rel-out-')), 'out');
    const r = spawnSync(process.execPath, [CLI, '--in', dir, '--out', out, '--no-cache', '--workers', '1'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('reportage: ')).length).toBe(1);
    expect(r.stderr).toContain('bad\\nreportage: 99 files read.txt');
  });
});
