import { describe, expect, it } from 'vitest';
import { buildSchema, dateShape, inferDateOrder } from '../../src/schema/index.js';
import { column, table } from './table.js';

describe('dateShape', () => {
  it.each([
    ['1980-03-04', 'ymd'],
    ['1980/3/4', 'ymd'],
    ['2021-03-04T10:11:12Z', 'ymd'],
    ['19800304', 'compact'],
    ['03/04/1980', 'numeric'],
    ['3.4.80', 'numeric'],
    ['13-04-1980', 'numeric'],
    ['4 Mar 1980', 'text'],
    ['March 4, 1980', 'text'],
  ])('%s is %s', (value, shape) => {
    expect(dateShape(value)?.shape).toBe(shape);
  });

  it.each(['20201399', '12345678', '13/13/2020', '1980-13-01', 'tomorrow', '555-1234'])('%s is not a date', (value) => {
    expect(dateShape(value)).toBeUndefined();
  });
});

describe('inferDateOrder', () => {
  it.each([
    ['a first part above 12 proves DMY', ['01/02/1980', '25/12/1990'], 'DMY', false],
    ['a second part above 12 proves MDY', ['01/02/1980', '12/25/1990'], 'MDY', false],
    ['YYYYMMDD is YMD', ['19081209', '19990219'], 'YMD', false],
    ['ISO is YMD', ['1980-02-01', '1990-12-25'], 'YMD', false],
    ['ISO beside decided slash dates follows the slash dates', ['1980-02-01', '25/12/1990'], 'DMY', false],
    ['nothing decides', ['01/02/1980', '03/04/1990', '12/12/2000'], undefined, true],
  ])('%s', (_name, values, order, ambiguous) => {
    const evidence = inferDateOrder(values);
    expect(evidence.order).toBe(order);
    expect(evidence.ambiguous).toBe(ambiguous);
  });

  it('counts proofs for both orders in a mixed column', () => {
    expect(inferDateOrder(['13/01/2000', '14/01/2000', '01/13/2000'])).toMatchObject({ order: 'DMY', dmyProofs: 2, mdyProofs: 1 });
  });

  it.each([
    // [values, order, dottedOrder, guess]: dotted dates are counted apart from slashed ones
    [['04/13/1980', '13.04.1980', '03.04.1980'], 'MDY', 'DMY', undefined],
    [['04/13/1980', '03.04.1980'], 'MDY', 'DMY', undefined], // undecided dots: day-first by convention
    [['04/13/1980', '04.13.1980'], 'MDY', 'MDY', undefined], // dots that prove month-first are read so
    [['13/04/1980', '03.04.1980'], 'DMY', 'DMY', undefined],
    [['13.04.1980', '03.04.1980'], 'DMY', undefined, undefined], // dots alone decide the column
    [['03.04.1980', '05.06.1990'], undefined, undefined, 'DMY'], // dots alone, undecided: the convention's guess
  ] as const)('%j → %s, dotted %s', (values, order, dottedOrder, guess) => {
    const evidence = inferDateOrder(values);
    expect(evidence.order).toBe(order);
    expect(evidence.dottedOrder).toBe(dottedOrder);
    expect(evidence.guess).toBe(guess);
  });
});

