// `cdm profile`: per source and column, the inferred role and field with the evidence, and what the
// values look like (completeness, distinct, top values, patterns). Values of PII roles are masked
// unless showPii.

import type { Diagnostic } from '../core/diagnostic.js';
import type { InputFormat, SourceTable } from '../core/record.js';
import type { DateOrder, Role } from '../core/roles.js';
import type { Config } from '../config/schema.js';
import { readSource } from '../io/index.js';
import { maskIf } from '../mask/index.js';
import { buildSchema } from '../schema/index.js';
import { columnStats } from './column-stats.js';

export interface ProfileOptions {
  config?: Config;
  /** Show values of PII roles as they are (default: masked). */
  showPii?: boolean;
  /** Values sampled per column for role inference (default 500). */
  sampleSize?: number;
  /** How many top values and patterns to list per column (default 5). */
  top?: number;
}

export interface ProfileColumn {
  name: string;
  role: Role | null;
  field: string | null;
  confidence: number;
  basis?: string;
  /** Share of rows with a non-blank value, 0..1. */
  completeness: number;
  distinct: number;
  /** Distinct counting stopped at a cap; `distinct` is a lower bound. */
  distinctCapped: boolean;
  top: { value: string; count: number }[];
  patterns: { pattern: string; count: number; example: string }[];
  dateOrder?: DateOrder;
  /** The date order is a guess: no value decided it. */
  ambiguous?: boolean;
  invert?: boolean;
}

export interface ProfileSource {
  source: string;
  rows: number;
  format: InputFormat;
  encoding?: string;
  delimiter?: string;
  region: string;
  columns: ProfileColumn[];
}

export interface ProfileResult {
  sources: ProfileSource[];
  /** Read-level findings of the inputs, then the schema's (unmapped columns, ambiguous dates, …). */
  diagnostics: Diagnostic[];
}

/** Profiles already-read tables (pure; `profile` adds the reading). */
export function profileTables(tables: SourceTable[], options: ProfileOptions = {}): ProfileResult {
  const { schema, diagnostics } = buildSchema(tables, options.config, { sampleSize: options.sampleSize });
  const showPii = options.showPii ?? false;
  const topN = options.top ?? 5;
  const sources = tables.map((table, t): ProfileSource => {
    const mapping = schema.sources[t]!;
    const columns = table.columns.map((name, i): ProfileColumn => {
      const m = mapping.columns[i]!;
      const stats = columnStats(table, i, topN);
      // Unmapped columns are masked like free text: a notes column can hold anything.
      const maskRole = m.role ?? 'text';
      return {
        name,
        role: m.role,
        field: m.field,
        confidence: m.confidence,
        ...(m.basis ? { basis: m.basis } : {}),
        completeness: table.rows.length === 0 ? 0 : stats.filled / table.rows.length,
        distinct: stats.distinct,
        distinctCapped: stats.distinctCapped,
        top: stats.top.map((x) => ({ value: maskIf(showPii, x.value, maskRole), count: x.count })),
        patterns: stats.patterns.map((p) => ({ ...p, example: maskIf(showPii, p.example, maskRole) })),
        ...(m.dateOrder ? { dateOrder: m.dateOrder } : {}),
        ...(m.dateOrderAmbiguous ? { ambiguous: true } : {}),
        ...(m.invert ? { invert: true } : {}),
      };
    });
    return {
      source: table.source,
      rows: table.rows.length,
      format: table.format,
      ...(table.encoding ? { encoding: table.encoding } : {}),
      ...(table.delimiter ? { delimiter: table.delimiter } : {}),
      region: mapping.region,
      columns,
    };
  });
  return { sources, diagnostics: [...tables.flatMap((t) => t.diagnostics), ...diagnostics] };
}

/** Reads the inputs and profiles them. */
export async function profile(inputs: string[], options: ProfileOptions = {}): Promise<ProfileResult> {
  const tables: SourceTable[] = [];
  for (const input of inputs) tables.push(await readSource(input));
  return profileTables(tables, options);
}
