import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import type { NormalizerDefinition } from '../../src/normalize/definition.js';
import { validateAndNormalize } from '../../src/validate/index.js';
import { ALL, digitsPhone, f, lowerEmail, registries, schemaFor, table } from './fixtures.js';
import { TODAY } from './harness.js';

const codesOf = (ds: { code: string }[]) => ds.map((d) => d.code);

describe('junk never survives', () => {
  const t = table('crm.csv', ['email', 'phone', 'first_name', 'last_name', 'dob'], [
    ['test@test.com', '000-000-0000', 'sdfghj', 'N/A', '01/01/1900'],
    ['jane@shop.com', '123-456-7890', 'Jane', 'Ng', '1/2/1990'],
  ]);
  const calls: string[] = [];
  const spy: NormalizerDefinition = { ...ALL[1]!, normalize: (v, c) => (calls.push(v), ALL[1]!.normalize(v, c)) };
  const out = validateAndNormalize([t], schemaFor([t], [f('email'), f('phone'), f('first_name'), f('last_name'), f('dob')]), registries(ALL[0]!, spy, ALL[3]!), { today: TODAY });

  it('drops every junk value from values, keeps it raw, and reports its code', () => {
    const [junk, real] = out.records;
    expect(junk!.values).toEqual({});
    expect(junk!.raw).toEqual({ email: 'test@test.com', phone: '000-000-0000', first_name: 'sdfghj', last_name: 'N/A', dob: '01/01/1900' });
    expect(out.diagnostics.filter((d) => d.row === 1 && d.field !== '').map((d) => [d.field, d.code])).toEqual([
      ['email', 'junk.placeholder'],
      ['phone', 'junk.repeated_digits'],
      ['first_name', 'junk.keyboard_mash'],
      ['last_name', 'junk.placeholder'],
      ['dob', 'junk.placeholder_date'],
    ]);
    expect(real!.values).toEqual({ email: 'jane@shop.com', first_name: 'Jane', last_name: 'Ng', dob: '1990-01-02' });
    expect(codesOf(out.diagnostics.filter((d) => d.row === 2))).toEqual(['junk.sequential_digits']);
  });
  it('never hands a junk value to a normalizer', () => {
    expect(calls).toEqual([]);
  });
  it('quarantines the row that has nothing left to identify anyone', () => {
    expect(out.records[0]!.quarantine).toEqual(['row.unidentifiable']);
    expect(out.records[1]!.quarantine).toEqual([]);
  });
});

