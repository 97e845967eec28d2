import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import type { CustomerRecord, FieldDef } from '../../src/core/record.js';
import type { Role } from '../../src/core/roles.js';
import { createSurvivorshipRegistry, goldenIdFor, mergeClusters, survivorshipPlan, type GoldenRecord, type MergeOptions } from '../../src/merge/index.js';

const field = (name: string, role: Role, extra: Partial<FieldDef> = {}): FieldDef => ({ name, role, ...extra });

const FIELDS: FieldDef[] = [
  field('id', 'id'),
  field('title', 'title'),
  field('first_name', 'first_name'),
  field('middle_name', 'middle_name'),
  field('last_name', 'last_name'),
  field('suffix', 'suffix'),
  field('email', 'email'),
  field('phone', 'phone'),
  field('phone_2', 'phone'),
  field('street_number', 'street_number'),
  field('street', 'street'),
  field('city', 'city'),
  field('state', 'state'),
  field('postcode', 'postcode'),
  field('country', 'country'),
  field('dob', 'dob'),
  field('gender', 'gender'),
  field('consent_email', 'consent'),
  field('updated', 'timestamp'),
  field('created', 'timestamp'),
];

let nextIndex = 0;
function rec(source: string, row: number, values: Record<string, string>, extra: Partial<CustomerRecord> = {}): CustomerRecord {
  return { index: nextIndex++, source, row, raw: { ...values }, values, keys: {}, codes: [], quarantine: [], ...extra };
}

const keyOf = (r: { source: string; row: number }): string => `${r.source}:${r.row}`;
const baseOptions = (): MergeOptions => ({
  registry: createSurvivorshipRegistry(),
  idOf: (members) => goldenIdFor(members.map(keyOf)),
});

/** Merges records that are all one cluster and returns its golden record. */
function mergeOne(records: CustomerRecord[], options: Partial<MergeOptions> = {}, fields = FIELDS): GoldenRecord {
  const golden = mergeClusters(records, records.map(() => 0), fields, { ...baseOptions(), ...options });
  expect(golden).toHaveLength(1);
  return golden[0]!;
}

const pick = (g: GoldenRecord, names: string[]): Record<string, string | undefined> => Object.fromEntries(names.map((n) => [n, g.values[n]]));
const NAME = ['title', 'first_name', 'middle_name', 'last_name', 'suffix'];
const ADDRESS = ['street_number', 'street', 'city', 'state', 'postcode', 'country'];

