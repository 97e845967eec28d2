// Maps every column of every source into one schema of fields. Zero-config, a field's name is its
// role (`phone`, then `phone_2` for a source's second phone column, in column order); a config's
// column mappings and field definitions override inference column by column.

import type { Diagnostic } from '../core/diagnostic.js';
import type { ColumnMapping, FieldDef, RuleRef, Schema, SourceSchema, SourceTable } from '../core/record.js';
import { type Role, isRole } from '../core/roles.js';
import type { Config, FieldConfig, RuleRefConfig, SourceConfig } from '../config/schema.js';
import { configDir } from '../config/load.js';
import { sourceConfigFor, sourcePatternMatches } from '../config/sources.js';
import { matchHeader } from './headers.js';
import { type ColumnInference, inferColumn, sampleColumn } from './infer.js';
import { resolveDates } from './dates.js';
import { inferRegion } from './region.js';

export interface BuildSchemaOptions {
  /** Values sampled per column for role inference (default 500). */
  sampleSize?: number;
}

export interface BuildSchemaResult {
  schema: Schema;
  diagnostics: Diagnostic[];
}

const DEFAULT_SAMPLE = 500;

function toRuleRef(rule: RuleRefConfig): RuleRef {
  return typeof rule === 'string' ? { id: rule } : rule;
}

function fieldDefFromConfig(name: string, field: FieldConfig, config: Config | undefined): FieldDef {
  const survivorship = field.survivorship ?? config?.merge?.survivorship?.[name];
  return {
    name,
    role: field.role,
    ...(field.rules ? { rules: field.rules.map(toRuleRef) } : {}),
    ...(survivorship ? { survivorship } : {}),
    ...(field.retain !== undefined ? { retain: field.retain } : {}),
  };
}

/** The role a field name implies: `phone_2` → phone, `work_email` → email. */
function roleOfFieldName(name: string): Role | undefined {
  const bare = name.replace(/_\d+$/, '');
  if (isRole(bare)) return bare;
  return matchHeader(name)?.role;
}

interface SchemaState {
  config: Config | undefined;
  fields: Map<string, FieldDef>;
  diagnostics: Diagnostic[];
}

function diag(state: SchemaState, source: string, field: string, code: string, severity: Diagnostic['severity'], message: string): void {
  state.diagnostics.push({ source, row: 0, field, code, severity, message });
}

/** Registers a field the first time a source uses it; a later use with another role is a conflict. */
function useField(state: SchemaState, source: string, name: string, role: Role): Role {
  const existing = state.fields.get(name);
  if (!existing) {
    const survivorship = state.config?.merge?.survivorship?.[name];
    state.fields.set(name, { name, role, ...(survivorship ? { survivorship } : {}) });
    return role;
  }
  if (existing.role !== role) {
    diag(state, source, name, 'schema.role_conflict', 'warning', `field "${name}" has role ${existing.role}, but a column of ${source} looks like ${role}; using ${existing.role}`);
  }
  return existing.role;
}

function configuredMapping(state: SchemaState, table: SourceTable, header: string, target: NonNullable<SourceConfig['columns']>[string], inferred: ColumnInference | undefined): ColumnMapping {
  const t = typeof target === 'string' ? { field: target } : target;
  const declared = state.config?.fields?.[t.field];
  if (declared && t.role && t.role !== declared.role) {
    diag(state, table.source, t.field, 'schema.role_conflict', 'warning', `column "${header}" says role ${t.role}, field "${t.field}" is declared ${declared.role}; using ${declared.role}`);
  }
  const wanted = declared?.role ?? t.role ?? roleOfFieldName(t.field) ?? inferred?.role ?? 'text';
  const role = useField(state, table.source, t.field, wanted);
  const invert = t.invert ?? (role === 'consent' && inferred?.role === 'consent' ? inferred.invert : undefined);
  return {
    column: header,
    field: t.field,
    role,
    confidence: 1,
    basis: 'config',
    ...(invert ? { invert: true } : {}),
    ...(t.dateOrder ? { dateOrder: t.dateOrder } : {}),
  };
}

/** The field an inferred column fills: a declared field of its role not yet used by this source, or
 * the role name with the first free suffix. */
function fieldForRole(state: SchemaState, role: Role, used: Set<string>): string {
  for (const [name, field] of Object.entries(state.config?.fields ?? {})) {
    if (field.role === role && !used.has(name)) return name;
  }
  for (let n = 1; ; n++) {
    const name = n === 1 ? role : `${role}_${n}`;
    if (used.has(name)) continue;
    const declared = state.config?.fields?.[name] ?? state.fields.get(name);
    if (declared && declared.role !== role) continue;
    return name;
  }
}

