/**
 * Every table of a real run read back as notebooks read it: DuckDB (@duckdb/node-api) from
 * Parquet (types in the file), CSV and JSON (types given, as the README shows), and apache-arrow
 * from the Arrow file. Column types must be DATE for days, BOOLEAN, VARCHAR[] for lists, BIGINT
 * for integers, VARCHAR for ids and partial dates; values must equal the JSON rows. Over seeds/,
 * and over ../shared/corpora/bbc/politics when it is beside the repository (skipped otherwise).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emit } from '../pipeline/emit.js';
import { run } from '../pipeline/index.js';
import { TABLES, columns, type Column, type TableDef } from '../schemas/index.js';
import { readArrow, readJson, type Row } from './helpers/out.js';

const ROOT = join(import.meta.dirname, '..');
const BBC = join(ROOT, '..', 'shared', 'corpora', 'bbc', 'politics');

const DUCKDB_TYPE: Record<Column['kind'], string> = {
  string: 'VARCHAR',
  'partial-date': 'VARCHAR',
  date: 'DATE',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  list: 'VARCHAR[]',
};
const ARROW_TYPE: Record<Column['kind'], string> = {
  string: 'Utf8',
  'partial-date': 'Utf8',
  date: 'Date32<DAY>',
  integer: 'Int64',
  number: 'Float64',
  boolean: 'Bool',
  list: 'List<Utf8>',
};

const quote = (name: string) => `"${name}"`;
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The `columns={...}` argument of read_csv / read_json: every column's type, from the schema (lists as text in CSV). */
function columnTypes(cols: Column[], csv: boolean): string {
  return `{${cols.map((c) => `${sqlString(c.name)}: '${csv && c.kind === 'list' ? 'VARCHAR' : DUCKDB_TYPE[c.kind]}'`).join(', ')}}`;
}

/** How each format is read: Parquet as is; CSV and JSON with the schema's types (CSV lists parsed from their JSON text). */
function readers(dir: string, t: TableDef): Record<string, string> {
  const cols = columns(t.published);
  const path = (ext: string) => sqlString(join(dir, `${t.name}.${ext}`));
  const csvSelect = cols.map((c) => (c.kind === 'list' ? `CAST(CAST(${quote(c.name)} AS JSON) AS VARCHAR[]) AS ${quote(c.name)}` : quote(c.name))).join(', ');
  const notNull = cols.filter((c) => !c.nullable && c.kind !== 'list').map((c) => sqlString(c.name));
  return {
    parquet: `SELECT * FROM read_parquet(${path('parquet')})`,
    csv: `SELECT ${csvSelect} FROM read_csv(${path('csv')}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', nullstr = '', force_not_null = [${notNull.join(', ')}], columns = ${columnTypes(cols, true)})`,
    json: `SELECT * FROM read_json(${path('json')}, format = 'array', columns = ${columnTypes(cols, false)})`,
  };
}

/** DuckDB's JSON-friendly rows back to the published JSON values (BIGINT comes as a string). */
function fromDuckDb(cols: Column[], rows: Record<string, unknown>[]): Row[] {
  return rows.map((r) => Object.fromEntries(cols.map((c) => [c.name, c.kind === 'integer' && r[c.name] !== null ? Number(r[c.name]) : r[c.name]])));
}

async function publishRun(inDir: string): Promise<string> {
  const result = await run({ inDir });
  expect(result.report.valid).toBe(true);
  const out = join(mkdtempSync(join(tmpdir(), 'reportage-readback-')), 'out');
  await emit(out, result.files!);
  return out;
}

describe.each([
  ['seeds/', join(ROOT, 'seeds')],
  ['../shared/corpora/bbc/politics', BBC],
])('read back a run over %s', (_name, inDir) => {
  const present = existsSync(inDir);
  let out = '';
  let db: DuckDBConnection;
  beforeAll(async () => {
    if (!present) return;
    out = await publishRun(inDir);
    db = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(() => db?.closeSync());

  describe.each(TABLES.map((t) => [t.name, t] as const))('%s', (_table, t) => {
    const cols = columns(t.published);
    const expected = Object.fromEntries(cols.map((c) => [c.name, DUCKDB_TYPE[c.kind]]));

    test.skipIf(!present).each(['parquet', 'csv', 'json'])('DuckDB from %s: typed columns, the JSON rows', async (format) => {
      const sql = readers(out, t)[format]!;
      const described = await db.runAndReadAll(`DESCRIBE ${sql}`);
      expect(Object.fromEntries(described.getRows().map((r) => [String(r[0]), String(r[1])]))).toEqual(expected);
      const reader = await db.runAndReadAll(sql);
      expect(reader.columnNames()).toEqual(cols.map((c) => c.name));
      expect(fromDuckDb(cols, reader.getRowObjectsJson() as Record<string, unknown>[])).toEqual(readJson(out, t));
    });

    test.skipIf(!present)('apache-arrow: typed fields, the JSON rows', () => {
      const table = tableFromIPC(readFileSync(join(out, `${t.name}.arrow`)));
      expect(Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]))).toEqual(Object.fromEntries(cols.map((c) => [c.name, ARROW_TYPE[c.kind]])));
      expect(table.schema.fields.map((f) => f.nullable)).toEqual(cols.map((c) => c.nullable));
      expect(readArrow(out, t)).toEqual(readJson(out, t));
    });
  });

  test.skipIf(!present)('ids stay strings and partial dates keep their precision, beside typed bounds', async () => {
    const r = await db.runAndReadAll(`SELECT date, date_start, date_end FROM read_parquet(${sqlString(join(out, 'events.parquet'))}) WHERE date IS NOT NULL`);
    const rows = r.getRowObjectsJson() as { date: string; date_start: string; date_end: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const x of rows) {
      expect(x.date_start.startsWith(x.date) || x.date.length === 4).toBe(true);
      expect(x.date_start <= x.date_end).toBe(true);
    }
  });
});
