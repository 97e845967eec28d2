import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Schema, SourceTable } from '../../src/core/record.js';
import { initConfig, initConfigFromTables, parseConfig } from '../../src/config/index.js';
import { buildSchema } from '../../src/schema/index.js';
import { table } from '../schema/table.js';

// What a config must reproduce: fields and roles, and per source the region and every column's
// field, role, date order and inversion. Confidence and basis differ by design (config → 1, 'config').
function essence(schema: Schema) {
  return {
    fields: schema.fields.map((f) => [f.name, f.role]),
    sources: schema.sources.map((s) => ({
      source: s.source,
      region: s.region,
      priority: s.priority,
      columns: s.columns.map((c) => [c.column, c.field, c.role, c.dateOrder ?? null, c.dateOrderAmbiguous ?? false, c.invert ?? false]),
    })),
  };
}

function roundTrip(tables: SourceTable[]) {
  const text = initConfigFromTables(tables);
  const config = parseConfig(text, 'cdm.yaml');
  return { text, zero: buildSchema(tables), configured: buildSchema(tables, config) };
}

const crm = table(
  'exports/crm: "2024".csv',
  ['Contact ID', 'Salutation', 'First Name', 'Last Name', 'Email', 'Mobile', 'Home Phone', 'Email Opt Out', 'DOB', 'Created', 'Lead Source', '# weird'],
  [
    ['1', 'Mr', 'John', 'Smith', 'j@a.com', '555-123-4567', '555-222-3333', 'false', '01/02/1980', '25/12/2020', 'web', 'x'],
    ['2', 'Ms', 'Ann', 'Lee', 'a@b.org', '555-444-5555', '', 'true', '03/04/1990', '01/11/2021', 'ads', 'y'],
  ],
);
const shop = table(
  'shop.ndjson',
  ['id', 'email', 'phone', 'accepts_marketing', 'default_address.city', 'default_address.province_code', 'default_address.zip'],
  [['9', 'x@y.com', '+61 412 345 678', 'true', 'Perth', 'WA', '6000'], ['10', 'z@y.com', '+61 413 000 111', 'false', 'Hobart', 'TAS', '7000']],
);

describe('initConfig', () => {
  it('writes a config that reproduces the zero-config schema', () => {
    const { zero, configured } = roundTrip([crm, shop]);
    expect(essence(configured.schema)).toEqual(essence(zero.schema));
  });

  it('pins inferred mappings, inversions, proven date orders and regions; comments the rest', () => {
    const { text } = roundTrip([crm, shop]);
    const config = parseConfig(text);
    const crmSource = config.sources![0]!;
    expect(crmSource.path).toBe('exports/crm: "2024".csv');
    expect(crmSource.columns!['Email Opt Out']).toEqual({ field: 'consent', invert: true });
    expect(crmSource.columns!.Created).toEqual({ field: 'timestamp', dateOrder: 'DMY' });
    expect(crmSource.columns!['Home Phone']).toBe('phone_2');
    expect(crmSource.columns!.DOB).toBe('dob');
    expect(crmSource.columns!['Lead Source']).toBeUndefined();
    expect(config.sources![1]!.region).toBe('AU');
    expect(config.fields!.phone_2).toEqual({ role: 'phone' });
    // The guessed order and the unmapped columns are there, as comments to act on.
    expect(text).toMatch(/#.*"DOB".*decides day\/month order/);
    expect(text).toMatch(/# "Lead Source":/);
    expect(text).toMatch(/# gates:/);
  });

  it('is stable: same inputs, same text', () => {
    expect(initConfigFromTables([crm, shop])).toBe(initConfigFromTables([crm, shop]));
  });
});

const febrl = '../shared/datasets/febrl/dataset1.csv';
describe.skipIf(!existsSync(febrl))('init on Febrl (skipped: ../shared/datasets/febrl absent)', () => {
  it('round-trips', async () => {
    const text = await initConfig([febrl]);
    const { readSource } = await import('../../src/io/index.js');
    const tables = [await readSource(febrl)];
    expect(essence(buildSchema(tables, parseConfig(text)).schema)).toEqual(essence(buildSchema(tables).schema));
    expect(text).toContain('region: AU');
  });
});
