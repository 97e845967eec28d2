// The matching stage's door (block → compare → score → cluster), wired like Splink's linker: rules
// and comparisons are data, training happens unless a model is given, clusters are guarded.

import type { CustomerRecord, FieldDef } from '../core/record.js';
import { blockPairs, defaultBlockingRules } from './block/index.js';
import { clusterEdges, identityViews, type Edge } from './cluster/index.js';
import { compareAll, CompareHelpers, defaultComparisons, inferImplications, NULL_LEVEL, prepareComparison } from './compare/index.js';
import { scorePairs, trainModel } from './score/index.js';
import { defaultThreads } from '../core/threads.js';
import { sortStrongestFirst, strongestFirst } from './order.js';
import { RecordColumns } from './record-columns.js';
import type { MatchOptions, MatchResult, MatchStats, Model, ReviewPair, ScoredPair, Thresholds } from './types.js';

export * from './types.js';
export { explainLevels, explainPair, TermFrequencies, type PairExplanation, type ExplainedComparison } from './explain.js';
export { saveModel, loadModel, levelWeights } from './score/index.js';
export { defaultBlockingRules, parseKeyRef } from './block/index.js';
export { defaultComparisons, comparators } from './compare/index.js';
export { CONFLICT_CODES } from './cluster/index.js';

export const DEFAULT_THRESHOLDS: Thresholds = { match: 0.9, review: 0.5 };
export const REVIEW_BAND_CODE = 'match.review_band';
export const CAPPED_BLOCK_CODE = 'match.block_capped';

export function match(records: readonly CustomerRecord[], fields: readonly FieldDef[], options: MatchOptions = {}): MatchResult {
  const total = records.length;
  for (const r of records) if (r.index < 0 || r.index >= total) throw new Error(`record index ${r.index} outside 0..${total - 1}`);
  const active = records.filter((r) => r.quarantine.length === 0);
  const n = active.length;
  const positionOf = new Int32Array(total).fill(-1);
  active.forEach((r, p) => (positionOf[r.index] = p));

  const given = options.model;
  let comparisons = given?.comparisons ?? options.comparisons ?? defaultComparisons(fields);
  const blocking = options.blocking ?? given?.blocking ?? defaultBlockingRules(fields);
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...given?.thresholds, ...options.thresholds };

  // Each field is read from the records once, for comparisons, blocking keys and the guard alike.
  const columns = new RecordColumns(active);
  const prepared = comparisons.map((c) => prepareComparison(active, c, columns));
  // Helpers start now so that they prepare their copy of the columns while this thread blocks.
  const helpers = CompareHelpers.start(prepared, n, options.threads ?? defaultThreads());
  let candidates: ReturnType<typeof blockPairs>;
  let vectors: Uint8Array;
  try {
    if (!given) {
      // Which place fields nest in which is a fact of this data; a given model keeps its own.
      comparisons = inferImplications(comparisons, prepared, (field) => fields.find((f) => f.name === field)?.role);
      prepared.forEach((p, k) => (p.comparison = comparisons[k]!));
    }
    candidates = blockPairs(active, blocking, options.maxBlockSize ?? 1000, columns);
    if (options.onCandidates) {
      options.onCandidates(Int32Array.from(candidates.left, (p) => active[p]!.index), Int32Array.from(candidates.right, (p) => active[p]!.index));
    }
    vectors = compareAll(prepared, candidates.left, candidates.right, helpers);
  } finally {
    helpers?.close();
  }
  const { left, right, rulePairs } = candidates;
  const trained: Model = given
    ? { ...given, thresholds, blocking }
    : trainModel(comparisons, prepared, { vectors, rulePairs, recordCount: n }, {
        uSampleSize: options.uSampleSize ?? 100_000,
        seed: options.seed ?? 42,
        maxEmIterations: options.maxEmIterations ?? 100,
        thresholds,
        blocking,
        tfMinimumU: 1 / Math.max(1000, n),
      });
  const { weight, probability } = scorePairs(trained, prepared, vectors, left, right);

  const c = prepared.length;
  // Scored pairs read their levels through this holder of the vectors alone: a closure here would
  // share this function's context and keep every pair's weights and positions alive with them.
  const levels = new LevelVectors(vectors, c);
  const edges: Edge[] = [];
  const edgePair: number[] = [];
  for (let x = 0; x < left.length; x++) {
    if (probability[x]! >= thresholds.match) {
      edges.push({ a: left[x]!, b: right[x]!, weight: weight[x]! });
      edgePair.push(x);
    }
  }
  const forcedMatches: [number, number][] = [];
  const forbidden = new Set<number>();
  for (const d of options.decisions ?? []) {
    const a = positionOf[d.a] ?? -1;
    const b = positionOf[d.b] ?? -1;
    if (a < 0 || b < 0 || a === b) continue;
    if (d.decision === 'match') forcedMatches.push([a, b]);
    else forbidden.add(a < b ? a * n + b : b * n + a);
  }
  // A reviewer's "no match" also removes the direct edge, not only the union through it.
  const kept = edges.filter((e) => !forbidden.has(e.a * n + e.b));
  const keptPair = edgePair.filter((_, i) => !forbidden.has(edges[i]!.a * n + edges[i]!.b));
  const { root, refused } = clusterEdges(n, kept, identityViews(active, fields, columns), forcedMatches, forbidden);

  const clusterOf = new Int32Array(total);
  for (let i = 0; i < total; i++) clusterOf[i] = i;
  // The cluster id is the smallest record index among its members, whatever the input order.
  const smallestIndex = new Int32Array(n).fill(total);
  for (let p = 0; p < n; p++) smallestIndex[root[p]!] = Math.min(smallestIndex[root[p]!]!, active[p]!.index);
  for (let p = 0; p < n; p++) clusterOf[active[p]!.index] = smallestIndex[root[p]!]!;

  const reviewPair = (x: number, reason: string): ReviewPair => ({
    a: active[left[x]!]!.index,
    b: active[right[x]!]!.index,
    probability: probability[x]!,
    weight: weight[x]!,
    levels: levels.of(x),
    reason,
  });
  const scored: number[] = [];
  const unsortedReview: ReviewPair[] = [];
  for (let x = 0; x < left.length; x++) {
    const p = probability[x]!;
    if (p < thresholds.review) continue;
    scored.push(x);
    // A pair a reviewer already called no-match is not asked again.
    if (p < thresholds.match && root[left[x]!] !== root[right[x]!] && !forbidden.has(Math.min(left[x]!, right[x]!) * n + Math.max(left[x]!, right[x]!))) unsortedReview.push(reviewPair(x, REVIEW_BAND_CODE));
  }
  for (const r of refused) {
    const x = keptPair[r.edge]!;
    if (root[left[x]!] !== root[right[x]!]) unsortedReview.push(reviewPair(x, r.reason));
  }
  const order = strongestFirst(
    Float64Array.from(scored, (x) => weight[x]!),
    Int32Array.from(scored, (x) => active[left[x]!]!.index),
    Int32Array.from(scored, (x) => active[right[x]!]!.index),
  );
  const pairs: ScoredPair[] = Array.from(order, (k) => {
    const x = scored[k]!;
    return new LazyScoredPair(active[left[x]!]!.index, active[right[x]!]!.index, probability[x]!, weight[x]!, x, levels);
  });
  const review = sortStrongestFirst(unsortedReview);

  return {
    clusterOf,
    pairs,
    review,
    blocking: candidates.report,
    model: trained,
    stats: clusterStats(clusterOf, total - n, left.length, edges.length, review.length, refused.length),
  };
}

