// The orchestrator with the real built-in normalizers and rules, on ugly rows from real exports.

import { describe, expect, it } from 'vitest';
import { builtinNormalizers, defaultNormalizerFor, type NormalizerDefinition } from '../../src/normalize/index.js';
import { Registry } from '../../src/plugins/registry.js';
import { createRuleRegistry, validateAndNormalize } from '../../src/validate/index.js';
import { f, schemaFor, table } from './fixtures.js';
import { TODAY } from './harness.js';

describe('with the built-in normalizers', () => {
  const normalizers = new Registry<NormalizerDefinition>('normalizer');
  for (const n of builtinNormalizers) normalizers.register(n);
  const t = table('crm.csv', ['full_name', 'first_name', 'last_name', 'email', 'phone', 'dob', 'state', 'zip', 'ssn'], [
    ['Dr. John A. Smith Jr.', '', '', ' John.Smith@GMIAL.com ', '(415) 555-0132', '02/03/1985', 'California', '10001', '078-05-1120'],
    ['Smith, Mary', 'mary', 'SMITH', 'n/a', '000-000-0000', '1900-01-01', 'ny', '10001-1234', '666-12-3456'],
    ['', '', '', 'info@mailinator.com', '555', '2099-01-01', '', '', ''],
    ['', 'Unknown', 'N/A', 'asdf', '123-456-7890', '', 'MA', '02134', ''],
  ]);
  const schema = schemaFor([t], [
    f('full_name'), f('first_name'), f('last_name'), f('email', 'email', [{ id: 'email', options: { fixTypos: true } }]),
    f('phone'), f('dob'), f('state'), f('zip', 'postcode'), f('ssn', 'national_id'),
  ]);
  schema.sources[0]!.columns[5]!.dateOrder = 'MDY';
  const out = validateAndNormalize([t], schema, { rules: createRuleRegistry(), normalizers }, { today: TODAY, defaultNormalizerFor });
  const codesOf = (row: number) => out.diagnostics.filter((d) => d.row === row).map((d) => `${d.field}:${d.code}`);

  it('normalizes, splits the full name, fixes the email typo and checks state against ZIP', () => {
    expect(out.records[0]!.values).toMatchObject({
      email: 'john.smith@gmail.com', dob: '1985-02-03', state: 'CA', first_name: 'John', last_name: 'Smith', ssn: '078051120',
    });
    expect(out.records[0]!.keys['email.match']).toBe('johnsmith@gmail.com');
    expect(codesOf(1)).toEqual(['email:email.domain_typo', 'zip:address.state_zip_mismatch']);
  });
  it('drops junk and invalid values, masking the national id', () => {
    const r = out.records[1]!;
    expect(r.values.email).toBeUndefined();
    expect(r.values.phone).toBeUndefined();
    expect(r.values.dob).toBeUndefined();
    expect(r.values.ssn).toBeUndefined();
    expect(codesOf(2)).toEqual(['email:junk.placeholder', 'phone:junk.repeated_digits', 'dob:junk.placeholder_date', 'ssn:ssn.invalid_area']);
    expect(out.diagnostics.find((d) => d.code === 'ssn.invalid_area')!.value).toBe('***-**-3456');
  });
  it('warns on role and disposable addresses and nulls impossible values', () => {
    expect(codesOf(3)).toEqual(['email:email.role_address', 'email:email.disposable', 'phone:phone.too_short', 'dob:dob.future']);
    expect(out.records[2]!.values.dob).toBeUndefined();
  });
  it('quarantines a row of nothing but junk', () => {
    expect(out.records[3]!.quarantine).toEqual(['row.unidentifiable']);
    expect(out.records[3]!.values).toEqual({ state: 'MA', zip: '02134' });
  });
});
