// The cdm config file, as a zod schema: the one place where its shape is defined, checked and
// documented. Objects are strict, so a misspelt key is an error naming its path (`fields.email.role`)
// rather than a silently ignored setting. schema/cdm-config.schema.json is generated from this.

import { z } from 'zod';
import { ROLES } from '../core/roles.js';

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const RoleSchema = z.enum(ROLES).describe('What a field holds; decides its default rules, normalizer and comparator.');
export const DateOrderSchema = z.enum(['YMD', 'MDY', 'DMY']).describe('Order of day, month and year in numeric dates.');
const FieldNameSchema = z.string().regex(FIELD_NAME, 'a field name is letters, digits and _');

/** A column mapped to a field, with what inference cannot know (an opt-out column's inversion). */
export const ColumnTargetSchema = z.union([
  FieldNameSchema.describe('The schema field this column fills.'),
  z.strictObject({
    field: FieldNameSchema.describe('The schema field this column fills.'),
    role: RoleSchema.optional().describe('Role when the field is not declared under `fields`.'),
    invert: z.boolean().optional().describe('An opt-out column: true means "no consent".'),
    dateOrder: DateOrderSchema.optional().describe('Day/month order of this column, overriding inference.'),
  }),
]);

export const SourceConfigSchema = z
  .strictObject({
    path: z.string().min(1).describe('Input path or glob (`exports/*.csv`); a pattern without `/` also matches the file name.'),
    name: z.string().min(1).optional().describe('A short label for reports.'),
    region: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code such as US or AU')
      .optional()
      .describe('Default region for phones, states and postcodes; inferred from the values when absent.'),
    dateOrder: DateOrderSchema.optional().describe('Day/month order for date columns whose values do not decide it.'),
    priority: z.number().int().min(0).optional().describe('Rank for `source_priority` survivorship: lower wins.'),
    columns: z
      .record(z.string(), ColumnTargetSchema)
      .optional()
      .describe('Header → field. Columns not listed are inferred; list a column under `ignore` to drop it.'),
    ignore: z.array(z.string()).optional().describe('Headers never mapped to any field.'),
  })
  .describe('One input (or a glob of inputs) and how its columns map into the schema.');

