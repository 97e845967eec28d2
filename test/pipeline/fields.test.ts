// withMasterFields: an incremental run's fields are the master's, in its order, then this run's others.

import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../src/core/record.js';
import { withMasterFields } from '../../src/pipeline/fields.js';

const own: FieldDef[] = [
  { name: 'id', role: 'id' },
  { name: 'email', role: 'email', retain: true },
];

describe('withMasterFields', () => {
  it.each<[string, { name: string; role: string }[], string[]]>([
    ['a master with the same fields adds nothing', [{ name: 'id', role: 'id' }, { name: 'email', role: 'email' }], ['id', 'email']],
    ['the master’s order first, then this run’s other fields', [{ name: 'dob', role: 'dob' }, { name: 'email', role: 'email' }, { name: 'phone_2', role: 'phone' }], ['dob', 'email', 'phone_2', 'id']],
    ['a master field whose role is unknown is left out', [{ name: 'notes', role: 'scribble' }], ['id', 'email']],
    ['a field listed twice comes once', [{ name: 'dob', role: 'dob' }, { name: 'dob', role: 'dob' }], ['dob', 'id', 'email']],
  ])('%s', (_name, master, expected) => {
    expect(withMasterFields(own, master).map((f) => f.name)).toEqual(expected);
  });

  it('keeps this run’s definition of a field both have', () => {
    expect(withMasterFields(own, [{ name: 'email', role: 'text' }])[0]).toEqual({ name: 'email', role: 'email', retain: true });
  });
});
