// Training without labels, after Splink: u from random pairs; m by EM in one session per blocking
// rule, each on the comparisons that rule did not block on (within a "same postcode" block, the
// postcode says nothing about matching, while every other field still does); then the prior.

import { NULL_LEVEL, type PreparedComparison } from '../compare/index.js';
import type { BlockingRule, Comparison, Model, Thresholds } from '../types.js';
import { runEm } from './em.js';
import { clampProbability } from './probability.js';
import { estimateU } from './u-estimate.js';

export interface TrainOptions {
  uSampleSize: number;
  seed: number;
  maxEmIterations: number;
  thresholds: Thresholds;
  blocking: BlockingRule[];
  tfMinimumU: number;
}

export interface TrainingPairs {
  /** Row-major comparison vectors of all candidate pairs. */
  vectors: Uint8Array;
  /** Per blocking rule, indices of its pairs in `vectors`. */
  rulePairs: readonly Int32Array[];
  /** Records that were paired up (for the prior: candidates among all n(n-1)/2 pairs). */
  recordCount: number;
}

/** A session needs enough pairs for its m-probabilities to mean anything. */
const MIN_SESSION_PAIRS = 20;

/** Fields a rule blocks on: the source of each key, without a derived-key suffix (`email.match`),
 * plus the comparisons those fields imply (a postcode block is a city and state block too). */
function blockedFields(rule: BlockingRule, comparisons: readonly Comparison[]): Set<string> {
  const blocked = new Set(rule.keys.map((ref) => ref.split(':')[0]!.split('.')[0]!));
  for (const c of comparisons) if (c.impliedBy?.some((f) => blocked.has(f))) blocked.add(c.field);
  return blocked;
}

export function trainModel(comparisons: readonly Comparison[], prepared: readonly PreparedComparison[], pairs: TrainingPairs, options: TrainOptions): Model {
  const c = comparisons.length;
  const levelCounts = comparisons.map((x) => x.levels.length);
  const { u, sampledPairs } = estimateU(prepared, options.uSampleSize, options.seed);
  const { vectors, rulePairs } = pairs;
  const candidateCount = vectors.length / Math.max(1, c);

  const mSum = levelCounts.map((l) => new Float64Array(l));
  const mWeight = new Float64Array(c);
  let iterations = 0;
  let converged = true;
  options.blocking.forEach((rule, r) => {
    const members = rulePairs[r];
    if (!members || members.length < MIN_SESSION_PAIRS) return;
    const blocked = blockedFields(rule, comparisons);
    const free = comparisons.map((x) => !blocked.has(x.field));
    if (!free.some(Boolean)) return;
    const session = new Uint8Array(members.length * c);
    for (let x = 0; x < members.length; x++) {
      const row = members[x]! * c;
      for (let k = 0; k < c; k++) session[x * c + k] = free[k] ? vectors[row + k]! : NULL_LEVEL;
    }
    const em = runEm({ vectors: session, comparisons: c, levelCounts, u, maxIterations: options.maxEmIterations });
    iterations += em.iterations;
    converged &&= em.converged;
    // A session's say is its expected number of matches: a block of non-matches teaches nothing.
    const say = em.prior * members.length;
    for (let k = 0; k < c; k++) {
      if (!free[k]) continue;
      mWeight[k]! += say;
      em.m[k]!.forEach((p, l) => (mSum[k]![l]! += say * p));
    }
  });

  // Comparisons no session could learn (every rule blocks on them) fall back to EM on all pairs.
  const fallback = mWeight.some((w) => w === 0) ? runEm({ vectors, comparisons: c, levelCounts, u, maxIterations: options.maxEmIterations }) : undefined;
  const m = levelCounts.map((_, k) => {
    const learned = mWeight[k]! > 0 ? Array.from(mSum[k]!, (x) => clampProbability(x / mWeight[k]!)) : fallback!.m[k]!;
    return neverAgainst(learned, u[k]!, prepared[k]!.comparator.exactLevel);
  });

  // The prior is for two random records: expected matches among the candidates (m and u fixed)
  // over all pairs. Scoring a candidate with it does not double count the blocking agreement,
  // because that agreement is already in the pair's comparison vector.
  const candidatesPrior = runEm({ vectors, comparisons: c, levelCounts, u, initialM: m, fixM: true, maxIterations: options.maxEmIterations }).prior;
  const n = pairs.recordCount;
  const allPairs = Math.max(1, (n * (n - 1)) / 2);
  const prior = clampProbability((candidatesPrior * candidateCount) / allPairs);

  return {
    version: 1,
    comparisons: comparisons.map((x, k) => ({
      ...x,
      levels: x.levels.map((l, i) => ({ label: l.label, m: m[k]![i]!, u: u[k]![i]! })),
    })),
    prior,
    thresholds: options.thresholds,
    blocking: options.blocking,
    tfMinimumU: options.tfMinimumU,
    training: { uSamplePairs: sampledPairs, emIterations: iterations, emConverged: converged, candidatePairs: candidateCount, expectedMatches: Math.round(candidatesPrior * candidateCount * 10) / 10 },
  };
}

/** Exact agreement is never evidence against a match. EM can learn otherwise from few pairs — an
 * implied comparison (state under a shared city or postcode) only counts where every finer field
 * disagrees, and in a small file no match may be seen there, driving m to 0 and the weight of
 * "same state" to -14 bits. Such an exact level is raised to u (weight 0), the other levels
 * scaled down to keep m summing to 1. */
export function neverAgainst(m: readonly number[], u: readonly number[], exactLevel: number | undefined): number[] {
  const out = [...m];
  if (exactLevel === undefined || out[exactLevel]! >= u[exactLevel]!) return out;
  const raised = u[exactLevel]!;
  const rest = 1 - out[exactLevel]!;
  const scale = rest > 0 ? (1 - raised) / rest : 0;
  return out.map((p, l) => (l === exactLevel ? raised : clampProbability(p * scale)));
}
