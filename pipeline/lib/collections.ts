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
