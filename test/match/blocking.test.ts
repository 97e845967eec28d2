import { describe, expect, it } from 'vitest';
import { blockPairs, defaultBlockingRules, keyFunction } from '../../src/match/block/index.js';
import { makeRecords, PERSON_FIELDS } from './records.js';

describe('block key functions', () => {
  it.each([
    ['exact', 'smith', 'smith'],
    ['metaphone', 'smith', 'SM0'],
    ['year', '1980-03-04', '1980'],
    ['year', 'unknown', undefined],
    ['first1', 'john', 'j'],
    ['first3', 'jo', undefined],
    ['token', 'acme widgets', 'acme'],
  ])('%s(%s) = %s', (fn, value, expected) => {
    expect(keyFunction(fn)!(value)).toBe(expected);
  });
  it('rejects unknown functions', () => {
    expect(keyFunction('soundex9')).toBeUndefined();
  });
});

describe('blockPairs', () => {
  const records = makeRecords([
    { first_name: 'ann', last_name: 'lee', postcode: '2000', email: 'ann@x.com' },
    { first_name: 'anne', last_name: 'lee', postcode: '2000', email: 'ann@x.com' },
    { first_name: 'bob', last_name: 'ng', postcode: '2000' },
    { first_name: 'bo', last_name: 'ng', postcode: '3000', email: 'ANN@x.com' },
  ]);

  it('a rule without keys (library use) puts every record in one block', () => {
    const c = blockPairs(records, [{ id: 'all', keys: [] }]);
    expect(c.report.rules).toEqual([{ id: 'all', pairs: 6 }]);
    expect(c.report.totalPairs).toBe(6);
  });

  it('unions rules, de-duplicates pairs and counts per rule', () => {
    const c = blockPairs(records, [
      { id: 'email', keys: ['email.match'] },
      { id: 'postcode', keys: ['postcode'] },
    ]);
    expect(c.report.rules).toEqual([
      { id: 'email', pairs: 3 },
      { id: 'postcode', pairs: 3 },
    ]);
    const pairs = Array.from(c.left, (a, k) => `${a}-${c.right[k]}`);
    expect(pairs).toEqual(['0-1', '0-2', '0-3', '1-2', '1-3']);
    expect(c.report.totalPairs).toBe(5);
    expect(Array.from(c.rulePairs[0]!).map((k) => pairs[k])).toEqual(['0-1', '0-3', '1-3']);
  });

  it('caps oversized blocks and reports the pairs dropped', () => {
    const c = blockPairs(records, [{ id: 'postcode', keys: ['postcode'] }], 2);
    expect(c.report.totalPairs).toBe(0);
    expect(c.report.capped).toEqual([{ rule: 'postcode', key: '2000', size: 3, droppedPairs: 3 }]);
  });

  it.each([
    // A rule's own cap wins over the run's: the postcode block (3 records) is capped at 2.
    [{ id: 'postcode', keys: ['postcode'], maxBlockSize: 2 }, 1000, 0, 1],
    [{ id: 'postcode', keys: ['postcode'], maxBlockSize: 3 }, 2, 3, 0],
    [{ id: 'postcode', keys: ['postcode'] }, 3, 3, 0],
  ])('rule %j with run cap %i gives %i pairs, %i capped blocks', (rule, runCap, pairs, capped) => {
    const c = blockPairs(records, [rule], runCap);
    expect(c.report.totalPairs).toBe(pairs);
    expect(c.report.capped.length).toBe(capped);
  });

  it('skips records missing any key of a rule', () => {
    const c = blockPairs(records, [{ id: 'email+postcode', keys: ['email', 'postcode'] }]);
    expect(c.report.totalPairs).toBe(1);
  });

  it('derives default rules from the roles present, never from the id role', () => {
    const ids = defaultBlockingRules(PERSON_FIELDS).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['email', 'phone', 'national_id', 'lastname_sx+dob', 'lastname_sx+postcode+first_initial', 'street_number+postcode']));
    expect(defaultBlockingRules(PERSON_FIELDS).flatMap((r) => r.keys).some((k) => k.startsWith('customer_id'))).toBe(false);
    // Rules whose blocks grow with the file's size in a crowded postcode are gone (1M rows: 2.1M+ pairs each).
    expect(ids).not.toEqual(expect.arrayContaining(['first_initial+postcode']));
    expect(defaultBlockingRules(PERSON_FIELDS).find((r) => r.id === 'firstname_sx+lastname_sx')?.maxBlockSize).toBeGreaterThan(1);
    expect(defaultBlockingRules([{ name: 'email', role: 'email' }])).toEqual([{ id: 'email', keys: ['email.match'] }]);
  });
});
