import { describe, expect, it } from 'vitest';
import { nameConflictRule } from '../../src/validate/rules/name-conflict.js';
import { stateZipRule } from '../../src/validate/rules/state-zip.js';
import { identifiableRule } from '../../src/validate/rules/unidentifiable.js';
import { statesForZip } from '../../src/validate/zip-prefixes.js';
import { runRecordRule } from './harness.js';

const codesOf = (f: readonly { code: string }[]) => f.map((x) => x.code);

describe('ZIP3 prefix table', () => {
  it.each([
    ['10001', 'NY'], ['02134', 'MA'], ['05501', 'MA'], ['06103', 'CT'], ['20500', 'DC'], ['22201', 'VA'],
    ['33101', 'FL'], ['60601', 'IL'], ['73301', 'TX'], ['73102', 'OK'], ['88510', 'TX'], ['90210', 'CA'],
    ['96813', 'HI'], ['96910', 'GU'], ['99501', 'AK'], ['00901', 'PR'], ['09012', 'AE'], ['98101', 'WA'],
  ])('%s is in %s', (zip, state) => {
    expect(statesForZip(zip)).toContain(state);
  });
  it('knows unassigned prefixes', () => {
    expect(statesForZip('00001')).toBeUndefined();
    expect(statesForZip('21301')).toBeUndefined();
  });
});

describe('address.state_zip', () => {
  it.each([
    { values: { state: 'CA', postcode: '90210' } },
    { values: { state: 'ny', postcode: '10001-1234' } },
    { values: { state: 'CA', postcode: '10001', country: 'CA' } }, // not a US address
    { values: { state: 'CA', postcode: '10001' }, region: 'GB' },
    { values: { state: 'California', postcode: '10001' } }, // not a code: the state normalizer's business
    { values: { state: 'NY', postcode: 'SW1A 1AA' } },
    { values: { postcode: '10001' } },
  ])('accepts %j', ({ values, region }) => {
    expect(runRecordRule(stateZipRule, values, { region })).toEqual([]);
  });
  it.each([
    { values: { state: 'CA', postcode: '10001' } },
    { values: { state: 'TX', postcode: '90210', country: 'US' } },
    { values: { state: 'NJ', postcode: '10001', country: 'USA' } },
  ])('flags %j as address.state_zip_mismatch on the postcode', ({ values }) => {
    const findings = runRecordRule(stateZipRule, values);
    expect(codesOf(findings)).toEqual(['address.state_zip_mismatch']);
    expect(findings[0]!.field).toBe('postcode');
  });
});

describe('name.full_name_conflict', () => {
  it.each([
    { values: { full_name: 'John Smith' } },
    { values: { full_name: 'John Smith', first_name: 'John', last_name: 'Smith' } },
    { values: { full_name: 'Smith, John A.', first_name: 'JOHN', last_name: 'smith' } },
    { values: { full_name: 'José Núñez', first_name: 'Jose', last_name: 'Nunez' } },
    { values: { full_name: 'John Smith', first_name: 'J' } },
    { values: { full_name: 'Anna van der Berg', last_name: 'van der Berg' } },
    { values: { full_name: 'Mary Smith-Jones', last_name: 'Smith-Jones' } },
  ])('accepts %j', ({ values }) => {
    expect(runRecordRule(nameConflictRule, values)).toEqual([]);
  });
  it('ignores parts derived from the full name itself', () => {
    // first/last have no raw value of their own: they came from splitting the full name.
    expect(runRecordRule(nameConflictRule, { full_name: 'John Smith', first_name: 'Jon', last_name: 'Smith' }, {
      raw: { full_name: 'John Smith' },
      fields: [{ name: 'full_name', role: 'full_name' }, { name: 'first_name', role: 'first_name' }, { name: 'last_name', role: 'last_name' }],
    })).toEqual([]);
  });
  it.each([
    { values: { full_name: 'John Smith', first_name: 'Mary', last_name: 'Smith' } },
    { values: { full_name: 'John Smith', last_name: 'Jones' } },
    { values: { full_name: 'John Smith', first_name: 'Smith', last_name: 'Brown' } },
  ])('flags %j', ({ values }) => {
    const findings = runRecordRule(nameConflictRule, values);
    expect(codesOf(findings)).toEqual(['name.full_name_conflict']);
    expect(findings[0]!.field).toBe('full_name');
  });
});

describe('row.identifiable', () => {
  it.each([
    { email: 'a.b@c.com' },
    { phone: '+14155550132' },
    { national_id: '078051120' },
    { last_name: 'Smith', first_name: 'John' },
    { last_name: 'Smith', dob: '1990-01-01' },
    { last_name: 'Smith', street: '1 Main St' },
    { last_name: 'Smith', postcode: '10001' },
  ])('accepts %j', (values) => {
    expect(runRecordRule(identifiableRule, values)).toEqual([]);
  });
  it.each([
    {},
    { first_name: 'John' },
    { last_name: 'Smith' },
    { first_name: 'John', dob: '1990-01-01', city: 'Boston' },
    { last_name: 'Smith', city: 'Boston', state: 'MA' },
  ])('flags %j as row.unidentifiable', (values) => {
    expect(codesOf(runRecordRule(identifiableRule, values))).toEqual(['row.unidentifiable']);
  });
  it('finds a phone under a second phone field', () => {
    const fields = [{ name: 'phone', role: 'phone' as const }, { name: 'phone_2', role: 'phone' as const }];
    expect(runRecordRule(identifiableRule, { phone_2: '+14155550132' }, { fields })).toEqual([]);
  });
});
