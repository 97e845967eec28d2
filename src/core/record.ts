// The shapes data takes between stages. io produces SourceTables; schema maps their columns to
// fields; validate + normalize turn each row into a CustomerRecord that matching and merging read.

import type { Diagnostic } from './diagnostic.js';
import type { DateOrder, Role } from './roles.js';

export type InputFormat = 'csv' | 'json' | 'ndjson';

/** One data row as read: values aligned with the table's columns ('' when empty or absent). */
export interface RawRow {
  /** 1-based data row (header excluded; NDJSON line; JSON array element). */
  row: number;
  values: string[];
  /** Set by the reader when the line or element is no usable record (`ndjson.syntax`,
   * `json.not_object`, `csv.unparsable_row`): the row is still a row of the input, so it is
   * quarantined with this code (the reader's diagnostic says why) instead of dropping out of the
   * accounting. Its values are then empty. */
  rejected?: string;
}

/** One input file as read, before any mapping. */
export interface SourceTable {
  /** The input path as given ('-' for standard input). */
  source: string;
  format: InputFormat;
  columns: string[];
  rows: RawRow[];
  /** Rows read, when `rows` was emptied after validation to free memory (a million rows of cells). */
  rowCount?: number;
  /** Read-level findings: ragged rows, bad bytes, duplicate headers, … */
  diagnostics: Diagnostic[];
  sha256: string;
  bytes: number;
  /** What the reader detected, for the report. */
  encoding?: string;
  delimiter?: string;
  /** CSV: where rows start when not on line row + 1 (see RowLines); absent when they all are. */
  rowLines?: RowLines;
}

/** From `rows[i]` on (ascending), data row r starts on physical line r + `offsets[i]`; rows
 * before the first entry are on line r + 1. */
export interface RowLines {
  rows: number[];
  offsets: number[];
}

/** A field of the unified schema. Zero-config, its name is its role (`phone`, `phone_2`, …). */
export interface FieldDef {
  name: string;
  role: Role;
  /** Rule ids with options, from the config; empty means the role's default rules. */
  rules?: RuleRef[];
  /** Survivorship strategy id for merging (merge stage default by role when absent). */
  survivorship?: string;
  /** `false`: the field is never written to any output (data minimization); default true. */
  retain?: boolean;
}

export interface RuleRef {
  id: string;
  severity?: 'error' | 'warning';
  /** What to do with a value (or row) that fails the rule with severity error. */
  action?: 'quarantine' | 'null' | 'keep';
  options?: Record<string, unknown>;
}

/** How one column of one source maps into the schema. */
export interface ColumnMapping {
  column: string;
  /** Schema field name, or null when the column is ignored. */
  field: string | null;
  role: Role | null;
  /** 0..1, how sure inference was (1 for a config mapping). */
  confidence: number;
  /** Why inference chose the role: 'header', 'values', 'header+values', 'config'. */
  basis?: string;
  /** For date-like roles: the inferred (or configured) order; when no value decided it, the
   * region's habit (MDY for US, DMY elsewhere) with `dateOrderAmbiguous` set. */
  dateOrder?: DateOrder;
  dateOrderAmbiguous?: boolean;
  /** The order of the column's dotted dates (`13.04.1980`) where it differs from `dateOrder`. */
  dottedDateOrder?: DateOrder;
  /** No dotted value decided `dottedDateOrder` (ambiguous dotted values are reported). */
  dottedDateAmbiguous?: boolean;
  /** For booleans: an opt-out column whose truth means "no consent". */
  invert?: boolean;
}

export interface SourceSchema {
  source: string;
  /** Default phone region (ISO 3166 alpha-2), e.g. 'US'. */
  region: string;
  /** Rank for `source_priority` survivorship: lower wins. */
  priority: number;
  columns: ColumnMapping[];
}

export interface Schema {
  fields: FieldDef[];
  sources: SourceSchema[];
}

/** A row after validation and normalization: what matching and merging work on. */
export interface CustomerRecord {
  /** Dense 0-based position across all sources, in input order. */
  index: number;
  source: string;
  row: number;
  /** Field name → raw value as read (non-empty values only). */
  raw: Record<string, string>;
  /** Field name → canonical value; absent when missing, invalid or junk. Derived parts (a full
   * name's first_name/last_name, a one-line address's city) are added under their role names. */
  values: Record<string, string>;
  /** Derived match keys that are never written as customer data (e.g. `email_key`). */
  keys: Record<string, string>;
  /** Codes of the error diagnostics on this row. */
  codes: string[];
  /** Codes that sent the row to quarantine; empty when the row is kept. */
  quarantine: string[];
}
