/** Read a published folder back the way users do: JSON, CSV (csv-parse), Arrow (apache-arrow) and Parquet (parquet-wasm). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataType, tableFromIPC, type Table } from 'apache-arrow';
import { readParquet } from 'parquet-wasm/node';
import { parse } from 'csv-parse/sync';
import { columns, type TableDef } from '../../schemas/index.js';

export type Row = Record<string, unknown>;

export function readJson(dir: string, t: TableDef): Row[] {
  return JSON.parse(readFileSync(join(dir, `${t.name}.json`), 'utf8')) as Row[];
}

/** CSV back to typed rows, using the documented encoding: lists as JSON, empty = null. */
export function readCsv(dir: string, t: TableDef): Row[] {
  const cols = columns(t.published);
  const records = parse(readFileSync(join(dir, `${t.name}.csv`)), { columns: true, bom: false }) as Record<string, string>[];
  return records.map((rec) =>
    Object.fromEntries(
      cols.map((c) => {
        const v = rec[c.name]!;
        if (v === '' && c.nullable) return [c.name, null];
        if (c.kind === 'list') return [c.name, JSON.parse(v) as unknown];
        if (c.kind === 'boolean') return [c.name, v === 'true'];
        if (c.kind === 'integer' || c.kind === 'number') return [c.name, Number(v)];
        return [c.name, v];
      }),
    ),
  );
}

/** Arrow (or Parquet, through Arrow) back to JSON-like rows: Int64 as numbers, Date32 as `YYYY-MM-DD`, lists as arrays. */
export function arrowRows(table: Table): Row[] {
  const fields = table.schema.fields;
  const out: Row[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (const f of fields) {
      const v: unknown = table.getChild(f.name)!.get(i);
      if (v === null) row[f.name] = null;
      else if (typeof v === 'bigint') row[f.name] = Number(v);
      else if (DataType.isDate(f.type)) row[f.name] = new Date(v as number).toISOString().slice(0, 10);
      else row[f.name] = typeof v === 'object' && 'toArray' in v ? [...(v as { toArray(): unknown[] }).toArray()] : v;
    }
    out.push(row);
  }
  return out;
}

export function readArrow(dir: string, t: TableDef): Row[] {
  return arrowRows(tableFromIPC(readFileSync(join(dir, `${t.name}.arrow`))));
}

export function readParquetRows(dir: string, t: TableDef): Row[] {
  return arrowRows(tableFromIPC(readParquet(readFileSync(join(dir, `${t.name}.parquet`))).intoIPCStream()));
}