/** Row-major comparison vectors, read one pair at a time as levels (-1 for the null level). */
class LevelVectors {
  constructor(
    private readonly vectors: Uint8Array,
    private readonly width: number,
  ) {}

  of(x: number): number[] {
    return Array.from(this.vectors.subarray(x * this.width, x * this.width + this.width), (l) => (l === NULL_LEVEL ? -1 : l));
  }
}

/** A scored pair whose level vector is read from the comparison vectors only when asked for: at a
 * million rows ~900k pairs pass the review threshold, and an array of levels each was 200 MB. */
class LazyScoredPair implements ScoredPair {
  constructor(
    readonly a: number,
    readonly b: number,
    readonly probability: number,
    readonly weight: number,
    private readonly x: number,
    private readonly vectors: LevelVectors,
  ) {}

  get levels(): number[] {
    return this.vectors.of(this.x);
  }

  /** The plain ScoredPair shape, levels included (JSON.stringify skips getters). */
  toJSON(): ScoredPair {
    return { a: this.a, b: this.b, probability: this.probability, weight: this.weight, levels: this.levels };
  }
}

function clusterStats(clusterOf: Int32Array, quarantined: number, candidatePairs: number, pairsAboveMatch: number, reviewPairs: number, refusedByGuard: number): MatchStats {
  const size = new Map<number, number>();
  for (const c of clusterOf) size.set(c, (size.get(c) ?? 0) + 1);
  const clusterSizes: Record<number, number> = {};
  let multi = 0;
  let matchedRecords = 0;
  for (const s of size.values()) {
    clusterSizes[s] = (clusterSizes[s] ?? 0) + 1;
    if (s > 1) {
      multi++;
      matchedRecords += s;
    }
  }
  return {
    records: clusterOf.length,
    matchedRecords,
    quarantined,
    candidatePairs,
    pairsAboveMatch,
    reviewPairs,
    refusedByGuard,
    clusters: size.size,
    multiRecordClusters: multi,
    clusterSizes,
  };
}
