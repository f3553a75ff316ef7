/**
 * Arrow column data made straight from the rows' values, without the generic builders: strings
 * are written into one buffer (no encoder call and no array per value), days and integers into
 * typed arrays. The IPC writer writes exactly each buffer's used part, so the file is what the
 * builders made (tests/emit.test.ts reads it back; the committed out/ did not change).
 */
import { Bool, DateDay, Float64, Int64, List, Utf8, makeData, type Data, type DataType, type Field } from 'apache-arrow';
import type { Column } from '../../schemas/index.js';

const DAY_MS = 86_400_000;

/** Validity bits, and how many values are null; no bitmap at all when none is. */
function validity(values: readonly unknown[]): { nullCount: number; nullBitmap?: Uint8Array } {
  let nullCount = 0;
  for (const v of values) if (v === null || v === undefined) nullCount++;
  if (!nullCount) return { nullCount };
  const bits = new Uint8Array((values.length + 7) >> 3);
  values.forEach((v, i) => {
    if (v !== null && v !== undefined) bits[i >> 3]! |= 1 << (i & 7);
  });
  return { nullCount, nullBitmap: bits };
}

/** Strings (null: an empty slot) as Utf8 offsets and bytes. */
function utf8(values: readonly unknown[]): { valueOffsets: Int32Array; data: Uint8Array } {
  const valueOffsets = new Int32Array(values.length + 1);
  let total = 0;
  values.forEach((v, i) => {
    if (typeof v === 'string') total += Buffer.byteLength(v);
    valueOffsets[i + 1] = total;
  });
  const data = Buffer.allocUnsafeSlow(total); // every byte is written below
  values.forEach((v, i) => {
    if (typeof v === 'string') data.write(v, valueOffsets[i]!);
  });
  return { valueOffsets, data };
}

/** One column of a batch: `values` are the rows' JSON values of column `c`, typed as `field` says. */
export function columnData(c: Column, field: Field, values: readonly unknown[]): Data {
  const length = values.length;
  const nulls = validity(values);
  const type = field.type as DataType;
  switch (c.kind) {
    case 'string':
    case 'partial-date':
      return makeData({ type: type as Utf8, length, ...nulls, ...utf8(values) });
    case 'date': {
      const days = new Int32Array(length);
      values.forEach((v, i) => {
        if (typeof v === 'string') days[i] = Date.parse(`${v}T00:00:00Z`) / DAY_MS;
      });
      return makeData({ type: type as DateDay, length, ...nulls, data: days });
    }
    case 'integer': {
      const ints = new BigInt64Array(length);
      values.forEach((v, i) => {
        if (typeof v === 'number') ints[i] = BigInt(v);
      });
      return makeData({ type: type as Int64, length, ...nulls, data: ints });
    }
    case 'number': {
      const floats = new Float64Array(length);
      values.forEach((v, i) => {
        if (typeof v === 'number') floats[i] = v;
      });
      return makeData({ type: type as Float64, length, ...nulls, data: floats });
    }
    case 'boolean': {
      const bits = new Uint8Array((length + 7) >> 3);
      values.forEach((v, i) => {
        if (v === true) bits[i >> 3]! |= 1 << (i & 7);
      });
      return makeData({ type: type as Bool, length, ...nulls, data: bits });
    }
    case 'list': {
      const lists = type as List<Utf8>;
      const valueOffsets = new Int32Array(length + 1);
      const items: string[] = [];
      values.forEach((v, i) => {
        if (Array.isArray(v)) for (const x of v) items.push(String(x));
        valueOffsets[i + 1] = items.length;
      });
      const child = makeData({ type: lists.children[0]!.type, length: items.length, nullCount: 0, ...utf8(items) });
      return makeData({ type: lists, length, ...nulls, valueOffsets, child });
    }
  }
}
