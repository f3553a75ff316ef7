import { describe, expect, it } from 'vitest';
import { Centroid, IntList, postingCount, Postings } from '../pipeline/cluster-stories/centroid.js';

const vec = (pairs: [number, number][]) => ({ ids: Int32Array.from(pairs.map((p) => p[0])), weights: Float64Array.from(pairs.map((p) => p[1])) });

describe('Centroid', () => {
  it('sums vectors term by term, keeps weights in the order terms were first added, finds any term', () => {
    const c = new Centroid();
    const postings = new Postings(Infinity);
    const a = vec([[9, 0.5], [2, 0.25], [40, 1]]);
    c.add(a.ids, a.weights, postings, 0);
    const b = vec([[2, 0.5], [7, 2], [1, 3]]);
    c.add(b.ids, b.weights, postings, 0);
    expect(c.weights).toEqual([0.5, 0.75, 1, 2, 3]);
    expect([9, 2, 40, 7, 1, 5].map((t) => c.weightOf(t))).toEqual([0.5, 0.75, 1, 2, 3, 0]);
    expect(c.placeOf(5)).toBe(-1);
    expect(c.size).toBe(5);
  });

  it('lists each story once per term on its posting list, with the term\'s weight there kept current', () => {
    const postings = new Postings(Infinity);
    const one = new Centroid(), two = new Centroid();
    const a = vec([[3, 1], [4, 1]]);
    one.add(a.ids, a.weights, postings, 0);
    one.add(a.ids, a.weights, postings, 0);
    const b = vec([[4, 0.5]]);
    two.add(b.ids, b.weights, postings, 1);
    const p = postings.of(4)!;
    expect(postingCount(p)).toBe(2);
    // (story, weight) pairs side by side; story 0's weight is the sum of its two vectors'.
    expect(Array.from(p.data.subarray(0, p.length))).toEqual([0, 2, 1, 0.5]);
    expect(one.weightOf(4)).toBe(2);
  });
});

describe('Postings', () => {
  it('past its cap, counts the stories that have a term without listing them', () => {
    const postings = new Postings(2, 10);
    const centroids = [0, 1, 2, 3, 4].map(() => new Centroid());
    centroids.forEach((c, story) => c.add(Int32Array.of(7), Float64Array.of(1), postings, story));
    // A listed story's weight follows its centroid; an unlisted one's is not written anywhere.
    centroids[1]!.add(Int32Array.of(7), Float64Array.of(0.5), postings, 1);
    centroids[4]!.add(Int32Array.of(7), Float64Array.of(0.5), postings, 4);
    const p = postings.of(7)!;
    expect(postingCount(p)).toBe(5);
    expect(Array.from(p.data.subarray(0, p.length))).toEqual([0, 1, 1, 1.5]);
    expect(centroids[4]!.weightOf(7)).toBe(1.5);
    expect(postings.of(3)).toBeUndefined();
  });
});

describe('IntList', () => {
  it('grows as integers are pushed', () => {
    const l = new IntList();
    for (let i = 0; i < 100; i++) l.push(i * 3);
    expect(l.length).toBe(100);
    expect(l.data[99]).toBe(297);
  });

  it('keeps a pair side by side when it grows between them', () => {
    const l = new IntList();
    l.push(1);
    l.pushPair(2, 3);
    l.pushPair(4, 5);
    expect(Array.from(l.data.subarray(0, l.length))).toEqual([1, 2, 3, 4, 5]);
  });
});
