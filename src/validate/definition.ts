// The contract every validation rule keeps, built-in or plugin (ESLint-style: a module with an id,
// a description, an options schema and a check that returns findings; the pipeline turns findings
// into Diagnostics and applies the configured action).

import type { z } from 'zod';
import type { Severity } from '../core/diagnostic.js';
import type { RuleRef } from '../core/record.js';
import type { DateOrder, Role } from '../core/roles.js';

export type RuleAction = NonNullable<RuleRef['action']>;

/** What a rule found. Most rules return `NO_FINDINGS` (shared, never mutated) for a good value. */
export interface RuleFinding {
  /** Stable namespaced code, e.g. `email.domain_typo`. */
  code: string;
  /** Plain-language message; never contains a national id in clear. */
  message: string;
  /** Overrides the rule's defaultSeverity for this finding (the field config overrides both). */
  severity?: Severity;
  /** A suggested correction shown to the user (e.g. `gmail.com` for `gmial.com`). */
  suggestion?: string;
  /** A corrected canonical value the pipeline applies in place of the value (opt-in rules only,
   * e.g. email typo fixing with `fixTypos: true`). */
  fix?: string;
}

/** A record rule's finding names the field it is about ('' for the row as a whole). */
export interface RecordFinding extends RuleFinding {
  field?: string;
}

export const NO_FINDINGS: readonly never[] = Object.freeze([]);

/**
 * When a field rule runs:
 * - `raw`: on the trimmed raw value, before normalization. Raw rules screen out non-data
 *   (placeholders, junk): any finding makes the value absent, whatever its severity.
 * - `value` (default): on the canonical value after normalization, only when one is present.
 * - `final`: after record rules, on the field's final value or '' when it is absent — for rules
 *   about absence (`required`) or about the whole run (`unique`).
 */
export type RulePhase = 'raw' | 'value' | 'final';

export interface FieldRuleContext<O = unknown> {
  /** The trimmed raw value as read. */
  raw: string;
  source: string;
  row: number;
  field: string;
  role: Role;
  /** The source's default region (ISO 3166 alpha-2). */
  region: string;
  dateOrder?: DateOrder;
  /** The rule's options, parsed by its optionsSchema once per field (not per row). */
  options: O;
  /** ISO date (YYYY-MM-DD) standing for "today"; injectable so runs are deterministic. */
  today: string;
  /** Memory for this (rule, field) across the whole run, e.g. the values `unique` has seen. */
  state: Map<string, unknown>;
}

export interface FieldRuleDefinition<O = unknown> {
  kind: 'field';
  id: string;
  description: string;
  /** Roles the rule applies to; 'any' for every role. */
  roles: readonly Role[] | 'any';
  /** True when the rule runs on its roles without being named in the config. */
  byDefault: boolean;
  phase?: RulePhase;
  /** The findings depend on the value and options alone (no state, row or source): a raw value
   * already seen to pass needs no second check. */
  pure?: boolean;
  defaultSeverity: Severity;
  /** What an error finding does to the value or row when the config says nothing ('null'). */
  defaultAction?: RuleAction;
  optionsSchema?: z.ZodType<O>;
  /** The context object is reused between calls: read it, never keep it. */
  check(value: string, context: FieldRuleContext<O>): readonly RuleFinding[];
}

/** A row seen by a record rule: field name → canonical value (derived parts under role names). */
export interface RecordView {
  readonly values: Readonly<Record<string, string>>;
  readonly raw: Readonly<Record<string, string>>;
}

export interface RecordRuleContext<O = unknown> {
  source: string;
  row: number;
  region: string;
  today: string;
  options: O;
  /** Role → the schema's fields of that role in schema order, then the role name itself (where
   * derived parts land). Built once per run. */
  fieldsByRole: Readonly<Partial<Record<Role, readonly string[]>>>;
}

export interface RecordRuleDefinition<O = unknown> {
  kind: 'record';
  id: string;
  description: string;
  defaultSeverity: Severity;
  defaultAction?: RuleAction;
  optionsSchema?: z.ZodType<O>;
  check(record: RecordView, context: RecordRuleContext<O>): readonly RecordFinding[];
}

// Options are typed per rule; a registry holds them erased (method parameters are bivariant, so a
// typed rule is assignable here).
export type RuleDefinition = FieldRuleDefinition<any> | RecordRuleDefinition<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The first value present among the fields of `role` (see `fieldsByRole`). */
export function valueOfRole(record: RecordView, context: RecordRuleContext<unknown>, role: Role): string | undefined {
  const fields = context.fieldsByRole[role];
  if (fields === undefined) return record.values[role];
  for (let i = 0; i < fields.length; i++) {
    const value = record.values[fields[i]!];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The field holding the first value present for `role`, or undefined. */
export function fieldOfRole(record: RecordView, context: RecordRuleContext<unknown>, role: Role): string | undefined {
  const fields = context.fieldsByRole[role] ?? [role];
  for (let i = 0; i < fields.length; i++) {
    if (record.values[fields[i]!] !== undefined) return fields[i];
  }
  return undefined;
}
