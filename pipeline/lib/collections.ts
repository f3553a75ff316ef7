/** Small helpers for deterministic output: code-unit string order and order-keeping de-duplication. */

/** Compare strings by UTF-16 code units, as a plain `<` does: the same order on every machine and locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct values, in order of first appearance. */
export function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** The distinct strings, sorted with `cmp`. */
export function uniqueSorted(xs: readonly string[]): string[] {
  return [...new Set(xs)].sort(cmp);
}

/**
 * The value `map` keeps for `key`, made by `make` the first time it is asked for: a memo of what
 * recurs across a corpus, emptied once it holds more than `limit` entries (its memory is bounded).
 */
export function remembered<K, V>(map: Map<K, V>, key: K, make: (key: K) => V, limit: number): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make(key);
    if (map.size > limit) map.clear();
    map.set(key, value);
  }
  return value;
}

/** Append `value` to the list kept under `key`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Append every item of `items` to `target` (no argument spread: safe for lists of any length). */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const x of items) target.push(x);
  return target;
}

/**
 * Sorts pairs (keys[i], values[i]) by key in place, stably (pairs of one key keep their order): a
 * radix sort, linear in the pairs, for millions of them where an array of objects or a comparator
 * sort would cost far more.
 */
export function sortByKey(keys: Uint32Array, values: Uint32Array): void {
  let k = keys, v = values;
  let k2: Uint32Array = new Uint32Array(k.length), v2: Uint32Array = new Uint32Array(v.length);
  // Two passes of 16 bits, lowest first: the second pass leaves the result in the arrays given.
  for (const shift of [0, 16]) {
    const starts = new Uint32Array(0x10001);
    for (let i = 0; i < k.length; i++) starts[((k[i]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 0; d < 0x10000; d++) starts[d + 1]! += starts[d]!;
    for (let i = 0; i < k.length; i++) {
      const to = starts[(k[i]! >>> shift) & 0xffff]!++;
      k2[to] = k[i]!;
      v2[to] = v[i]!;
    }
    [k, k2] = [k2, k];
    [v, v2] = [v2, v];
  }
}
