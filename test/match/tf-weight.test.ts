import { describe, expect, it } from 'vitest';
import { tfExactWeight, tfLevelWeight } from '../../src/match/score/index.js';

describe('term-frequency level weights', () => {
  const m = 0.9;
  const min = 0.0001;
  const john = 0.3; // a very common first name in this file: 30% of the records (exact: log2(0.9 / 0.3) = 1.58 bits)
  const rare = 0.0002;
  it.each([
    // [label, level weight (learned), level, frequency, expected]
    ['exact: by the value frequency', 1.5, 0, john, tfExactWeight(m, john, min)],
    ['a nickname of a common name: no more than two of it', 2.47, 1, john, tfExactWeight(m, john, min)],
    ['a nickname of a rare name keeps its own weight', 2.47, 1, rare, 2.47],
    ['a disagreeing level is left alone', -3.5, 3, john, -3.5],
  ])('%s', (_label, levelWeight, level, tf, expected) => {
    expect(tfLevelWeight(levelWeight, level, 0, m, tf, min)).toBeCloseTo(expected, 9);
  });

  it('never turns an agreeing level into evidence against', () => {
    // "Smith"-like frequency above m: the exact weight is negative; a nickname then counts 0.
    expect(tfLevelWeight(2, 1, 0, 0.3, 0.5, min)).toBe(0);
  });
});
