import { describe, expect, it } from 'vitest';
import { GenerationalMap } from '../../src/core/generational-map.js';

describe('GenerationalMap', () => {
  it('drops the oldest generation when the young one fills', () => {
    const map = new GenerationalMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3); // old {a, b}, young {c}
    map.set('d', 4);
    map.set('e', 5); // young {c, d} becomes old; {a, b} are dropped
    expect([map.get('a'), map.get('b'), map.get('c'), map.get('d'), map.get('e')]).toEqual([undefined, undefined, 3, 4, 5]);
  });

  it('moves an entry read from the old generation back to the young one, so it survives the next swap', () => {
    const map = new GenerationalMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3); // old {a, b}, young {c}
    expect(map.get('a')).toBe(1); // young {c, a}
    map.set('d', 4); // young full: old {c, a}, young {d}; b is dropped
    expect([map.get('b'), map.get('a'), map.get('c'), map.get('d')]).toEqual([undefined, 1, 3, 4]);
  });

  it('forgets everything on clear', () => {
    const map = new GenerationalMap<string, number>(4);
    map.set('a', 1);
    map.clear();
    expect(map.get('a')).toBeUndefined();
  });
});
