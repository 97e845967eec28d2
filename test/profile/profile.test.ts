import { existsSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profile, profileTables, renderProfileTable, valuePattern } from '../../src/profile/index.js';
import { table } from '../schema/table.js';

describe('valuePattern', () => {
  it.each([
    ['(555) 123-4567', '(999) 999-9999'],
    ['555-123-4567', '999-999-9999'],
    ['John Smith', 'Aa+ Aa+'],
    ['JOHN', 'A+'],
    ['j', 'a'],
    ['McDonald', 'AaAa+'],
    ['ann@example.com', 'a+@a+.a+'],
    ['SW1A 1AA', 'A+9A 9A+'],
    ['02134', '99999'],
    ['José', 'Aa+'],
    ['', ''],
  ])('%s → %s', (value, pattern) => {
    expect(valuePattern(value)).toBe(pattern);
  });

  it('caps very long patterns', () => {
    expect(valuePattern('1'.repeat(200)).length).toBeLessThanOrEqual(41);
  });
});

const people = table(
  'people.csv',
  ['Email', 'Phone', 'State', 'Notes'],
  [
    ['ann@example.com', '555-123-4567', 'TX', 'vip'],
    ['ann@example.com', '555-222-3333', 'TX', ''],
    ['bob@example.org', '', 'CA', '  '],
    ['', '(555) 987-6543', 'TX', 'call back'],
  ],
);

describe('profileTables', () => {
  const result = profileTables([people]);
  const [email, phone, state, notes] = result.sources[0]!.columns;

  it('reports role, field, completeness and distinct per column', () => {
    expect(result.sources[0]).toMatchObject({ source: 'people.csv', rows: 4, format: 'csv', region: 'US' });
    expect(email).toMatchObject({ name: 'Email', role: 'email', field: 'email', completeness: 0.75, distinct: 2, distinctCapped: false });
    expect(state).toMatchObject({ role: 'state', distinct: 2, top: [{ value: 'TX', count: 3 }, { value: 'CA', count: 1 }] });
    // Blank-only cells do not count as filled.
    expect(notes).toMatchObject({ role: null, field: null, completeness: 0.5 });
  });

  it('counts patterns, most frequent first', () => {
    expect(phone!.patterns.map((p) => [p.pattern, p.count])).toEqual([
      ['999-999-9999', 2],
      ['(999) 999-9999', 1],
    ]);
  });

  it('masks top values and pattern examples of PII roles (and unmapped columns)', () => {
    expect(email!.top[0]!.count).toBe(2);
    expect(email!.top.map((t) => t.value)).not.toContain('ann@example.com');
    expect(phone!.patterns.map((p) => p.example)).not.toContain('555-123-4567');
    expect(notes!.top.map((t) => t.value)).not.toContain('call back');
  });

  it('shows values with showPii', () => {
    const shown = profileTables([people], { showPii: true }).sources[0]!.columns;
    expect(shown[0]!.top[0]).toEqual({ value: 'ann@example.com', count: 2 });
  });

  it('carries the schema diagnostics', () => {
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'schema.unmapped_column', field: 'Notes' }));
  });

  it('marks guessed date orders', () => {
    const t = table('d.csv', ['DOB', 'State'], [['01/02/1980', 'TX'], ['03/04/1990', 'TX']]);
    expect(profileTables([t]).sources[0]!.columns[0]).toMatchObject({ dateOrder: 'MDY', ambiguous: true });
  });

  it('renders a plain table without color codes, and with them on request', () => {
    const plain = renderProfileTable(result, { color: false });
    expect(plain).toContain('people.csv');
    expect(plain).toContain('999-999-9999');
    expect(plain).not.toContain('ann@example.com');
    expect(plain).not.toMatch(/\u001b\[/);
    expect(renderProfileTable(result, { color: true })).toMatch(/\u001b\[/);
  });

  it('never prints a control character from the data: an escape sequence in a cell or header shows as ?', () => {
    const link = '\u001b]8;;http://evil.example/\u0007Boston\u001b]8;;\u0007\u001b[2J';
    const t = table('x\u001b[31m.csv', ['City', 'No\u001bte'], [[link, 'a'], [link, 'b']]);
    const text = renderProfileTable(profileTables([t], { showPii: true }), { color: false });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('?]8;;http://evil.example/?Boston');
  });
});

describe('profile reads files', () => {
  it('profiles a CSV and a NDJSON input together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdm-profile-'));
    const csv = join(dir, 'a.csv');
    const ndjson = join(dir, 'b.ndjson');
    writeFileSync(csv, 'First Name,E-mail\nAnn,ann@x.com\nBob,bob@y.org\n');
    writeFileSync(ndjson, '{"email":"c@z.com","default_address":{"city":"Perth"}}\n');
    const result = await profile([csv, ndjson]);
    expect(result.sources.map((s) => [s.source, s.rows, s.format])).toEqual([
      [csv, 2, 'csv'],
      [ndjson, 1, 'ndjson'],
    ]);
    expect(result.sources[0]!.columns.map((c) => c.field)).toEqual(['first_name', 'email']);
    expect(result.sources[1]!.columns.find((c) => c.name === 'email')!.field).toBe('email');
  });
});

const febrl = '../shared/datasets/febrl/dataset1.csv';
describe.skipIf(!existsSync(febrl))('Febrl profile (skipped: ../shared/datasets/febrl absent)', () => {
  it('is fast and complete', async () => {
    const started = performance.now();
    const result = await profile([febrl]);
    expect(performance.now() - started).toBeLessThan(5000);
    const dob = result.sources[0]!.columns.find((c) => c.name === 'date_of_birth')!;
    expect(dob).toMatchObject({ role: 'dob', dateOrder: 'YMD' });
    expect(dob.patterns[0]!.pattern).toBe('99999999');
  });
});
