// Expectation–maximisation of m-probabilities and the prior λ over the candidate pairs, with u held
// fixed (as Splink does: u from random pairs is reliable, and fixing it keeps EM from drifting into
// a "same postcode" cluster). Vectors are first folded into distinct patterns with counts, so each
// iteration costs the number of patterns, not pairs.

import { NULL_LEVEL } from '../compare/index.js';
import { clampProbability } from './probability.js';

export interface EmInput {
  /** Row-major levels [pair][comparison], NULL_LEVEL for missing. */
  vectors: Uint8Array;
  comparisons: number;
  levelCounts: readonly number[];
  u: readonly (readonly number[])[];
  maxIterations?: number;
  tolerance?: number;
  initialPrior?: number;
  /** Start from these m (default: mostly on the first level). */
  initialM?: readonly (readonly number[])[];
  /** Keep m as given and estimate only the prior. */
  fixM?: boolean;
}

export interface EmResult {
  m: number[][];
  prior: number;
  iterations: number;
  converged: boolean;
}

interface Patterns {
  levels: Uint8Array;
  counts: Float64Array;
  size: number;
}

/** Folds vectors into distinct patterns. Hot path (every EM session over millions of pairs): a
 * pattern's key is a number in mixed radix (each comparison's largest level + 1, the null level
 * counted as one more digit), so no string is built per pair; only when the radix product passes
 * 2^53 (dozens of comparisons) does it fall back to string keys. */
export function foldPatterns(vectors: Uint8Array, c: number): Patterns {
  const pairs = c === 0 ? 0 : vectors.length / c;
  const radix = new Float64Array(c);
  for (let x = 0; x < vectors.length; x += c) {
    for (let k = 0; k < c; k++) {
      const level = vectors[x + k]!;
      if (level !== NULL_LEVEL && level + 1 > radix[k]!) radix[k] = level + 1;
    }
  }
  let product = 1;
  for (let k = 0; k < c; k++) product *= radix[k]! + 1;
  const numeric = product <= Number.MAX_SAFE_INTEGER;
  const index = new Map<number | string, number>();
  const first: number[] = [];
  const counts: number[] = [];
  for (let p = 0; p < pairs; p++) {
    const row = p * c;
    let key: number | string;
    if (numeric) {
      key = 0;
      for (let k = 0; k < c; k++) {
        const level = vectors[row + k]!;
        key = key * (radix[k]! + 1) + (level === NULL_LEVEL ? radix[k]! : level);
      }
    } else key = String.fromCharCode(...vectors.subarray(row, row + c));
    const id = index.get(key);
    if (id === undefined) {
      index.set(key, first.length);
      first.push(p);
      counts.push(1);
    } else counts[id]!++;
  }
  const levels = new Uint8Array(first.length * c);
  first.forEach((p, id) => levels.set(vectors.subarray(p * c, p * c + c), id * c));
  return { levels, counts: Float64Array.from(counts), size: first.length };
}

function initialM(levels: number): number[] {
  // Matches mostly agree exactly; the rest spread over the fuzzier levels, least on "different".
  if (levels === 1) return [1];
  const m = new Array<number>(levels).fill(0.1 / (levels - 1));
  m[0] = 0.9;
  return m;
}

export function runEm(input: EmInput): EmResult {
  const { comparisons: c, levelCounts, u } = input;
  const maxIterations = input.maxIterations ?? 100;
  const tolerance = input.tolerance ?? 1e-6;
  const patterns = foldPatterns(input.vectors, c);
  let m = input.initialM ? input.initialM.map((row) => [...row]) : levelCounts.map(initialM);
  let prior = input.initialPrior ?? 0.3;
  const logU = u.map((row) => row.map(Math.log));
  let iterations = 0;
  let converged = false;
  const posterior = new Float64Array(patterns.size);
  while (iterations < maxIterations) {
    iterations++;
    const logM = m.map((row) => row.map(Math.log));
    const logPrior = Math.log(prior);
    const logNotPrior = Math.log(1 - prior);
    for (let p = 0; p < patterns.size; p++) {
      let lm = logPrior;
      let lu = logNotPrior;
      for (let k = 0; k < c; k++) {
        const level = patterns.levels[p * c + k]!;
        if (level === NULL_LEVEL) continue;
        lm += logM[k]![level]!;
        lu += logU[k]![level]!;
      }
      posterior[p] = 1 / (1 + Math.exp(lu - lm));
    }
    const next = levelCounts.map((l) => new Float64Array(l));
    let matchMass = 0;
    let total = 0;
    for (let p = 0; p < patterns.size; p++) {
      const w = posterior[p]! * patterns.counts[p]!;
      matchMass += w;
      total += patterns.counts[p]!;
      for (let k = 0; k < c; k++) {
        const level = patterns.levels[p * c + k]!;
        if (level !== NULL_LEVEL) next[k]![level]! += w;
      }
    }
    const newM = input.fixM ? m : next.map((row) => {
      const sum = row.reduce((s, x) => s + x, 0);
      return Array.from(row, (x) => clampProbability(sum === 0 ? 1 / row.length : x / sum));
    });
    const newPrior = clampProbability(total === 0 ? prior : matchMass / total);
    let delta = Math.abs(newPrior - prior);
    for (let k = 0; k < c; k++) for (let l = 0; l < newM[k]!.length; l++) delta = Math.max(delta, Math.abs(newM[k]![l]! - m[k]![l]!));
    m = newM;
    prior = newPrior;
    if (delta < tolerance) {
      converged = true;
      break;
    }
  }
  return { m, prior, iterations, converged };
}
