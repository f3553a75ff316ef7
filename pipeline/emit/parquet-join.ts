/**
 * One Parquet file from several, each of one row group: each batch of a table is written as a
 * Parquet file of its own (so its bytes can be kept and reused, emit/batch-cache.ts), and the
 * table's file is their row groups one after another, then their page indexes, then one footer.
 *
 * Sound because a row group's bytes (its column chunks: page headers and pages) hold no file
 * position; only the footer and the page indexes do: a column chunk's page offsets, its own
 * offset, where its indexes are, and the offset index's page locations. Those are moved by where
 * the row group lands; nothing else changes (schema, key-value metadata with the Arrow schema,
 * statistics, column orders are the first part's, which every part shares). The footer is read
 * and written back with a generic Thrift compact codec (emit/thrift.ts), so every field the writer
 * puts there is kept as written. A part this cannot vouch for (bloom filters, encryption, a row
 * group that does not start right after the magic) throws: a bug, not data.
 *
 * Field ids are those of parquet.thrift (apache/parquet-format).
 */
import { encodeStruct, field, Reader, T, type Field, type List } from './thrift.js';

const MAGIC = Buffer.from('PAR1');

const FILE = { numRows: 3, rowGroups: 4, encryption: 8 } as const;
const ROW_GROUP = { columns: 1, fileOffset: 5, ordinal: 7 } as const;
const CHUNK = { fileOffset: 2, meta: 3, offsetIndexOffset: 4, offsetIndexLength: 5, columnIndexOffset: 6, columnIndexLength: 7, crypto: 8 } as const;
const COLUMN_META = { totalCompressed: 7, dataPage: 9, indexPage: 10, dictionaryPage: 11, bloomOffset: 14 } as const;
const OFFSET_INDEX = { pages: 1 } as const;
const PAGE_LOCATION = { offset: 1 } as const;

/** The footer of a Parquet file (its FileMetaData) and where it starts. */
function footerOf(file: Uint8Array): { meta: Field[]; start: number } {
  const n = file.length;
  if (n < 12 || Buffer.compare(file.subarray(0, 4), MAGIC) || Buffer.compare(file.subarray(n - 4), MAGIC)) throw new Error('parquet-join: not a Parquet file');
  const length = Buffer.from(file.buffer, file.byteOffset, file.byteLength).readUInt32LE(n - 8);
  const start = n - 8 - length;
  return { meta: new Reader(file.subarray(start, n - 8)).struct(), start };
}

const i64 = (fields: Field[], id: number): bigint | undefined => field(fields, id)?.value as bigint | undefined;
const i32 = (fields: Field[], id: number): number | undefined => field(fields, id)?.value as number | undefined;

/** A copy of `fields` with field `id` set to `value` (added in id order when absent). */
function withField(fields: readonly Field[], id: number, type: number, value: Field['value']): Field[] {
  const out = fields.filter((f) => f.id !== id);
  out.push({ id, type, value });
  return out.sort((a, b) => a.id - b.id);
}

/** Adds `delta` to the i64 fields `ids` of `fields` that are there. */
function shifted(fields: readonly Field[], ids: readonly number[], delta: bigint): Field[] {
  return fields.map((f) => (ids.includes(f.id) && f.type === T.I64 ? { ...f, value: (f.value as bigint) + delta } : f));
}

interface Part {
  rowGroups: Field[][];
  /** Per row group, per column: its column index bytes and its offset index (moved), where there are. */
  columnIndexes: (Uint8Array | null)[][];
  offsetIndexes: (Field[] | null)[][];
}

/**
 * Joins single-file parts into one Parquet file, written as it goes: `start` (the magic), `add`
 * for each part (its row groups' bytes, to write next), `end` (page indexes and footer).
 */
export class ParquetJoin {
  private position = 4;
  private meta: Field[] | null = null;
  private numRows = 0n;
  private readonly parts: Part[] = [];

  start(): Uint8Array {
    return MAGIC;
  }

