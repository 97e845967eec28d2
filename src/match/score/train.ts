// Training without labels: u from random pairs, then m and the prior by EM on the candidate pairs.

import type { PreparedComparison } from '../compare/index.js';
import type { BlockingRule, Comparison, Model, Thresholds } from '../types.js';
import { runEm } from './em.js';
import { estimateU } from './u-estimate.js';

export interface TrainOptions {
  uSampleSize: number;
  seed: number;
  maxEmIterations: number;
  thresholds: Thresholds;
  blocking: BlockingRule[];
  tfMinimumU: number;
}

export function trainModel(
  comparisons: readonly Comparison[],
  prepared: readonly PreparedComparison[],
  recordCount: number,
  vectors: Uint8Array,
  options: TrainOptions,
): Model {
  const { u, sampledPairs } = estimateU(prepared, options.uSampleSize, options.seed);
  const em = runEm({
    vectors,
    comparisons: comparisons.length,
    levelCounts: comparisons.map((c) => c.levels.length),
    u,
    maxIterations: options.maxEmIterations,
  });
  return {
    version: 1,
    comparisons: comparisons.map((c, k) => ({
      ...c,
      levels: c.levels.map((l, i) => ({ label: l.label, m: em.m[k]![i]!, u: u[k]![i]! })),
    })),
    prior: em.prior,
    thresholds: options.thresholds,
    blocking: options.blocking,
    tfMinimumU: options.tfMinimumU,
    training: { uSamplePairs: sampledPairs, emIterations: em.iterations, emConverged: em.converged, candidatePairs: vectors.length / Math.max(1, comparisons.length) },
  };
}
