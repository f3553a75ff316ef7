/** Arrow IPC (file format) adapter: field types and nullability from the schema; descriptions as field metadata. */
import {
  Bool,
  Field,
  Float64,
  Int32,
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

/**
 * One Arrow IPC file. Rows are turned into record batches of `size` rows one at a time and written
 * as they are made, so the column builders never hold the whole table next to the file bytes.
 */
export function toArrow(cols: Column[], rows: Record<string, unknown>[], metadata: Record<string, string> = {}, size = 10_000): Uint8Array {
  const schema = arrowSchema(cols, metadata);
  function* batches(): Generator<RecordBatch> {
    // A table with no rows is still one (empty) batch, so readers see the schema and zero rows.
    for (let i = 0; i === 0 || i < rows.length; i += size) {
      const slice = rows.slice(i, i + size);
      const children = schema.fields.map((f) => {
        const b = makeBuilder({ type: f.type, nullValues: [null, undefined] });
        for (const r of slice) b.append(r[f.name] as never);
        return b.finish().flush();
      });
      const data = makeData({ type: new Struct(schema.fields), length: slice.length, nullCount: 0, children });
      yield new RecordBatch(schema, data);
    }
  }
  return RecordBatchFileWriter.writeAll(batches()).toUint8Array(true);
}
