/**
 * Thrift compact protocol, read into a generic tree and written back byte for byte as read
 * (field order, short or long field headers as the compact writer chooses them, list headers,
 * the byte a list's booleans are), so that Parquet footers can be taken apart and put together
 * again with only a few integers changed (emit/parquet-join.ts). No schema: a field is its id,
 * wire type and value; the caller knows which ids it wants.
 */

/** Compact-protocol wire types. */
export const T = { STOP: 0, TRUE: 1, FALSE: 2, BYTE: 3, I16: 4, I32: 5, I64: 6, DOUBLE: 7, BINARY: 8, LIST: 9, SET: 10, MAP: 11, STRUCT: 12 } as const;

export type Value = bigint | number | boolean | Uint8Array | Field[] | List | MapValue;
export interface Field {
  id: number;
  type: number;
  value: Value;
}
export interface List {
  elem: number;
  items: Value[];
}
export interface MapValue {
  key: number;
  val: number;
  entries: [Value, Value][];
}

/** Reads compact-protocol values from `bytes` starting at `at`. */
export class Reader {
  constructor(
    private readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  private byte(): number {
    if (this.at >= this.bytes.length) throw new Error('thrift: unexpected end of input');
    return this.bytes[this.at++]!;
  }

  private varint(): bigint {
    let out = 0n;
    for (let shift = 0n; ; shift += 7n) {
      const b = this.byte();
      out |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return out;
      if (shift > 63n) throw new Error('thrift: varint too long');
    }
  }

  private zigzag(): bigint {
    const v = this.varint();
    return (v >> 1n) ^ -(v & 1n);
  }

  /** A struct's fields up to its stop byte. */
  struct(): Field[] {
    const fields: Field[] = [];
    let last = 0;
    for (;;) {
      const head = this.byte();
      if (head === T.STOP) return fields;
      const type = head & 0x0f;
      const delta = head >> 4;
      const id = delta ? last + delta : Number(this.zigzag());
      last = id;
      fields.push({ id, type, value: type === T.TRUE || type === T.FALSE ? type === T.TRUE : this.value(type) });
    }
  }

  value(type: number): Value {
    switch (type) {
      case T.BYTE:
        return this.byte();
      case T.I16:
      case T.I32:
        return Number(this.zigzag());
      case T.I64:
        return this.zigzag();
      case T.DOUBLE: {
        const b = this.bytes.subarray(this.at, (this.at += 8));
        return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
      }
      case T.BINARY: {
        const n = Number(this.varint());
        if (this.at + n > this.bytes.length) throw new Error('thrift: binary past the end');
        return this.bytes.slice(this.at, (this.at += n));
      }
      case T.LIST:
      case T.SET: {
        const head = this.byte();
        const size = head >> 4 === 15 ? Number(this.varint()) : head >> 4;
        const elem = head & 0x0f;
        const items: Value[] = [];
        // A boolean element is a byte of its own (kept as read).
        for (let i = 0; i < size; i++) items.push(elem === T.TRUE || elem === T.FALSE ? this.byte() : this.value(elem));
        return { elem, items };
      }
      case T.MAP: {
        const size = Number(this.varint());
        if (!size) return { key: 0, val: 0, entries: [] };
        const kinds = this.byte();
        const key = kinds >> 4, val = kinds & 0x0f;
        const entries: [Value, Value][] = [];
        for (let i = 0; i < size; i++) entries.push([this.value(key), this.value(val)]);
        return { key, val, entries };
      }
      case T.STRUCT:
        return this.struct();
      default:
        throw new Error(`thrift: unknown type ${type}`);
    }
  }
}

/** Writes compact-protocol values; `bytes()` is what was written. */
export class Writer {
  private buf = new Uint8Array(1024);
  private n = 0;

  private byte(b: number): void {
    if (this.n === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.n++] = b;
  }

  private varint(v: bigint): void {
    while (v >= 0x80n) {
      this.byte(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    this.byte(Number(v));
  }

  private zigzag(v: bigint): void {
    this.varint(v >= 0n ? v << 1n : ((-v) << 1n) - 1n);
  }

  struct(fields: readonly Field[]): void {
    let last = 0;
    for (const f of fields) {
      const type = f.type === T.TRUE || f.type === T.FALSE ? (f.value ? T.TRUE : T.FALSE) : f.type;
      const delta = f.id - last;
      if (delta > 0 && delta <= 15) this.byte((delta << 4) | type);
      else {
        this.byte(type);
        this.zigzag(BigInt(f.id));
      }
      last = f.id;
      if (type !== T.TRUE && type !== T.FALSE) this.value(type, f.value);
    }
    this.byte(T.STOP);
  }

  value(type: number, v: Value): void {
    switch (type) {
      case T.BYTE:
        return this.byte(v as number);
      case T.I16:
      case T.I32:
        return this.zigzag(BigInt(v as number));
      case T.I64:
        return this.zigzag(v as bigint);
      case T.DOUBLE: {
        const b = new Uint8Array(8);
        new DataView(b.buffer).setFloat64(0, v as number, true);
        for (const x of b) this.byte(x);
        return;
      }
      case T.BINARY: {
        const b = v as Uint8Array;
        this.varint(BigInt(b.length));
        for (const x of b) this.byte(x);
        return;
      }
      case T.LIST:
      case T.SET: {
        const { elem, items } = v as List;
        if (items.length < 15) this.byte((items.length << 4) | elem);
        else {
          this.byte(0xf0 | elem);
          this.varint(BigInt(items.length));
        }
        for (const item of items) {
          if (elem === T.TRUE || elem === T.FALSE) this.byte(item as number);
          else this.value(elem, item);
        }
        return;
      }
      case T.MAP: {
        const { key, val, entries } = v as MapValue;
        this.varint(BigInt(entries.length));
        if (!entries.length) return;
        this.byte((key << 4) | val);
        for (const [k, x] of entries) {
          this.value(key, k);
          this.value(val, x);
        }
        return;
      }
      case T.STRUCT:
        return this.struct(v as Field[]);
      default:
        throw new Error(`thrift: unknown type ${type}`);
    }
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

/** A struct's bytes. */
export function encodeStruct(fields: readonly Field[]): Uint8Array {
  const w = new Writer();
  w.struct(fields);
  return w.bytes();
}

/** The field `id` of a struct, or undefined. */
export const field = (fields: readonly Field[], id: number): Field | undefined => fields.find((f) => f.id === id);
