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
  MetadataVersion,
  RecordBatch,
  RecordBatchStreamWriter,
  Schema,
  Struct,
  Utf8,
  makeData,
  type DataType,
} from 'apache-arrow';
import { FileBlock, Footer } from 'apache-arrow/ipc/metadata/file';
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

/**
 * A record batch as a one-batch IPC stream (schema message, batch message, end of stream): the
 * form the Parquet writer takes it in (emit/parquet.ts), and the batch's message for the file.
 */
export function ipcStream(batch: RecordBatch): Uint8Array {
  return RecordBatchStreamWriter.writeAll([batch]).toUint8Array(true);
}

/** A message's length (its 8-byte prefix, metadata and padding; not its body), at `at`. */
function metadataLength(bytes: Uint8Array, at: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(at, true) !== -1) throw new Error('arrow: expected an IPC message');
  return 8 + view.getInt32(at + 4, true);
}

/**
 * The record batch message of a one-batch stream: its metadata and body. The stream and file
 * formats write a batch's message the same way (8-byte aligned, lengths and buffer offsets
 * relative to the message), so these bytes are the batch wherever it is put in a file.
 */
export function batchMessage(stream: Uint8Array): Uint8Array {
  const at = metadataLength(stream, 0); // past the schema message, which has no body
  return stream.subarray(at, stream.length - 8); // less the end-of-stream marker
}

const FILE_MAGIC = Buffer.from('ARROW1\u0000\u0000'); // the magic, padded to 8 bytes
const END_OF_STREAM = Buffer.from(Int32Array.of(-1, 0).buffer);

/**
 * An Arrow IPC file from batch messages (`batchMessage`), as RecordBatchFileWriter lays it out:
 * the magic, each message where it lands (its block noted), the end-of-stream marker, the footer
 * (schema and blocks), its length and the magic. Only the footer depends on where the batches
 * are, so a batch's message can be kept and put into another file as it is.
 */
export function arrowFile(schema: Schema) {
  const blocks: FileBlock[] = [];
  let position = FILE_MAGIC.length;
  return {
    start: (): Uint8Array => FILE_MAGIC,
    batch(message: Uint8Array): Uint8Array {
      const meta = metadataLength(message, 0);
      blocks.push(new FileBlock(meta, message.length - meta, position));
      position += message.length;
      return message;
    },
    end(): Uint8Array[] {
      const footer = Footer.encode(new Footer(schema, MetadataVersion.V5, blocks, []));
      return [END_OF_STREAM, footer, Buffer.from(Int32Array.of(footer.length).buffer), Buffer.from('ARROW1')];
    },
  };
}

/** An Arrow IPC file a record batch at a time: each batch's bytes as it is written, then the footer. */
export function arrowEncoder(schema: Schema) {
  const file = arrowFile(schema);
  let started = false;
  return {
    batch(b: RecordBatch): Uint8Array[] {
      const message = file.batch(batchMessage(ipcStream(b)));
      if (started) return [message];
      started = true;
      return [file.start(), message];
    },
    end(): Uint8Array[] {
      return started ? file.end() : [file.start(), ...file.end()];
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