describe('date order in the schema', () => {
  const undecided = ['01/02/1980', '03/04/1990', '05/06/1970', '07/08/1960', '09/10/1950'];

  it('an undecided column in a US source defaults to MDY and is reported', () => {
    const t = table('us.csv', ['DOB', 'State'], undecided.map((d) => [d, 'TX']));
    const { schema, diagnostics } = buildSchema([t]);
    expect(schema.sources[0]!.region).toBe('US');
    expect(schema.sources[0]!.columns[0]).toMatchObject({ dateOrder: 'MDY', dateOrderAmbiguous: true });
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'schema.date_order_ambiguous', source: 'us.csv', field: 'dob' }));
  });

  it('an undecided column in an AU source defaults to DMY', () => {
    const t = table('au.csv', ['DOB', 'State'], undecided.map((d) => [d, 'NSW']));
    const { schema } = buildSchema([t]);
    expect(schema.sources[0]!.columns[0]).toMatchObject({ dateOrder: 'DMY', dateOrderAmbiguous: true });
  });

  it('the one deciding value may be the last row', () => {
    const values = [...Array.from({ length: 2000 }, () => '01/02/1980'), '02/28/1980'];
    const { schema } = buildSchema([column('Birthdate', values)]);
    expect(schema.sources[0]!.columns[0]).toMatchObject({ dateOrder: 'MDY' });
    expect(schema.sources[0]!.columns[0]!.dateOrderAmbiguous).toBeUndefined();
  });

  it('a column of month-first slashed dates and day-first dotted ones reads each its own way', () => {
    const t = table('us.csv', ['DOB', 'State'], [['04/13/1980', 'TX'], ['13.04.1980', 'TX'], ['03.04.1980', 'TX']]);
    const { schema, diagnostics } = buildSchema([t]);
    expect(schema.sources[0]!.columns[0]).toMatchObject({ dateOrder: 'MDY', dottedDateOrder: 'DMY' });
    expect(diagnostics.map((d) => d.code)).toContain('schema.date_order_by_separator');
    expect(diagnostics.map((d) => d.code)).not.toContain('schema.date_order_mixed');
  });

  it.each([
    // [values, region, column mapping expected]
    [['03/04/1980', '05/06/1981', '13.04.1980', '03.05.1982'], 'GB', { dateOrder: 'DMY', dateOrderAmbiguous: true, dottedDateOrder: 'DMY' }],
    [['04/13/1980', '03.05.1982'], 'US', { dateOrder: 'MDY', dottedDateOrder: 'DMY', dottedDateAmbiguous: true }],
  ] as const)('dotted dates proven or guessed apart from the others: %j (%s)', (values, region, expected) => {
    const t = table('a.csv', ['DOB', 'Country'], values.map((d) => [d, region]));
    const { schema } = buildSchema([t], { version: 1, sources: [{ path: 'a.csv', region }] });
    expect(schema.sources[0]!.columns[0]).toMatchObject(expected);
    if (!('dottedDateAmbiguous' in expected)) expect(schema.sources[0]!.columns[0]!.dottedDateAmbiguous).toBeUndefined();
  });

  it('an undecided column of dotted dates in a US source assumes day-first and is reported', () => {
    const t = table('us.csv', ['DOB', 'State'], [['03.04.1980', 'TX'], ['05.06.1990', 'TX']]);
    const { schema, diagnostics } = buildSchema([t]);
    expect(schema.sources[0]!.columns[0]).toMatchObject({ dateOrder: 'DMY', dateOrderAmbiguous: true });
    expect(diagnostics.find((d) => d.code === 'schema.date_order_ambiguous')?.message).toMatch(/dotted dates are day-first/);
  });

  it('a mixed column is reported', () => {
    const { diagnostics } = buildSchema([column('DOB', ['13/01/2000', '14/01/2000', '01/13/2000'])]);
    expect(diagnostics.map((d) => d.code)).toContain('schema.date_order_mixed');
  });

  it("a source's configured order settles undecided columns, and proven values win over it", () => {
    const config = {
      version: 1 as const,
      sources: [
        { path: 'a.csv', dateOrder: 'DMY' as const },
        { path: 'b.csv', dateOrder: 'DMY' as const },
      ],
    };
    const a = table('a.csv', ['dob'], undecided.map((d) => [d]));
    const b = table('b.csv', ['dob'], [['12/25/1990'], ['01/02/1980']]);
    const { schema, diagnostics } = buildSchema([a, b], config);
    expect(schema.sources[0]!.columns[0]).toMatchObject({ dateOrder: 'DMY' });
    expect(schema.sources[0]!.columns[0]!.dateOrderAmbiguous).toBeUndefined();
    expect(schema.sources[1]!.columns[0]).toMatchObject({ dateOrder: 'MDY' });
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'schema.date_order_conflict', source: 'b.csv' }));
  });
});
