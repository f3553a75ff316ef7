/**
 * Arrow IPC (file format) adapter: field types and nullability from the columns; descriptions as
 * field metadata. Days are Date32 (`DateDay`), integers Int64 (what DuckDB, pandas and R call
 * BIGINT / int64), lists of strings `List<Utf8>`, ids and partial dates Utf8.
 */
import {
  AsyncByteQueue,
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
  makeData,
  type DataType,
} from 'apache-arrow';
import type { Column } from '../../schemas/index.js';
import { columnData } from './arrow-columns.js';
import { batches } from './batches.js';

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

export function arrowSchema(cols: Column[], metadata: Record<string, string> = {}): Schema {
  const fields = cols.map((c) => new Field(c.name, arrowType(c), c.nullable, new Map([['description', c.description]])));
  return new Schema(fields, new Map(Object.entries(metadata)));
}

/** The table's rows as record batches of `size` rows, made one at a time. */
export function* recordBatches(cols: Column[], rows: Iterable<Record<string, unknown>>, schema: Schema, size = 10_000): Generator<RecordBatch> {
  let any = false;
  for (const slice of batches(rows, size)) {
    any = true;
    yield recordBatch(cols, slice, schema);
  }
  // A table with no rows is still one (empty) batch, so readers see the schema and zero rows.
  if (!any) yield recordBatch(cols, [], schema);
}

/** One record batch of rows. */
export function recordBatch(cols: Column[], slice: Record<string, unknown>[], schema: Schema): RecordBatch {
  const children = schema.fields.map((f, j) => columnData(cols[j]!, f, slice.map((r) => r[f.name])));
  const data = makeData({ type: new Struct(schema.fields), length: slice.length, nullCount: 0, children });
  return new RecordBatch(schema, data);
}

/** Collects what the IPC writer writes, to hand it on piece by piece. */
class Pieces extends AsyncByteQueue<Uint8Array> {
  out: Uint8Array[] = [];
  override write(piece: Uint8Array): void {
    this.out.push(piece);
  }
  take(): Uint8Array[] {
    const taken = this.out;
    this.out = [];
    return taken;
  }
}

/** An Arrow IPC file a record batch at a time: each batch's bytes as it is written, then the footer. */
export function arrowEncoder(schema: Schema) {
  const sink = new Pieces();
  const writer = new RecordBatchFileWriter();
  writer.reset(sink as unknown as AsyncByteQueue, schema);
  return {
    batch(b: RecordBatch): Uint8Array[] {
      writer.write(b);
      return sink.take();
    },
    end(): Uint8Array[] {
      writer.finish();
      return sink.take();
    },
  };
}

/**
 * One Arrow IPC file in pieces: each record batch is written as it is made, so neither the
 * column builders nor the file's bytes ever hold the whole table.
 */
export function* arrowChunks(cols: Column[], rows: Iterable<Record<string, unknown>>, metadata: Record<string, string> = {}, size = 10_000): Generator<Uint8Array> {
  const schema = arrowSchema(cols, metadata);
  const arrow = arrowEncoder(schema);
  for (const batch of recordBatches(cols, rows, schema, size)) yield* arrow.batch(batch);
  yield* arrow.end();
}

/** One Arrow IPC file, whole. */
export function toArrow(cols: Column[], rows: Iterable<Record<string, unknown>>, metadata: Record<string, string> = {}, size = 10_000): Uint8Array {
  return Buffer.concat([...arrowChunks(cols, rows, metadata, size)]);
}
