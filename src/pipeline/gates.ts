// Quality gates (DESIGN §4/§5): thresholds from the config or flags, each reported as
// threshold / actual / passed. A failed gate makes the run exit 1.

import { closest } from 'fastest-levenshtein';
import type { Diagnostic } from '../core/diagnostic.js';
import { UsageError } from '../core/errors.js';
import type { CustomerRecord, SourceSchema } from '../core/record.js';
import { isRole } from '../core/roles.js';

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

/** What the gates read of a run: its row counts and findings, and how many rows have a final value
 * of a field. */
export interface GateInput {
  rows: number;
  quarantined: number;
  filled: (field: string) => number;
  diagnostics: readonly Diagnostic[];
}

/** The gate input of a run that holds all its records. */
export function gateInputOf(records: readonly CustomerRecord[], diagnostics: readonly Diagnostic[]): GateInput {
  return {
    rows: records.length,
    quarantined: records.filter((r) => r.quarantine.length > 0).length,
    filled: (field) => records.filter((r) => r.values[field] !== undefined).length,
    diagnostics,
  };
}

/**
 * Throws UsageError `gate.unknown_field` (exit 2) for a completeness gate on a name that is neither
 * a field of the run nor a role (`email`, `phone_2`): a misspelt gate would otherwise fail every
 * run at 0% and read as bad data. A role the files lack is a real 0%, and fails as the gate. A
 * source column's header (`zip`, mapped to `postcode`) is named with its field: gates judge fields.
 */
export function checkGateFields(settings: GateSettings, fields: readonly string[], sources: readonly SourceSchema[] = []): void {
  for (const name of Object.keys(settings.minCompleteness ?? {}).sort()) {
    if (fields.includes(name) || isRole(name.replace(/_\d+$/, ''))) continue;
    const column = sources.flatMap((s) => s.columns.map((c) => ({ source: s.source, ...c }))).find((c) => c.field && c.column.trim().toLowerCase() === name.toLowerCase());
    if (column) {
      throw new UsageError('gate.unknown_field', `The completeness gate names '${name}', a column of ${column.source} that fills the field '${column.field}': name the field (${column.field}=…).`);
    }
    const hint = fields.length > 0 ? ` Did you mean '${closest(name, [...fields])}'? This run's fields: ${fields.join(', ')}.` : '';
    throw new UsageError('gate.unknown_field', `The completeness gate names '${name}', which is no field of this run and no role.${hint}`);
  }
}

export function evaluateGates(settings: GateSettings, run: GateInput): GateResult[] {
  const results: GateResult[] = [];
  const { rows, diagnostics } = run;
  if (settings.maxErrorRate !== undefined) {
    const actual = rate(countRows(diagnostics, 'error'), rows);
    results.push({ gate: 'max_error_rate', threshold: settings.maxErrorRate, actual, passed: actual <= settings.maxErrorRate });
  }
  if (settings.maxQuarantineRate !== undefined) {
    const actual = rate(run.quarantined, rows);
    results.push({
      gate: 'max_quarantine_rate',
      threshold: settings.maxQuarantineRate,
      actual,
      passed: actual <= settings.maxQuarantineRate,
    });
  }
  for (const [field, threshold] of Object.entries(settings.minCompleteness ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const actual = rate(run.filled(field), rows);
    results.push({ gate: `min_completeness.${field}`, threshold, actual, passed: actual >= threshold });
  }
  return results;
}

/** Rows (of any source) with at least one finding of this severity. */
export function countRows(diagnostics: readonly Diagnostic[], severity: Diagnostic['severity']): number {
  // A bitmap of rows per source: a million diagnostics, and rows are small dense numbers.
  const rowsOf = new Map<string, Uint8Array>();
  let count = 0;
  for (const d of diagnostics) {
    if (d.severity !== severity || d.row <= 0) continue;
    let rows = rowsOf.get(d.source);
    if (rows === undefined || d.row >= rows.length) {
      const grown = new Uint8Array(Math.max(1024, 2 * d.row));
      if (rows !== undefined) grown.set(rows);
      rowsOf.set(d.source, (rows = grown));
    }
    if (rows[d.row] === 0) {
      rows[d.row] = 1;
      count++;
    }
  }
  return count;
}
