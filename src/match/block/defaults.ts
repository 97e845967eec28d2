// Default blocking rules derived from the roles a schema has. Each rule is narrow enough to keep
// blocks small, and together they catch duplicates where any one field is mistyped or missing:
// strong identifiers alone, then name × date, name × place and number × place combinations.

import type { FieldDef } from '../../core/record.js';
import type { Role } from '../../core/roles.js';
import type { BlockingRule } from '../types.js';
import { canonicalOrder } from '../compare/defaults.js';

/** Cap of the rule on names alone (see BlockingRule.maxBlockSize): in the 20k-row synthetic file no
 * name block reaches it; at 1M rows it keeps that rule's pairs near-linear (37M pairs uncapped). */
const NAME_ONLY_MAX_BLOCK = 20;

export function defaultBlockingRules(given: readonly FieldDef[]): BlockingRule[] {
  const fields = canonicalOrder(given);
  const first = new Map<Role, string>();
  for (const f of fields) if (!first.has(f.role)) first.set(f.role, f.name);
  const has = (...roles: Role[]) => roles.every((r) => first.has(r));
  const f = (role: Role) => first.get(role)!;
  const rules: BlockingRule[] = [];
  const add = (id: string, keys: string[]) => rules.push({ id, keys });

  for (const field of fields) {
    if (field.role === 'email') add(field.name, [`${field.name}.match`]);
    if (field.role === 'phone') add(field.name, [field.name]);
  }
  if (has('national_id')) add('national_id', [f('national_id')]);
  if (has('last_name', 'dob')) add('lastname_sx+dob', [`${f('last_name')}:metaphone`, f('dob')]);
  if (has('first_name', 'dob')) add('dob+firstname_sx', [f('dob'), `${f('first_name')}:metaphone`]);
  if (has('first_name', 'last_name')) {
    rules.push({ id: 'firstname_sx+lastname_sx', keys: [`${f('first_name')}:metaphone`, `${f('last_name')}:metaphone`], maxBlockSize: NAME_ONLY_MAX_BLOCK });
  }
  if (has('street', 'postcode')) add('street+postcode', [f('street'), f('postcode')]);
  if (has('last_name', 'postcode')) {
    const initial = has('first_name') ? [`${f('first_name')}:first1`] : [];
    add(initial.length > 0 ? 'lastname_sx+postcode+first_initial' : 'lastname_sx+postcode', [`${f('last_name')}:metaphone`, f('postcode'), ...initial]);
  }
  if (has('street_number', 'postcode')) add('street_number+postcode', [f('street_number'), f('postcode')]);
  if (has('street_number', 'street')) add('street_number+street_sx', [f('street_number'), `${f('street')}:metaphone`]);
  if (has('company', 'postcode')) add('company_token+postcode', [`${f('company')}.match:token`, f('postcode')]);
  if (has('full_name', 'postcode') && !has('last_name')) add('fullname_sx+postcode', [`${f('full_name')}:metaphone`, f('postcode')]);
  return rules;
}
