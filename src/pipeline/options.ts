// Options of the library API (`validate`, `clean`), checked once at the edge; inner code trusts them.

import type { Config } from '../config/schema.js';
import type { GateSettings } from './gates.js';

export type GoldenFormat = 'csv' | 'json' | 'ndjson';

export interface PipelineOptions {
  /** A loaded config, or the path of one. Absent: zero-config. */
  config?: Config | string;
  /** Show PII in reports (masked otherwise). */
  showPii?: boolean;
  /** Gate thresholds from flags; they win over the config's `gates`. */
  gates?: GateSettings;
  /** ISO date used as "today" for age checks (default: config.today, else the current date). */
  today?: string;
  /** Called at each stage boundary (progress display). */
  onStage?: (stage: string, detail?: { done: number; total: number }) => void;
  /** Threads validating rows and comparing pairs (default: the machine's cores); results do not
   * depend on it. */
  threads?: number;
}

export interface CleanOptions extends PipelineOptions {
  /** Output directory, as given (default `cdm-out`); used for the report and the overlap check. */
  out?: string;
  format?: GoldenFormat;
  /** A model file to reuse (skips training); when absent, the master's model is reused if any. */
  model?: string;
  /** A reviewed review.csv with a filled `decision` column (match / no-match). */
  decisions?: string;
  /** An earlier run's output directory: incremental run with stable golden ids. */
  master?: string;
  /** Neutralise spreadsheet formulas in CSV outputs (default true). */
  csvGuard?: boolean;
  /** Library only: receives blocking's candidate pairs as record indices (see CleanResult.records). */
  onCandidates?: (a: Int32Array, b: Int32Array) => void;
}