describe('name parts survive together', () => {
  const records = () => {
    nextIndex = 0;
    return [
      rec('crm.csv', 1, { first_name: 'John', last_name: 'Smith', gender: 'M' }),
      rec('shop.csv', 4, { title: 'Dr', first_name: 'Johnny', middle_name: 'Q', last_name: 'Smyth', suffix: 'Jr', email: 'j@x.com', dob: '1980-01-02' }),
      rec('web.csv', 2, { first_name: 'John', last_name: 'Smith' }),
    ];
  };

  it('most frequent full name wins, with none of the others parts', () => {
    const g = mergeOne(records());
    expect(pick(g, NAME)).toEqual({ title: undefined, first_name: 'John', middle_name: undefined, last_name: 'Smith', suffix: undefined });
    expect(g.provenance.first_name).toEqual(g.provenance.last_name);
  });

  it.each([
    {
      name: 'the chosen name more completely written by another member: that member',
      members: [{ first_name: 'Jane', last_name: "O'Neil" }, { title: 'Dr', first_name: 'Jane', last_name: "O'Neil" }, { first_name: 'Jane', last_name: "O'Neil" }],
      expected: { title: 'Dr', first_name: 'Jane', middle_name: undefined, last_name: "O'Neil", suffix: undefined },
      row: 2,
    },
    {
      name: 'the completest of several that extend it',
      members: [{ first_name: 'Jane', last_name: 'Ng' }, { first_name: 'Jane', last_name: 'Ng' }, { first_name: 'Jane', middle_name: 'B', last_name: 'Ng' }, { title: 'Ms', first_name: 'Jane', middle_name: 'B', last_name: 'Ng' }],
      expected: { title: 'Ms', first_name: 'Jane', middle_name: 'B', last_name: 'Ng', suffix: undefined },
      row: 4,
    },
    {
      name: 'a fuller name that differs on a part is another spelling: not taken',
      members: [{ first_name: 'Jane', last_name: 'Ng' }, { first_name: 'Jane', last_name: 'Ng' }, { title: 'Dr', first_name: 'Janet', last_name: 'Ng' }],
      expected: { title: undefined, first_name: 'Jane', middle_name: undefined, last_name: 'Ng', suffix: undefined },
      row: 1,
    },
  ])('$name', ({ members, expected, row }) => {
    nextIndex = 0;
    const g = mergeOne(members.map((values, i) => rec('a.csv', i + 1, values)));
    expect(pick(g, NAME)).toEqual(expected);
    for (const part of NAME) if (g.values[part]) expect(g.provenance[part]).toEqual({ source: 'a.csv', row });
  });

  it('a configured strategy on one part moves every part', () => {
    const g = mergeOne(records(), { survivorship: { last_name: 'most_complete' } });
    expect(pick(g, NAME)).toEqual({ title: 'Dr', first_name: 'Johnny', middle_name: 'Q', last_name: 'Smyth', suffix: 'Jr' });
    for (const name of NAME) expect(g.provenance[name]).toEqual({ source: 'shop.csv', row: 4 });
  });

  it('a second name (`first_name_2`) is its own group', () => {
    nextIndex = 0;
    const fields = [field('first_name', 'first_name'), field('last_name', 'last_name'), field('first_name_2', 'first_name'), field('last_name_2', 'last_name')];
    const g = mergeOne(
      [
        rec('a.csv', 1, { first_name: 'Ann', last_name: 'Lee', first_name_2: 'Bo', last_name_2: 'Lee' }),
        rec('a.csv', 2, { first_name: 'Ann', last_name: 'Lee', first_name_2: 'Cy', last_name_2: 'Park' }),
        rec('a.csv', 3, { first_name: 'Anne', last_name: 'Li', first_name_2: 'Cy', last_name_2: 'Park' }),
      ],
      {},
      fields,
    );
    expect(g.values).toEqual({ first_name: 'Ann', last_name: 'Lee', first_name_2: 'Cy', last_name_2: 'Park' });
    expect(g.provenance.first_name).toEqual({ source: 'a.csv', row: 1 });
    expect(g.provenance.first_name_2).toEqual({ source: 'a.csv', row: 2 });
  });
});

describe('address parts survive together', () => {
  it.each([
    {
      name: 'most recent member moved: its partial address, nothing borrowed',
      survivorship: {} as Record<string, string>,
      expected: { street_number: undefined, street: undefined, city: 'Austin', state: 'TX', postcode: '78701', country: undefined },
      from: { source: 'b.csv', row: 1 },
    },
    {
      name: 'longest address keeps the full one from one record',
      survivorship: { street: 'longest' },
      expected: { street_number: '12', street: 'Main St', city: 'Springfield', state: 'IL', postcode: '62701', country: 'US' },
      from: { source: 'a.csv', row: 3 },
    },
  ])('$name', ({ survivorship, expected, from }) => {
    nextIndex = 0;
    const g = mergeOne(
      [
        rec('a.csv', 3, { street_number: '12', street: 'Main St', city: 'Springfield', state: 'IL', postcode: '62701', country: 'US', updated: '2019-01-01' }),
        rec('b.csv', 1, { city: 'Austin', state: 'TX', postcode: '78701', updated: '2023-06-01T12:00:00Z' }),
      ],
      { survivorship },
    );
    expect(pick(g, ADDRESS)).toEqual(expected);
    for (const part of ADDRESS) if (g.values[part]) expect(g.provenance[part]).toEqual(from);
  });
});

