// Merges one unit (a field, a part group, or same-role slots) for one cluster: builds the candidates
// from the members' canonical values, asks the strategy, and writes the survivor with its provenance.

import { ConfigError } from '../core/errors.js';
import type { CustomerRecord } from '../core/record.js';
import { PART_SEPARATOR, type SurvivorshipCandidate, type SurvivorshipDefinition } from './definition.js';
import type { MergeUnit } from './plan.js';
import { instantOf } from './recency.js';

/** What strategies rank a member by, computed once per member and cluster. */
export interface MemberProfile {
  record: CustomerRecord;
  /** Shared by every golden value taken from this member: one object per member, not per field,
   * because a million golden records times twenty fields is a lot of garbage. */
  at: Provenance;
  priority: number;
  recency: number | undefined;
  completeness: number;
}

/** Where a golden value came from. Read-only: values taken from one member share one object. */
export interface Provenance {
  readonly source: string;
  readonly row: number;
}

/** The golden values and provenance being built for one cluster. */
export interface MergeTarget {
  values: Record<string, string>;
  provenance: Record<string, Provenance>;
}

function candidateOf(member: MemberProfile, value: string, slot: number, recency: number | undefined): SurvivorshipCandidate {
  const { record } = member;
  return {
    value,
    source: record.source,
    row: record.row,
    index: record.index,
    priority: member.priority,
    recency,
    completeness: member.completeness,
    slot,
  };
}

/** Calls the strategy and checks its answer: a plugin returning a non-index is a bug to report,
 * not a value to index with. Never called with no candidates. */
function choose(strategy: SurvivorshipDefinition, candidates: SurvivorshipCandidate[], context: Parameters<SurvivorshipDefinition['choose']>[1]): number {
  const chosen = strategy.choose(candidates, context);
  if (Number.isInteger(chosen) && chosen >= -1 && chosen < candidates.length) return chosen;
  throw new ConfigError(
    'survivorship.invalid_choice',
    `Survivorship strategy '${strategy.id}' returned ${String(chosen)} for field '${context.field}' (${candidates.length} candidates).`,
    `survivorship.${strategy.id}`,
  );
}

function keep(target: MergeTarget, field: string, value: string, from: MemberProfile): void {
  target.values[field] = value;
  target.provenance[field] = from.at;
}

export function mergeUnit(unit: MergeUnit, members: readonly MemberProfile[], target: MergeTarget): void {
  if (members.length === 1 && unit.strategy.keepsLoneCandidate && copyLone(unit, members[0]!, target)) return;
  if (unit.kind === 'single') mergeSingle(unit, members, target);
  else if (unit.kind === 'group') mergeGroup(unit, members, target);
  else mergeSlots(unit, members, target);
}

/** The hot path for single-member clusters: what the strategy would choose from one candidate is
 * that candidate, so copy without building any. False when there is more than one candidate after
 * all (a record with both `phone` and `phone_2`), which the strategy must rank. */
function copyLone(unit: MergeUnit, member: MemberProfile, target: MergeTarget): boolean {
  const values = member.record.values;
  if (unit.kind === 'multi') {
    let found: string | undefined;
    for (const field of unit.fields) {
      const value = values[field.name];
      if (!value) continue;
      if (found !== undefined && value !== found) return false;
      found = value;
    }
    if (found !== undefined) keep(target, unit.fields[0]!.name, found, member);
    return true;
  }
  const fields = unit.kind === 'single' ? [unit.field] : unit.fields;
  for (const field of fields) {
    const value = values[field.name];
    if (value) keep(target, field.name, value, member);
  }
  return true;
}

function mergeSingle(unit: Extract<MergeUnit, { kind: 'single' }>, members: readonly MemberProfile[], target: MergeTarget): void {
  const { field } = unit;
  const candidates: SurvivorshipCandidate[] = [];
  const owners: MemberProfile[] = [];
  for (const member of members) {
    const value = member.record.values[field.name];
    if (!value) continue;
    // A timestamp field's own value is its recency: most_recent then keeps the latest value.
    candidates.push(candidateOf(member, value, 0, field.role === 'timestamp' ? instantOf(value) : member.recency));
    owners.push(member);
  }
  if (candidates.length === 0) return;
  const chosen = choose(unit.strategy, candidates, { field: field.name, role: field.role });
  if (chosen >= 0) keep(target, field.name, candidates[chosen]!.value, owners[chosen]!);
}

/** All parts from the one member whose joined parts the strategy picks (or the completest member
 * that agrees with it on every part it has); a part that member lacks stays empty rather than being
 * borrowed from another member. */
