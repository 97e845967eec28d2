// Compiles the schema, the config's rule references and the registries into per-source plans once,
// before any row is read: rules resolved and their options parsed (zod), normalizers chosen, column
// positions mapped to fields. The row loop then only indexes arrays.

import type { Severity } from '../core/diagnostic.js';
import { ConfigError } from '../core/errors.js';
import type { FieldDef, RuleRef, Schema, SourceSchema, SourceTable } from '../core/record.js';
import { ROLES, type Role } from '../core/roles.js';
import type { NormalizeContext, NormalizerDefinition } from '../normalize/definition.js';
import type { Registry } from '../plugins/registry.js';
import type {
  FieldRuleContext,
  FieldRuleDefinition,
  RecordRuleContext,
  RecordRuleDefinition,
  RuleAction,
  RuleDefinition,
} from './definition.js';
import { NormalizeCache } from './normalize-cache.js';

export interface ValidateRegistries {
  rules: Registry<RuleDefinition>;
  normalizers: Registry<NormalizerDefinition>;
}

export interface PlanOptions {
  today: string;
  defaultNormalizerFor?: (role: Role) => string | undefined;
  /** Severity, action and options for record rules (they belong to no field). */
  recordRules?: readonly RuleRef[];
  /** Bound on each normalizer result cache (per generation). */
  cacheSize: number;
}

export interface RuleUse {
  rule: FieldRuleDefinition<unknown>;
  severity?: 'error' | 'warning';
  action?: RuleAction;
  /** Reused for every call on this (source, field): rules read it and never keep it. */
  context: FieldRuleContext<unknown>;
}

export interface RecordRuleUse {
  rule: RecordRuleDefinition<unknown>;
  severity?: 'error' | 'warning';
  action?: RuleAction;
  context: RecordRuleContext<unknown>;
}

/** One schema field as seen from one source. */
export interface FieldPlan {
  name: string;
  role: Role;
  /** Position in schema.fields (and in the quality accumulators). */
  index: number;
  /** Diagnostic values of this field are masked (national ids). */
  masked: boolean;
  normalizer?: NormalizerDefinition;
  normalizerAction?: RuleAction;
  /** The config's severity for the normalizer's error findings (`{ id: phone, severity: warning }`). */
  normalizerSeverity?: Severity;
  /** The config makes the normalizer's warnings errors too (a ref naming the normalizer alone). */
  normalizerPromotes?: boolean;
  normalizeContext: NormalizeContext;
  /** Shared by every plan with the same normalizer, region, date order and options. */
  cache?: NormalizeCache;
  /** Contexts and caches for rows whose own country differs from the source's region (lazy). */
  regional?: Map<string, { context: NormalizeContext; cache: NormalizeCache }>;
  rawRules: RuleUse[];
  /** Every raw rule is pure (findings depend on the value and options alone): a value found in the
   * normalize cache passed them before and is not checked again. */
  rawRulesPure: boolean;
  valueRules: RuleUse[];
  finalRules: RuleUse[];
  /** Record key names (`email.match`) by normalizer key (lazy). */
  keyNames?: Map<string, string>;
}

export interface SourcePlan {
  source: string;
  region: string;
  /** Indexed like schema.fields. */
  fields: FieldPlan[];
  /** Column position → schema field index, or -1 for an ignored column. */
  columnField: Int32Array;
  /** Columns holding the row's country (its own region for phones, postcodes and states). */
  countryColumns: number[];
  recordRules: RecordRuleUse[];
  /** CSV sources: each mapped column's header, trimmed and lower-cased ('' for unmapped columns), to
   * spot a copy of the header line among the data rows (files joined with `cat`). */
  headerCells?: string[];
  /** Per column, the header as the file wrote it when reading renamed a repeated one (`Email` for
   * `Email_2`), else ''. */
  headerAsWritten?: string[];
}

interface ResolvedRule {
  rule: FieldRuleDefinition<unknown>;
  ref?: RuleRef;
  options: unknown;
  state: Map<string, unknown>;
}

interface ResolvedField {
  rules: ResolvedRule[];
  normalizer?: NormalizerDefinition;
  normalizerRef?: RuleRef;
  options: Record<string, unknown>;
}

