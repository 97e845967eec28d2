// Which comparisons a schema gets when no model says otherwise: one per evidence field, chosen by
// role. Roles that are not evidence about identity (id, dates, consent, free text, titles) get none.

import type { FieldDef } from '../../core/record.js';
import type { Role } from '../../core/roles.js';
import type { Comparison } from '../types.js';
import { comparators } from './registry.js';

const COMPARATOR_BY_ROLE: Partial<Record<Role, string>> = {
  first_name: 'first-name',
  middle_name: 'first-name',
  last_name: 'last-name',
  full_name: 'jaro-winkler',
  email: 'email',
  phone: 'phone',
  national_id: 'national-id',
  dob: 'date',
  street_number: 'levenshtein',
  street: 'jaro-winkler',
  street2: 'jaro-winkler',
  address: 'jaro-winkler',
  city: 'jaro-winkler',
  state: 'exact',
  postcode: 'levenshtein',
  country: 'exact',
  company: 'company',
  gender: 'exact',
};

/** Roles naming a place: candidates for nesting (a postcode implying its city and state). */
const LOCATION_ROLES: ReadonlySet<Role> = new Set<Role>(['street', 'address', 'city', 'state', 'postcode', 'country']);

/** Roles whose exact matches are weighed by the value's frequency. */
const TF_ROLES: ReadonlySet<Role> = new Set<Role>(['first_name', 'last_name', 'city', 'postcode', 'full_name']);

const ROLE_RANK = new Map(Object.keys(COMPARATOR_BY_ROLE).map((role, i) => [role, i]));

/** Fields in an order of their own (by role as listed above, then by name), not the columns': a
 * source re-exported with its columns moved must train the same model and find the same people
 * (each comparison's random sample, EM's sums and the blocking rules follow this order). */
export function canonicalOrder(fields: readonly FieldDef[]): FieldDef[] {
  const rank = (f: FieldDef) => ROLE_RANK.get(f.role) ?? ROLE_RANK.size;
  return [...fields].sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function defaultComparisons(fields: readonly FieldDef[]): Comparison[] {
  const ordered = canonicalOrder(fields);
  const byRole = new Map<Role, string>();
  for (const f of ordered) if (!byRole.has(f.role)) byRole.set(f.role, f.name);
  const hasSplitName = byRole.has('first_name') || byRole.has('last_name');
  const out: Comparison[] = [];
  for (const f of ordered) {
    const id = COMPARATOR_BY_ROLE[f.role];
    if (!id) continue;
    // A full name split by normalization is already compared through its parts.
    if (f.role === 'full_name' && hasSplitName) continue;
    const comparator = comparators.get(id)!;
    const comparison: Comparison = {
      field: f.name,
      comparator: id,
      levels: comparator.levels.map((label) => ({ label, m: 0, u: 0 })),
    };
    if (f.role === 'first_name' && byRole.has('last_name')) comparison.crossField = byRole.get('last_name');
    if (f.role === 'last_name' && byRole.has('first_name')) comparison.crossField = byRole.get('first_name');
    // The email comparator reads the family name to tell a name-built mailbox (namesakes share them).
    if (f.role === 'email' && byRole.has('last_name')) comparison.crossField = byRole.get('last_name');
    if (TF_ROLES.has(f.role)) comparison.tf = true;
    if (LOCATION_ROLES.has(f.role)) comparison.family = 'location';
    out.push(comparison);
  }
  return out;
}
