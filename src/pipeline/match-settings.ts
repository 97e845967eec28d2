// The config's `matching` section as the match stage takes it: blocking rules (replacing the
// defaults, or adding to them through a `defaults` entry), the block size cap, and comparisons
// refined field by field over the defaults by role. Every reference is checked against this run's
// fields and the registries, so a misspelt field fails before the run with its config path.

import type { Config } from '../config/schema.js';
import { ConfigError } from '../core/errors.js';
import type { FieldDef } from '../core/record.js';
import { isRole } from '../core/roles.js';
import { closestKey } from '../core/suggest.js';
import { comparators, defaultBlockingRules, defaultComparisons, parseKeyRef, type BlockingRule, type Comparison } from '../match/index.js';

export interface MatchSettings {
  blocking?: BlockingRule[];
  comparisons?: Comparison[];
  maxBlockSize?: number;
}

const hint = (word: string, allowed: readonly string[]) => {
  const near = closestKey(word, allowed);
  return near === undefined ? '' : ` Did you mean '${near}'?`;
};

/** The field `name`, or undefined for a role this run's files lack (`middle_name`: the next export
 * may bring it, as with survivorship); any other name is a mistake. */
function fieldOf(name: string, fields: readonly FieldDef[], path: string, what: string): FieldDef | undefined {
  const field = fields.find((f) => f.name === name);
  if (field || isRole(name.replace(/_\d+$/, ''))) return field;
  const names = fields.map((f) => f.name);
  throw new ConfigError('config.unknown_field', `${path}: ${what} '${name}', which is no field of this run and no role.${hint(name, names)} Fields: ${names.join(', ')}.`, path);
}

function blockingRules(config: NonNullable<Config['matching']>['blocking'], fields: readonly FieldDef[]): BlockingRule[] | undefined {
  if (config === undefined) return undefined;
  const rules: BlockingRule[] = [];
  config.forEach((entry, i) => {
    if (entry === 'defaults') {
      rules.push(...defaultBlockingRules(fields));
      return;
    }
    const path = `matching.blocking.${i}`;
    const keys = Array.isArray(entry) ? entry : entry.keys;
    keys.forEach((ref, k) => {
      const parsed = parseKeyRef(ref);
      const at = Array.isArray(entry) ? `${path}.${k}` : `${path}.keys.${k}`;
      if (typeof parsed === 'string') throw new ConfigError('config.bad_block_key', `${at}: ${parsed}; key functions: exact, metaphone, year, token, first1..first9.`, at);
      fieldOf(parsed.source.split('.')[0]!, fields, at, 'the block key reads');
    });
    const rule: BlockingRule = { id: (Array.isArray(entry) ? undefined : entry.id) ?? keys.join('+'), keys: [...keys] };
    if (!Array.isArray(entry) && entry.maxBlockSize !== undefined) rule.maxBlockSize = entry.maxBlockSize;
    rules.push(rule);
  });
  // Two rules of one id would report their pair counts as one.
  const seen = new Set<string>();
  return rules.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

function comparisonsOf(config: NonNullable<Config['matching']>['comparisons'], fields: readonly FieldDef[]): Comparison[] | undefined {
  if (config === undefined) return undefined;
  const defaults = defaultComparisons(fields);
  const out: Comparison[] = [];
  for (const [name, setting] of Object.entries(config)) {
    const path = `matching.comparisons.${name}`;
    fieldOf(name, fields, path, 'the comparison names');
    if (setting === false || setting.comparator === undefined) continue;
    if (!comparators.has(setting.comparator)) {
      const ids = comparators.ids();
      throw new ConfigError('config.unknown_comparator', `${path}.comparator: no comparator '${setting.comparator}'.${hint(setting.comparator, ids)} Known: ${ids.join(', ')}.`, `${path}.comparator`);
    }
  }
  // The defaults in their order, each refined or dropped; then fields compared only by the config.
  for (const comparison of defaults) {
    const setting = config[comparison.field];
    if (setting === false) continue;
    out.push(setting === undefined ? comparison : refine(comparison, setting));
  }
  for (const [name, setting] of Object.entries(config)) {
    if (setting === false || defaults.some((c) => c.field === name) || !fields.some((f) => f.name === name)) continue;
    if (setting.comparator === undefined) {
      throw new ConfigError('config.unknown_comparator', `matching.comparisons.${name}: field ${name} has no default comparison; name its comparator (e.g. exact).`, `matching.comparisons.${name}`);
    }
    out.push(refine({ field: name, comparator: setting.comparator, levels: [] }, setting));
  }
  if (out.length === 0) throw new ConfigError('config.no_comparisons', 'matching.comparisons leaves no field to compare: keep at least one.', 'matching.comparisons');
  return out;
}

function refine(comparison: Comparison, setting: { comparator?: string; tf?: boolean }): Comparison {
  const id = setting.comparator ?? comparison.comparator;
  const out: Comparison = { ...comparison, comparator: id, levels: comparators.get(id)!.levels.map((label) => ({ label, m: 0, u: 0 })) };
  // A cross field is read by the comparator it was set up for (the name swap, the name-built mailbox).
  if (id !== comparison.comparator) delete out.crossField;
  if (setting.tf !== undefined) out.tf = setting.tf;
  return out;
}

/** The match stage's settings from the config; empty when the config has none. Throws ConfigError. */
export function matchSettings(config: Config | undefined, fields: readonly FieldDef[]): MatchSettings {
  const matching = config?.matching;
  if (matching === undefined) return {};
  const blocking = blockingRules(matching.blocking, fields);
  const comparisons = comparisonsOf(matching.comparisons, fields);
  return {
    ...(blocking ? { blocking } : {}),
    ...(comparisons ? { comparisons } : {}),
    ...(matching.maxBlockSize !== undefined ? { maxBlockSize: matching.maxBlockSize } : {}),
  };
}

/** Whether a model was learned with the comparisons these settings ask for (same fields, comparators
 * and term-frequency choices): a master's model learned otherwise is learned again. */
export function sameComparisons(model: readonly Comparison[], wanted: readonly Comparison[]): boolean {
  const sig = (cs: readonly Comparison[]) =>
    cs
      .map((c) => `${c.field}\u0000${c.comparator}\u0000${c.tf === true}`)
      .sort()
      .join('\u0001');
  return sig(model) === sig(wanted);
}
