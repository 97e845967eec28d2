import { describe, expect, it } from 'vitest';
import { sortStrongestFirst, strongestFirst } from '../../src/match/order.js';

describe('strongestFirst', () => {
  it.each([
    ['by weight, largest first', [1, 3, 2], [0, 0, 0], [1, 2, 3], [1, 2, 0]],
    ['ties by a, then b', [2, 2, 2, 2], [5, 1, 5, 1], [9, 8, 3, 2], [3, 1, 2, 0]],
    ['negative weights', [-1, -0.5, -3], [0, 0, 0], [0, 1, 2], [1, 0, 2]],
    ['nothing', [], [], [], []],
  ])('%s', (_, weight, a, b, expected) => {
    expect([...strongestFirst(Float64Array.from(weight), Int32Array.from(a), Int32Array.from(b))]).toEqual(expected);
  });

  it('orders objects as the comparator (weight desc, a, b) does, on 5,000 random pairs', () => {
    let seed = 5;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const items = Array.from({ length: 5_000 }, () => ({ weight: Math.round(next() * 20) / 4, a: Math.floor(next() * 50), b: Math.floor(next() * 50) }));
    const expected = [...items].sort((s, t) => t.weight - s.weight || s.a - t.a || s.b - t.b);
    expect(sortStrongestFirst(items)).toEqual(expected);
  });
});
