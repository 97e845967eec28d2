import { describe, expect, it } from 'vitest';
import { NULL_LEVEL } from '../../src/match/compare/index.js';
import { foldPatterns, mulberry32, neverAgainst, runEm } from '../../src/match/score/index.js';

// Pairs drawn from a known two-class model: EM with u fixed must recover m and the prior.
function synthetic(pairs: number, prior: number, m: number[][], u: number[][], seed: number, missing = 0): Uint8Array {
  const random = mulberry32(seed);
  const c = m.length;
  const out = new Uint8Array(pairs * c);
  const draw = (p: number[]) => {
    let r = random();
    for (let l = 0; l < p.length; l++) {
      r -= p[l]!;
      if (r < 0) return l;
    }
    return p.length - 1;
  };
  for (let x = 0; x < pairs; x++) {
    const isMatch = random() < prior;
    for (let k = 0; k < c; k++) out[x * c + k] = random() < missing ? NULL_LEVEL : draw(isMatch ? m[k]! : u[k]!);
  }
  return out;
}

describe('EM with fixed u', () => {
  const m = [
    [0.85, 0.1, 0.05],
    [0.9, 0.1],
    [0.7, 0.2, 0.05, 0.05],
    [0.8, 0.2],
  ];
  const u = [
    [0.01, 0.04, 0.95],
    [0.05, 0.95],
    [0.02, 0.03, 0.15, 0.8],
    [0.3, 0.7],
  ];

  it.each([
    [0.3, 0],
    [0.1, 0],
    [0.5, 0.2],
  ])('recovers m and prior %f (missing share %f)', (prior, missing) => {
    const vectors = synthetic(40_000, prior, m, u, 7, missing);
    const result = runEm({ vectors, comparisons: m.length, levelCounts: m.map((r) => r.length), u });
    expect(result.converged).toBe(true);
    expect(result.prior).toBeCloseTo(prior, 1);
    expect(Math.abs(result.prior - prior)).toBeLessThan(0.02);
    result.m.forEach((row, k) => row.forEach((p, l) => expect(Math.abs(p - m[k]![l]!)).toBeLessThan(0.03)));
  });

  it('is deterministic', () => {
    const vectors = synthetic(5_000, 0.2, m, u, 3);
    const input = { vectors, comparisons: m.length, levelCounts: m.map((r) => r.length), u };
    expect(runEm(input)).toEqual(runEm(input));
  });

  it('folds identical vectors into counted patterns', () => {
    const p = foldPatterns(Uint8Array.from([0, 1, 0, 1, 2, NULL_LEVEL]), 2);
    expect(p.size).toBe(2);
    expect(Array.from(p.counts)).toEqual([2, 1]);
  });
});

describe('exact agreement is never evidence against a match', () => {
  it.each([
    // m, u, exact level → m after training
    [[0, 1], [0.02, 0.98], 0, [0.02, 0.98]],
    [[0.000001, 0.5, 0.499999], [0.01, 0.2, 0.79], 0, [0.01, 0.495, 0.495]],
    // Already at or above u: unchanged.
    [[0.9, 0.1], [0.02, 0.98], 0, [0.9, 0.1]],
    // No exact level: unchanged.
    [[0.1, 0.9], [0.5, 0.5], undefined, [0.1, 0.9]],
  ] as const)('%j with u %j', (m, u, exact, expected) => {
    const out = neverAgainst(m, u, exact);
    out.forEach((p, l) => expect(p).toBeCloseTo(expected[l]!, 3));
    expect(out.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 6);
  });
});