function parseOptions(
  rule: { id: string; optionsSchema?: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: unknown } } },
  ref: RuleRef | undefined,
  path: string,
): unknown {
  const given = ref?.options ?? {};
  if (rule.optionsSchema === undefined) return given;
  const parsed = rule.optionsSchema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError('config.invalid_rule_options', `${path}.options: invalid options for rule ${rule.id}: ${describeOptionsError(parsed.error)}`, `${path}.options`);
  }
  return parsed.data;
}

/** A zod error as one line a person reads (`min: expected number, received string`), not its JSON;
 * a plugin's schema that is not zod keeps its own message. */
function describeOptionsError(error: unknown): string {
  type Issue = { path?: PropertyKey[]; message?: string; code?: string; keys?: string[]; errors?: Issue[][] };
  let issues = (error as { issues?: Issue[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return String((error as { message?: unknown } | undefined)?.message ?? error);
  // Options of several forms (range: numbers or dates): what the first form found wrong.
  if (issues.length === 1 && issues[0]!.code === 'invalid_union' && issues[0]!.errors?.[0]?.length) issues = issues[0]!.errors[0];
  return issues
    .map((i) => {
      const at = (i.path ?? []).map(String).join('.');
      const message = i.code === 'unrecognized_keys' && i.keys ? `unknown option${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}` : (i.message ?? 'invalid');
      return at ? `${at}: ${message}` : message;
    })
    .join('; ');
}

function appliesTo(rule: FieldRuleDefinition<unknown>, role: Role): boolean {
  return rule.roles === 'any' || rule.roles.includes(role);
}

function chooseNormalizer(field: FieldDef, registries: ValidateRegistries, options: PlanOptions, ref: RuleRef | undefined) {
  if (ref !== undefined) return registries.normalizers.get(ref.id);
  const preferred = options.defaultNormalizerFor?.(field.role);
  if (preferred !== undefined) {
    const found = registries.normalizers.get(preferred);
    if (found === undefined) throw new ConfigError('config.unknown_normalizer', `no normalizer "${preferred}" for role ${field.role}`);
    return found;
  }
  return registries.normalizers.list().find((n) => n.roles.includes(field.role));
}

/** The field's rules: the role's defaults, then its configured references (which override a
 * default of the same id). A reference may name a normalizer instead (or as well, ids can match). */
function resolveField(field: FieldDef, registries: ValidateRegistries, options: PlanOptions): ResolvedField {
  const refs = field.rules ?? [];
  const byId = new Map<string, ResolvedRule>();
  for (const rule of registries.rules.list()) {
    if (rule.kind === 'field' && rule.byDefault && appliesTo(rule, field.role)) byId.set(rule.id, { rule, options: undefined, state: new Map() });
  }
  let normalizerRef: RuleRef | undefined;
  const fieldOptions: Record<string, unknown> = {};
  for (const ref of refs) {
    const path = `fields.${field.name}.rules.${ref.id}`;
    const rule = registries.rules.get(ref.id);
    const isNormalizer = registries.normalizers.has(ref.id);
    if (isNormalizer) normalizerRef = ref;
    if (ref.options !== undefined) Object.assign(fieldOptions, ref.options);
    if (rule === undefined) {
      if (!isNormalizer) throw new ConfigError('config.unknown_rule', `${path}: no rule or normalizer "${ref.id}"`, path);
      // Another role's normalizer (`phone` on an email field) would reject, and null, every value;
      // a free-text field may take any normalizer.
      const normalizer = registries.normalizers.get(ref.id)!;
      if (field.role !== 'text' && !normalizer.roles.includes(field.role)) {
        throw new ConfigError('config.rule_wrong_role', `${path}: the "${ref.id}" normalizer is for ${normalizer.roles.join(', ')}; field ${field.name} has role ${field.role}. Remove it, or give the field its role.`, path);
      }
      continue;
    }
    if (rule.kind !== 'field') throw new ConfigError('config.record_rule_on_field', `${path}: "${ref.id}" is a row rule, not a field rule`, path);
    if (!appliesTo(rule, field.role)) {
      // `{ id: email }` on a free-text field asks for the email normalizer alone (the email rule is
      // for email fields); on a field of another role (a dob) it would null every value.
      if (isNormalizer && field.role === 'text') continue;
      const roles = rule.roles === 'any' ? 'any role' : rule.roles.join(', ');
      throw new ConfigError('config.rule_wrong_role', `${path}: the "${ref.id}" rule checks ${roles}; field ${field.name} has role ${field.role}. Remove it, or give the field its role.`, path);
    }
    byId.set(rule.id, { rule, ref, options: undefined, state: new Map() });
  }
  const rules = [...byId.values()];
  for (const r of rules) r.options = parseOptions(r.rule, r.ref, `fields.${field.name}.rules.${r.rule.id}`);
  return { rules, normalizer: chooseNormalizer(field, registries, options, normalizerRef), normalizerRef, options: fieldOptions };
}

function sourceSchemaFor(table: SourceTable, index: number, schema: Schema): SourceSchema {
  const byIndex = schema.sources[index];
  if (byIndex !== undefined && byIndex.source === table.source) return byIndex;
  const byName = schema.sources.find((s) => s.source === table.source);
  if (byName === undefined) throw new Error(`validate: the schema has no source "${table.source}"`);
  return byName;
}

/** Column position → field index, matching mappings by column name once (duplicates in order). */
function mapColumns(table: SourceTable, source: SourceSchema, fieldIndex: ReadonlyMap<string, number>): Int32Array {
  const columnField = new Int32Array(table.columns.length).fill(-1);
  const used = new Uint8Array(source.columns.length);
  for (let j = 0; j < table.columns.length; j++) {
    const m = source.columns.findIndex((c, k) => used[k] === 0 && c.column === table.columns[j]);
    if (m < 0) continue;
    used[m] = 1;
    const field = source.columns[m]!.field;
    if (field !== null) columnField[j] = fieldIndex.get(field) ?? -1;
  }
  return columnField;
}

export function buildFieldsByRole(schema: Schema): Partial<Record<Role, readonly string[]>> {
  const byRole: Partial<Record<Role, readonly string[]>> = {};
  for (const role of ROLES) {
    const names = schema.fields.filter((f) => f.role === role).map((f) => f.name);
    byRole[role] = names.length > 0 ? names : [role];
  }
  return byRole;
}

function resolveRecordRules(registries: ValidateRegistries, options: PlanOptions) {
  const refs = new Map((options.recordRules ?? []).map((r) => [r.id, r]));
  for (const id of refs.keys()) {
    const rule = registries.rules.get(id);
    if (rule === undefined || rule.kind !== 'record') throw new ConfigError('config.unknown_rule', `no row rule "${id}"`, `rules.${id}`);
  }
  return registries.rules
    .list()
    .filter((r): r is RecordRuleDefinition<unknown> => r.kind === 'record')
    .map((rule) => {
      const ref = refs.get(rule.id);
      return { rule, ref, options: parseOptions(rule, ref, `rules.${rule.id}`) };
    });
}

export function buildPlans(tables: readonly SourceTable[], schema: Schema, registries: ValidateRegistries, options: PlanOptions): SourcePlan[] {
  const fieldIndex = new Map(schema.fields.map((f, i) => [f.name, i]));
  const resolved = schema.fields.map((f) => resolveField(f, registries, options));
  const recordRules = resolveRecordRules(registries, options);
  const fieldsByRole = buildFieldsByRole(schema);
  const caches = new Map<string, NormalizeCache>();

  return tables.map((table, t) => {
    const source = sourceSchemaFor(table, t, schema);
    const columnField = mapColumns(table, source, fieldIndex);
    const fields = schema.fields.map((field, i): FieldPlan => {
      const r = resolved[i]!;
      const mapping = source.columns.find((c) => c.field === field.name);
      // An opt-out column ("Email Opt Out") is consent inverted: the mapping says so, the normalizer flips it.
      const normalizeOptions = mapping?.invert ? { ...r.options, invert: true } : r.options;
      const normalizeContext: NormalizeContext = { region: source.region, options: normalizeOptions };
      if (mapping?.dateOrder !== undefined) normalizeContext.dateOrder = mapping.dateOrder;
      if (mapping?.dateOrderAmbiguous !== undefined) normalizeContext.dateOrderAmbiguous = mapping.dateOrderAmbiguous;
      if (mapping?.dottedDateOrder !== undefined) normalizeContext.dottedDateOrder = mapping.dottedDateOrder;
      if (mapping?.dottedDateAmbiguous !== undefined) normalizeContext.dottedDateAmbiguous = mapping.dottedDateAmbiguous;
      let cache: NormalizeCache | undefined;
      if (r.normalizer !== undefined) {
        // The role and raw rules are part of the key: a cached value is one that passed this field's
        // raw rules, so the orchestrator can skip pure raw rules on a cache hit.
        const rawRules = r.rules.filter((rr) => rr.rule.phase === 'raw').map((rr) => `${rr.rule.id}${JSON.stringify(rr.options)}`);
        const key = [r.normalizer.id, source.region, mapping?.dateOrder ?? '', mapping?.dateOrderAmbiguous ? 1 : 0, mapping?.dottedDateOrder ?? '', mapping?.dottedDateAmbiguous ? 1 : 0, JSON.stringify(normalizeOptions), field.role, ...rawRules].join('\u0001');
        cache = caches.get(key);
        if (cache === undefined) caches.set(key, (cache = new NormalizeCache(options.cacheSize)));
      }
      const plan: FieldPlan = {
        name: field.name,
        role: field.role,
        index: i,
        masked: field.role === 'national_id',
        normalizeContext,
        rawRules: [],
        rawRulesPure: true,
        valueRules: [],
        finalRules: [],
      };
      if (r.normalizer !== undefined) plan.normalizer = r.normalizer;
      if (r.normalizerRef?.action !== undefined) plan.normalizerAction = r.normalizerRef.action;
      if (r.normalizerRef?.severity !== undefined) {
        plan.normalizerSeverity = r.normalizerRef.severity;
        // `{ id: phone, severity: error }` names the normalizer alone: its warnings become errors too.
        // `{ id: email, severity: error }` is the email rule's as well, and leaves the normalizer's warnings be.
        if (r.normalizerRef.severity === 'error' && !registries.rules.has(r.normalizerRef.id)) plan.normalizerPromotes = true;
      }
      if (cache !== undefined) plan.cache = cache;
      for (const rr of r.rules) {
        const context: FieldRuleContext<unknown> = {
          raw: '',
          source: table.source,
          row: 0,
          field: field.name,
          role: field.role,
          region: source.region,
          options: rr.options,
          today: options.today,
          state: rr.state,
        };
        if (mapping?.dateOrder !== undefined) context.dateOrder = mapping.dateOrder;
        const use: RuleUse = { rule: rr.rule, context };
        if (rr.ref?.severity !== undefined) use.severity = rr.ref.severity;
        if (rr.ref?.action !== undefined) use.action = rr.ref.action;
        const phase = rr.rule.phase ?? 'value';
        (phase === 'raw' ? plan.rawRules : phase === 'final' ? plan.finalRules : plan.valueRules).push(use);
        if (phase === 'raw' && rr.rule.pure !== true) plan.rawRulesPure = false;
      }
      return plan;
    });
    const recordUses = recordRules.map(({ rule, ref, options: ruleOptions }): RecordRuleUse => {
      const use: RecordRuleUse = {
        rule,
        context: { source: table.source, row: 0, region: source.region, today: options.today, options: ruleOptions, fieldsByRole },
      };
      if (ref?.severity !== undefined) use.severity = ref.severity;
      if (ref?.action !== undefined) use.action = ref.action;
      return use;
    });
    const countryColumns: number[] = [];
    for (let j = 0; j < columnField.length; j++) if (columnField[j]! >= 0 && fields[columnField[j]!]!.role === 'country') countryColumns.push(j);
    const plan: SourcePlan = { source: table.source, region: source.region, fields, columnField, countryColumns, recordRules: recordUses };
    if (table.format === 'csv') {
      plan.headerCells = table.columns.map((c, j) => (columnField[j]! >= 0 ? c.trim().toLowerCase() : ''));
      plan.headerAsWritten = table.columns.map((c, j) => (columnField[j]! >= 0 ? renamedFrom(c, table.columns.slice(0, j)) : ''));
    }
    return plan;
  });
}

/** The name a repeated header had before reading renamed it `name_N` (see io/header.ts), or ''. */
function renamedFrom(column: string, earlier: readonly string[]): string {
  const renamed = /^(.*)_\d+$/.exec(column);
  return renamed !== null && earlier.includes(renamed[1]!) ? renamed[1]!.trim().toLowerCase() : '';
}
