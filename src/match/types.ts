// The shapes shared by the matching stages (block → compare → score → cluster) and the serialisable
// model. Settings are data (Splink-style) so a trained model can be saved, reviewed and reused.

/** A blocking rule: records whose keys are all present and equal become candidate pairs.
 * A key reference is `source` or `source:fn`, where source is a field name (canonical value) or a
 * derived key name (`email.match`), and fn is one of the block key functions (`metaphone`, `year`,
 * `first1`..`first9`, `token`, `exact`). */
export interface BlockingRule {
  id: string;
  keys: string[];
  /** Blocks with more records than this are skipped and reported (default: the run's maxBlockSize).
   * A rule on names alone sets a small one: in a big file a block of 20+ people sharing a phonetic
   * name is a crowd of namesakes, pairs the name cannot decide and the other rules already pair up
   * when they share a place, a date or a contact. */
  maxBlockSize?: number;
}

/** One level of a comparison with its match (m) and non-match (u) probabilities. */
export interface ComparisonLevel {
  label: string;
  m: number;
  u: number;
}

/** One field's comparison in the model: which comparator, on which field, with learned levels. */
export interface Comparison {
  /** Schema field name compared. */
  field: string;
  /** Comparator id (registry). */
  comparator: string;
  /** Field with the other half of a cross-field comparator (last name for a first name's swap level). */
  crossField?: string;
  levels: ComparisonLevel[];
  /** Exact-level weight adjusted by the value's frequency (a rare surname counts more than Smith). */
  tf?: boolean;
  /** Evidence family of correlated fields (`location`: street, city, state, postcode, country).
   * Within a blocking rule on one member, the whole family agrees by construction, so training
   * learns none of the family's m-probabilities from that rule's pairs. */
  family?: string;
  /** Finer fields whose exact agreement already implies this one's (postcode → city → state →
   * country): while any of them agrees, this comparison counts as missing, so one shared place is
   * one piece of evidence, not three (Fellegi–Sunter assumes independent comparisons). */
  impliedBy?: string[];
}

export interface Thresholds {
  /** Pairs at or above this probability join clusters. */
  match: number;
  /** Pairs in [review, match) go to the review list. */
  review: number;
}

export interface Model {
  /** Format version of the model file. */
  version: 1;
  comparisons: Comparison[];
  /** Prior probability that two random records match (λ): EM's match share among the candidate
   * pairs, times candidates over all pairs. */
  prior: number;
  thresholds: Thresholds;
  blocking: BlockingRule[];
  /** Smallest u used for a term-frequency adjusted exact match. */
  tfMinimumU: number;
  /** Training facts for the report. `expectedMatches`: how many of the candidate pairs EM took for
   * matches (few means the model saw next to no duplicates and learned little from them). */
  training?: { uSamplePairs: number; emIterations: number; emConverged: boolean; candidatePairs: number; expectedMatches?: number };
}

export interface Decision {
  /** Record indices (CustomerRecord.index). */
  a: number;
  b: number;
  decision: 'match' | 'no-match';
}

export interface MatchOptions {
  /** A trained model: training is skipped. */
  model?: Model;
  blocking?: BlockingRule[];
  /** The comparisons to train (a given model keeps its own); the defaults by role when absent. */
  comparisons?: Comparison[];
  thresholds?: Partial<Thresholds>;
  decisions?: Decision[];
  /** Blocks with more records than this are skipped and reported (default 1000). */
  maxBlockSize?: number;
  /** Random pairs sampled per comparison to estimate u (default 100,000). */
  uSampleSize?: number;
  /** Seed of every random choice (default 42). */
  seed?: number;
  maxEmIterations?: number;
  /** Receives every candidate pair blocking produced, as record indices (benchmarks: blocking recall). */
  onCandidates?: (a: Int32Array, b: Int32Array) => void;
  /** Threads that compare candidate pairs (default: the machine's cores; 1: no worker threads).
   * The result is the same whatever the number. */
  threads?: number;
}

export interface ScoredPair {
  a: number;
  b: number;
  probability: number;
  /** log2 Bayes factor including the prior. */
  weight: number;
  /** Level index per model comparison; -1 when either value is missing. */
  levels: number[];
}

export interface ReviewPair extends ScoredPair {
  /** Why the pair needs a look: `match.review_band`, or the guard's conflict code. */
  reason: string;
}

export interface CappedBlock {
  rule: string;
  key: string;
  size: number;
  droppedPairs: number;
}

export interface BlockingReport {
  rules: { id: string; pairs: number }[];
  totalPairs: number;
  capped: CappedBlock[];
}

export interface MatchStats {
  records: number;
  matchedRecords: number;
  quarantined: number;
  candidatePairs: number;
  pairsAboveMatch: number;
  reviewPairs: number;
  refusedByGuard: number;
  clusters: number;
  multiRecordClusters: number;
  /** Cluster size → how many clusters have it. */
  clusterSizes: Record<number, number>;
}

export interface MatchResult {
  /** Cluster id per record index: the smallest record index in its cluster. */
  clusterOf: Int32Array;
  /** Candidate pairs scored at or above the review threshold, strongest first. */
  pairs: ScoredPair[];
  review: ReviewPair[];
  blocking: BlockingReport;
  model: Model;
  stats: MatchStats;
}