  /** A part (a whole Parquet file); returns its row groups' bytes, to be written next. */
  add(file: Uint8Array): Uint8Array {
    const { meta, start } = footerOf(file);
    if (field(meta, FILE.encryption)) throw new Error('parquet-join: encrypted part');
    const groups = ((field(meta, FILE.rowGroups)?.value as List | undefined)?.items ?? []) as Field[][];
    // The row groups' bytes: from after the magic to the end of the last column chunk.
    let end = 4;
    for (const g of groups) {
      for (const chunk of ((field(g, ROW_GROUP.columns)!.value as List).items as Field[][])) {
        const m = field(chunk, CHUNK.meta)!.value as Field[];
        if (field(chunk, CHUNK.crypto) || i64(m, COLUMN_META.bloomOffset) !== undefined) throw new Error('parquet-join: part with bloom filters or encryption');
        const first = i64(m, COLUMN_META.dictionaryPage) ?? i64(m, COLUMN_META.dataPage)!;
        if (first < 4n) throw new Error('parquet-join: column chunk before the magic');
        const last = Number(first + i64(m, COLUMN_META.totalCompressed)!);
        if (last > end) end = last;
      }
    }
    if (end > start) throw new Error('parquet-join: row groups run into the footer');
    const delta = BigInt(this.position - 4);
    const part: Part = { rowGroups: [], columnIndexes: [], offsetIndexes: [] };
    for (const g of groups) {
      const chunks = (field(g, ROW_GROUP.columns)!.value as List).items as Field[][];
      const cis: (Uint8Array | null)[] = [];
      const ois: (Field[] | null)[] = [];
      const moved = chunks.map((chunk) => {
        const ciAt = i64(chunk, CHUNK.columnIndexOffset), ciLength = i32(chunk, CHUNK.columnIndexLength);
        const oiAt = i64(chunk, CHUNK.offsetIndexOffset), oiLength = i32(chunk, CHUNK.offsetIndexLength);
        for (const [at, length] of [[ciAt, ciLength], [oiAt, oiLength]] as const) {
          if (at !== undefined && (length === undefined || at < BigInt(end) || Number(at) + length > start)) throw new Error('parquet-join: a page index out of place');
        }
        cis.push(ciAt !== undefined ? file.slice(Number(ciAt), Number(ciAt) + ciLength!) : null);
        if (oiAt !== undefined) {
          const oi = new Reader(file.subarray(Number(oiAt), Number(oiAt) + oiLength!)).struct();
          const pages = field(oi, OFFSET_INDEX.pages)!.value as List;
          const movedPages = { ...pages, items: (pages.items as Field[][]).map((p) => shifted(p, [PAGE_LOCATION.offset], delta)) };
          ois.push(withField(oi, OFFSET_INDEX.pages, T.LIST, movedPages));
        } else ois.push(null);
        const m = shifted(field(chunk, CHUNK.meta)!.value as Field[], [COLUMN_META.dataPage, COLUMN_META.indexPage, COLUMN_META.dictionaryPage], delta);
        // file_offset 0 is the writers' "not given" (as arrow-rs writes it): left so.
        const own = i64(chunk, CHUNK.fileOffset);
        return shifted(withField(chunk, CHUNK.meta, T.STRUCT, m), own ? [CHUNK.fileOffset] : [], delta);
      });
      part.rowGroups.push(shifted(withField(g, ROW_GROUP.columns, T.LIST, { elem: T.STRUCT, items: moved }), [ROW_GROUP.fileOffset], delta));
      part.columnIndexes.push(cis);
      part.offsetIndexes.push(ois);
    }
    this.meta ??= meta;
    this.numRows += i64(meta, FILE.numRows) ?? 0n;
    this.parts.push(part);
    this.position += end - 4;
    return file.subarray(4, end);
  }

  /** The page indexes (column indexes, then offset indexes, as arrow-rs lays them out), the footer, its length and the magic. */
  end(): Uint8Array[] {
    if (!this.meta) throw new Error('parquet-join: no part');
    const out: Uint8Array[] = [];
    let at = this.position;
    const put = (b: Uint8Array) => {
      out.push(b);
      const where = at;
      at += b.length;
      return where;
    };
    const groups = this.parts.flatMap((p) => p.rowGroups.map((g, i) => ({ g, cis: p.columnIndexes[i]!, ois: p.offsetIndexes[i]! })));
    const chunks = groups.map(({ g }) => [...((field(g, ROW_GROUP.columns)!.value as List).items as Field[][])]);
    groups.forEach(({ cis }, r) =>
      cis.forEach((ci, c) => {
        if (ci) chunks[r]![c] = withField(chunks[r]![c]!, CHUNK.columnIndexOffset, T.I64, BigInt(put(ci)));
      }),
    );
    groups.forEach(({ ois }, r) =>
      ois.forEach((oi, c) => {
        if (!oi) return;
        const bytes = encodeStruct(oi);
        const where = put(bytes);
        chunks[r]![c] = withField(withField(chunks[r]![c]!, CHUNK.offsetIndexOffset, T.I64, BigInt(where)), CHUNK.offsetIndexLength, T.I32, bytes.length);
      }),
    );
    const rowGroups = groups.map(({ g }, r) => {
      const own = withField(g, ROW_GROUP.columns, T.LIST, { elem: T.STRUCT, items: chunks[r]! });
      return field(own, ROW_GROUP.ordinal) ? withField(own, ROW_GROUP.ordinal, T.I16, r) : own;
    });
    const list = field(this.meta, FILE.rowGroups)?.value as List | undefined;
    let meta = withField(this.meta, FILE.numRows, T.I64, this.numRows);
    meta = withField(meta, FILE.rowGroups, T.LIST, { elem: list?.elem ?? T.STRUCT, items: rowGroups });
    const footer = encodeStruct(meta);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(footer.length);
    out.push(footer, length, MAGIC);
    return out;
  }
}
