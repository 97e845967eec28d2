// The shape of report.json (DESIGN §5). Every renderer (terminal, HTML, Markdown) reads this one
// object, so what a person sees and what CI reads never disagree. Bump REPORT_SCHEMA_VERSION on any
// incompatible change and keep schema/report.schema.json in step (a test checks it).

export const REPORT_SCHEMA_VERSION = 1;

export interface ReportInput {
  source: string;
  format: string;
  encoding?: string;
  delimiter?: string;
  sha256: string;
  bytes: number;
  rows: number;
}

export interface ReportRun {
  command: 'clean' | 'validate';
  version: string;
  /** sha256 of the canonical config, or null when zero-config. */
  config_hash: string | null;
  inputs: ReportInput[];
  /** Milliseconds per stage. The only wall-clock figures in any output. */
  timings_ms: Record<string, number>;
  /** Where the outputs went, relative as given. */
  out_dir: string;
  incremental: boolean;
  show_pii: boolean;
}

export interface ReportTotals {
  input_rows: number;
  quarantined: number;
  /** Rows kept after validation (input_rows - quarantined). */
  kept: number;
  golden_records: number;
  /** Rows folded into a golden record other than its representative. */
  merged_rows: number;
  /** merged_rows / kept. */
  duplicate_rate: number;
  rows_with_errors: number;
  rows_with_warnings: number;
  /** input_rows === golden_records + merged_rows + quarantined (validate: kept + quarantined). */
  reconciled: boolean;
}

export interface ReportField {
  name: string;
  role: string;
  rows: number;
  /** Share of rows with a non-empty raw value. */
  completeness_before: number;
  /** Share of rows with a valid canonical value after normalization. */
  completeness_after: number;
  /** Valid values / non-empty values. */
  validity: number;
  distinct: number;
  /** How many values normalization changed. */
  changed: number;
  issues: Record<string, number>;
}

export interface ReportLevel {
  label: string;
  m: number;
  u: number;
  /** log2(m/u). */
  weight: number;
}

export interface ReportComparison {
  field: string;
  comparator: string;
  levels: ReportLevel[];
}

export interface ReportPairField {
  field: string;
  level: string;
  weight: number;
  /** Values, masked unless --show-pii. */
  a: string;
  b: string;
}

export interface ReportPair {
  a: { source: string; row: number };
  b: { source: string; row: number };
  probability: number;
  weight: number;
  fields: ReportPairField[];
}

export interface ReportMatching {
  blocking: {
    rules: { id: string; pairs: number }[];
    total_pairs: number;
    /** The largest capped blocks (at most 20; `capped_blocks` is the full number). */
    capped: { rule: string; key: string; size: number }[];
    /** How many oversized blocks were skipped, and the pairs inside them that were not compared. */
    capped_blocks: number;
    capped_pairs: number;
  };
  model: { prior: number; match_threshold: number; review_threshold: number; comparisons: ReportComparison[]; trained: boolean };
  /** Candidate pairs by match probability, in 20 bins of 0.05. */
  probability_histogram: { from: number; to: number; count: number }[];
  /** Golden records by number of member rows. */
  cluster_sizes: { size: number; count: number }[];
  review_pairs: number;
  /** The review queue's top pairs (most uncertain first), with per-field waterfall. */
  review_top: ReportPair[];
}

export interface ReportBreakdown {
  value: string;
  count: number;
}

export interface ReportGolden {
  by_region: ReportBreakdown[];
  /** How many golden records draw on 1, 2, 3, … sources. */
  by_source_count: { sources: number; count: number }[];
  by_consent: ReportBreakdown[];
}

export interface ReportGate {
  gate: string;
  threshold: number;
  actual: number;
  passed: boolean;
}

export interface ReportIssue {
  code: string;
  severity: string;
  count: number;
  /** Masked unless --show-pii. */
  examples: string[];
}

export interface ReportChanges {
  new_golden: number;
  updated_golden: number;
  unchanged_golden: number;
  merged_ids: { from: string; into: string }[];
}

/** Retention (`stale_after`): golden records with no source activity since the cutoff. */
export interface ReportStale {
  /** The configured duration, e.g. `3y`. */
  after: string;
  /** ISO date: activity before it is stale. */
  cutoff: string;
  count: number;
  /** The stale records by golden id (at most STALE_LIST_LIMIT; `count` is the full number). */
  records: { golden_id: string; last_activity: string | null }[];
}

export interface Report {
  schema_version: number;
  run: ReportRun;
  totals: ReportTotals;
  fields: ReportField[];
  matching: ReportMatching | null;
  golden: ReportGolden | null;
  gates: ReportGate[];
  issues: ReportIssue[];
  /** Incremental runs only: what changed against the master. */
  changes: ReportChanges | null;
  /** Only when the config sets `stale_after`. */
  stale?: ReportStale;
}
