// One column's role from its header and its sampled values together. A header is a claim, values
// are evidence: agreeing, they reinforce each other; disagreeing, strong values beat a weak header,
// and a strong header stands (with a reported conflict). A record key (`id`) is named, never guessed.

import type { SourceTable } from '../core/record.js';
import type { Role } from '../core/roles.js';
import { type HeaderMatch, matchHeader } from './headers.js';
import { type ValueMatch, matchValues } from './values.js';

export interface ColumnInference {
  role: Role;
  confidence: number;
  basis: 'header' | 'values' | 'header+values';
  invert?: boolean;
  /** Header and values named different roles; `role` is the one chosen. */
  conflict?: { headerRole: Role; valueRole: Role };
}

/** Below this a header is "weak" and contradicting values win. */
const STRONG_HEADER = 0.8;
/** Values alone must reach this to assign a role. */
const MIN_VALUE_CONFIDENCE = 0.5;
/** Value evidence this strong is reported when a header overrides it. */
const STRONG_VALUES = 0.8;

const DATE_ROLES = new Set<Role>(['dob', 'date', 'timestamp']);
// Roles whose values have a recognisable shape: a weak header for one of them, over values that
// show no such shape (a `Title` column of job titles), is not believed.
const SHAPED_ROLES = new Set<Role>(['email', 'phone', 'national_id', 'dob', 'date', 'timestamp', 'postcode', 'gender', 'title', 'state', 'country']);

function compatible(header: Role, values: ValueMatch): boolean {
  if (header === values.role) return true;
  if (DATE_ROLES.has(header) && DATE_ROLES.has(values.role)) return true;
  // Yes/no values fit consent; 0/1 also fit a 1-character gender or title code badly, not at all.
  return header === 'consent' && values.boolean === true;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function fromHeader(h: HeaderMatch, basis: ColumnInference['basis'], confidence = h.confidence): ColumnInference {
  return { role: h.role, confidence: round(confidence), basis, ...(h.invert ? { invert: true } : {}) };
}

/** Combines header and value evidence for one column; undefined when neither says anything. */
export function inferColumn(header: string, sample: readonly string[]): ColumnInference | undefined {
  const h = matchHeader(header);
  if (h?.role === 'id') return fromHeader(h, 'header');
  const v = matchValues(sample);
  if (h && v && compatible(h.role, v)) {
    return fromHeader(h, 'header+values', Math.min(1, Math.max(h.confidence, v.confidence) + 0.05));
  }
  if (h && v && v.confidence >= MIN_VALUE_CONFIDENCE && !v.boolean) {
    const conflict = { headerRole: h.role, valueRole: v.role };
    if (h.confidence < STRONG_HEADER) {
      return { role: v.role, confidence: round(v.confidence), basis: 'values', conflict };
    }
    return { ...fromHeader(h, 'header'), ...(v.confidence >= STRONG_VALUES ? { conflict } : {}) };
  }
  if (h) {
    if (h.confidence < STRONG_HEADER && SHAPED_ROLES.has(h.role) && sample.length >= 5) return undefined;
    return fromHeader(h, 'header');
  }
  if (v && v.confidence >= MIN_VALUE_CONFIDENCE) return { role: v.role, confidence: round(v.confidence), basis: 'values' };
  return undefined;
}

/** Up to `size` non-empty, trimmed values spread over the whole table (not just its first rows,
 * which are often test records), deterministic. */
export function sampleColumn(table: SourceTable, column: number, size: number): string[] {
  const rows = table.rows;
  const out: string[] = [];
  const step = Math.max(1, Math.floor(rows.length / size));
  for (let i = 0; i < rows.length && out.length < size; i += step) {
    const value = rows[i]!.values[column]?.trim();
    if (value) out.push(value);
  }
  // A sparse column yields few values at a stride; fill up from the rows skipped.
  if (out.length < size && step > 1) {
    for (let i = 0; i < rows.length && out.length < size; i++) {
      if (i % step === 0) continue;
      const value = rows[i]!.values[column]?.trim();
      if (value) out.push(value);
    }
  }
  return out;
}