describe('normalization, keys and derived parts', () => {
  it('stores canonical values and keys under <field>.<key>', () => {
    const t = table('a.csv', ['email'], [['  J.Doe@Mail.COM ']]);
    const { records } = validateAndNormalize([t], schemaFor([t], [f('email')]), registries(...ALL), { today: TODAY });
    expect(records[0]).toMatchObject({ raw: { email: '  J.Doe@Mail.COM ' }, values: { email: 'j.doe@mail.com' }, keys: { 'email.match': 'jdoe@mailcom' } });
  });
  it('fills derived parts only where the row has no value of its own', () => {
    const t = table('a.csv', ['full_name', 'first_name', 'last_name'], [
      ['John Smith', '', ''],
      ['John Smith', 'Johnny', ''],
      ['John Smith', 'asdf', ''],
    ]);
    const fields = [f('full_name'), f('first_name'), f('last_name')];
    const { records, diagnostics } = validateAndNormalize([t], schemaFor([t], fields), registries(...ALL), { today: TODAY });
    expect(records.map((r) => r.values)).toEqual([
      { full_name: 'John Smith', first_name: 'John', last_name: 'Smith' },
      { full_name: 'John Smith', first_name: 'Johnny', last_name: 'Smith' },
      { full_name: 'John Smith', first_name: 'John', last_name: 'Smith' },
    ]);
    expect(diagnostics.filter((d) => d.row === 2).map((d) => [d.field, d.code])).toEqual([['full_name', 'name.full_name_conflict']]);
  });
  it('puts derived parts under the schema field of that role, whatever its name', () => {
    const t = table('a.csv', ['name', 'fname'], [['Ann Lee', '']]);
    const { records } = validateAndNormalize([t], schemaFor([t], [f('name', 'full_name'), f('fname', 'first_name')]), registries(...ALL), { today: TODAY });
    expect(records[0]!.values).toEqual({ name: 'Ann Lee', fname: 'Ann', last_name: 'Lee' });
  });
  it('uses the column date order and the source region', () => {
    const a = table('eu.csv', ['dob', 'phone'], [['02/01/1990', '020 7946 0958']]);
    const b = table('us.csv', ['dob', 'phone'], [['02/01/1990', '(415) 555-0132']]);
    const schema = schemaFor([a, b], [f('dob'), f('phone')], { region: { 'eu.csv': 'GB' } });
    schema.sources[0]!.columns[0]!.dateOrder = 'DMY';
    schema.sources[1]!.columns[0]!.dateOrder = 'MDY';
    const { records } = validateAndNormalize([a, b], schema, registries(...ALL), { today: TODAY });
    expect(records.map((r) => r.values)).toEqual([
      { dob: '1990-01-02', phone: 'GB:02079460958' },
      { dob: '1990-02-01', phone: 'US:4155550132' },
    ]);
  });
  it('applies an email typo fix only with fixTypos, and re-derives keys from the fix', () => {
    const t = table('a.csv', ['email'], [['Jo.Ann@GMIAL.com']]);
    const plain = validateAndNormalize([t], schemaFor([t], [f('email')]), registries(...ALL), { today: TODAY });
    expect(plain.records[0]!.values.email).toBe('jo.ann@gmial.com');
    expect(codesOf(plain.diagnostics)).toEqual(['email.domain_typo']);
    const fixing = validateAndNormalize([t], schemaFor([t], [f('email', 'email', [{ id: 'email', options: { fixTypos: true } }])]), registries(...ALL), { today: TODAY });
    expect(fixing.records[0]!.values.email).toBe('jo.ann@gmail.com');
    expect(fixing.records[0]!.keys['email.match']).toBe('joann@gmailcom');
    expect(fixing.fields[0]!.changed).toBe(1);
  });

  it('a value reached by a fix does not let a later equal cell skip the raw rules', () => {
    // A pure raw rule that rejects exactly the value the typo fix produces.
    const regs = registries(...ALL);
    regs.rules.register({
      kind: 'field',
      id: 'no-jane',
      description: 'test rule',
      roles: 'any',
      byDefault: false,
      phase: 'raw',
      pure: true,
      defaultSeverity: 'error',
      check: (value: string) => (value === 'jane@gmail.com' ? [{ code: 'test.no_jane', message: 'no' }] : []),
    });
    const t = table('a.csv', ['email'], [['jane@gmial.com'], ['jane@gmail.com']]);
    const rules = [{ id: 'no-jane' }, { id: 'email', options: { fixTypos: true } }];
    const out = validateAndNormalize([t], schemaFor([t], [f('email', 'email', rules)]), regs, { today: TODAY });
    expect(out.records[0]!.values.email).toBe('jane@gmail.com');
    expect(codesOf(out.diagnostics.filter((d) => d.row === 2))).toContain('test.no_jane');
  });
});

