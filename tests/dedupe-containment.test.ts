/** The containment index (dedupe/containment.ts) and the radix sort it stands on, against plain reference versions written here. */
import { describe, expect, test } from 'vitest';
import { containmentCandidates } from '../pipeline/dedupe/containment.js';
import { fmix32, sampleSet } from '../pipeline/dedupe/shingles.js';
import { sortByKey } from '../pipeline/lib/collections.js';

describe('sortByKey', () => {
  test('sorts by key, keeping the order of equal keys, across both halves of the key', () => {
    const keys = Uint32Array.from([0x00020001, 5, 0xffffffff, 0x00010002, 5, 0, 0x00020001, 0x00010001]);
    const values = Uint32Array.from([0, 1, 2, 3, 4, 5, 6, 7]);
    sortByKey(keys, values);
    expect([...keys]).toEqual([0, 5, 5, 0x00010001, 0x00010002, 0x00020001, 0x00020001, 0xffffffff]);
    expect([...values]).toEqual([5, 1, 4, 7, 3, 0, 6, 2]);
  });

  test('an empty list stays empty', () => {
    const keys = new Uint32Array(0);
    sortByKey(keys, new Uint32Array(0));
    expect(keys.length).toBe(0);
  });
});

/** A deterministic pseudo-random sorted set of `n` hashes, from `seed`. */
function randomSet(seed: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(fmix32((seed * 7919 + i * 104729) >>> 0));
  return out;
}

/** The candidates as a map of lists and a map of pair counts would give them (what the index replaced). */
function reference(sets: (Uint32Array | null)[]): [number, number][] {
  const samples = sets.map((s) => (s && s.length >= 40 ? sampleSet(s, 8) : new Uint32Array(0)));
  const postings = new Map<number, number[]>();
  samples.forEach((s, i) => s.forEach((h) => postings.set(h, [...(postings.get(h) ?? []), i])));
  const shared = new Map<string, number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > 50) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) shared.set(`${list[x]},${list[y]}`, (shared.get(`${list[x]},${list[y]}`) ?? 0) + 1);
  }
  return [...shared]
    .map(([k, count]) => [...k.split(',').map(Number), count] as [number, number, number])
    .filter(([a, b, count]) => count >= Math.max(2, 0.4 * Math.min(samples[a]!.length, samples[b]!.length)))
    .sort((p, q) => p[0] - q[0] || p[1] - q[1])
    .map(([a, b]) => [a, b]);
}

describe('containmentCandidates', () => {
  test('finds what the map-based index found, in the same order', () => {
    // Texts made of shared blocks: some hold another whole, some share a little, one phrase is in 60 (a stock phrase).
    const blocks = Array.from({ length: 12 }, (_, b) => randomSet(b + 1, 120));
    const stock = randomSet(99, 200);
    const sets: (Uint32Array | null)[] = [];
    for (let i = 0; i < 70; i++) {
      const own = randomSet(1000 + i, 30 + (i % 7) * 20);
      const parts = [own, blocks[i % 12]!, ...(i % 3 === 0 ? [blocks[(i + 5) % 12]!] : []), ...(i < 60 ? [stock] : [])];
      sets.push(i % 17 === 0 ? null : Uint32Array.from(new Set(parts.flat())).sort());
    }
    sets.push(Uint32Array.from(randomSet(5000, 10)).sort()); // too short to count
    const expected = reference(sets);
    expect(expected.length).toBeGreaterThan(20);
    expect([...containmentCandidates(sets)]).toEqual(expected);
  });
});
