/**
 * Fuzzing the whole pipeline with a fixed seed and bounded runs: random bytes, random text built
 * from the pieces news is made of (quotation marks of every system, names, cue words, markup,
 * entities, headers, words that are also JavaScript property names), and mutated seed articles.
 * Whatever the input: no stage fails (an internal error is a bug), every message names its file,
 * and every span a row points at is the exact slice of its article's text.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkOut } from '../pipeline/check.js';
import { emit } from '../pipeline/emit.js';
import { analyzeArticle, run } from '../pipeline/index.js';
import { readBytes } from '../pipeline/ingest/index.js';

const SEED = 20261201;
const ROOT = join(import.meta.dirname, '..');
const SEEDS = readdirSync(join(ROOT, 'seeds')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f)));

const TOKENS = [
  'the', 'minister', 'said', 'told reporters', 'met', 'agreed', 'talks', 'in', 'on Tuesday', 'last month', 'in 1999',
  'Smith', 'Anna Varga', 'Mr.', 'Dr.', 'U.S.', 'President', 'the Kremlin', 'he', 'she', 'it', 'they', 'according to',
  '"', '“', '”', '‘', '’', "'", '``', "''", '«', '»', '„', '‹', '›', '"Yes," said Smith.', '—', '_', '--', '(AP)', '(Reuters) -',
  '.', ',', ';', ':', '!', '?', '…', '(', ')', '[', ']', '\n', '\n\n', '\r\n', '\t', '   ', '\u00a0', '\u200b', '\u2028',
  '<p>', '</p>', '<div class="story">', '</div>', '<script>var x = "y";</script>', '<br>', '<a href="/2016/02/12/x">', '</a>',
  '&amp;', '&toString;', '&constructor;', '&#8217;', '&#x201c;', '&nbsp;', '&QL;', '&Cx1f;',
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype',
  '---', 'title:', 'date: 2016-02-12', 'date 2020-05-04', 'By Jane Roe', 'MOSCOW', 'Photo: AP', '©', '2016', '12', 'Jan.', 'Sept. 5',
  '\u0001', '\u0002', '\u0003', '\u0016', '<DOC>', '</DOC>', '<TEXT>', '<?xml version="1.0"?>', '<newsItem>', '{', '}', '[{"text":',
  '😀', 'é', 'Ã©', 'â€™', '\ufffd', '\ufeff',
];

const newsText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((ts) => ts.join(' '));

/** Random edits to a seed's bytes: cut, repeat, insert a token, flip a byte. */
const mutatedSeed = fc
  .tuple(fc.nat(SEEDS.length - 1), fc.array(fc.tuple(fc.nat(3), fc.nat(), fc.nat(400), fc.constantFrom(...TOKENS)), { maxLength: 8 }))
  .map(([i, edits]) => {
    let b = Buffer.from(SEEDS[i]!);
    for (const [kind, at, len, token] of edits) {
      const p = b.length ? at % b.length : 0;
      if (kind === 0) b = Buffer.concat([b.subarray(0, p), b.subarray(Math.min(b.length, p + len))]);
      else if (kind === 1) b = Buffer.concat([b.subarray(0, p + len), b.subarray(p, p + len), b.subarray(p + len)]);
      else if (kind === 2) b = Buffer.concat([b.subarray(0, p), Buffer.from(token), b.subarray(p)]);
      else if (b.length) b[p] = (b[p]! + len) & 0xff;
    }
    return new Uint8Array(b);
  });

/** Every problem with one file's analyses; empty when all is well. */
function problemsOf(file: string, bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const read = readBytes(file, bytes);
  for (const m of read.messages) if (!m.file) problems.push(`message without a file: ${m.ruleId}`);
  for (const raw of read.articles) {
    const a = analyzeArticle(raw);
    for (const m of a.messages) {
      if (m.ruleId === 'run/internal-error') problems.push(m.reason);
      if (!m.file) problems.push(`message without a file: ${m.ruleId}`);
    }
    const text = a.article.text;
    for (const q of a.quotes) {
      if (text.slice(q.quoteStart, q.quoteEnd) !== q.text) problems.push(`quote span ${q.quoteStart}-${q.quoteEnd} is not its text`);
      if (!(q.sentenceStart <= q.quoteStart && q.quoteEnd <= q.sentenceEnd && q.sentenceEnd <= text.length)) problems.push('quote outside its sentence');
    }
    for (const e of a.events) if (!(e.sentenceStart < e.sentenceEnd && e.sentenceEnd <= text.length)) problems.push('event span outside the text');
  }
  return problems;
}

const property = (arb: fc.Arbitrary<Uint8Array>, name: string) =>
  fc.assert(
    fc.property(arb, (bytes) => {
      expect(problemsOf(name, bytes)).toEqual([]);
    }),
    { seed: SEED, numRuns: 120 },
  );

describe('fuzz: any input is read or rejected by name, never a failure', () => {
  test('random bytes', () => property(fc.uint8Array({ maxLength: 2048 }), 'random.txt'));
  test('random bytes read as JSON and XML', () => {
    property(fc.uint8Array({ maxLength: 1024 }), 'random.json');
    property(fc.uint8Array({ maxLength: 1024 }), 'random.xml');
  });
  test('random news-like text', () => property(newsText.map((t) => new TextEncoder().encode(t)), 'text.txt'));
  test('random news-like text inside markup and JSON', () => {
    property(newsText.map((t) => new TextEncoder().encode(`<html><body><article><p>${t}</p></article></body></html>`)), 'page.html');
    property(newsText.map((t) => new TextEncoder().encode(JSON.stringify({ title: 'x', text: t, date_publish: '2016-02-12 10:00:00' }))), 'record.json');
  });
  test('mutated seed articles', () => property(mutatedSeed, 'mutated.txt'));

  test('a whole run over fuzzed files publishes a valid folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportage-fuzz-'));
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    const samples = fc.sample(fc.oneof(mutatedSeed, newsText.map((t) => new TextEncoder().encode(t))), { seed: SEED, numRuns: 30 });
    samples.forEach((b, i) => writeFileSync(join(inDir, `f${String(i).padStart(2, '0')}.txt`), b));
    writeFileSync(join(inDir, 'anchor.txt'), SEEDS[0]!);
    const result = await run({ inDir });
    expect(result.report.errors.filter((m) => m.ruleId.startsWith('run/') || m.ruleId.startsWith('schema/'))).toEqual([]);
    for (const m of [...result.report.errors, ...result.report.warnings, ...result.report.infos]) expect(m.file ?? m.articleId, m.ruleId).toBeTruthy();
    await emit(join(dir, 'out'), result.files!, { inDir });
    expect(checkOut(join(dir, 'out'))).toEqual([]);
  });
});
