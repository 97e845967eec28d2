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

/**
 * An incremental run's fields: the master's in the master's order (with this run's definition where
 * both have a field), then the fields only this run has. A run over some of a master's sources
 * must still see every field its members carry (without them the golden records lost those columns
 * and the cluster guard its date of birth), and in the same order, so golden.csv keeps its columns.
 * Fields the config declares are in `fields` whether or not an input fills them; a master-only field
 * keeps only its role and `retain: false` (a field the master never wrote stays unwritten).
 */
export function withMasterFields(fields: readonly FieldDef[], master: readonly { name: string; role: string; retain?: boolean }[]): FieldDef[] {
  const own = new Map(fields.map((f) => [f.name, f]));
  const out: FieldDef[] = [];
  const seen = new Set<string>();
  for (const m of master) {
    if (seen.has(m.name)) continue;
    const field = own.get(m.name) ?? (isRole(m.role) ? { name: m.name, role: m.role, ...(m.retain === false ? { retain: false } : {}) } : undefined);
    if (field === undefined) continue;
    seen.add(m.name);
    out.push(field);
  }
  for (const f of fields) if (!seen.has(f.name)) out.push(f);
  return out;
}