describe('actions and severities', () => {
  const t = table('a.csv', ['email', 'code'], [
    ['a.b@c.com', 'C-12'],
    ['d.e@f.com', 'C-12345'],
  ]);
  const run = (ref: Record<string, unknown>) =>
    validateAndNormalize([t], schemaFor([t], [f('email'), f('code', 'text', [{ id: 'pattern', options: { pattern: 'C-\\d{5}' }, ...ref }])]), registries(...ALL), { today: TODAY });

  it('nulls an invalid value by default, keeping it raw and in the diagnostic', () => {
    const out = run({});
    expect(out.records[0]!.values.code).toBeUndefined();
    expect(out.records[0]!.raw.code).toBe('C-12');
    expect(out.records[0]!.codes).toEqual(['pattern.mismatch']);
    expect(out.diagnostics).toEqual([{ source: 'a.csv', row: 1, field: 'code', code: 'pattern.mismatch', severity: 'error', message: expect.any(String), value: 'C-12' }]);
    expect(out.records[1]!.values.code).toBe('C-12345');
  });
  it('keeps the value with action keep', () => {
    const out = run({ action: 'keep' });
    expect(out.records[0]!.values.code).toBe('C-12');
    expect(out.records[0]!.codes).toEqual(['pattern.mismatch']);
  });
  it('quarantines the row with action quarantine', () => {
    const out = run({ action: 'quarantine' });
    expect(out.records.map((r) => r.quarantine)).toEqual([['pattern.mismatch'], []]);
  });
  it('downgrades to a warning from the config: value kept, no error code', () => {
    const out = run({ severity: 'warning' });
    expect(out.records[0]!.values.code).toBe('C-12');
    expect(out.records[0]!.codes).toEqual([]);
    expect(out.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });
  it('nulls a value its normalizer rejects, with the normalizer code', () => {
    const p = table('a.csv', ['phone', 'email'], [['555-12', 'a.b@c.com']]);
    const out = validateAndNormalize([p], schemaFor([p], [f('phone'), f('email')]), registries(...ALL), { today: TODAY });
    expect(out.records[0]!.values).toEqual({ email: 'a.b@c.com' });
    expect(out.records[0]!.codes).toEqual(['phone.too_short']);
  });
  it.each([
    ['warning', 'warning', []],
    ['error', 'error', ['phone.too_short']],
  ])("gives the normalizer's findings the config's severity (%s)", (severity, reported, codes) => {
    const p = table('a.csv', ['phone', 'email'], [['555-12', 'a.b@c.com']]);
    const schema = schemaFor([p], [f('phone', 'phone', [{ id: 'phone', severity: severity as 'warning' | 'error' }]), f('email')]);
    const out = validateAndNormalize([p], schema, registries(...ALL), { today: TODAY });
    expect(out.diagnostics.filter((d) => d.field === 'phone').map((d) => [d.code, d.severity])).toEqual([['phone.too_short', reported]]);
    expect(out.records[0]!.codes).toEqual(codes);
    // A number that cannot be read has no canonical form to keep, whatever the severity.
    expect(out.records[0]!.values.phone).toBeUndefined();
    expect(out.records[0]!.raw.phone).toBe('555-12');
  });
  it.each([
    ['email', 'dob'],
    ['ssn', 'phone'],
    // a normalizer alone (no rule of that id): it would null every value of another role
    ['phone', 'email'],
    ['phone', 'dob'],
  ])('refuses the %s rule on a %s field (config.rule_wrong_role)', (rule, role) => {
    const p = table('a.csv', ['x'], [['1']]);
    const schema = schemaFor([p], [f('x', role as 'dob', [{ id: rule }])], { columns: { x: { field: 'x', role: role as 'dob' } } });
    expect(() => validateAndNormalize([p], schema, registries(...ALL), { today: TODAY })).toThrow(expect.objectContaining({ code: 'config.rule_wrong_role' }));
  });
  it.each([
    ['email', 'email', { fixTypo: true }, 'unknown option "fixTypo"'],
    ['dob', 'dob', { maxage: 100 }, 'unknown option "maxage"'],
    ['range', 'text', { min: 'abc' }, 'min: '],
  ])('refuses bad options of the %s rule on a %s field in words (config.invalid_rule_options)', (rule, role, options, words) => {
    const p = table('a.csv', ['x'], [['1']]);
    const schema = schemaFor([p], [f('x', role as 'dob', [{ id: rule, options }])], { columns: { x: { field: 'x', role: role as 'dob' } } });
    const run = () => validateAndNormalize([p], schema, registries(...ALL), { today: TODAY });
    expect(run).toThrow(expect.objectContaining({ code: 'config.invalid_rule_options', path: `fields.x.rules.${rule}.options` }));
    expect(run).toThrow(words);
  });
  it('takes a rule id that is also a normalizer on a free-text field as the normalizer alone', () => {
    const p = table('a.csv', ['contact'], [['Ann.Lee@Shop.com']]);
    const schema = schemaFor([p], [f('contact', 'text', [{ id: 'email' }])], { columns: { contact: { field: 'contact', role: 'text' } } });
    const out = validateAndNormalize([p], schema, registries(...ALL), { today: TODAY });
    expect(out.records[0]!.values.contact).toBe('ann.lee@shop.com');
  });
  it("makes a normalizer's warnings errors only when the config names the normalizer alone", () => {
    const withWarning = (n: NormalizerDefinition, code: string): NormalizerDefinition => ({
      ...n,
      normalize: (value, context) => ({ ...n.normalize(value.split(';')[0]!, context), issues: [{ code, severity: 'warning', message: 'several' }] }),
    });
    const p = table('a.csv', ['phone', 'email'], [['415-555-2671; 415-555-2672', 'a.b@c.com; d@e.com']]);
    // phone names only the normalizer; email is a rule's id as well, and the rule is what it sets.
    const schema = schemaFor([p], [f('phone', 'phone', [{ id: 'phone', severity: 'error' }]), f('email', 'email', [{ id: 'email', severity: 'error' }])]);
    const out = validateAndNormalize([p], schema, registries(withWarning(digitsPhone, 'phone.multiple'), withWarning(lowerEmail, 'email.multiple')), { today: TODAY });
    expect(out.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['phone.multiple', 'error'],
      ['email.multiple', 'warning'],
    ]);
    expect(out.records[0]!.values.email).toBe('a.b@c.com');
  });
  it('lets the config keep unidentifiable rows', () => {
    const p = table('a.csv', ['city'], [['Boston']]);
    const schema = schemaFor([p], [f('city')]);
    expect(validateAndNormalize([p], schema, registries(...ALL), { today: TODAY }).records[0]!.quarantine).toEqual(['row.unidentifiable']);
    const kept = validateAndNormalize([p], schema, registries(...ALL), { today: TODAY, recordRules: [{ id: 'row.identifiable', action: 'keep' }] });
    expect(kept.records[0]!.quarantine).toEqual([]);
    expect(kept.records[0]!.codes).toEqual(['row.unidentifiable']);
  });
});

