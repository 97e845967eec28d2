// Decides, once per run, how each schema field is merged: alone, as part of a group whose parts
// must come from one member record (a name, an address), or as one of several same-role slots
// (phone, phone_2). Also holds the default strategy per role.

import { ConfigError } from '../core/errors.js';
import type { FieldDef } from '../core/record.js';
import { closest } from 'fastest-levenshtein';
import { isRole, type Role } from '../core/roles.js';
import type { Registry } from '../plugins/registry.js';
import type { SurvivorshipDefinition } from './definition.js';
import { didYouMean } from '../core/suggest.js';

/** Parts of a person's name. Mixing them across records invents people ('Robert' from one record,
 * 'Smyth' from another, 'Jr.' from a third), so they survive together. */
const NAME_ROLES: ReadonlySet<Role> = new Set<Role>(['title', 'first_name', 'middle_name', 'last_name', 'suffix', 'full_name']);

/** Parts of a postal address: a street from one record and a postcode from another is no address. */
const ADDRESS_ROLES: ReadonlySet<Role> = new Set<Role>([
  'street_number',
  'street',
  'street2',
  'address',
  'city',
  'state',
  'postcode',
  'country',
]);

/** Roles a person commonly has several of; every distinct value across the cluster is kept, filling
 * `phone`, `phone_2`, … in strategy order, so a second number is not lost in the merge. */
const MULTI_VALUED_ROLES: ReadonlySet<Role> = new Set<Role>(['email', 'phone']);

/**
 * Default strategy by role, when neither the options nor the field say otherwise:
 * - consent → most_restrictive: one opt-out anywhere must be honoured.
 * - timestamp → most_recent: the value itself is the recency, so this keeps the latest (max) value.
 * - email, phone → recent_then_frequent: contact points change; the latest wins, else the commonest.
 * - name parts → most_frequent: the spelling most records agree on outvotes a one-off typo.
 * - address parts → most_recent: people move; the latest address is the current one.
 * - dob, gender, national_id, dates, text → most_frequent: stable facts, so majority beats recency.
 * - id, company → source_priority: a key (or employer) from the most trusted source.
 */
export function defaultStrategyFor(role: Role): string {
  if (role === 'consent') return 'most_restrictive';
  if (role === 'timestamp') return 'most_recent';
  if (MULTI_VALUED_ROLES.has(role)) return 'recent_then_frequent';
  if (NAME_ROLES.has(role)) return 'most_frequent';
  if (ADDRESS_ROLES.has(role)) return 'most_recent';
  if (role === 'id' || role === 'company') return 'source_priority';
  return 'most_frequent';
}

export type MergeUnit =
  | { kind: 'single'; field: FieldDef; strategy: SurvivorshipDefinition }
  /** Parts taken together from one member; `fields` in schema order. */
  | { kind: 'group'; fields: FieldDef[]; strategy: SurvivorshipDefinition }
  /** Same-role slots filled with distinct values; `fields` in schema order (phone, phone_2, …). */
  | { kind: 'multi'; fields: FieldDef[]; strategy: SurvivorshipDefinition };

/** `city_2` → '2': a second name or address is numbered the way several columns of one role are
 * (DESIGN §1: `<role>_N`). Only that exact form counts — a custom name such as `address_line_2`
 * (role street2) stays in the first group. */
function groupSuffix(field: FieldDef): string {
  const match = /_(\d+)$/.exec(field.name);
  if (!match || field.name !== `${field.role}_${match[1]}`) return '';
  return match[1]!;
}

/** Builds the merge units for the schema's fields (fields with `retain: false` are never merged:
 * they are never written). Throws ConfigError `survivorship.unknown_strategy` for an unregistered id. */
export function planMerge(
  fields: readonly FieldDef[],
  survivorship: Readonly<Record<string, string>>,
  registry: Registry<SurvivorshipDefinition>,
): MergeUnit[] {
  const explicit = (field: FieldDef): string | undefined => survivorship[field.name] ?? field.survivorship;
  const resolve = (id: string, field: FieldDef): SurvivorshipDefinition => {
    const definition = registry.get(id);
    if (definition) return definition;
    throw new ConfigError(
      'survivorship.unknown_strategy',
      `Unknown survivorship strategy '${id}' for field '${field.name}'.${didYouMean(id, registry.ids())} Known: ${registry.ids().join(', ')}.`,
      `fields.${field.name}.survivorship`,
    );
  };

  const names = fields.map((f) => f.name);
  for (const name of Object.keys(survivorship)) {
    // A role the files lack this time (`middle_name`) is no mistake; a name that is neither is.
    if (names.includes(name) || isRole(name.replace(/_\d+$/, ''))) continue;
    const hint = names.length > 0 ? ` Did you mean '${closest(name, names)}'?` : '';
    throw new ConfigError('survivorship.unknown_field', `merge.survivorship names '${name}', which is no field of this run and no role.${hint}`, `merge.survivorship.${name}`);
  }
  // First pass: which fields merge together, in schema order of each unit's first field.
  const layout: { kind: MergeUnit['kind']; fields: FieldDef[] }[] = [];
  const byKey = new Map<string, FieldDef[]>();
  for (const field of fields) {
    if (field.retain === false) continue;
    const key = unitKey(field);
    if (key === undefined) {
      layout.push({ kind: 'single', fields: [field] });
      continue;
    }
    const existing = byKey.get(key);
    if (existing) {
      existing.push(field);
      continue;
    }
    const list = [field];
    byKey.set(key, list);
    layout.push({ kind: MULTI_VALUED_ROLES.has(field.role) ? 'multi' : 'group', fields: list });
  }
  // Second pass: a unit's strategy is the first explicit one among its fields (schema order), else
  // the default of its first field's role.
  return layout.map(({ kind, fields: unitFields }): MergeUnit => {
    const lead = unitFields.find((field) => explicit(field) !== undefined) ?? unitFields[0]!;
    const strategy = resolve(explicit(lead) ?? defaultStrategyFor(lead.role), lead);
    return kind === 'single' ? { kind, field: lead, strategy } : { kind, fields: unitFields, strategy };
  });
}

/** Multi-valued roles pool every slot of the role; name and address parts split by suffix;
 * undefined for a field merged on its own. */
function unitKey(field: FieldDef): string | undefined {
  if (MULTI_VALUED_ROLES.has(field.role)) return field.role;
  if (NAME_ROLES.has(field.role)) return `name#${groupSuffix(field)}`;
  if (ADDRESS_ROLES.has(field.role)) return `address#${groupSuffix(field)}`;
  return undefined;
}

/** Field name → the id of the strategy that merges it (a part group's fields share one), for the
 * report and `cdm explain`. Also the early check a config loader can run: it throws the same
 * ConfigError `survivorship.unknown_strategy` that merging would. */
export function survivorshipPlan(
  fields: readonly FieldDef[],
  survivorship: Readonly<Record<string, string>>,
  registry: Registry<SurvivorshipDefinition>,
): Record<string, string> {
  const plan: Record<string, string> = {};
  for (const unit of planMerge(fields, survivorship, registry)) {
    for (const field of unit.kind === 'single' ? [unit.field] : unit.fields) plan[field.name] = unit.strategy.id;
  }
  return plan;
}