/** A rule on a field: bare id (`email.syntax`) or id with severity, action and options. */
export const RuleRefSchema = z.union([
  z.string().min(1),
  z.strictObject({
    id: z.string().min(1).describe('Rule id, e.g. `email.syntax`.'),
    severity: z.enum(['error', 'warning']).optional(),
    action: z.enum(['quarantine', 'null', 'keep']).optional().describe('What an error does: quarantine the row, null the value, or keep it.'),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
]);

export const FieldConfigSchema = z.strictObject({
  role: RoleSchema,
  description: z.string().optional(),
  rules: z.array(RuleRefSchema).optional().describe("Replaces the role's default rules."),
  normalize: z
    .strictObject({
      id: z.string().min(1).optional().describe("Normalizer id; the role's default when absent."),
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  survivorship: z.string().min(1).optional().describe('Merge strategy id, e.g. `most_recent`.'),
  retain: z.boolean().optional().describe('Used for matching but never written to any output.'),
});

const BlockKeyRefSchema = z.string().min(1).describe('A field or derived key (`email.match`), optionally with a key function: `last_name:metaphone`, `dob:year`, `first_name:first1`.');

/** A blocking rule: its key references (records equal on all of them are paired), or the rule with
 * an id and its own block size cap, or `defaults` for the rules zero-config would use. */
export const BlockingRuleConfigSchema = z.union([
  z.literal('defaults'),
  z.array(BlockKeyRefSchema).min(1),
  z.strictObject({
    id: z.string().min(1).optional(),
    keys: z.array(BlockKeyRefSchema).min(1),
    maxBlockSize: z.number().int().min(2).optional().describe('Blocks larger than this are skipped and reported (at most matching.maxBlockSize).'),
  }),
]);

/** A field's comparison: `false` leaves the field out of matching; otherwise its comparator and
 * whether an exact match is weighed by the value's frequency. */
export const ComparisonConfigSchema = z.union([
  z.literal(false),
  z.strictObject({
    comparator: z.string().min(1).optional().describe('Comparator id, e.g. `jaro-winkler`, `exact`, `levenshtein`; the role\'s default when absent.'),
    tf: z.boolean().optional().describe('Weigh an exact match by how rare the value is.'),
  }),
]);

export const MatchingConfigSchema = z.strictObject({
  blocking: z.array(BlockingRuleConfigSchema).min(1).optional().describe('Blocking rules, replacing the defaults (list `defaults` to keep them); candidate pairs are their union.'),
  matchThreshold: z.number().min(0).max(1).optional(),
  reviewThreshold: z.number().min(0).max(1).optional(),
  maxBlockSize: z.number().int().min(2).optional().describe('Largest block any rule pairs up (default 1000); larger ones are skipped and reported.'),
  comparisons: z.record(FieldNameSchema, ComparisonConfigSchema).optional().describe('Field → comparison settings, over the defaults by role.'),
});

export const MergeConfigSchema = z.strictObject({
  survivorship: z.record(z.string(), z.string().min(1)).optional().describe('Field → strategy id.'),
  sourcePriority: z.record(z.string(), z.number().int().min(0)).optional().describe('Source path or name → rank (lower wins).'),
});

const Rate = z.number().min(0).max(1);

export const GatesConfigSchema = z.strictObject({
  maxErrorRate: Rate.optional().describe('Fail (exit 1) when more rows than this share have errors.'),
  maxQuarantineRate: Rate.optional(),
  minCompleteness: z.record(z.string(), Rate).optional().describe('Field → minimum share of rows with a valid value.'),
});

export const OutputConfigSchema = z.strictObject({
  format: z.enum(['csv', 'json', 'ndjson']).optional(),
  csvGuard: z.boolean().optional().describe('Neutralise spreadsheet formulas in CSV outputs (default true).'),
});

// Views (`cdm export --view NAME`): which golden fields a role may see and in what form. The salt of
// the `hash` transform is never a config value: it comes from the CDM_HASH_SALT environment variable.
const ViewScalarSchema = z.union([z.string(), z.number(), z.boolean()]);

export const ViewFieldSchema = z.union([
  z.boolean().describe('true: keep the value as is; false: drop the field.'),
  z.string().min(1).describe('Transform id: keep, mask, hash, generalize, drop (or a plugin transform).'),
  z.strictObject({
    transform: z.string().min(1).describe('Transform id.'),
    options: z.record(z.string(), z.unknown()).optional().describe('e.g. `{ to: age_band }` for generalize.'),
  }),
]);

export const ViewFilterSchema = z.union([
  z.string().min(1).describe('One comparison: `consent == true`, `country != US`.'),
  z
    .record(z.string(), z.union([ViewScalarSchema, z.array(ViewScalarSchema)]))
    .describe('Field → required value (or list of allowed values); every entry must hold.'),
]);

export const ViewConfigSchema = z.strictObject({
  description: z.string().optional(),
  fields: z
    .record(z.string(), ViewFieldSchema)
    .describe('Golden column → transform. A column not listed here is never written by this view.'),
  filter: ViewFilterSchema.optional().describe('Only rows that pass are written.'),
});

export const ConfigSchema = z
  .strictObject({
    version: z.literal(1).describe('Config format version.'),
    sources: z.array(SourceConfigSchema).optional(),
    fields: z.record(FieldNameSchema, FieldConfigSchema).optional().describe('The schema: field name → definition.'),
    matching: MatchingConfigSchema.optional(),
    merge: MergeConfigSchema.optional(),
    gates: GatesConfigSchema.optional(),
    output: OutputConfigSchema.optional(),
    plugins: z.array(z.string().min(1)).optional().describe('Plugin module paths, relative to this file.'),
    views: z.record(z.string(), ViewConfigSchema).optional().describe('Role-based views for `cdm export --view NAME`.'),
    stale_after: z
      .string()
      .regex(/^(\d+[ymwd])+$/, 'a duration such as 3y, 18m, 6w or 90d')
      .optional()
      .describe('Golden records with no source activity for this long are listed as stale (report, `cdm export --stale`).'),
    today: z.iso.date().optional().describe('ISO date used as "today" (age checks), for reproducible runs.'),
  })
  .describe('cdm configuration');

export type Config = z.infer<typeof ConfigSchema>;
export type SourceConfig = z.infer<typeof SourceConfigSchema>;
export type FieldConfig = z.infer<typeof FieldConfigSchema>;
export type ColumnTarget = z.infer<typeof ColumnTargetSchema>;
export type RuleRefConfig = z.infer<typeof RuleRefSchema>;
export type ViewConfig = z.infer<typeof ViewConfigSchema>;
export type ViewFieldConfig = z.infer<typeof ViewFieldSchema>;
export type ViewFilterConfig = z.infer<typeof ViewFilterSchema>;