describe('run-level rules', () => {
  it('flags and nulls repeats of a unique field across sources, after junk screening', () => {
    const a = table('a.csv', ['customer_id', 'email'], [['C1', 'a.a@x.com'], ['C2', 'b.b@x.com'], ['n/a', 'c.c@x.com']]);
    const b = table('b.csv', ['customer_id', 'email'], [['C1', 'd.d@x.com'], ['N/A', 'e.e@x.com']]);
    const out = validateAndNormalize([a, b], schemaFor([a, b], [f('customer_id', 'id', [{ id: 'unique' }]), f('email')]), registries(...ALL), { today: TODAY });
    expect(out.diagnostics.map((d) => [d.source, d.row, d.code])).toEqual([
      ['a.csv', 3, 'junk.placeholder'],
      ['b.csv', 1, 'unique.duplicate'],
      ['b.csv', 2, 'junk.placeholder'],
    ]);
    expect(out.records.map((r) => r.values.customer_id)).toEqual(['C1', 'C2', undefined, undefined, undefined]);
  });
  it('reports required.missing for empty, junk, invalid and unmapped values', () => {
    const a = table('a.csv', ['email', 'phone'], [['a.b@c.com', ''], ['a.c@c.com', 'unknown'], ['a.d@c.com', '12'], ['a.e@c.com', '4155550132']]);
    const b = table('b.csv', ['email'], [['x.y@z.com']]);
    const out = validateAndNormalize([a, b], schemaFor([a, b], [f('email'), f('phone', 'phone', [{ id: 'required', action: 'quarantine' }])]), registries(...ALL), { today: TODAY });
    expect(out.records.map((r) => r.quarantine)).toEqual([['required.missing'], ['required.missing'], ['required.missing'], [], ['required.missing']]);
  });
});

