import { describe, expect, it } from 'vitest';
import { DistinctCounter } from '../../src/validate/quality.js';

function countWith(values: readonly (string | undefined)[]): number {
  const counter = new DistinctCounter(values.length);
  for (const v of values) if (v !== undefined) counter.add(v);
  return counter.count();
}

describe('DistinctCounter (distinct count of 53-bit hashes)', () => {
  it.each([
    ['nothing', [], 0],
    ['one value', ['a'], 1],
    ['repeats', ['US', 'US', 'CA', 'US', 'CA'], 2],
    ['missing values are not counted', ['x', undefined, 'x', undefined], 1],
    ['case and Unicode forms differ', ['José', 'jose', 'JOSÉ', 'José'], 3],
    ['empty string is a value', ['', '', 'a'], 2],
  ] as const)('%s', (_, values, expected) => {
    expect(countWith(values)).toBe(expected);
  });

  it('agrees with a Set on 200,000 values of mixed cardinality', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => (i % 3 === 0 ? `v${i % 977}` : `w${(i * 7919) % 150_001}`));
    expect(countWith(values)).toBe(new Set(values).size);
  });

  it('agrees with a Set when every value is distinct, hashes from another counter included', () => {
    const a = new DistinctCounter(300_000);
    const b = new DistinctCounter(100_000);
    for (let i = 0; i < 200_000; i++) a.add(`a${i}`);
    for (let i = 0; i < 100_000; i++) b.add(i % 2 === 0 ? `a${i}` : `b${i}`);
    a.addHashes(b.hashes());
    expect(a.count()).toBe(250_000);
  });
});
