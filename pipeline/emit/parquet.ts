/**
 * Parquet adapter: the table's Arrow record batches (pipeline/emit/arrow.ts) written by arrow-rs
 * (parquet-wasm), so Parquet has exactly the Arrow file's columns, types and rows: DATE for days,
 * INT64, LIST<UTF8> for lists, field descriptions kept in the embedded Arrow schema. zstd
 * compressed, one row group per record batch. Chosen over hyparquet-writer by measurement: over
 * the BBC politics run, files a third smaller (articles 439 vs 649 KB, quote_mentions 352 vs 531
 * KB) at the same speed, and no second type mapping to keep in step with the Arrow one.
 *
 * Two writers, the same bytes (a test checks it): `parquetChunks` hands the batches to the wasm
 * writer one at a time and passes each finished row group on (publishing: memory holds a row
 * group, not the table); `toParquet` writes a table held in memory at once (synchronous).
 */
import { RecordBatchStreamWriter } from 'apache-arrow';
import { Compression, Table, WriterPropertiesBuilder, transformParquetStream, writeParquet, type RecordBatch, type WriterProperties } from 'parquet-wasm/node';
import type { Column } from '../../schemas/index.js';
import { arrowSchema, recordBatches } from './arrow.js';

function properties(createdBy: string, size: number): WriterProperties {
  return new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setCreatedBy(createdBy).setMaxRowGroupSize(size).build();
}

export function toParquet(cols: Column[], rows: Iterable<Record<string, unknown>>, metadata: Record<string, string>, createdBy: string, size = 10_000): Uint8Array {
  const schema = arrowSchema(cols, metadata);
  const ipc = RecordBatchStreamWriter.writeAll(recordBatches(cols, rows, schema, size)).toUint8Array(true);
  // writeParquet takes the wasm table (and its memory) over: nothing to free here.
  return writeParquet(Table.fromIPCStream(ipc), properties(createdBy, size));
}

export async function* parquetChunks(cols: Column[], rows: Iterable<Record<string, unknown>>, metadata: Record<string, string>, createdBy: string, size = 10_000): AsyncGenerator<Uint8Array> {
  const schema = arrowSchema(cols, metadata);
  const source = recordBatches(cols, rows, schema, size);
  // Each batch crosses into wasm as a one-batch IPC stream, when the writer asks for it.
  const input = new ReadableStream<RecordBatch>({
    pull(controller) {
      const next = source.next();
      if (next.done) return controller.close();
      const ipc = RecordBatchStreamWriter.writeAll([next.value]).toUint8Array(true);
      const table = Table.fromIPCStream(ipc);
      controller.enqueue(table.recordBatch(0)!);
      table.free();
    },
  });
  const output = await transformParquetStream(input, properties(createdBy, size));
  for await (const piece of output as unknown as AsyncIterable<Uint8Array>) yield piece;
}
