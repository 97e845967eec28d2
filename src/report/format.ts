// How every report renderer spells numbers, gates and the reconciliation, so the terminal, HTML and
// Markdown never disagree. Fixed locale (en-US): output must not depend on the machine's settings.

import type { Report, ReportGate } from './types.js';

const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 12353 → "12,353". */
export function formatCount(value: number): string {
  return integerFormat.format(value);
}

/** 0.172049 → "17.2%"; keeps a decimal so 0.4% and 0% are told apart. */
export function formatPercent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/** Milliseconds for people: "845 ms", "4.9 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A log2 weight with its sign, so a reader sees at once which side of 0 it falls: "+7.78", "−3.47". */
export function formatWeight(weight: number): string {
  const text = Math.abs(weight).toFixed(2);
  if (weight > 0) return `+${text}`;
  return weight < 0 ? `\u2212${text}` : text;
}

export function totalDurationMs(report: Report): number {
  return Object.values(report.run.timings_ms).reduce((sum, ms) => sum + ms, 0);
}

/** min_* gates pass at or above the threshold; every other gate (max_*) at or below. */
export function gateComparator(gate: ReportGate): '≥' | '≤' {
  return gate.gate.startsWith('min_') ? '≥' : '≤';
}

/** Gates hold rates (0..1) today; a gate with a figure above 1 is a count and prints as one. */
export function formatGateValue(gate: ReportGate, value: number): string {
  return Math.abs(gate.threshold) <= 1 && Math.abs(gate.actual) <= 1 ? formatPercent(value) : formatCount(value);
}

/** "81.2% ≥ 85.0%": the actual figure against the rule it had to meet. */
export function describeGate(gate: ReportGate): string {
  return `${formatGateValue(gate, gate.actual)} (needs ${gateComparator(gate)} ${formatGateValue(gate, gate.threshold)})`;
}

export interface Reconciliation {
  inputRows: number;
  parts: { label: string; count: number }[];
  sum: number;
  /** The report's own flag and the arithmetic shown must both hold. */
  ok: boolean;
}

/** input rows = golden + merged + quarantined for clean; = kept + quarantined for validate. */
export function reconciliation(report: Report): Reconciliation {
  const { totals } = report;
  const parts =
    report.run.command === 'validate'
      ? [
          { label: 'kept', count: totals.kept },
          { label: 'quarantined', count: totals.quarantined },
        ]
      : [
          { label: 'golden', count: totals.golden_records },
          { label: 'merged', count: totals.merged_rows },
          { label: 'quarantined', count: totals.quarantined },
        ];
  const sum = parts.reduce((total, part) => total + part.count, 0);
  return { inputRows: totals.input_rows, parts, sum, ok: totals.reconciled && sum === totals.input_rows };
}

/** "12,353 = 9,870 golden + 2,051 merged + 432 quarantined" (≠ when it does not add up). */
export function formatReconciliation(rec: Reconciliation): string {
  const rhs = rec.parts.map((part) => `${formatCount(part.count)} ${part.label}`).join(' + ');
  return `${formatCount(rec.inputRows)} input rows ${rec.sum === rec.inputRows ? '=' : '≠'} ${rhs}`;
}

/** Issues sorted by count (then code, for a stable order), the first `limit`. */
export function topIssues(report: Report, limit: number): Report['issues'] {
  return [...report.issues].sort((a, b) => b.count - a.count || compareText(a.code, b.code)).slice(0, limit);
}

/** Code-point order: unlike localeCompare it cannot vary with the machine's ICU data. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
