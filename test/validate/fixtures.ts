// Small in-code SourceTables, schemas and fake normalizers for orchestrator tests.

import type { ColumnMapping, FieldDef, Schema, SourceTable } from '../../src/core/record.js';
import type { Role } from '../../src/core/roles.js';
import type { NormalizerDefinition } from '../../src/normalize/definition.js';
import { Registry } from '../../src/plugins/registry.js';
import { createRuleRegistry } from '../../src/validate/builtin.js';
import type { ValidateRegistries } from '../../src/validate/plan.js';

export { table } from '../schema/table.js';

/** Zero-config style: column name = field name = role, unless mapped in `fieldOf`. */
export function schemaFor(
  tables: SourceTable[],
  fields: FieldDef[],
  o: { region?: Record<string, string>; columns?: Record<string, Partial<ColumnMapping>> } = {},
): Schema {
  const byName = new Map(fields.map((f) => [f.name, f]));
  return {
    fields,
    sources: tables.map((t, i) => ({
      source: t.source,
      region: o.region?.[t.source] ?? 'US',
      priority: i,
      columns: t.columns.map((column): ColumnMapping => {
        const field = byName.get(column);
        return { column, field: field?.name ?? null, role: field?.role ?? null, confidence: 1, ...o.columns?.[column] };
      }),
    })),
  };
}

export const f = (name: string, role: Role = name as Role, rules?: FieldDef['rules']): FieldDef => (rules ? { name, role, rules } : { name, role });

export const lowerEmail: NormalizerDefinition = {
  id: 'email',
  description: 'test: lower-case, match key without dots',
  roles: ['email'],
  normalize(value) {
    const v = value.toLowerCase();
    if (!v.includes('@')) return { value: null, issues: [{ code: 'email.syntax', severity: 'error', message: 'no @' }] };
    return { value: v, keys: { match: v.replace(/\./g, '') } };
  },
};

export const digitsPhone: NormalizerDefinition = {
  id: 'phone',
  description: 'test: digits with region prefix',
  roles: ['phone'],
  normalize(value, context) {
    const digits = value.replace(/\D/g, '');
    if (digits.length < 7) return { value: null, issues: [{ code: 'phone.too_short', severity: 'error', message: 'short' }] };
    return { value: `${context.region}:${digits}` };
  },
};

export const splitFullName: NormalizerDefinition = {
  id: 'full_name',
  description: 'test: "First Last" split',
  roles: ['full_name'],
  normalize(value) {
    const [first, ...rest] = value.split(/\s+/);
    return { value, derived: { first_name: first!, last_name: rest.join(' ') } };
  },
};

export const isoDate: NormalizerDefinition = {
  id: 'date',
  description: 'test: D/M/Y or M/D/Y by date order to ISO',
  roles: ['dob', 'date'],
  normalize(value, context) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
    if (!m) return /^\d{4}-\d{2}-\d{2}$/.test(value) ? { value } : { value: null, issues: [{ code: 'date.invalid', severity: 'error', message: 'bad' }] };
    const [a, b] = context.dateOrder === 'DMY' ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    return { value: `${m[3]}-${a.padStart(2, '0')}-${b.padStart(2, '0')}` };
  },
};

export function registries(...normalizers: NormalizerDefinition[]): ValidateRegistries {
  const n = new Registry<NormalizerDefinition>('normalizer');
  for (const d of normalizers) n.register(d);
  return { rules: createRuleRegistry(), normalizers: n };
}

export const ALL = [lowerEmail, digitsPhone, splitFullName, isoDate];
