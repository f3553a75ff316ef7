/** Output adapters: lossless CSV cells, deterministic JSON, atomic replacement of the output folder. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { csvChunks } from '../pipeline/emit/csv.js';
import { emit, OUTPUT_MARKER } from '../pipeline/emit.js';
import type { Column } from '../schemas/index.js';

const cols: Column[] = [
  { name: 'text', kind: 'string', nullable: true, description: '' },
  { name: 'tags', kind: 'list', nullable: false, description: '' },
  { name: 'partial', kind: 'boolean', nullable: false, description: '' },
];

test('CSV cells are written as they are: formulas are not escaped, lists are JSON, null is empty', () => {
  const rows = [
    { text: '=SUM(A1:A2) is "not" a formula here', tags: ['a,b', 'c"d', 'é\n'], partial: true },
    { text: null, tags: [], partial: false },
    { text: '-1 and +2, @user', tags: ['x'], partial: false },
  ];
  const parsed = parse([...csvChunks(cols, rows)].join(''), { columns: true }) as Record<string, string>[];
  expect(parsed[0]).toEqual({ text: '=SUM(A1:A2) is "not" a formula here', tags: '["a,b","c\\"d","é\\n"]', partial: 'true' });
  expect(JSON.parse(parsed[0]!.tags!)).toEqual(['a,b', 'c"d', 'é\n']);
  expect(parsed[1]).toEqual({ text: '', tags: '[]', partial: 'false' });
  expect(parsed[2]!.text).toBe('-1 and +2, @user');
});

test('emit refuses a folder it did not write, and leaves it as it was', async () => {
  const base = mkdtempSync(join(tmpdir(), 'reportage-emit-'));
  mkdirSync(join(base, 'mine'));
  writeFileSync(join(base, 'mine', 'notes.txt'), 'keep');
  await expect(emit(join(base, 'mine'), new Map([['a.json', new Uint8Array()]]))).rejects.toThrow(/did not write/);
  expect(readdirSync(join(base, 'mine'))).toEqual(['notes.txt']);
  expect(readdirSync(base)).toEqual(['mine']);
});

test('emit replaces the output folder whole', async () => {
  const base = mkdtempSync(join(tmpdir(), 'reportage-emit-'));
  const out = join(base, 'out');
  mkdirSync(out);
  writeFileSync(join(out, OUTPUT_MARKER), '');
  writeFileSync(join(out, 'stale.csv'), 'old');
  await emit(out, new Map([['a.json', new TextEncoder().encode('[]\n')], ['schema/a.json', new TextEncoder().encode('{}\n')]]));
  expect(readdirSync(out).sort()).toEqual([OUTPUT_MARKER, 'a.json', 'schema']);
  expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('[]\n');
  expect(readdirSync(base)).toEqual(['out']);
  expect(existsSync(join(out, 'stale.csv'))).toBe(false);
});

test('JSON (a row per line) and CSV written in pieces are the same bytes as written whole', async () => {
  const { jsonChunks } = await import('../pipeline/emit/json.js');
  const { csvChunks } = await import('../pipeline/emit/csv.js');
  const { stringify } = await import('csv-stringify/sync');
  const texts = ['plain', 'a "quoted" word', 'a, comma', 'two\nlines', 'carriage\rreturn', '', ' spaced ', '=1+2', 'é and 🚢'];
  const rows = Array.from({ length: 11 }, (_, i) => ({ text: i % 10 ? texts[i % texts.length]! : null, tags: [`t${i}`, 'x,"y"'], partial: i % 2 === 0 }));
  for (const size of [1, 2, 3, 7, 100]) {
    expect([...jsonChunks(cols, rows, size)].join('')).toBe(`[\n${rows.map((r) => JSON.stringify({ text: r.text, tags: r.tags, partial: r.partial })).join(',\n')}\n]\n`);
    expect(JSON.parse([...jsonChunks(cols, rows, size)].join(''))).toEqual(rows);
    expect([...csvChunks(cols, rows, size)].join('')).toBe(
      // csv-stringify as the adapter uses it, and a lone carriage return quoted too (the library leaves it bare).
      stringify([['text', 'tags', 'partial'], ...rows.map((r) => [r.text ?? '', JSON.stringify(r.tags), String(r.partial)])], { record_delimiter: '\n', quoted_match: /\r/ }),
    );
  }
  expect([...jsonChunks(cols, [], 2)].join('')).toBe('[]\n');
});

test('Arrow written in several record batches reads back as the same rows', async () => {
  const { toArrow } = await import('../pipeline/emit/arrow.js');
  const { tableFromIPC } = await import('apache-arrow');
  const rows = Array.from({ length: 25 }, (_, i) => ({ text: i % 4 ? `r${i}` : null, tags: i % 5 ? [`t${i}`] : [], partial: i % 2 === 0 }));
  const table = tableFromIPC(toArrow(cols, rows, {}, 10));
  expect(table.batches.length).toBe(3);
  const back = [...Array(table.numRows).keys()].map((i) => ({
    text: table.getChild('text')!.get(i) as string | null,
    tags: [...(table.getChild('tags')!.get(i) as { toArray(): string[] }).toArray()],
    partial: table.getChild('partial')!.get(i) as boolean,
  }));
  expect(back).toEqual(rows);
  expect(tableFromIPC(toArrow(cols, [], {}, 10)).numRows).toBe(0);
});
