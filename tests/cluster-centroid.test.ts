import { describe, expect, it } from 'vitest';
import { Centroid, IntList, postingCount, type Posting } from '../pipeline/cluster-stories/centroid.js';

const vec = (pairs: [number, number][]) => ({ ids: Int32Array.from(pairs.map((p) => p[0])), weights: Float64Array.from(pairs.map((p) => p[1])) });

describe('Centroid', () => {
  it('sums vectors term by term, keeps weights in the order terms were first added, finds any term', () => {
    const c = new Centroid();
    const postings = new Map<number, Posting>();
    const a = vec([[9, 0.5], [2, 0.25], [40, 1]]);
    c.add(a.ids, a.weights, postings, 0);
    const b = vec([[2, 0.5], [7, 2], [1, 3]]);
    c.add(b.ids, b.weights, postings, 0);
    expect(c.weights).toEqual([0.5, 0.75, 1, 2, 3]);
    expect([9, 2, 40, 7, 1, 5].map((t) => c.weightOf(t))).toEqual([0.5, 0.75, 1, 2, 3, 0]);
    expect(c.placeOf(5)).toBe(-1);
    expect(c.size).toBe(5);
  });

  it('lists each story once per term on its posting list, with the term\'s place in that story', () => {
    const postings = new Map<number, Posting>();
    const one = new Centroid(), two = new Centroid();
    const a = vec([[3, 1], [4, 1]]);
    one.add(a.ids, a.weights, postings, 0);
    one.add(a.ids, a.weights, postings, 0);
    const b = vec([[4, 2]]);
    two.add(b.ids, b.weights, postings, 1);
    const p = postings.get(4)!;
    expect(postingCount(p)).toBe(2);
    // (story, place) pairs side by side.
    expect(Array.from(p.data.subarray(0, p.length))).toEqual([0, 1, 1, 0]);
    expect(one.weights[p.data[1]!]).toBe(2);
    expect(two.weights[p.data[3]!]).toBe(2);
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
