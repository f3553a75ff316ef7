/**
 * Bad input: each kind of bad file gets a message naming it and the reason, the other articles
 * are published, and the exit code says whether any file was rejected.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeText, readInput } from '../pipeline/ingest/index.js';
import { run } from '../pipeline/index.js';

const ROOT = join(import.meta.dirname, '..');
const MIXED = join(import.meta.dirname, 'fixtures', 'ingest', 'mixed');
const CLI = join(ROOT, 'dist', 'pipeline', 'cli.js');

const line = (m: { file?: string; articleId?: string; severity: string; ruleId: string }) => `${m.file ?? m.articleId}: ${m.severity}: ${m.ruleId}`;

describe('a folder with good and bad files', async () => {
  const result = await run({ inDir: MIXED });
  const lines = [...result.report.errors, ...result.report.warnings, ...result.report.infos].map(line);

  test.each([
    ['empty.txt: error: ingest/empty'],
    ['binary.txt: error: ingest/binary'],
    ['cp1252.txt: warning: ingest/not-utf8'],
    ['no-body.txt: error: clean/no-body'],
    ['notes.docx: warning: ingest/unsupported-format'],
    ['README: info: ingest/not-article'],
    ['broken.json: error: ingest/bad-json'],
  ])('reports %s', (expected) => {
    expect(lines).toContain(expected);
  });

  test('publishes the readable articles and counts the rejected files', () => {
    const ids = (result.files ? JSON.parse(new TextDecoder().decode(result.files.get('articles.json'))) : []) as { article_id: string; text: string; title: string | null; publisher: string | null; published_date: string | null }[];
    expect(ids.map((a) => a.article_id)).toEqual(['cp1252', 'good', 'record']);
    expect(result.rejected).toBe(4);
    const cafe = ids.find((a) => a.article_id === 'cp1252')!;
    expect(cafe.text).toContain('cafés');
    expect(cafe.text).toContain('“unfair”');
    const record = ids.find((a) => a.article_id === 'record')!;
    expect(record.title).toBe('City council approves new budget');
    expect(record.published_date).toBe('2017-09-15');
    expect(record.publisher).toBe('example.org');
    expect(record.text.startsWith('The city council on Thursday')).toBe(true);
  });
});

describe('decodeText', () => {
  test('drops a UTF-8 byte-order mark', () => {
    expect(decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text).toBe('hi');
  });
  test('falls back to Windows-1252 with the line of the first invalid byte', () => {
    const r = decodeText('a.txt', new Uint8Array([0x61, 0x0a, 0x62, 0x92, 0x73]));
    expect(r.text).toBe('a\nb’s');
    expect(r.messages[0]).toMatchObject({ ruleId: 'ingest/not-utf8', line: 2, file: 'a.txt' });
  });
  test('keeps valid UTF-8 as it is', () => {
    expect(decodeText('a.txt', new TextEncoder().encode('Zürich “x” 😀')).text).toBe('Zürich “x” 😀');
  });
});

test('a 50 MB file is rejected unread, with its size', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'reportage-huge-'));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'word '));
  const r = await readInput(dir, 'huge.txt');
  expect(r.articles).toEqual([]);
  expect(r.messages[0]).toMatchObject({ ruleId: 'ingest/too-large', severity: 'error', file: 'huge.txt' });
  expect(r.messages[0]!.reason).toContain('50.0 MB');
});

describe.skipIf(!existsSync(CLI))('the command line', () => {
  test('exits 1 when some files were rejected, still publishing the others, and names them on stderr', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'reportage-cli-')), 'out');
    const r = spawnSync(process.execPath, [CLI, '--in', MIXED, '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('binary.txt');
    expect(r.stderr).toMatch(/reportage: 7 files read, 3 articles cleaned, 4 rejected/);
    expect(existsSync(join(out, 'articles.csv'))).toBe(true);
    expect(r.stdout).toBe('');
  });

  test('exits 2 and leaves the previous output as it was when nothing can be published', () => {
    const base = mkdtempSync(join(tmpdir(), 'reportage-cli-'));
    const out = join(base, 'out');
    expect(spawnSync(process.execPath, [CLI, '--in', join(ROOT, 'seeds'), '--out', out]).status).toBe(0);
    const before = readFileSync(join(out, 'articles.json'));
    const bad = join(base, 'bad');
    cpSync(join(MIXED, 'binary.txt'), join(bad, 'binary.txt'), { recursive: true });
    const r = spawnSync(process.execPath, [CLI, '--in', bad, '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('left as it was');
    expect(readFileSync(join(out, 'articles.json')).equals(before)).toBe(true);
  });

  test('--help prints usage on stdout and exits 0', () => {
    const r = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--in DIR');
  });
});

test('a .meta.json sidecar adds metadata to its article', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'reportage-sidecar-'));
  writeFileSync(join(dir, 'a.txt'), 'Port reopens\n\nThe port reopened on Monday after a week of repairs, officials said.\n');
  writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ publisher: 'Harbour Times', date: '2020-02-03', url: 'https://example.org/a' }));
  writeFileSync(join(dir, 'b.txt'), 'Rail line closes\n\nThe rail line closed on Tuesday for a month of work, the operator said.\n');
  const result = await run({ inDir: dir });
  const rows = JSON.parse(new TextDecoder().decode(result.files!.get('articles.json'))) as { article_id: string; publisher: string | null; published_date: string | null; url: string | null }[];
  expect(rows.map((r) => [r.article_id, r.publisher, r.published_date, r.url])).toEqual([
    ['a', 'Harbour Times', '2020-02-03', 'https://example.org/a'],
    ['b', null, null, null],
  ]);
});

test('a stage that throws on one article rejects that article with a message, not the run', async () => {
  const { analyzeArticle } = await import('../pipeline/index.js');
  // A getter that throws stands in for a bug the cleaning stage might hit on some input.
  const raw = { articleId: 'x', file: 'x.txt', format: 'txt' as const, sha256: '0'.repeat(64), bytes: 1, meta: {}, get raw(): string { throw new Error('boom'); } };
  const a = analyzeArticle(raw);
  expect(a.article.text).toBe('');
  expect(a.messages).toEqual([expect.objectContaining({ ruleId: 'run/internal-error', severity: 'error', file: 'x.txt', reason: expect.stringContaining('clean') })]);
});

describe('a declared charset', async () => {
  const { declaredCharset } = await import('../pipeline/ingest/decode.js');
  test('is found after bytes above 0x7f, in a view into a larger buffer, and only in the first 1 KB', () => {
    const xml = Buffer.concat([Buffer.from([0xff, 0xe9, 0x80]), Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')]);
    const larger = new Uint8Array(7 + xml.length);
    larger.set(Buffer.from('padding'));
    larger.set(xml, 7);
    const inside = larger.subarray(7);
    expect(declaredCharset(inside)).toBe('windows-1252');
    expect(declaredCharset(Buffer.from('<html><meta charset="Shift_JIS">'))).toBe('shift_jis');
    expect(declaredCharset(Buffer.concat([Buffer.alloc(1024, 0x20), Buffer.from('<meta charset="utf-8">')]))).toBeNull();
  });
});
