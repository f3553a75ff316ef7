/** Arrow IPC (file format) adapter: field types and nullability from the schema; descriptions as field metadata. */
import {
  Bool,
  Field,
  Float64,
  Int32,
  List,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Utf8,
  makeBuilder,
  makeData,
  tableToIPC,
  type DataType,
} from 'apache-arrow';
import type { Column } from '../../schemas/index.js';

function arrowType(c: Column): DataType {
  switch (c.kind) {
    case 'string':
      return new Utf8();
    case 'integer':
      return new Int32();
    case 'number':
      return new Float64();
    case 'boolean':
      return new Bool();
    case 'list':
      return new List(new Field('item', new Utf8(), false));
  }
}

export function arrowSchema(cols: Column[], metadata: Record<string, string> = {}): Schema {
  const fields = cols.map((c) => new Field(c.name, arrowType(c), c.nullable, new Map([['description', c.description]])));
  return new Schema(fields, new Map(Object.entries(metadata)));
}

export function toArrow(cols: Column[], rows: Record<string, unknown>[], metadata: Record<string, string> = {}): Uint8Array {
  const schema = arrowSchema(cols, metadata);
  const children = schema.fields.map((f) => {
    const b = makeBuilder({ type: f.type, nullValues: [null, undefined] });
    for (const r of rows) b.append(r[f.name] as never);
    return b.finish().flush();
  });
  const data = makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children });
  const table = new Table(schema, [new RecordBatch(schema, data)]);
  return tableToIPC(table, 'file');
}