describe('an address more completely written', () => {
  it('replaces the chosen one when it agrees on every part the chosen one has', () => {
    nextIndex = 0;
    const g = mergeOne([
      rec('a.csv', 1, { street: 'Main St', street_number: '12', city: 'Austin', state: 'TX', postcode: '78701', updated: '2019-01-01' }),
      rec('b.csv', 1, { city: 'Austin', state: 'TX', postcode: '78701', updated: '2023-06-01T12:00:00Z' }),
    ]);
    expect(pick(g, ADDRESS)).toEqual({ street_number: '12', street: 'Main St', city: 'Austin', state: 'TX', postcode: '78701', country: undefined });
    for (const part of ADDRESS) if (g.values[part]) expect(g.provenance[part]).toEqual({ source: 'a.csv', row: 1 });
  });
});

describe('an address without its state', () => {
  it("takes the state and country a member with the same postcode and city has, and nothing else", () => {
    nextIndex = 0;
    const g = mergeOne([
      rec('crm.csv', 1, { street_number: '400', street: 'Park Ave', city: 'New York', state: 'NY', postcode: '10022', country: 'US', updated: '2019-01-01' }),
      rec('signup.csv', 1, { street_number: '400', street: 'Park Avenue South', city: 'New York', postcode: '10022', updated: '2023-06-01T12:00:00Z' }),
    ]);
    expect(pick(g, ADDRESS)).toEqual({ street_number: '400', street: 'Park Avenue South', city: 'New York', state: 'NY', postcode: '10022', country: 'US' });
    expect(g.provenance.street).toEqual({ source: 'signup.csv', row: 1 });
    expect(g.provenance.state).toEqual({ source: 'crm.csv', row: 1 });
  });

  it.each([
    ['another postcode', { postcode: '10001', city: 'New York' }],
    ['another city', { postcode: '10022', city: 'Newark' }],
  ])('borrows nothing from a member with %s', (_label, other) => {
    nextIndex = 0;
    const g = mergeOne([
      rec('crm.csv', 1, { street: 'Elm St', state: 'NJ', country: 'US', ...other, updated: '2019-01-01' }),
      rec('signup.csv', 1, { street: 'Park Ave', city: 'New York', postcode: '10022', updated: '2023-06-01T12:00:00Z' }),
    ]);
    expect(g.values.state).toBeUndefined();
    expect(g.values.country).toBeUndefined();
  });
});

describe('consent is most restrictive by default', () => {
  it.each([
    [['true', 'false', 'true'], 'false', 2],
    [['true', 'true'], 'true', 2],
    [['false', 'true'], 'false', 1],
    [['', 'true'], 'true', 2],
  ])('%j → %s (from row %i)', (consents, expected, row) => {
    nextIndex = 0;
    const records = consents.map((c, i) =>
      rec('a.csv', i + 1, c ? { consent_email: c, updated: `202${i}-01-01` } : { updated: `202${i}-01-01` }),
    );
    const g = mergeOne(records);
    expect(g.values.consent_email).toBe(expected);
    expect(g.provenance.consent_email).toEqual({ source: 'a.csv', row });
  });
});

describe('candidates', () => {
  it('invalid values never survive: only canonical values compete', () => {
    nextIndex = 0;
    const junk = rec('b.csv', 1, { updated: '2024-01-01', first_name: 'Jo' }, { raw: { email: 'n/a', phone: '000-000-0000', first_name: 'Jo', updated: '2024-01-01' } });
    const good = rec('a.csv', 1, { email: 'jo@x.com', phone: '+15551234567', updated: '2010-01-01', first_name: 'Jo' });
    const g = mergeOne([junk, good]);
    expect(g.values.email).toBe('jo@x.com');
    expect(g.values.phone).toBe('+15551234567');
    expect(g.provenance.email).toEqual({ source: 'a.csv', row: 1 });
    expect(Object.values(g.values)).not.toContain('n/a');
  });

  it('quarantined records never take part, and a cluster of only them yields nothing', () => {
    nextIndex = 0;
    const records = [
      rec('a.csv', 1, { email: 'old@x.com', updated: '2020-01-01' }),
      rec('a.csv', 2, { email: 'new@x.com', updated: '2024-01-01' }, { quarantine: ['row.too_many_errors'] }),
      rec('a.csv', 3, { email: 'q@x.com' }, { quarantine: ['email.disposable'] }),
    ];
    const golden = mergeClusters(records, [0, 0, 1], FIELDS, baseOptions());
    expect(golden).toHaveLength(1);
    expect(golden[0]!.values.email).toBe('old@x.com');
    expect(golden[0]!.members).toEqual([{ source: 'a.csv', row: 1, index: 0 }]);
  });

  it('records in no cluster (-1) are skipped; Int32Array works', () => {
    nextIndex = 0;
    const records = [rec('a.csv', 1, { email: 'a@x.com' }), rec('a.csv', 2, { email: 'b@x.com' })];
    const golden = mergeClusters(records, Int32Array.from([-1, 5]), FIELDS, baseOptions());
    expect(golden.map((g) => g.values.email)).toEqual(['b@x.com']);
  });

  it('fields with retain: false are never merged', () => {
    nextIndex = 0;
    const fields = [field('email', 'email'), field('national_id', 'national_id', { retain: false })];
    const g = mergeOne([rec('a.csv', 1, { email: 'a@x.com', national_id: '123-45-6789' })], {}, fields);
    expect(g.values).toEqual({ email: 'a@x.com' });
  });
});