describe('columns and masking', () => {
  it('maps by column position, ignores unmapped columns, and tolerates ragged rows', () => {
    const t = table('a.csv', ['notes', 'last_name', 'first_name', 'notes'], [['x', 'Lee', 'Ann', 'y'], ['z', 'Wu']]);
    const out = validateAndNormalize([t], schemaFor([t], [f('first_name'), f('last_name')]), registries(...ALL), { today: TODAY });
    expect(out.records.map((r) => r.values)).toEqual([{ first_name: 'Ann', last_name: 'Lee' }, { last_name: 'Wu' }]);
    expect(out.records.map((r) => [r.index, r.row])).toEqual([[0, 1], [1, 2]]);
  });
  it('masks national ids in diagnostic values', () => {
    const t = table('a.csv', ['ssn', 'email'], [['666-12-6789', 'a.b@c.com']]);
    const out = validateAndNormalize([t], schemaFor([t], [f('ssn', 'national_id'), f('email')]), registries(...ALL), { today: TODAY });
    expect(out.diagnostics.map((d) => [d.code, d.value])).toEqual([['ssn.invalid_area', '***-**-6789']]);
    expect(out.records[0]!.values.ssn).toBeUndefined();
  });
  it('rejects unknown rule ids and bad options as config errors', () => {
    const t = table('a.csv', ['code'], [['x']]);
    expect(() => validateAndNormalize([t], schemaFor([t], [f('code', 'text', [{ id: 'nope' }])]), registries(...ALL))).toThrow(ConfigError);
    expect(() => validateAndNormalize([t], schemaFor([t], [f('code', 'text', [{ id: 'length', options: { min: 'a' } }])]), registries(...ALL))).toThrow(ConfigError);
  });
});

describe('normalizer cache', () => {
  function counting(): NormalizerDefinition & { calls: number } {
    const n = {
      id: 'phone',
      description: 'counts calls',
      roles: ['phone' as const],
      calls: 0,
      normalize(value: string, context: { region: string }) {
        n.calls++;
        return { value: `${context.region}:${value.replace(/\D/g, '')}` };
      },
    };
    return n;
  }
  const rows = [['415-555-0132'], ['415-555-0132'], ['(415) 555-0132'], ['415-555-0132']];

  it('normalizes a repeated raw value once per region, with correct results per region', () => {
    const n = counting();
    const a = table('us.csv', ['phone'], rows);
    const b = table('gb.csv', ['phone'], rows);
    const out = validateAndNormalize([a, b], schemaFor([a, b], [f('phone')], { region: { 'gb.csv': 'GB' } }), registries(n), { today: TODAY });
    expect(n.calls).toBe(4); // two distinct raw values × two regions
    expect(out.records.map((r) => r.values.phone)).toEqual([...Array(4).fill('US:4155550132'), ...Array(4).fill('GB:4155550132')]);
  });
  it('stays correct when the bound evicts entries', () => {
    const n = counting();
    const a = table('us.csv', ['phone'], rows);
    const out = validateAndNormalize([a], schemaFor([a], [f('phone')]), registries(n), { today: TODAY, cacheSize: 1 });
    expect(out.records.map((r) => r.values.phone)).toEqual(Array(4).fill('US:4155550132'));
    expect(n.calls).toBe(2); // two generations of one entry each: the first value survives one swap
  });
  it('switches itself off for a column of unique values, with the same results', () => {
    const n = counting();
    const unique = Array.from({ length: 25_000 }, (_, i) => [`+1 415 ${String(1_000_000 + i)}`]);
    const a = table('us.csv', ['phone'], [...unique, ...unique.slice(0, 5)]);
    const out = validateAndNormalize([a], schemaFor([a], [f('phone')]), registries(n), { today: TODAY, recordRules: [{ id: 'row.identifiable', action: 'keep' }] });
    expect(n.calls).toBe(25_005);
    expect(out.records[25_004]!.values.phone).toBe(`US:1415${1_000_004}`);
  });
});

