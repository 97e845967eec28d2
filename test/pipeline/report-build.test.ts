import { describe, expect, it } from 'vitest';
import type { ReviewPair } from '../../src/match/index.js';
import { mostUncertain } from '../../src/pipeline/report-build.js';

const pair = (a: number, b: number, probability: number): ReviewPair => ({ a, b, probability, weight: 0, reason: '' }) as unknown as ReviewPair;

/** The reference: every pair sorted, then the first n. */
function bySorting(review: readonly ReviewPair[], n: number): ReviewPair[] {
  return [...review].sort((x, y) => Math.abs(x.probability - 0.5) - Math.abs(y.probability - 0.5) || x.a - y.a || x.b - y.b).slice(0, n);
}

describe('mostUncertain', () => {
  it.each([
    { name: 'none', review: [], n: 10 },
    { name: 'fewer than n', review: [pair(0, 1, 0.9), pair(2, 3, 0.4)], n: 10 },
    { name: 'ties broken by rows', review: [pair(5, 6, 0.6), pair(1, 2, 0.4), pair(1, 0, 0.6), pair(0, 9, 0.5)], n: 3 },
    { name: 'n = 0', review: [pair(0, 1, 0.5)], n: 0 },
  ])('$name: the same pairs, in the same order, as sorting them all', ({ review, n }) => {
    expect(mostUncertain(review, n)).toEqual(bySorting(review, n));
  });

  it('agrees with sorting on 5,000 seeded pairs with many ties', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const review = Array.from({ length: 5000 }, (_, i) => pair(Math.floor(next() * 300), i, Math.round(next() * 40) / 40));
    expect(mostUncertain(review, 10)).toEqual(bySorting(review, 10));
  });
});
