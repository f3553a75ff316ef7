/**
 * Many small typed arrays as views into a few large ones. [scale] A run that keeps a small array
 * per article (a signature, a term count) makes 50,000 blocks of the C heap, interleaved with the
 * blocks made and freed around them (each result a worker sends is copied into fresh ones): the
 * heap cannot give the freed blocks back between those it keeps, and stays resident for the rest
 * of the run. A chunk this large is mapped on its own, only the pages written are resident, and it
 * is given back whole once no view of it is left.
 */
type Typed = Int32Array | Uint32Array | Float32Array;

/** The default chunk: 16 M items (64 MB of address space, resident only as far as it is used). */
const CHUNK = 1 << 24;

export class Slab<T extends Typed> {
  private chunk: T;
  private used = 0;
  constructor(private readonly Kind: { new (length: number): T }, private readonly size = CHUNK) {
    this.chunk = new Kind(0);
  }

  /** `n` items, zeroed. */
  take(n: number): T {
    if (this.used + n > this.chunk.length) {
      this.chunk = new this.Kind(Math.max(this.size, n));
      this.used = 0;
    }
    const at = this.used;
    this.used += n;
    return this.chunk.subarray(at, at + n) as T;
  }

  /** A copy of `items` in the slab. */
  copy(items: ArrayLike<number>): T {
    const out = this.take(items.length);
    out.set(items);
    return out;
  }
}
