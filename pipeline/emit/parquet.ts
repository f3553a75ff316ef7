/**
 * Parquet adapter: the table's Arrow record batches (pipeline/emit/arrow.ts) written by arrow-rs
 * (parquet-wasm), so Parquet has exactly the Arrow file's columns, types and rows: DATE for days,
 * INT64, LIST<UTF8> for lists, field descriptions kept in the embedded Arrow schema. zstd
 * compressed. Chosen over hyparquet-writer by measurement: over the BBC politics run, files a
 * third smaller (articles 439 vs 649 KB, quote_mentions 352 vs 531 KB) at the same speed, and no
 * second type mapping to keep in step with the Arrow one.
 */
import { RecordBatchStreamWriter } from 'apache-arrow';
import { Compression, Table, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm/node';
import type { Column } from '../../schemas/index.js';
import { arrowSchema, recordBatches } from './arrow.js';

export function toParquet(cols: Column[], rows: Record<string, unknown>[], metadata: Record<string, string>, createdBy: string): Uint8Array {
  const schema = arrowSchema(cols, metadata);
  const ipc = RecordBatchStreamWriter.writeAll(recordBatches(cols, rows, schema)).toUint8Array(true);
  const props = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setCreatedBy(createdBy).build();
  // writeParquet takes the wasm table (and its memory) over: nothing to free here.
  return writeParquet(Table.fromIPCStream(ipc), props);
}