describe('multi-valued roles fill distinct slots', () => {
  it.each<{ name: string; phones: Record<string, string>[]; expected: (string | undefined)[] }>([
    { name: 'second number kept', phones: [{ phone: '+1111' }, { phone: '+2222' }], expected: ['+1111', '+2222'] },
    { name: 'duplicates collapse', phones: [{ phone: '+1111' }, { phone: '+1111', phone_2: '+2222' }], expected: ['+1111', '+2222'] },
    { name: 'most frequent first', phones: [{ phone: '+1111', phone_2: '+2222' }, { phone: '+2222' }], expected: ['+2222', '+1111'] },
    { name: 'within a record, phone before phone_2', phones: [{ phone: '+3333', phone_2: '+1111' }], expected: ['+3333', '+1111'] },
    { name: 'only one value', phones: [{ phone: '+1111' }, { phone: '+1111' }], expected: ['+1111', undefined] },
  ])('$name', ({ phones, expected }) => {
    nextIndex = 0;
    const g = mergeOne(phones.map((p, i) => rec('a.csv', i + 1, p)));
    expect([g.values.phone, g.values.phone_2]).toEqual(expected);
    if (g.values.phone_2) expect(g.provenance.phone_2).toBeDefined();
  });

  it('the most recent record gives the primary email', () => {
    nextIndex = 0;
    const fields = [field('email', 'email'), field('email_2', 'email'), field('updated', 'timestamp')];
    const g = mergeOne(
      [rec('a.csv', 1, { email: 'old@x.com', updated: '2018-01-01' }), rec('a.csv', 2, { email: 'old@x.com', updated: '2019-01-01' }), rec('b.csv', 1, { email: 'new@y.com', updated: '2024-03-01' })],
      {},
      fields,
    );
    expect([g.values.email, g.values.email_2]).toEqual(['new@y.com', 'old@x.com']);
    expect(g.provenance.email).toEqual({ source: 'b.csv', row: 1 });
    expect(g.provenance.email_2).toEqual({ source: 'a.csv', row: 2 });
  });
});

