/** Small typed arrays as views into large chunks (lib/slab.ts). */
import { describe, expect, test } from 'vitest';
import { Slab } from '../pipeline/lib/slab.js';

describe('Slab', () => {
  test('hands out zeroed views side by side in one chunk, a new chunk when one is full', () => {
    const slab = new Slab(Uint32Array, 8);
    const a = slab.copy([1, 2, 3]);
    const b = slab.take(4);
    const c = slab.copy([7, 8]); // 3 + 4 + 2 > 8: a new chunk
    expect([...a]).toEqual([1, 2, 3]);
    expect([...b]).toEqual([0, 0, 0, 0]);
    expect([...c]).toEqual([7, 8]);
    expect(a.buffer).toBe(b.buffer);
    expect(b.byteOffset).toBe(3 * 4);
    expect(c.buffer).not.toBe(a.buffer);
    b[0] = 5;
    expect([...a, ...b]).toEqual([1, 2, 3, 5, 0, 0, 0]); // views do not overlap
  });

  test('an array longer than a chunk gets a chunk of its own', () => {
    const slab = new Slab(Float32Array, 4);
    const big = slab.copy([0.5, 1, 1.5, 2, 2.5, 3]);
    expect([...big]).toEqual([0.5, 1, 1.5, 2, 2.5, 3]);
    expect(big.buffer.byteLength).toBe(6 * 4);
  });
});
