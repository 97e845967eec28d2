// Test support: builds CustomerRecords from plain objects of canonical values.

import type { CustomerRecord, FieldDef } from '../../src/core/record.js';

export function makeRecords(rows: Record<string, string>[], quarantined: number[] = []): CustomerRecord[] {
  return rows.map((values, index) => ({
    index,
    source: 'test.csv',
    row: index + 1,
    raw: { ...values },
    values: { ...values },
    keys: {},
    codes: [],
    quarantine: quarantined.includes(index) ? ['email.syntax'] : [],
  }));
}

export const PERSON_FIELDS: FieldDef[] = [
  { name: 'first_name', role: 'first_name' },
  { name: 'last_name', role: 'last_name' },
  { name: 'suffix', role: 'suffix' },
  { name: 'dob', role: 'dob' },
  { name: 'street_number', role: 'street_number' },
  { name: 'street', role: 'street' },
  { name: 'city', role: 'city' },
  { name: 'postcode', role: 'postcode' },
  { name: 'email', role: 'email' },
  { name: 'phone', role: 'phone' },
  { name: 'national_id', role: 'national_id' },
  { name: 'customer_id', role: 'id' },
];
