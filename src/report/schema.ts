// The zod schema of report.json, mirroring src/report/types.ts member for member (strict: an unknown
// key is an error, so a renamed member cannot slip through). schema/report.schema.json is generated
// from it; test/report/schema.test.ts fails when the committed file drifts. Regenerate with:
//   CDM_UPDATE_REPORT_SCHEMA=1 npx vitest run test/report/schema.test.ts

import { z } from 'zod';
import { REPORT_SCHEMA_VERSION, type Report } from './types.js';

const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const inputSchema = z.strictObject({
  source: z.string(),
  format: z.string(),
  encoding: z.string().optional(),
  delimiter: z.string().optional(),
  sha256,
  bytes: count,
  rows: count,
});

const runSchema = z.strictObject({
  command: z.enum(['clean', 'validate']),
  version: z.string(),
  config_hash: sha256.nullable().describe('sha256 of the canonical config, or null when zero-config'),
  inputs: z.array(inputSchema),
  timings_ms: z.record(z.string(), z.number().nonnegative()).describe('milliseconds per stage'),
  out_dir: z.string(),
  incremental: z.boolean(),
  show_pii: z.boolean(),
});

const totalsSchema = z.strictObject({
  input_rows: count,
  quarantined: count,
  kept: count,
  golden_records: count,
  merged_rows: count,
  duplicate_rate: share.describe('merged_rows / kept'),
  rows_with_errors: count,
  rows_with_warnings: count,
  reconciled: z.boolean().describe('input_rows === golden_records + merged_rows + quarantined'),
});

const fieldSchema = z.strictObject({
  name: z.string(),
  role: z.string(),
  rows: count,
  completeness_before: share,
  completeness_after: share,
  validity: share,
  distinct: count,
  changed: count,
  issues: z.record(z.string(), count),
});

const levelSchema = z.strictObject({
  label: z.string(),
  m: share,
  u: share,
  weight: z.number().describe('log2(m/u)'),
});

const comparisonSchema = z.strictObject({
  field: z.string(),
  comparator: z.string(),
  levels: z.array(levelSchema),
});

const rowRefSchema = z.strictObject({ source: z.string(), row: count });

const pairSchema = z.strictObject({
  a: rowRefSchema,
  b: rowRefSchema,
  probability: share,
  weight: z.number(),
  fields: z.array(
    z.strictObject({
      field: z.string(),
      level: z.string(),
      weight: z.number(),
      a: z.string().describe('masked unless --show-pii'),
      b: z.string().describe('masked unless --show-pii'),
    }),
  ),
});

const matchingSchema = z.strictObject({
  blocking: z.strictObject({
    rules: z.array(z.strictObject({ id: z.string(), pairs: count })),
    total_pairs: count,
    capped: z.array(z.strictObject({ rule: z.string(), key: z.string(), size: count })),
    capped_blocks: count,
    capped_pairs: count,
  }),
  model: z.strictObject({
    prior: share,
    match_threshold: share,
    review_threshold: share,
    comparisons: z.array(comparisonSchema),
    trained: z.boolean(),
  }),
  probability_histogram: z.array(z.strictObject({ from: share, to: share, count })),
  cluster_sizes: z.array(z.strictObject({ size: count, count })),
  review_pairs: count,
  review_top: z.array(pairSchema),
});

const breakdownSchema = z.strictObject({ value: z.string(), count });

const goldenSchema = z.strictObject({
  by_region: z.array(breakdownSchema),
  by_source_count: z.array(z.strictObject({ sources: count, count })),
  by_consent: z.array(breakdownSchema),
});

const gateSchema = z.strictObject({
  gate: z.string(),
  threshold: z.number(),
  actual: z.number(),
  passed: z.boolean(),
});

const issueSchema = z.strictObject({
  code: z.string(),
  severity: z.string(),
  count,
  examples: z.array(z.string()).describe('masked unless --show-pii'),
});

const changesSchema = z.strictObject({
  new_golden: count,
  updated_golden: count,
  unchanged_golden: count,
  merged_ids: z.array(z.strictObject({ from: z.string(), into: z.string() })),
});

const staleSchema = z.strictObject({
  after: z.string(),
  cutoff: z.string(),
  count,
  records: z.array(z.strictObject({ golden_id: z.string(), last_activity: z.string().nullable() })),
});

export const reportSchema = z
  .strictObject({
    schema_version: z.literal(REPORT_SCHEMA_VERSION),
    run: runSchema,
    totals: totalsSchema,
    fields: z.array(fieldSchema),
    matching: matchingSchema.nullable(),
    golden: goldenSchema.nullable(),
    gates: z.array(gateSchema),
    issues: z.array(issueSchema),
    changes: changesSchema.nullable().describe('incremental runs only: what changed against the master'),
    stale: staleSchema.optional().describe('only with stale_after: golden records with no source activity since the cutoff'),
  })
  .describe('cdm report.json');

// Compile-time proof that the schema and the Report interface describe the same object: if either
// side gains, loses or retypes a member (even an optional one), this stops compiling.
type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Parsed = z.infer<typeof reportSchema>;
const schemaMirrorsReport: Exactly<Omit<Parsed, 'schema_version'>, Omit<Report, 'schema_version'>> = true;
void schemaMirrorsReport;

export type ReportValidation =
  | { ok: true; report: Report }
  | { ok: false; issues: { path: string; message: string }[] };

/** Checks an unknown value (e.g. a parsed report.json) against the schema; never throws. */
export function validateReport(value: unknown): ReportValidation {
  const result = reportSchema.safeParse(value);
  if (result.success) return { ok: true, report: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}

/** The JSON Schema text committed as schema/report.schema.json (stable key order, trailing newline). */
export function reportJsonSchema(): string {
  const schema = z.toJSONSchema(reportSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ title: 'cdm report.json', ...schema }, null, 2)}\n`;
}
