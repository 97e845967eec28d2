import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/index.js';
import { readSource } from '../../src/io/index.js';
import { buildSchema } from '../../src/schema/index.js';
import { table } from './table.js';

const crm = table(
  'crm.csv',
  ['Contact ID', 'Salutation', 'First Name', 'Last Name', 'Email', 'Mobile', 'Home Phone', 'Mailing Street', 'Mailing City', 'Mailing State/Province', 'Mailing Zip/Postal Code', 'Email Opt Out', 'Last Modified Date', 'Lead Source'],
  [
    ['003A1', 'Mr.', 'John', 'Smith', 'john@acme.com', '(555) 123-4567', '555-987-6543', '1 Main St', 'Springfield', 'IL', '62701', '0', '2023-01-02 10:00:00', 'Web'],
    ['003A2', 'Ms.', 'Ann', 'Lee', 'ann@x.org', '555.222.3333', '', '9 Elm Ave', 'Austin', 'TX', '73301', '1', '2023-03-04 11:00:00', 'Trade Show'],
  ],
);
const shop = table(
  'shop.json',
  ['id', 'email', 'first_name', 'last_name', 'phone', 'accepts_marketing', 'created_at', 'default_address.address1', 'default_address.city', 'default_address.province_code', 'default_address.zip', 'default_address.country_code'],
  [['1', 'j@a.com', 'J', 'S', '+15551234567', 'true', '2022-05-06T07:08:09Z', '1 Main', 'Boston', 'MA', '02134', 'US']],
);

function fieldsOf(source: number, result: ReturnType<typeof buildSchema>): (string | null)[] {
  return result.schema.sources[source]!.columns.map((c) => c.field);
}

describe('buildSchema, zero-config', () => {
  const result = buildSchema([crm, shop]);

  it('names fields after roles, numbering repeated roles in column order', () => {
    expect(fieldsOf(0, result)).toEqual(['id', 'title', 'first_name', 'last_name', 'email', 'phone', 'phone_2', 'street', 'city', 'state', 'postcode', 'consent', 'timestamp', null]);
  });

  it('maps a second source with other headers into the same fields', () => {
    expect(fieldsOf(1, result)).toEqual(['id', 'email', 'first_name', 'last_name', 'phone', 'consent', 'timestamp', 'street', 'city', 'state', 'postcode', 'country']);
    const names = result.schema.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('country');
  });

  it('keeps the opt-out inversion', () => {
    expect(result.schema.sources[0]!.columns[11]).toMatchObject({ role: 'consent', invert: true });
    expect(result.schema.sources[1]!.columns[5]!.invert).toBeUndefined();
  });

  it('reports unmapped columns as info, naming source and column', () => {
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'schema.unmapped_column', severity: 'info', source: 'crm.csv', field: 'Lead Source' }));
  });

  it('infers US for both sources', () => {
    expect(result.schema.sources.map((s) => s.region)).toEqual(['US', 'US']);
  });

  it('ranks sources by input order for source priority', () => {
    expect(result.schema.sources.map((s) => s.priority)).toEqual([0, 1]);
  });
});

describe('buildSchema with a config', () => {
  it('column mappings and field definitions override inference', () => {
    const config: Config = {
      version: 1,
      sources: [{ path: 'crm.csv', region: 'CA', priority: 5, columns: { 'Lead Source': { field: 'lead_source', role: 'text' }, Mobile: 'mobile' }, ignore: ['Home Phone'] }],
      fields: { mobile: { role: 'phone', survivorship: 'most_recent' }, work_email: { role: 'email', rules: ['email.syntax'] } },
    };
    const { schema } = buildSchema([crm, shop], config);
    const cols = schema.sources[0]!.columns;
    expect(schema.sources[0]).toMatchObject({ region: 'CA', priority: 5 });
    expect(cols.find((c) => c.column === 'Mobile')).toMatchObject({ field: 'mobile', role: 'phone', basis: 'config', confidence: 1 });
    expect(cols.find((c) => c.column === 'Home Phone')).toMatchObject({ field: null, role: null });
    expect(cols.find((c) => c.column === 'Lead Source')).toMatchObject({ field: 'lead_source', role: 'text' });
    // An inferred email column fills the declared email field.
    expect(cols.find((c) => c.column === 'Email')).toMatchObject({ field: 'work_email', role: 'email' });
    expect(schema.fields.find((f) => f.name === 'mobile')).toMatchObject({ role: 'phone', survivorship: 'most_recent' });
    expect(schema.fields.find((f) => f.name === 'work_email')).toMatchObject({ rules: [{ id: 'email.syntax' }] });
    // The shop's phone fills the declared phone field too.
    expect(schema.sources[1]!.columns.find((c) => c.column === 'phone')!.field).toBe('mobile');
  });

  it('a field name implies its role when it is not declared', () => {
    const { schema } = buildSchema([crm], { version: 1, sources: [{ path: '*.csv', columns: { 'Lead Source': 'phone_3', 'Home Phone': 'work_email' } }] });
    const cols = schema.sources[0]!.columns;
    expect(cols.find((c) => c.column === 'Lead Source')).toMatchObject({ field: 'phone_3', role: 'phone' });
    expect(cols.find((c) => c.column === 'Home Phone')).toMatchObject({ field: 'work_email', role: 'email' });
  });

  it.each([
    ['a configured column the file lacks', { version: 1 as const, sources: [{ path: 'crm.csv', columns: { 'E-Mail Adress': 'email' } }] }, 'schema.column_missing'],
    ['a source entry that matches no input', { version: 1 as const, sources: [{ path: 'other.csv' }] }, 'schema.source_unmatched'],
    ['a declared role contradicted by a column role', { version: 1 as const, fields: { mobile: { role: 'phone' as const } }, sources: [{ path: 'crm.csv', columns: { Mobile: { field: 'mobile', role: 'email' as const } } }] }, 'schema.role_conflict'],
  ])('reports %s', (_name, config, code) => {
    expect(buildSchema([crm], config).diagnostics.map((d) => d.code)).toContain(code);
  });

  it('merge.sourcePriority ranks sources by path', () => {
    const { schema } = buildSchema([crm, shop], { version: 1, merge: { sourcePriority: { 'shop.json': 0, 'crm.csv': 1 } } });
    expect(schema.sources.map((s) => s.priority)).toEqual([1, 0]);
  });
});

const febrl = '../shared/datasets/febrl/dataset1.csv';

describe.skipIf(!existsSync(febrl))('Febrl (skipped: ../shared/datasets/febrl absent)', () => {
  it('infers every role, YMD birth dates and region AU', async () => {
    const result = buildSchema([await readSource(febrl)]);
    const source = result.schema.sources[0]!;
    expect(source.columns.map((c) => [c.column, c.role])).toEqual([
      ['id', 'id'],
      ['given_name', 'first_name'],
      ['surname', 'last_name'],
      ['street_number', 'street_number'],
      ['address_1', 'street'],
      ['address_2', 'street2'],
      ['suburb', 'city'],
      ['postcode', 'postcode'],
      ['state', 'state'],
      ['date_of_birth', 'dob'],
      ['soc_sec_id', 'national_id'],
    ]);
    expect(source.columns[9]).toMatchObject({ dateOrder: 'YMD' });
    expect(source.region).toBe('AU');
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
