// The config's `matching` section as the match stage takes it: blocking rules (replacing the
// defaults, or adding to them through a `defaults` entry), the block size cap, and comparisons
// refined field by field over the defaults by role. Every reference is checked against this run's
// fields and the registries, so a misspelt field fails before the run with its config path.

import type { Config } from '../config/index.js';
import { ConfigError } from '../core/errors.js';
import type { FieldDef } from '../core/record.js';
import { isRole } from '../core/roles.js';
import { didYouMean } from '../core/suggest.js';
import { comparators, defaultBlockingRules, defaultComparisons, parseKeyRef, type BlockingRule, type Comparison } from '../match/index.js';

export interface MatchSettings {
  blocking?: BlockingRule[];
  comparisons?: Comparison[];
  maxBlockSize?: number;
}

/** The field `name`, or undefined for a role this run's files lack (`middle_name`: the next export
 * may bring it, as with survivorship); any other name is a mistake. */
function fieldOf(name: string, fields: readonly FieldDef[], path: string, what: string): FieldDef | undefined {
  const field = fields.find((f) => f.name === name);
  if (field || isRole(name.replace(/_\d+$/, ''))) return field;
  const names = fields.map((f) => f.name);
  throw new ConfigError('config.unknown_field', `${path}: ${what} '${name}', which is no field of this run and no role.${didYouMean(name, names)} Fields: ${names.join(', ')}.`, path);
}

/** `defaults`: the rules zero-config would use (with the run's cap applied to their own caps). */
function blockingRules(config: NonNullable<Config['matching']>['blocking'], fields: readonly FieldDef[], defaults: () => BlockingRule[]): BlockingRule[] | undefined {
  if (config === undefined) return undefined;
  const rules: BlockingRule[] = [];
  // Where each rule's id came from, for the error on a second rule of that id.
  const named = new Map<string, string>();
  const add = (rule: BlockingRule, path: string) => {
    const earlier = named.get(rule.id);
    if (earlier !== undefined) {
      // Two rules of one id would report their pair counts as one, and a model keeps one of them.
      throw new ConfigError('config.duplicate_rule', `${path}: a blocking rule named '${rule.id}' is already given (${earlier}); give this one another id`, path);
    }
    named.set(rule.id, path);
    rules.push(rule);
  };
  config.forEach((entry, i) => {
    const path = `matching.blocking.${i}`;
    if (entry === 'defaults') {
      for (const rule of defaults()) add(rule, `${path} (defaults)`);
      return;
    }
    const keys = Array.isArray(entry) ? entry : entry.keys;
    keys.forEach((ref, k) => {
      const parsed = parseKeyRef(ref);
      const at = Array.isArray(entry) ? `${path}.${k}` : `${path}.keys.${k}`;
      if (typeof parsed === 'string') throw new ConfigError('config.bad_block_key', `${at}: ${parsed}; key functions: exact, metaphone, year, token, first1..first9.`, at);
      fieldOf(parsed.source.split('.')[0]!, fields, at, 'the block key reads');
    });
    const rule: BlockingRule = { id: (Array.isArray(entry) ? undefined : entry.id) ?? keys.join('+'), keys: [...keys] };
    if (!Array.isArray(entry) && entry.maxBlockSize !== undefined) rule.maxBlockSize = entry.maxBlockSize;
    add(rule, path);
  });
  return rules;
}

function comparisonsOf(config: NonNullable<Config['matching']>['comparisons'], fields: readonly FieldDef[]): Comparison[] | undefined {
  if (config === undefined) return undefined;
  const defaults = defaultComparisons(fields);
  const out: Comparison[] = [];
  for (const [name, setting] of Object.entries(config)) {
    const path = `matching.comparisons.${name}`;
    const field = fieldOf(name, fields, path, 'the comparison names');
    if (setting === false || setting.comparator === undefined) continue;
    const comparator = comparators.get(setting.comparator);
    if (comparator === undefined) {
      const ids = comparators.ids();
      throw new ConfigError('config.unknown_comparator', `${path}.comparator: no comparator '${setting.comparator}'.${didYouMean(setting.comparator, ids)} Known: ${ids.join(', ')}.`, `${path}.comparator`);
    }
    if (field && comparator.reads && field.role !== 'text' && !comparator.reads.includes(field.role)) {
      throw new ConfigError(
        'config.comparator_wrong_role',
        `${path}.comparator: the '${comparator.id}' comparator reads ${comparator.reads.join(', ')} values; field ${name} has role ${field.role}. Pick another comparator (exact, jaro-winkler, levenshtein).`,
        `${path}.comparator`,
      );
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
  // matching.maxBlockSize bounds the built-in rules' own caps too (names alone: 20); a rule the config
  // gives its own maxBlockSize keeps it, larger or not.
  const cap = matching.maxBlockSize;
  const defaults = () => defaultBlockingRules(fields).map((r) => (cap !== undefined && r.maxBlockSize !== undefined && r.maxBlockSize > cap ? { ...r, maxBlockSize: cap } : r));
  const blocking = blockingRules(matching.blocking, fields, defaults) ?? (cap !== undefined ? defaults() : undefined);
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
