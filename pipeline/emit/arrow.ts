/**
 * Arrow IPC (file format) adapter: field types and nullability from the columns; descriptions as
 * field metadata. Days are Date32 (`DateDay`), integers Int64 (what DuckDB, pandas and R call
 * BIGINT / int64), lists of strings `List<Utf8>`, ids and partial dates Utf8.
 */
import {
  Bool,
  DateDay,
  Field,
  Float64,
  Int64,
  List,
  RecordBatch,
  RecordBatchFileWriter,
  Schema,
  Struct,
  Utf8,
  makeBuilder,
  makeData,
  type DataType,
} from 'apache-arrow';
import type { Column } from '../../schemas/index.js';

function arrowType(c: Column): DataType {
  switch (c.kind) {
    case 'string':
    case 'partial-date':
      return new Utf8();
    case 'date':
      return new DateDay();
    case 'integer':
      return new Int64();
    case 'number':
      return new Float64();
    case 'boolean':
      return new Bool();
    case 'list':
      return new List(new Field('item', new Utf8(), false));
  }
}

/** A JSON value as the Arrow builder of its column takes it. */
function arrowValue(c: Column, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (c.kind === 'date') return Date.parse(`${v as string}T00:00:00Z`);
  if (c.kind === 'integer') return BigInt(v as number);
  return v;
}

export function arrowSchema(cols: Column[], metadata: Record<string, string> = {}): Schema {
  const fields = cols.map((c) => new Field(c.name, arrowType(c), c.nullable, new Map([['description', c.description]])));
  return new Schema(fields, new Map(Object.entries(metadata)));
}

/** The table's rows as record batches of `size` rows, made one at a time. */
export function* recordBatches(cols: Column[], rows: Record<string, unknown>[], schema: Schema, size = 10_000): Generator<RecordBatch> {
  // A table with no rows is still one (empty) batch, so readers see the schema and zero rows.
  for (let i = 0; i === 0 || i < rows.length; i += size) {
    const slice = rows.slice(i, i + size);
    const children = schema.fields.map((f, j) => {
      const b = makeBuilder({ type: f.type, nullValues: [null, undefined] });
      for (const r of slice) b.append(arrowValue(cols[j]!, r[f.name]) as never);
      return b.finish().flush();
    });
    const data = makeData({ type: new Struct(schema.fields), length: slice.length, nullCount: 0, children });
    yield new RecordBatch(schema, data);
  }
}

/**
 * One Arrow IPC file. Batches are written as they are made, so the column builders never hold the
 * whole table next to the file bytes.
 */
export function toArrow(cols: Column[], rows: Record<string, unknown>[], metadata: Record<string, string> = {}, size = 10_000): Uint8Array {
  const schema = arrowSchema(cols, metadata);
  return RecordBatchFileWriter.writeAll(recordBatches(cols, rows, schema, size)).toUint8Array(true);
}
