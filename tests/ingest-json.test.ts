/**
 * The news-please JSON reader: fixture goldens of made-up records (tests/fixtures/ingest-json/<case>/
 * input.<json|jsonl|txt> → expected.json), and tables for record splitting, flattened bodies and
 * redirect addresses.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBytes } from '../pipeline/ingest/index.js';
import { jsonRecords } from '../pipeline/ingest/json-records.js';
import { paragraphsOfFlatText } from '../pipeline/ingest/json-text.js';
import { unwrapUrl } from '../pipeline/ingest/urls.js';
import { FIXTURES, fixtureCases, toGolden } from './helpers/fixtures.js';
import { readerView } from './helpers/readers.js';

const STAGE = 'ingest-json';
const inputOf = (dir: string): string => readdirSync(dir).find((f) => f.startsWith('input.'))!;

describe('fixtures', () => {
  // Inputs keep their own extension (`input.jsonl`, `input.txt`); the file is named after its case.
  for (const name of fixtureCases(STAGE)) {
    test(`${STAGE} fixture: ${name}`, () => {
      const dir = join(FIXTURES, STAGE, name);
      const input = inputOf(dir);
      const actual = toGolden(readerView(`${name}${input.slice('input'.length)}`, readFileSync(join(dir, input))));
      const expectedPath = join(dir, 'expected.json');
      if (process.env.UPDATE === '1') writeFileSync(expectedPath, actual);
      expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});

const bytes = (name: string): Uint8Array => {
  const dir = join(FIXTURES, STAGE, name);
  return new Uint8Array(readFileSync(join(dir, inputOf(dir))));
};

describe('records', () => {
  test.each(['a.json', 'a.jsonl', 'a.ndjson', 'a.txt', 'a'])('sniffed from the content, whatever the name: %s', (file) => {
    for (const name of ['single', 'jsonl-ids-broken-line', 'jsonl-in-txt']) {
      expect(readBytes(file, bytes(name)).articles.every((a) => a.format === 'news-please')).toBe(true);
    }
  });

  test('a broken record costs only itself, with a message naming the file and the record', () => {
    const r = readBytes('feed.json', bytes('array-broken-record'));
    expect(r.articles.map((a) => a.articleId)).toEqual(['feed#0']);
    expect(r.messages.filter((m) => m.severity === 'error').map((m) => [m.ruleId, m.file, m.articleId, m.line])).toEqual([
      ['ingest/bad-record', 'feed.json', 'feed#1', 8],
      ['ingest/no-text', 'feed.json', 'feed#2', 14],
    ]);
  });

  test('records that carry distinct ids are named by them', () => {
    const r = readBytes('wire/day.jsonl', bytes('jsonl-ids-broken-line'));
    expect(r.articles.map((a) => a.articleId)).toEqual(['wire/day#a1', 'wire/day#c3']);
    expect(r.messages.find((m) => m.ruleId === 'ingest/bad-record')).toMatchObject({ articleId: 'wire/day#1', line: 2 });
  });

  test.each([
    ['{"text": "a"}', 'single', 1],
    ['[{"text": "a"}, {"text": "b"}]', 'array', 2],
    ['{"0": {"text": "a"}, "1": {"text": "b"}}', 'keyed', 2],
    ['{"text": "a"}\n{"text": "b"}\n', 'lines', 2],
    ['{"text": "a"}\n{"text": "b"', 'lines', 2],
    ['[\n  {"text": "a"},\n  {"text": "b",\n  {"text": "c"}\n]', 'array', 3],
    ['[\n  {"text": "a"},\n  {"text": "b"', 'array', 2],
    ['{\n  "text": "a"\n}\n{\n  "text": "b"\n}\n', 'array', 2],
    ['[1, {"text": "b"}]', 'array', 2],
  ])('jsonRecords(%j) is %s with %i records', (text, kind, n) => {
    const r = jsonRecords(text, (o) => typeof o.text === 'string');
    expect(r.kind).toBe(kind);
    expect(r.records).toHaveLength(n);
    expect(r.error).toBeNull();
  });

  test('a pretty-printed array with a broken element: the elements around it are read', () => {
    const r = jsonRecords('[\n  {"text": "a"},\n  {"text": "b",\n  {"text": "c"}\n]', (o) => typeof o.text === 'string');
    expect(r.records.map((x) => [x.value, x.error === null])).toEqual([[{ text: 'a' }, true], [null, false], [{ text: 'c' }, true]]);
  });

  test.each([['{"text": "a"'], ['{"text": }'], ['"just a string"'], ['42']])('not records: %j', (text) => {
    const r = jsonRecords(text, (o) => typeof o.text === 'string');
    expect(r.records.filter((x) => x.error === null)).toHaveLength(0);
  });
});

describe('flattened bodies', () => {
  test.each([
    ['One. Two.  Three.', 'One. Two.\n\nThree.'],
    ['Read more (PDF)  CITY (Agency) -- Text here.', 'Read more (PDF)\n\nCITY (Agency) -- Text here.'],
    ['2 Min Read BERLIN (Wirenews) - Text.', '2 Min Read\n\nBERLIN (Wirenews) - Text.'],
    ['4 Min Read SORVIK, Ruritania (Wirenews) - Text.', '4 Min Read\n\nSORVIK, Ruritania (Wirenews) - Text.'],
    ['See the full list New Sorvik (Wirenews) - Text.', 'See the full list\n\nNew Sorvik (Wirenews) - Text.'],
    ['Posted 10:51 p.m. (0251 GMT) VELL, Ruritania (Wirenews) -- Text.', 'Posted 10:51 p.m. (0251 GMT)\n\nVELL, Ruritania (Wirenews) -- Text.'],
    // must not change
    ['Lines\nkept as\nthey are', 'Lines\nkept as\nthey are'],
    ['A sentence with  a double space inside it.', 'A sentence with  a double space inside it.'],
    ['VELL (Wirenews) -- Text at the start.', 'VELL (Wirenews) -- Text at the start.'],
  ])('%j', (input, expected) => {
    expect(paragraphsOfFlatText(input)).toBe(expected);
  });

  test('a long run with no breaks is cut at sentence ends, never inside a quotation', () => {
    const out = paragraphsOfFlatText(JSON.parse(new TextDecoder().decode(bytes('run-on-maintext'))).maintext).split('\n\n');
    expect(out.length).toBeGreaterThan(10);
    expect(out).toContain('"The water came up so fast. We had ten minutes to leave," said resident Mira Holt.');
    expect(out).toContain('Correspondents Ada Rhee and Tom Falk contributed to this report.');
  });
});

describe('addresses', () => {
  test.each([
    ['http://news.aggregator.example/news/url?sa=t&#038;fd=R&#038;url=https://paper.example/a/1', 'https://paper.example/a/1', 1],
    ['https://social.example/l.php?u=https%3A%2F%2Fpaper.example%2Fa%2F2&h=x', 'https://paper.example/a/2', 1],
    ['https://archive.example/web/20160212010203/http://paper.example/2016/02/12/story', 'http://paper.example/2016/02/12/story', 1],
    ['https://search.example/url?q=https://redirect.example/go?url=https://paper.example/a/3', 'https://paper.example/a/3', 2],
    // must not change
    ['http://feeds.paper.example/~r/paper/topNews/~3/Ab12Cd/story01.htm', 'http://feeds.paper.example/~r/paper/topNews/~3/Ab12Cd/story01.htm', 0],
    ['https://paper.example/story?ref=https://social.example/', 'https://paper.example/story?ref=https://social.example/', 0],
    ['https://paper.example/search?q=floods+in+vell', 'https://paper.example/search?q=floods+in+vell', 0],
    ['not a url', 'not a url', 0],
  ])('unwrapUrl(%j)', (input, url, wrappers) => {
    const r = unwrapUrl(input);
    expect(r.url).toBe(url);
    expect(r.wrappers).toHaveLength(wrappers);
  });
});

describe('hostile input is read in linear time and never throws', () => {
  const big = 200_000;
  test.each([
    ['an unterminated array of many records', `[\n${'  {"text": "a b c", "title": "x"},\n'.repeat(big / 40)}  {"text": "cut`],
    ['a record with a huge flat body', JSON.stringify({ text: `${'Word word word. '.repeat(big / 16)}  ${'A  B'.repeat(1000)}` })],
    ['a body of spaces and parentheses', JSON.stringify({ text: `${'(A) '.repeat(big / 4)}${' '.repeat(big)}` })],
    ['an address of many wrappers', JSON.stringify({ text: 'Body.', url: `https://a.example/r?url=${'https://b.example/r?url='.repeat(2000)}https://c.example/x` })],
    ['many lines that are not JSON', `{"text": "a"}\n${'{not json}\n'.repeat(big / 11)}`],
  ])('%s', (_name, text) => {
    const r = readBytes('x.json', new TextEncoder().encode(text));
    expect(r.articles.length + r.messages.length).toBeGreaterThan(0);
  });
});
