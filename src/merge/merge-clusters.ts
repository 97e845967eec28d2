// The merge stage: one golden record per cluster, each field chosen by its survivorship strategy
// from the members' canonical values, with the provenance (source, row) of every golden value.

import type { CustomerRecord, FieldDef } from '../core/record.js';
import type { Registry } from '../plugins/registry.js';
import type { SurvivorshipDefinition } from './definition.js';
import { mergeUnit, type MemberProfile, type MergeTarget, type Provenance } from './merge-unit.js';
import { planMerge } from './plan.js';
import { recordRecency } from './recency.js';

export interface GoldenMember {
  source: string;
  row: number;
  index: number;
}

export interface GoldenRecord {
  golden_id: string;
  /** Non-quarantined members, in record index order. */
  members: GoldenMember[];
  /** Field name → surviving canonical value; absent when no member has a valid value. */
  values: Record<string, string>;
  /** Field name → where its golden value came from; same keys as `values`. */
  provenance: Record<string, Provenance>;
  /** Distinct sources among the members. */
  source_count: number;
  /** The members' own record keys (fields of role `id`) as `source:id`, in member order; absent
   * when the schema has no id field or no member has one. */
  source_ids?: string[];
}

export interface MergeOptions {
  /** Field name → strategy id; wins over FieldDef.survivorship, which wins over the role default. */
  survivorship?: Readonly<Record<string, string>>;
  /** Source → rank (lower wins); unranked sources come after every ranked one. */
  sourcePriority?: Readonly<Record<string, number>>;
  registry: Registry<SurvivorshipDefinition>;
  /** Fields whose values date a record (latest wins); default: the schema's timestamp-role fields. */
  recencyFields?: readonly string[];
  /** The golden id of a cluster, given its members (index order): e.g. an existing master id, else
   * `goldenIdFor(keys)`. */
  idOf: (clusterRecords: CustomerRecord[]) => string;
}

/**
 * Merges clusters into golden records. `clusterOf[i]` is the cluster of `records[i]`; a negative
 * cluster means the record is in none. Quarantined records never take part, so a cluster of only
 * quarantined records yields no golden record. Golden records come in order of their earliest
 * member. Should `idOf` give two clusters the same id (a hash collision, or a master id claimed by
 * a split cluster), the later one gets `-2`, `-3`, … so that golden ids stay unique.
 * Throws ConfigError `survivorship.unknown_strategy` / `survivorship.invalid_choice`.
 */
export function mergeClusters(
  records: readonly CustomerRecord[],
  clusterOf: Int32Array | readonly number[],
  fields: readonly FieldDef[],
  options: MergeOptions,
): GoldenRecord[] {
  if (clusterOf.length !== records.length) {
    throw new Error(`mergeClusters: ${records.length} records but ${clusterOf.length} cluster ids`);
  }
  const units = planMerge(fields, options.survivorship ?? {}, options.registry);
  const recencyFields = options.recencyFields ?? fields.filter((f) => f.role === 'timestamp').map((f) => f.name);
  const idFields = fields.filter((f) => f.role === 'id' && f.retain !== false).map((f) => f.name);
  const fieldNames = new Set(fields.map((f) => f.name));
  const ranks = options.sourcePriority ?? {};

  const clusters = new Map<number, CustomerRecord[]>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const cluster = clusterOf[i]!;
    if (cluster < 0 || record.quarantine.length > 0) continue;
    const members = clusters.get(cluster);
    if (members) members.push(record);
    else clusters.set(cluster, [record]);
  }

  const golden: GoldenRecord[] = [];
  for (const members of clusters.values()) members.sort((a, b) => a.index - b.index);
  const ordered = [...clusters.values()].sort((a, b) => a[0]!.index - b[0]!.index);
  const issued = new Set<string>();
  for (const members of ordered) {
    const profiles = members.map((record): MemberProfile => ({
      record,
      at: { source: record.source, row: record.row },
      priority: ranks[record.source] ?? Number.POSITIVE_INFINITY,
      recency: recordRecency(record.values, recencyFields),
      completeness: completenessOf(record, fieldNames),
    }));
    const target: MergeTarget = { values: {}, provenance: {} };
    for (const unit of units) mergeUnit(unit, profiles, target);

    const goldenRecord: GoldenRecord = {
      golden_id: uniqueId(options.idOf(members), issued),
      members: members.map(({ source, row, index }) => ({ source, row, index })),
      values: target.values,
      provenance: target.provenance,
      source_count: members.length === 1 ? 1 : new Set(members.map((m) => m.source)).size,
    };
    const sourceIds = sourceIdsOf(members, idFields);
    if (sourceIds.length > 0) goldenRecord.source_ids = sourceIds;
    golden.push(goldenRecord);
  }
  return golden;
}

/** Schema fields with a value. Walks the record's own keys: reading each schema field by name is a
 * megamorphic lookup, records of several sources having hundreds of shapes. */
function completenessOf(record: CustomerRecord, fieldNames: ReadonlySet<string>): number {
  const values = record.values;
  let filled = 0;
  for (const name in values) if (values[name] && fieldNames.has(name)) filled++;
  return filled;
}

function sourceIdsOf(members: readonly CustomerRecord[], idFields: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const member of members) {
    for (const field of idFields) {
      const id = member.values[field];
      if (id) ids.add(`${member.source}:${id}`);
    }
  }
  return [...ids];
}

function uniqueId(id: string, issued: Set<string>): string {
  let unique = id;
  for (let n = 2; issued.has(unique); n++) unique = `${id}-${n}`;
  issued.add(unique);
  return unique;
}
