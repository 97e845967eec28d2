// Assembles report.json (DESIGN §5) from a run's results. Every value drawn from customer data is
// masked here unless --show-pii, so no renderer downstream ever sees plain PII by accident.

import type { Diagnostic } from '../core/diagnostic.js';
import type { CustomerRecord, FieldDef, SourceTable } from '../core/record.js';
import type { Role } from '../core/roles.js';
import { maskIf } from '../mask/index.js';
import type { GoldenRecord } from '../merge/index.js';
import type { ExplainedComparison, MatchResult, ReviewPair } from '../match/index.js';
import { levelWeights } from '../match/score/index.js';
import {
  REPORT_SCHEMA_VERSION,
  type Report,
  type ReportChanges,
  type ReportField,
  type ReportGolden,
  type ReportIssue,
  type ReportMatching,
  type ReportRun,
} from '../report/types.js';
import type { FieldQuality } from '../validate/index.js';
import type { GateResult } from './gates.js';
import { countRows, rate } from './gates.js';
import { round } from './outputs.js';
import { VERSION } from '../version.js';

const ISSUE_EXAMPLES = 3;
const TOP_REVIEW = 10;
const CAPPED_LISTED = 20;

export function reportInputs(tables: readonly SourceTable[]): ReportRun['inputs'] {
  return tables.map((t) => ({
    source: t.source,
    format: t.format,
    ...(t.encoding ? { encoding: t.encoding } : {}),
    ...(t.delimiter ? { delimiter: t.delimiter } : {}),
    sha256: t.sha256,
    bytes: t.bytes,
    rows: t.rowCount ?? t.rows.length,
  }));
}

/** The report's `run` section: what ran, on which inputs, how long each stage took. */
export function reportRun(
  command: ReportRun['command'],
  prepared: { configHash: string | null; tables: readonly SourceTable[]; stopwatch: { timings: Record<string, number> } },
  options: { out?: string; showPii?: boolean },
  incremental: boolean,
): ReportRun {
  return {
    command,
    version: VERSION,
    config_hash: prepared.configHash,
    inputs: reportInputs(prepared.tables),
    timings_ms: prepared.stopwatch.timings,
    out_dir: options.out ?? 'cdm-out',
    incremental,
    show_pii: Boolean(options.showPii),
  };
}

export function reportFields(quality: readonly FieldQuality[]): ReportField[] {
  return quality.map((q) => ({
    name: q.field,
    role: q.role,
    rows: q.rows,
    completeness_before: round(q.completenessBefore),
    completeness_after: round(q.completenessAfter),
    validity: round(q.validity),
    distinct: q.distinct,
    changed: q.changed,
    issues: Object.fromEntries(Object.entries(q.issues).sort(([a], [b]) => a.localeCompare(b))),
  }));
}

