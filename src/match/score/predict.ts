// Fellegi–Sunter prediction: a pair's match weight is the prior's log-odds plus, per comparison,
// log2(m/u) of its level; missing values add 0. An exact match on a term-frequency comparison uses
// the value's own frequency as u, so a shared rare surname weighs more than a shared "smith".

import { NULL_LEVEL, type PreparedComparison } from '../compare/index.js';
import type { Model } from '../types.js';
import { clampProbability, priorWeight, weightToProbability } from './probability.js';

export interface PairScores {
  weight: Float64Array;
  probability: Float64Array;
}

/** log2(m/u) per comparison and level. */
export function levelWeights(model: Model): number[][] {
  return model.comparisons.map((c) => c.levels.map((l) => Math.log2(clampProbability(l.m) / clampProbability(l.u))));
}

/** The exact-level weight with u replaced by the value's frequency (bounded below by tfMinimumU). */
export function tfExactWeight(m: number, termFrequency: number, tfMinimumU: number): number {
  const u = clampProbability(Math.max(termFrequency, tfMinimumU));
  return Math.log2(clampProbability(m) / u);
}

/** A term-frequency comparison's weight at `level` for a pair whose commoner value has frequency
 * `tf`: the exact level weighs by it, and a fuzzier level that still counts for a match (a
 * nickname, a close spelling) weighs no more than that exact match would: "Jon" and "John" say no
 * more than two "John"s, however much nicknames weigh on average. */
export function tfLevelWeight(levelWeight: number, level: number, exactLevel: number, mExact: number, tf: number, tfMinimumU: number): number {
  const exact = tfExactWeight(mExact, tf, tfMinimumU);
  if (level === exactLevel) return exact;
  return levelWeight > exact && levelWeight > 0 ? Math.max(exact, 0) : levelWeight;
}

export function scorePairs(model: Model, prepared: readonly PreparedComparison[], vectors: Uint8Array, left: Int32Array, right: Int32Array): PairScores {
  const c = prepared.length;
  const pairs = left.length;
  const weights = levelWeights(model);
  const base = priorWeight(model.prior);
  const weight = new Float64Array(pairs).fill(base);
  for (let k = 0; k < c; k++) {
    const w = weights[k]!;
    const p = prepared[k]!;
    const comparison = model.comparisons[k]!;
    const tfLevel = comparison.tf ? p.comparator.exactLevel : undefined;
    const mExact = tfLevel === undefined ? 0 : comparison.levels[tfLevel]!.m;
    for (let x = 0; x < pairs; x++) {
      const level = vectors[x * c + k]!;
      if (level === NULL_LEVEL) continue;
      if (tfLevel !== undefined && (level === tfLevel || w[level]! > 0)) {
        const tf = Math.max(p.tf[left[x]!]!, p.tf[right[x]!]!);
        weight[x]! += tfLevelWeight(w[level]!, level, tfLevel, mExact, tf, model.tfMinimumU);
      } else weight[x]! += w[level]!;
    }
  }
  const probability = new Float64Array(pairs);
  for (let x = 0; x < pairs; x++) probability[x] = weightToProbability(weight[x]!);
  return { weight, probability };
}