function mapSource(state: SchemaState, table: SourceTable, tableIndex: number, sampleSize: number): SourceSchema {
  const match = sourceConfigFor(state.config, table.source);
  const entry = match?.entry;
  const ignored = new Set(entry?.ignore ?? []);
  const configured = entry?.columns ?? {};
  const mappings: (ColumnMapping | undefined)[] = new Array(table.columns.length);
  const inferred = table.columns.map((header, i) => (ignored.has(header) ? undefined : inferColumn(header, sampleColumn(table, i, sampleSize))));
  const used = new Set<string>();

  // Configured columns first, so that inferred columns do not take their fields.
  table.columns.forEach((header, i) => {
    if (ignored.has(header)) {
      mappings[i] = { column: header, field: null, role: null, confidence: 1, basis: 'config' };
    } else if (Object.hasOwn(configured, header)) {
      const mapping = configuredMapping(state, table, header, configured[header]!, inferred[i]);
      used.add(mapping.field!);
      mappings[i] = mapping;
    }
  });
  for (const header of Object.keys(configured)) {
    if (!table.columns.includes(header)) {
      diag(state, table.source, header, 'schema.column_missing', 'warning', `sources.${match!.index}.columns names "${header}", which ${table.source} does not have`);
    }
  }
  table.columns.forEach((header, i) => {
    if (mappings[i]) return;
    const inference = inferred[i];
    if (!inference) {
      mappings[i] = { column: header, field: null, role: null, confidence: 0 };
      diag(state, table.source, header, 'schema.unmapped_column', 'info', `column "${header}" has no recognisable role; map it in the config to keep it`);
      return;
    }
    const field = fieldForRole(state, inference.role, used);
    used.add(field);
    const role = useField(state, table.source, field, inference.role);
    if (inference.conflict) {
      const { headerRole, valueRole } = inference.conflict;
      diag(state, table.source, field, 'schema.role_conflict', 'info', `column "${header}": header suggests ${headerRole}, values look like ${valueRole}; chose ${inference.role}`);
    }
    mappings[i] = {
      column: header,
      field,
      role,
      confidence: inference.confidence,
      basis: inference.basis,
      ...(inference.invert && role === 'consent' ? { invert: true } : {}),
    };
  });

  const columns = mappings as ColumnMapping[];
  const region = entry?.region ?? inferRegion(table, columns, sampleSize, (code, severity, message) => diag(state, table.source, '', code, severity, message));
  resolveDates(table, columns, region, entry?.dateOrder, (field, code, message) => diag(state, table.source, field, code, 'warning', message));
  const priority = configuredPriority(state.config, table.source) ?? tableIndex;
  return { source: table.source, region, priority, columns };
}

/** A source's rank for `source_priority` as the config sets it: its `sources` entry's priority, else
 * `merge.sourcePriority` by the entry's name or a path pattern; undefined when the config ranks it nowhere. */
export function configuredPriority(config: Config | undefined, source: string): number | undefined {
  const entry = sourceConfigFor(config, source)?.entry;
  return entry?.priority ?? sourcePriorityOf(config, source, entry?.name);
}

function sourcePriorityOf(config: Config | undefined, source: string, name: string | undefined): number | undefined {
  const ranks = config?.merge?.sourcePriority;
  if (!ranks) return undefined;
  if (name !== undefined && ranks[name] !== undefined) return ranks[name];
  for (const [pattern, rank] of Object.entries(ranks)) {
    if (sourcePatternMatches(pattern, source, configDir(config))) return rank;
  }
  return undefined;
}

/** Builds the schema for a set of sources: fields, and each source's column mapping. */
export function buildSchema(tables: SourceTable[], config?: Config, options: BuildSchemaOptions = {}): BuildSchemaResult {
  const state: SchemaState = { config, fields: new Map(), diagnostics: [] };
  // Declared fields come first and in declaration order, whether or not a source fills them
  // (a field can be derived, e.g. first_name from a full name).
  for (const [name, field] of Object.entries(config?.fields ?? {})) {
    state.fields.set(name, fieldDefFromConfig(name, field, config));
  }
  const sources = tables.map((table, i) => mapSource(state, table, i, options.sampleSize ?? DEFAULT_SAMPLE));
  config?.sources?.forEach((entry, i) => {
    if (!tables.some((t) => sourcePatternMatches(entry.path, t.source, configDir(config)))) {
      diag(state, entry.path, '', 'schema.source_unmatched', 'warning', `sources.${i} (${entry.path}) matches none of the inputs`);
    }
  });
  return { schema: { fields: [...state.fields.values()], sources }, diagnostics: state.diagnostics };
}
