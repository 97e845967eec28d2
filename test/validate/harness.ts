// Runs one rule outside the pipeline, the way the orchestrator does: options parsed by the rule's
// schema once, a context with an injectable today.

import type { Role } from '../../src/core/roles.js';
import type { FieldRuleDefinition, RecordRuleDefinition, RecordView, RuleFinding } from '../../src/validate/definition.js';
import { buildFieldsByRole } from '../../src/validate/plan.js';
import type { FieldDef } from '../../src/core/record.js';

export const TODAY = '2024-06-15';

export interface RunOptions {
  role?: Role;
  region?: string;
  options?: Record<string, unknown>;
  state?: Map<string, unknown>;
  row?: number;
}

export function parseRuleOptions(rule: { optionsSchema?: { parse(v: unknown): unknown } }, options: unknown = {}): unknown {
  return rule.optionsSchema ? rule.optionsSchema.parse(options) : options;
}

export function runFieldRule(rule: FieldRuleDefinition<unknown>, value: string, o: RunOptions = {}): readonly RuleFinding[] {
  const role = o.role ?? (rule.roles === 'any' ? 'text' : rule.roles[0]!);
  return rule.check(value, {
    raw: value,
    source: 'test.csv',
    row: o.row ?? 1,
    field: role,
    role,
    region: o.region ?? 'US',
    options: parseRuleOptions(rule, o.options),
    today: TODAY,
    state: o.state ?? new Map(),
  });
}

export const codes = (findings: readonly RuleFinding[]): string[] => findings.map((f) => f.code);

/** A record view whose field names are role names (zero-config), raw = values. */
export function runRecordRule(
  rule: RecordRuleDefinition<unknown>,
  values: Record<string, string>,
  o: { region?: string; raw?: Record<string, string>; fields?: FieldDef[] } = {},
) {
  const fields: FieldDef[] = o.fields ?? Object.keys(o.raw ?? values).map((name) => ({ name, role: name as Role }));
  const record: RecordView = { values, raw: o.raw ?? values };
  return rule.check(record, {
    source: 'test.csv',
    row: 1,
    region: o.region ?? 'US',
    today: TODAY,
    options: parseRuleOptions(rule),
    fieldsByRole: buildFieldsByRole({ fields, sources: [] }),
  });
}