describe('strategies by field', () => {
  it('timestamps keep their latest value; dob the most frequent', () => {
    nextIndex = 0;
    const g = mergeOne([
      rec('a.csv', 1, { updated: '2021-05-01T00:00:00Z', created: '2019-01-01', dob: '1980-01-02' }),
      rec('b.csv', 1, { updated: '2020-01-01', created: '2020-02-02', dob: '1980-02-01' }),
      rec('c.csv', 1, { dob: '1980-01-02' }),
    ]);
    expect(g.values.updated).toBe('2021-05-01T00:00:00Z');
    expect(g.values.created).toBe('2020-02-02');
    expect(g.provenance.created).toEqual({ source: 'b.csv', row: 1 });
    expect(g.values.dob).toBe('1980-01-02');
  });

  it('source_priority follows options.sourcePriority; options override FieldDef.survivorship', () => {
    nextIndex = 0;
    const fields = [field('gender', 'gender', { survivorship: 'most_frequent' }), field('company', 'company')];
    const records = [rec('web.csv', 1, { gender: 'F', company: 'Acme' }), rec('web.csv', 2, { gender: 'F' }), rec('erp.csv', 1, { gender: 'M', company: 'ACME Inc' })];
    const sourcePriority = { 'erp.csv': 1, 'web.csv': 2 };
    expect(mergeOne(records, { sourcePriority }, fields).values).toEqual({ gender: 'F', company: 'ACME Inc' });
    expect(mergeOne(records, { sourcePriority, survivorship: { gender: 'source_priority' } }, fields).values.gender).toBe('M');
  });

  it('recencyFields can name which fields date a record', () => {
    nextIndex = 0;
    const fields = [field('email', 'email'), field('seen', 'date'), field('updated', 'timestamp')];
    const records = [rec('a.csv', 1, { email: 'a@x.com', seen: '2024-01-01', updated: '2000-01-01' }), rec('a.csv', 2, { email: 'b@x.com', seen: '2001-01-01', updated: '2023-01-01' })];
    expect(mergeOne(records, {}, fields).values.email).toBe('b@x.com');
    expect(mergeOne(records, { recencyFields: ['seen'] }, fields).values.email).toBe('a@x.com');
  });
});

describe('golden records', () => {
  function dataset(): CustomerRecord[] {
    nextIndex = 0;
    return [
      rec('crm.csv', 1, { id: 'C1', first_name: 'Ann', last_name: 'Lee', email: 'ann@x.com', consent_email: 'true', updated: '2022-01-01' }),
      rec('crm.csv', 2, { id: 'C2', first_name: 'Bo', last_name: 'Park', phone: '+15550000001' }),
      rec('shop.json', 1, { id: 'S9', first_name: 'Ann', last_name: 'Lee', email: 'ann.lee@y.com', consent_email: 'false', city: 'Austin', updated: '2023-01-01' }),
      rec('shop.json', 2, { id: 'S10', first_name: 'Bo', last_name: 'Park', phone: '+15550000002', city: 'Reno' }),
      rec('crm.csv', 3, { first_name: 'Cy', last_name: 'Diaz' }),
    ];
  }
  const clusters = [7, 3, 7, 3, 9];

  it('carries members, provenance, source_count and source_ids', () => {
    const golden = mergeClusters(dataset(), clusters, FIELDS, baseOptions());
    expect(golden.map((g) => g.members.map(keyOf))).toEqual([['crm.csv:1', 'shop.json:1'], ['crm.csv:2', 'shop.json:2'], ['crm.csv:3']]);
    expect(golden.map((g) => g.source_count)).toEqual([2, 2, 1]);
    expect(golden[0]!.source_ids).toEqual(['crm.csv:C1', 'shop.json:S9']);
    expect(golden[2]!.source_ids).toBeUndefined();
    expect(golden[0]!.golden_id).toBe(goldenIdFor(['crm.csv:1']));
    expect(golden[0]!.values).toMatchObject({ email: 'ann.lee@y.com', consent_email: 'false', city: 'Austin' });
    expect(golden[1]!.values).toMatchObject({ phone: '+15550000001', phone_2: '+15550000002' });
  });

  it('every golden value has provenance pointing at a member holding that value', () => {
    const records = dataset();
    const golden = mergeClusters(records, clusters, FIELDS, baseOptions());
    for (const g of golden) {
      expect(Object.keys(g.provenance).sort()).toEqual(Object.keys(g.values).sort());
      for (const [name, value] of Object.entries(g.values)) {
        const { source, row } = g.provenance[name]!;
        const member = records.find((r) => r.source === source && r.row === row)!;
        expect(g.members.map(keyOf)).toContain(keyOf(member));
        expect(Object.values(member.values)).toContain(value);
      }
    }
  });

  it('is deterministic whatever order the records and cluster ids come in', () => {
    const records = dataset();
    const expected = mergeClusters(records, clusters, FIELDS, baseOptions());
    const order = [4, 2, 0, 3, 1];
    const shuffled = mergeClusters(order.map((i) => records[i]!), order.map((i) => clusters[i]! * 11), FIELDS, baseOptions());
    expect(shuffled).toEqual(expected);
    expect(JSON.stringify(mergeClusters(records, clusters, FIELDS, baseOptions()))).toBe(JSON.stringify(expected));
  });

  it('the single-member shortcut gives what the strategies would', () => {
    const records = [
      ...dataset(),
      rec('x.csv', 1, { first_name: 'Di', phone: '+15550000009', phone_2: '+15550000009', consent_email: 'false', updated: '2020-01-01' }),
      rec('x.csv', 2, { phone_2: '+15550000008', street: 'Elm St', created: '2019-05-05' }),
    ];
    const ids = [...clusters, 20, 21];
    const slow = baseOptions();
    for (const definition of slow.registry.list()) slow.registry.register({ ...definition, keepsLoneCandidate: false });
    expect(mergeClusters(records, ids, FIELDS, baseOptions())).toEqual(mergeClusters(records, ids, FIELDS, slow));
  });

  it('keeps golden ids unique when idOf repeats one', () => {
    const golden = mergeClusters(dataset(), clusters, FIELDS, { ...baseOptions(), idOf: () => 'G-master' });
    expect(golden.map((g) => g.golden_id)).toEqual(['G-master', 'G-master-2', 'G-master-3']);
  });
});

