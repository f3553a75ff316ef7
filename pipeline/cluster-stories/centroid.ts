/**
 * The sums of term vectors that story clustering keeps per story, and its posting lists (term →
 * the stories whose centroid has it), in typed arrays: over 50,000 articles there are about ten
 * million (story, term) entries, which as a map entry, a boxed weight and two array slots each
 * took the larger part of the run's memory. A centroid keeps each term's weight in the order the
 * term was first added (`weights`, the order its norm is summed in), and its term ids sorted with
 * each one's place there, for lookups by halving. A posting list gives each story's weight of the
 * term, kept current as the centroid grows, so scoring candidates reads the list in order and
 * nothing else ([scale]: a read of each story's own weights per entry was most of clustering's time).
 */

/** A growable list of numbers of one typed-array kind. */
class GrowableList<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(public data: T) {}
  push(x: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = x;
  }
  /** Two at once (a pair, kept side by side). */
  pushPair(x: number, y: number): void {
    if (this.length + 2 > this.data.length) this.grow();
    this.data[this.length++] = x;
    this.data[this.length++] = y;
  }
  private grow(): void {
    const next = new (this.data.constructor as { new (n: number): T })(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}

/** A growable list of 32-bit integers. */
export class IntList extends GrowableList<Int32Array> {
  constructor() {
    super(new Int32Array(4));
  }
}

/**
 * The stories whose centroid has a term, each with the term's weight in that centroid: pairs
 * (story, weight) side by side, so scoring reads both from one place (one list per term, not two).
 * `count` is how many stories have the term; only the first `cap` are listed (see `Postings`).
 */
export class Posting extends GrowableList<Float64Array> {
  count = 0;
  constructor() {
    super(new Float64Array(4));
  }
}

/** How many stories a posting list names. */
export const postingCount = (p: Posting): number => p.count;

/**
 * The posting lists of a run, by term id (ids are dense: an array, not a map). A list longer than
 * `cap` is never read (a term that common is no evidence): past `cap`, its stories are counted,
 * not listed ([scale]: the common terms' lists were most of the entries, read by no one).
 */
export class Postings {
  private readonly lists: (Posting | undefined)[];
  constructor(readonly cap: number, terms = 0) {
    this.lists = new Array<Posting | undefined>(terms);
  }
  /** A term's list, or undefined when no story has it. */
  of(term: number): Posting | undefined {
    return this.lists[term];
  }
  /** Story `story` has the term, with weight `weight`: where the weight is in the term's list, or -1 when it is not listed. */
  add(term: number, story: number, weight: number): number {
    let p = this.lists[term];
    if (!p) this.lists[term] = p = new Posting();
    if (p.count++ >= this.cap) return -1;
    p.pushPair(story, weight);
    return p.length - 1;
  }
  /** A listed weight (`add` said where) is now `weight`. */
  update(term: number, at: number, weight: number): void {
    this.lists[term]!.data[at] = weight;
  }
}

/** Pairs merged at once stay under this (the terms of one vector: thousands at most). */
const PAIR_SPAN = 2 ** 21;

/**
 * The indices of `m` (term, place) pairs in order of their terms (distinct: any sort gives this
 * order): sorted as numbers in a typed array, each a term id (under 2^31) above its index (under
 * 2^21), exact in a double, rather than a pair made per term and sorted by a comparator.
 */
function pairsByTerm(fresh: readonly number[], m: number): Int32Array {
  const order = new Int32Array(m);
  if (m >= PAIR_SPAN) {
    const sorted = Array.from({ length: m }, (_, k) => k).sort((a, b) => fresh[2 * a]! - fresh[2 * b]!);
    order.set(sorted);
    return order;
  }
  const keys = new Float64Array(m);
  for (let k = 0; k < m; k++) keys[k] = fresh[2 * k]! * PAIR_SPAN + k;
  keys.sort();
  for (let j = 0; j < m; j++) order[j] = keys[j]! % PAIR_SPAN;
  return order;
}

export class Centroid {
  /** Term ids, ascending ... */
  private terms = new Int32Array(0);
  /** ... and each one's place in `weights`. */
  private places = new Int32Array(0);
  /** Each term's weight, in the order the terms were first added. */
  readonly weights: number[] = [];
  /** Where each weight (by place) is listed in its term's posting list, or -1 (`Postings.add`). */
  private readonly listedAt = new IntList();

  get size(): number {
    return this.weights.length;
  }

  /** Where a term's weight is in `weights`, or -1. */
  placeOf(term: number): number {
    let lo = 0, hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = this.terms[mid]!;
      if (t === term) return this.places[mid]!;
      if (t < term) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** The centroid as a vector: its terms and weights in the order the terms were first added. */
  vector(): { ids: Int32Array; weights: Float64Array } {
    const ids = new Int32Array(this.weights.length);
    for (let k = 0; k < this.terms.length; k++) ids[this.places[k]!] = this.terms[k]!;
    return { ids, weights: Float64Array.from(this.weights) };
  }

  /** A term's weight, or 0. */
  weightOf(term: number): number {
    const i = this.placeOf(term);
    return i < 0 ? 0 : this.weights[i]!;
  }

  /**
   * Adds a vector (its terms distinct) term by term: a term already here adds to its weight, a
   * new one is placed after the others and goes on `postings` under story `story`.
   */
  add(ids: Int32Array, ws: Float64Array, postings: Postings, story: number): void {
    const fresh: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const t = ids[k]!;
      const i = this.placeOf(t);
      if (i >= 0) {
        const w = (this.weights[i]! += ws[k]!);
        const at = this.listedAt.data[i]!;
        if (at >= 0) postings.update(t, at, w);
        continue;
      }
      this.listedAt.push(postings.add(t, story, ws[k]!));
      fresh.push(t, this.weights.length);
      this.weights.push(ws[k]!);
    }
    if (fresh.length) this.merge(fresh);
  }

  /** The new (term, place) pairs merged into the sorted terms. */
  private merge(fresh: number[]): void {
    const m = fresh.length / 2;
    const order = pairsByTerm(fresh, m);
    const n = this.terms.length;
    const terms = new Int32Array(n + m), places = new Int32Array(n + m);
    let i = 0, j = 0, o = 0;
    while (i < n || j < m) {
      const pair = j < m ? 2 * order[j]! : -1;
      if (j >= m || (i < n && this.terms[i]! < fresh[pair]!)) (terms[o] = this.terms[i]!), (places[o++] = this.places[i++]!);
      else (terms[o] = fresh[pair]!), (places[o++] = fresh[pair + 1]!), j++;
    }
    this.terms = terms;
    this.places = places;
  }
}