function mergeGroup(unit: Extract<MergeUnit, { kind: 'group' }>, members: readonly MemberProfile[], target: MergeTarget): void {
  const parts = unit.fields.map((field) => field.name);
  const candidates: SurvivorshipCandidate[] = [];
  const owners: MemberProfile[] = [];
  for (const member of members) {
    const values = member.record.values;
    let joined = '';
    let any = false;
    for (let i = 0; i < parts.length; i++) {
      const value = values[parts[i]!] ?? '';
      if (value) any = true;
      joined = i === 0 ? value : joined + PART_SEPARATOR + value;
    }
    if (!any) continue;
    candidates.push(candidateOf(member, joined, 0, member.recency));
    owners.push(member);
  }
  if (candidates.length === 0) return;
  const lead = unit.fields[0]!;
  const chosen = choose(unit.strategy, candidates, { field: lead.name, role: lead.role, parts });
  if (chosen < 0) return;
  const owner = completest(owners[chosen]!, owners, parts);
  for (const part of parts) {
    const value = owner.record.values[part];
    if (value) keep(target, part, value, owner);
  }
  fillImpliedParts(unit.fields, owner, owners, target);
}

/** Roles of an address a postcode settles: two members with the same postcode (and city, when both
 * name one) are in the same state and country, so a sign-up row without a state keeps the state the
 * CRM row of that address has. Nothing else is borrowed: a street from one row and a postcode from
 * another could be no address at all. */
const IMPLIED_BY_POSTCODE: ReadonlySet<string> = new Set(['state', 'country']);

function fillImpliedParts(fields: readonly { name: string; role: string }[], owner: MemberProfile, owners: readonly MemberProfile[], target: MergeTarget): void {
  const postcode = fields.find((f) => f.role === 'postcode')?.name;
  const city = fields.find((f) => f.role === 'city')?.name;
  const mine = owner.record.values;
  if (postcode === undefined || !mine[postcode]) return;
  for (const field of fields) {
    if (!IMPLIED_BY_POSTCODE.has(field.role) || mine[field.name]) continue;
    const donor = owners.find((o) => {
      const theirs = o.record.values;
      return o !== owner && theirs[field.name] && theirs[postcode] === mine[postcode] && (!city || !mine[city] || !theirs[city] || theirs[city] === mine[city]);
    });
    if (donor) keep(target, field.name, donor.record.values[field.name]!, donor);
  }
}

/** The member with the most parts among those that hold every part `chosen` holds, with the same
 * values: "Jane O'Neil" chosen, "Dr Jane O'Neil" (title and full name too) is the same name more
 * completely written. All parts still come from one member; `chosen` itself when none extends it. */
function completest(chosen: MemberProfile, owners: readonly MemberProfile[], parts: readonly string[]): MemberProfile {
  const base = chosen.record.values;
  let best = chosen;
  let bestFilled = filledParts(base, parts);
  for (const other of owners) {
    if (other === chosen) continue;
    const values = other.record.values;
    const filled = filledParts(values, parts);
    if (filled <= bestFilled || !parts.every((part) => !base[part] || base[part] === values[part])) continue;
    best = other;
    bestFilled = filled;
  }
  return best;
}

function filledParts(values: Readonly<Record<string, string>>, parts: readonly string[]): number {
  let n = 0;
  for (const part of parts) if (values[part]) n++;
  return n;
}

/** Fills `phone`, `phone_2`, … with distinct values: the strategy picks from the pool of every slot's
 * values, the pick and its duplicates leave the pool, and the next slot picks from what remains. */
function mergeSlots(unit: Extract<MergeUnit, { kind: 'multi' }>, members: readonly MemberProfile[], target: MergeTarget): void {
  let pool: SurvivorshipCandidate[] = [];
  let owners: MemberProfile[] = [];
  unit.fields.forEach((field, slot) => {
    for (const member of members) {
      const value = member.record.values[field.name];
      if (!value) continue;
      pool.push(candidateOf(member, value, slot, member.recency));
      owners.push(member);
    }
  });
  for (const field of unit.fields) {
    if (pool.length === 0) return;
    const chosen = choose(unit.strategy, pool, { field: field.name, role: field.role });
    if (chosen < 0) return;
    const survivor = pool[chosen]!.value;
    keep(target, field.name, survivor, owners[chosen]!);
    const keptPool: SurvivorshipCandidate[] = [];
    const keptOwners: MemberProfile[] = [];
    for (let i = 0; i < pool.length; i++) {
      if (pool[i]!.value === survivor) continue;
      keptPool.push(pool[i]!);
      keptOwners.push(owners[i]!);
    }
    pool = keptPool;
    owners = keptOwners;
  }
}