describe('errors', () => {
  const records = () => {
    nextIndex = 0;
    return [rec('a.csv', 1, { email: 'a@x.com' }), rec('a.csv', 2, { email: 'b@x.com' })];
  };
  const codeOf = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (err) {
      return err instanceof ConfigError ? `${err.code}@${err.path}` : 'other';
    }
    return undefined;
  };

  it.each([
    [{ email: 'nope' }, 'survivorship.unknown_strategy@fields.email.survivorship'],
    [{ emial: 'most_recent' }, 'survivorship.unknown_field@merge.survivorship.emial'],
    // A role no field of this run has is accepted (the next file may bring it).
    [{ middle_name: 'most_recent', phone_3: 'most_recent' }, undefined],
  ])('survivorship %j → %s', (survivorship, expected) => {
    expect(codeOf(() => mergeClusters(records(), [0, 0], FIELDS, { ...baseOptions(), survivorship }))).toBe(expected);
  });

  it.each([[5], [-2], [0.5], [Number.NaN]])('a plugin choosing %s → survivorship.invalid_choice', (bad) => {
    const options = baseOptions();
    options.registry.register({ id: 'bad', description: 'returns a bad index', choose: () => bad });
    expect(codeOf(() => mergeClusters(records(), [0, 0], FIELDS, { ...options, survivorship: { gender: 'bad', email: 'bad' } }))).toBe(
      'survivorship.invalid_choice@survivorship.bad',
    );
  });

  it('a plugin strategy can override a built-in and may choose nothing', () => {
    const options = baseOptions();
    options.registry.register({ id: 'most_restrictive', description: 'never keep consent', choose: () => -1 });
    nextIndex = 0;
    const g = mergeOne([rec('a.csv', 1, { consent_email: 'true', email: 'a@x.com' })], options);
    expect(g.values).toEqual({ email: 'a@x.com' });
  });

  it('refuses mismatched cluster ids', () => {
    expect(() => mergeClusters(records(), [0], FIELDS, baseOptions())).toThrow();
  });
});

describe('survivorshipPlan', () => {
  it('names the strategy of every merged field, group members sharing one', () => {
    const plan = survivorshipPlan([...FIELDS, field('secret', 'text', { retain: false })], { city: 'longest', consent_email: 'first_non_null' }, createSurvivorshipRegistry());
    expect(plan).toEqual({
      id: 'source_priority',
      title: 'most_frequent',
      first_name: 'most_frequent',
      middle_name: 'most_frequent',
      last_name: 'most_frequent',
      suffix: 'most_frequent',
      email: 'recent_then_frequent',
      phone: 'recent_then_frequent',
      phone_2: 'recent_then_frequent',
      street_number: 'longest',
      street: 'longest',
      city: 'longest',
      state: 'longest',
      postcode: 'longest',
      country: 'longest',
      dob: 'most_frequent',
      gender: 'most_frequent',
      consent_email: 'first_non_null',
      updated: 'most_recent',
      created: 'most_recent',
    });
  });
});
