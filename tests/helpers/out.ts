/** Read a published folder back the way users do: JSON, CSV (csv-parse) and Arrow (apache-arrow). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { parse } from 'csv-parse/sync';
import { columns, type TableDef } from '../../schemas/index.js';

export type Row = Record<string, unknown>;

export function readJson(dir: string, t: TableDef): Row[] {
  return JSON.parse(readFileSync(join(dir, `${t.name}.json`), 'utf8')) as Row[];
}

/** CSV back to typed rows, using the documented encoding: lists as JSON, empty = null. */
export function readCsv(dir: string, t: TableDef): Row[] {
  const cols = columns(t.schema);
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

export function readArrow(dir: string, t: TableDef): Row[] {
  const table = tableFromIPC(readFileSync(join(dir, `${t.name}.arrow`)));
  const names = table.schema.fields.map((f) => f.name);
  const out: Row[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (const n of names) {
      const v: unknown = table.getChild(n)!.get(i);
      row[n] = v !== null && typeof v === 'object' && 'toArray' in v ? [...(v as { toArray(): unknown[] }).toArray()] : v;
    }
    out.push(row);
  }
  return out;
}
