// The schema's fields as matching and merging see them: the mapped fields plus the parts found only
// inside other values (a full name's first_name, a one-line address's city), so that those are
// matched and written like any other field.

import type { CustomerRecord, FieldDef } from '../core/record.js';
import { isRole } from '../core/roles.js';

export function withDerivedFields(fields: readonly FieldDef[], records: readonly CustomerRecord[]): FieldDef[] {
  const known = new Set(fields.map((f) => f.name));
  const extra = new Set<string>();
  for (const r of records) for (const name in r.values) if (!known.has(name)) extra.add(name);
  const derived = [...extra]
    .sort()
    .map((name): FieldDef | undefined => {
      const role = name.replace(/_\d+$/, '');
      return isRole(role) ? { name, role } : undefined;
    })
    .filter((f): f is FieldDef => f !== undefined);
  return [...fields, ...derived];
}
