// Quality gates (DESIGN §4/§5): thresholds from the config or flags, each reported as
// threshold / actual / passed. A failed gate makes the run exit 1.

import type { Diagnostic } from '../core/diagnostic.js';
import type { CustomerRecord } from '../core/record.js';

export interface GateSettings {
  maxErrorRate?: number;
  maxQuarantineRate?: number;
  /** Field name → minimum share of rows with a valid value after normalization. */
  minCompleteness?: Record<string, number>;
}

export interface GateResult {
  gate: string;
  threshold: number;
  actual: number;
  passed: boolean;
}

/** Rounds a rate for reporting so that reports stay byte-stable across platforms. */
export function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1e6) / 1e6;
}

export function evaluateGates(
  settings: GateSettings,
  records: readonly CustomerRecord[],
  diagnostics: readonly Diagnostic[],
): GateResult[] {
  const results: GateResult[] = [];
  const rows = records.length;
  if (settings.maxErrorRate !== undefined) {
    const rowsWithError = new Set<string>();
    for (const d of diagnostics) if (d.severity === 'error' && d.row > 0) rowsWithError.add(`${d.source}\u0000${d.row}`);
    const actual = rate(rowsWithError.size, rows);
    results.push({ gate: 'max_error_rate', threshold: settings.maxErrorRate, actual, passed: actual <= settings.maxErrorRate });
  }
  if (settings.maxQuarantineRate !== undefined) {
    const quarantined = records.filter((r) => r.quarantine.length > 0).length;
    const actual = rate(quarantined, rows);
    results.push({
      gate: 'max_quarantine_rate',
      threshold: settings.maxQuarantineRate,
      actual,
      passed: actual <= settings.maxQuarantineRate,
    });
  }
  for (const [field, threshold] of Object.entries(settings.minCompleteness ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const present = records.filter((r) => r.values[field] !== undefined).length;
    const actual = rate(present, rows);
    results.push({ gate: `min_completeness.${field}`, threshold, actual, passed: actual >= threshold });
  }
  return results;
}