describe('field quality', () => {
  it('counts presence, validity, completeness, distinct, changes and issues', () => {
    const t = table('a.csv', ['email', 'full_name', 'first_name'], [
      ['A.B@C.com', 'Ann Lee', ''],
      ['a.b@c.com', '', 'Bo'],
      ['test@test.com', '', ''],
      ['nope', '', ''],
      ['', 'Cy Oh', 'Cy'],
    ]);
    const out = validateAndNormalize([t], schemaFor([t], [f('email'), f('full_name'), f('first_name')]), registries(...ALL), { today: TODAY });
    const [email, , first] = out.fields;
    expect(email).toEqual({
      field: 'email', role: 'email', rows: 5, present: 4, valid: 2, filled: 2,
      completenessBefore: 0.8, completenessAfter: 0.4, validity: 0.5, distinct: 1, changed: 1,
      issues: { 'email.syntax': 1, 'junk.placeholder': 1 },
    });
    // first_name: own values on rows 2 and 5, derived on row 1.
    expect(first).toMatchObject({ present: 2, valid: 2, completenessAfter: 0.6, distinct: 3, changed: 0, issues: {} });
  });
});

describe('a copy of the header line among the rows (files joined with cat)', () => {
  const columns = ['E-mail', 'First Name', 'Last Name', 'Notes'];
  const fields = [f('email'), f('first_name'), f('last_name')];
  const mapped = {
    columns: { 'E-mail': { field: 'email', role: 'email' as const }, 'First Name': { field: 'first_name', role: 'first_name' as const }, 'Last Name': { field: 'last_name', role: 'last_name' as const } },
  };
  it.each([
    ['the header as it is', ['E-mail', 'First Name', 'Last Name', ''], true],
    ['in another case, padded', [' e-mail ', 'FIRST NAME', 'last name', ''], true],
    ['with some cells blank', ['E-mail', '', 'Last Name', ''], true],
    ['with an unmapped column holding anything', ['E-mail', 'First Name', 'Last Name', 'whatever'], true],
    ['one header cell only', ['E-mail', '', '', ''], false],
    ['a header cell beside data', ['E-mail', 'Ann', 'Last Name', ''], false],
    ['a customer', ['ann@shop.com', 'Ann', 'Lee', ''], false],
  ])('%s: quarantined as row.repeated_header = %s', (_label, cells, repeated) => {
    const t = table('joined.csv', columns, [cells as string[]]);
    const out = validateAndNormalize([t], schemaFor([t], fields, mapped), registries(...ALL), { today: TODAY });
    const record = out.records[0]!;
    expect(record.quarantine.includes('row.repeated_header')).toBe(repeated);
    if (repeated) {
      // No findings about "E-mail" not being an email: the row is never validated.
      expect(codesOf(out.diagnostics)).toEqual(['row.repeated_header']);
      expect(record.values).toEqual({});
      expect(record.raw.email).toBe((cells as string[])[0]);
      expect(out.quarantined).toBe(1);
    }
  });
  it('knows a header that reading renamed (a second Email column read as Email_2)', () => {
    const t = table('joined.csv', ['Email', 'Email_2', 'Last Name'], [['Email', 'EMAIL', 'Last Name'], ['a@shop.com', 'Email_2', 'Lee']]);
    const twoEmails = { columns: { Email: { field: 'email', role: 'email' as const }, Email_2: { field: 'email_2', role: 'email' as const }, 'Last Name': { field: 'last_name', role: 'last_name' as const } } };
    const out = validateAndNormalize([t], schemaFor([t], [f('email'), f('email_2', 'email'), f('last_name')], twoEmails), registries(...ALL), { today: TODAY });
    expect(out.records.map((r) => r.quarantine.includes('row.repeated_header'))).toEqual([true, false]);
  });
  it('leaves JSON sources alone (their keys are no header line)', () => {
    const t = { ...table('a.json', ['email', 'first_name'], [['email', 'first_name']]), format: 'json' as const };
    const out = validateAndNormalize([t], schemaFor([t], [f('email'), f('first_name')]), registries(...ALL), { today: TODAY });
    expect(out.records[0]!.quarantine).not.toContain('row.repeated_header');
  });
});