/** Issue codes by count (then code), each with a few masked example values. */
export function reportIssues(diagnostics: readonly Diagnostic[], roleOf: (field: string) => Role | undefined, showPii: boolean): ReportIssue[] {
  const byCode = new Map<string, ReportIssue>();
  for (const d of diagnostics) {
    let issue = byCode.get(d.code);
    if (!issue) {
      issue = { code: d.code, severity: d.severity, count: 0, examples: [] };
      byCode.set(d.code, issue);
    }
    issue.count++;
    if (d.value !== undefined && d.value !== '' && issue.examples.length < ISSUE_EXAMPLES) {
      const shown = maskIf(showPii, d.value, roleOf(d.field) ?? 'text');
      if (!issue.examples.includes(shown)) issue.examples.push(shown);
    }
  }
  return [...byCode.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export interface MatchingReportInput {
  result: MatchResult;
  records: readonly CustomerRecord[];
  explain: (pair: ReviewPair) => ExplainedComparison[];
  roleOf: (field: string) => Role | undefined;
  showPii: boolean;
}

export function reportMatching({ result, records, explain, roleOf, showPii }: MatchingReportInput): ReportMatching {
  const { model } = result;
  const weights = levelWeights(model);
  const histogram = Array.from({ length: 20 }, (_, i) => ({ from: round(i * 0.05), to: round((i + 1) * 0.05), count: 0 }));
  for (const p of result.pairs) histogram[Math.min(19, Math.floor(p.probability * 20))]!.count++;
  const sizes = clusterSizes(result.clusterOf, records);
  const mask = (value: string | undefined, field: string) => (value === undefined ? '' : maskIf(showPii, value, roleOf(field) ?? 'text'));
  const top = mostUncertain(result.review, TOP_REVIEW);
  return {
    blocking: {
      rules: result.blocking.rules.map((r) => ({ id: r.id, pairs: r.pairs })),
      total_pairs: result.blocking.totalPairs,
      // At scale thousands of blocks can be capped: the report lists the largest, and counts all.
      capped: [...result.blocking.capped]
        .sort((a, b) => b.size - a.size || a.rule.localeCompare(b.rule) || a.key.localeCompare(b.key))
        .slice(0, CAPPED_LISTED)
        .map((c) => ({ rule: c.rule, key: maskIf(showPii, c.key, 'text'), size: c.size })),
      capped_blocks: result.blocking.capped.length,
      capped_pairs: result.blocking.capped.reduce((n, c) => n + c.droppedPairs, 0),
    },
    model: {
      prior: round(model.prior),
      match_threshold: model.thresholds.match,
      review_threshold: model.thresholds.review,
      trained: true,
      comparisons: model.comparisons.map((c, k) => ({
        field: c.field,
        comparator: c.comparator,
        levels: c.levels.map((l, j) => ({ label: l.label, m: round(l.m), u: round(l.u), weight: round(weights[k]![j]!) })),
      })),
    },
    probability_histogram: histogram,
    cluster_sizes: [...sizes.entries()].sort(([a], [b]) => a - b).map(([size, count]) => ({ size, count })),
    review_pairs: result.review.length,
    review_top: top.map((p) => ({
      a: { source: records[p.a]!.source, row: records[p.a]!.row },
      b: { source: records[p.b]!.source, row: records[p.b]!.row },
      probability: round(p.probability),
      weight: round(p.weight),
      fields: explain(p).map((c) => ({ field: c.field, level: c.level, weight: round(c.weight), a: mask(c.valueA, c.field), b: mask(c.valueB, c.field) })),
    })),
  };
}

/** Clusters by their number of members (quarantined rows left out). Cluster ids are small
 * integers, so members are counted in an array: a Map of a million clusters cost ~0.5 s at 1M rows. */
function clusterSizes(clusterOf: Int32Array, records: readonly CustomerRecord[]): Map<number, number> {
  let most = -1;
  for (let i = 0; i < clusterOf.length; i++) if (clusterOf[i]! > most) most = clusterOf[i]!;
  const members = new Int32Array(most + 1);
  for (let i = 0; i < clusterOf.length; i++) if (records[i]!.quarantine.length === 0) members[clusterOf[i]!]!++;
  const sizes = new Map<number, number>();
  for (const n of members) if (n > 0) sizes.set(n, (sizes.get(n) ?? 0) + 1);
  return sizes;
}

/** The `n` review pairs closest to an even chance (then by rows), in that order: one pass keeping
 * the best `n`, where sorting all of them (200k pairs at 1M rows) cost ~0.4 s. */
export function mostUncertain(review: readonly ReviewPair[], n: number): ReviewPair[] {
  const before = (a: ReviewPair, b: ReviewPair) => Math.abs(a.probability - 0.5) - Math.abs(b.probability - 0.5) || a.a - b.a || a.b - b.b;
  const top: ReviewPair[] = [];
  if (n <= 0) return top;
  for (const p of review) {
    if (top.length === n && before(p, top[n - 1]!) >= 0) continue;
    let at = top.length === n ? n - 1 : top.length;
    while (at > 0 && before(p, top[at - 1]!) < 0) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = p;
  }
  return top.slice(0, n);
}

function tally(values: Iterable<string>): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function reportGolden(golden: readonly GoldenRecord[], fields: readonly FieldDef[]): ReportGolden {
  const first = (role: Role) => fields.find((f) => f.role === role)?.name;
  const state = first('state');
  const country = first('country');
  const consent = first('consent');
  const bySources = new Map<number, number>();
  for (const g of golden) bySources.set(g.source_count, (bySources.get(g.source_count) ?? 0) + 1);
  return {
    by_region: tally(golden.map((g) => [g.values[country ?? ''], g.values[state ?? '']].filter(Boolean).join('-') || 'unknown')),
    by_source_count: [...bySources.entries()].sort(([a], [b]) => a - b).map(([sources, count]) => ({ sources, count })),
    by_consent: tally(golden.map((g) => (consent ? (g.values[consent] ?? 'unknown') : 'unknown'))),
  };
}

export interface ReportParts {
  run: ReportRun;
  /** Input rows, and how many were quarantined. */
  rows: number;
  quarantined: number;
  fields: readonly FieldDef[];
  diagnostics: readonly Diagnostic[];
  quality: readonly FieldQuality[];
  roleOf: (field: string) => Role | undefined;
  golden: readonly GoldenRecord[] | null;
  matching: ReportMatching | null;
  gates: readonly GateResult[];
  changes: ReportChanges | null;
}

export function buildReport(parts: ReportParts): Report {
  const inputRows = parts.rows;
  const quarantined = parts.quarantined;
  const kept = inputRows - quarantined;
  const goldenRecords = parts.golden ? parts.golden.length : kept;
  const merged = parts.golden ? parts.golden.reduce((n, g) => n + g.members.length - 1, 0) : 0;
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    run: parts.run,
    totals: {
      input_rows: inputRows,
      quarantined,
      kept,
      golden_records: goldenRecords,
      merged_rows: merged,
      duplicate_rate: rate(merged, kept),
      rows_with_errors: countRows(parts.diagnostics, 'error'),
      rows_with_warnings: countRows(parts.diagnostics, 'warning'),
      reconciled: inputRows === goldenRecords + merged + quarantined,
    },
    fields: reportFields(parts.quality),
    matching: parts.matching,
    golden: parts.golden ? reportGolden(parts.golden, parts.fields) : null,
    gates: parts.gates.map((g) => ({ ...g })),
    issues: reportIssues(parts.diagnostics, parts.roleOf, parts.run.show_pii),
    changes: parts.changes,
  };
}
