import { describe, expect, it } from 'vitest';
import { PairIds, RecordColumns } from '../../src/match/record-columns.js';
import { makeRecords } from './records.js';

describe('RecordColumns', () => {
  const records = makeRecords([
    { last_name: 'Smith', email: 'A@x.com' },
    { last_name: 'SMITH ', email: 'b@x.com' },
    { last_name: '  ', email: 'a@x.com' },
    { email: 'c@x.com' },
    { last_name: 'Jones', email: 'B@X.COM' },
  ]);
  records[0]!.keys['email.match'] = 'a@x.com';

  it.each([
    ['last_name', undefined, [0, 0, -1, -1, 1], ['smith', 'jones'], [2, 1]],
    ['email', undefined, [0, 1, 0, 2, 1], ['a@x.com', 'b@x.com', 'c@x.com'], [2, 2, 1]],
    ['email', 'email.match', [0, 1, 0, 2, 1], ['a@x.com', 'b@x.com', 'c@x.com'], [2, 2, 1]],
  ] as const)('%s (key %s): trimmed, lower-cased, interned in order of first occurrence', (field, key, ids, values, counts) => {
    const column = new RecordColumns(records).ids(field, key);
    expect([...column.ids]).toEqual(ids);
    expect(column.values).toEqual(values);
    expect([...column.counts.subarray(0, values.length)]).toEqual(counts);
    expect(column.present).toBe(counts.reduce((a, b) => a + b, 0));
  });

  it('gives the same values as strings per record', () => {
    expect(new RecordColumns(records).column('last_name')).toEqual(['smith', 'smith', undefined, undefined, 'jones']);
  });

  it('interns a mostly distinct column past the raw-text memo probe the same way', () => {
    // 30,000 records, values distinct but for case: the raw memo is dropped at 10,000 records.
    const many = makeRecords(Array.from({ length: 30_000 }, (_, i) => ({ email: i % 2 === 0 ? `U${i >> 1}@X.COM` : `u${i >> 1}@x.com` })));
    const column = new RecordColumns(many).ids('email');
    expect(column.values.length).toBe(15_000);
    for (const r of [0, 1, 19_998, 19_999, 29_999]) expect(column.values[column.ids[r]!]).toBe(`u${r >> 1}@x.com`);
    expect(column.counts[column.ids[25_000]!]).toBe(2);
  });
});

describe('PairIds', () => {
  it.each([
    [[[0, 0], [0, 1], [0, 0], [1, 0], [0, -1], [0, 1]], [0, 1, 0, 2, 3, 1]],
    [[[5, 7], [7, 5], [5, 7]], [0, 1, 0]],
  ])('pairs %j get ids %j', (pairs, expected) => {
    const table = new PairIds();
    expect(pairs.map(([a, b]) => table.id(a!, b!))).toEqual(expected);
  });

  it('keeps every id through growth (100,000 pairs)', () => {
    const table = new PairIds(16);
    for (let i = 0; i < 100_000; i++) expect(table.id(i % 317, Math.floor(i / 317))).toBe(i);
    for (let i = 0; i < 100_000; i += 997) expect(table.id(i % 317, Math.floor(i / 317))).toBe(i);
    expect(table.size).toBe(100_000);
    expect(table.pairs.slice(2 * 400, 2 * 400 + 2)).toEqual([400 % 317, 1]);
  });
});
