import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compareNatural, goldenIdFor, instantOf } from '../../src/merge/index.js';

const expectedId = (key: string, salt = ''): string =>
  'G-' + createHash('sha256').update(`${salt}\u0000${key}`).digest('hex').slice(0, 12);

describe('goldenIdFor', () => {
  it.each([
    [['a.csv:3'], 'a.csv:3'],
    [['a.csv:10', 'a.csv:9'], 'a.csv:9'],
    [['crm.csv:2', 'shop.json:1', 'crm.csv:12'], 'crm.csv:2'],
    [['shop:C-0100', 'shop:C-099'], 'shop:C-099'],
  ])('%j hashes the earliest key %s', (keys, earliest) => {
    expect(goldenIdFor(keys)).toBe(expectedId(earliest));
    expect(goldenIdFor([...keys].reverse())).toBe(expectedId(earliest));
  });

  it('has the G- + 12 hex shape and depends on the salt', () => {
    expect(goldenIdFor(['a.csv:1'])).toMatch(/^G-[0-9a-f]{12}$/);
    expect(goldenIdFor(['a.csv:1'], 'tenant-1')).toBe(expectedId('a.csv:1', 'tenant-1'));
    expect(goldenIdFor(['a.csv:1'], 'tenant-1')).not.toBe(goldenIdFor(['a.csv:1']));
  });

  it('stays the same when a later member joins', () => {
    expect(goldenIdFor(['a.csv:1', 'b.csv:7'])).toBe(goldenIdFor(['a.csv:1']));
  });

  it('refuses an empty cluster', () => {
    expect(() => goldenIdFor([])).toThrow();
  });
});

describe('compareNatural', () => {
  it.each([
    ['a.csv:9', 'a.csv:10', -1],
    ['a.csv:10', 'a.csv:9', 1],
    ['a.csv:1', 'a.csv:1', 0],
    ['a.csv:01', 'a.csv:1', 1],
    ['a.csv:5', 'b.csv:1', -1],
    ['x:123456789012345678901', 'x:123456789012345678902', -1],
    ['B.csv:1', 'a.csv:1', -1],
    ['a', 'a1', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareNatural(a, b))).toBe(sign);
  });

  // The definition, written plainly: split into non-digit / digit runs and compare run by run.
  function byRuns(a: string, b: string): number {
    if (a === b) return 0;
    const pa = a.split(/(\d+)/);
    const pb = b.split(/(\d+)/);
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      const x = pa[i]!;
      const y = pb[i]!;
      if (x === y) continue;
      if (i % 2 === 0) return x < y ? -1 : 1;
      const [vx, vy] = [x.replace(/^0+/, ''), y.replace(/^0+/, '')];
      if (vx.length !== vy.length) return vx.length - vy.length;
      if (vx !== vy) return vx < vy ? -1 : 1;
      return x.length - y.length;
    }
    return pa.length - pb.length;
  }

  it('agrees with run-by-run comparison on 20,000 random key pairs', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = ['a', 'b', ':', '.', '0', '1', '2', '9', 'é'];
    const key = () => Array.from({ length: Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let i = 0; i < 20_000; i++) {
      const a = key();
      // Half the pairs share a prefix, so the first difference falls inside runs of every kind.
      const b = next() < 0.5 ? a.slice(0, Math.floor(next() * (a.length + 1))) + key() : key();
      expect([a, b, Math.sign(compareNatural(a, b))]).toEqual([a, b, Math.sign(byRuns(a, b))]);
    }
  });
});

describe('instantOf', () => {
  it.each([
    ['2021-03-04', Date.UTC(2021, 2, 4)],
    ['2021-03-04T10:20:30', Date.UTC(2021, 2, 4, 10, 20, 30)],
    ['2021-03-04 10:20', Date.UTC(2021, 2, 4, 10, 20)],
    ['2021-03-04T10:20:30.250Z', Date.UTC(2021, 2, 4, 10, 20, 30, 250)],
    ['2021-03-04T10:20:30Z', Date.UTC(2021, 2, 4, 10, 20, 30)],
    ['2021-03-04T25:20:30Z', undefined],
    ['2021-03-04t10:20:30z', Date.UTC(2021, 2, 4, 10, 20, 30)],
    ['2021-03-04T10:20:30+02:00', Date.UTC(2021, 2, 4, 8, 20, 30)],
    ['2021-03-04T10:20:30+0200', Date.UTC(2021, 2, 4, 8, 20, 30)],
    ['2021-03-04T10:20:30-05', Date.UTC(2021, 2, 4, 15, 20, 30)],
    ['1614853230', 1614853230000],
    ['1614853230123', 1614853230123],
    ['2021-13-45', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ])('%j → %s', (value, expected) => {
    expect(instantOf(value)).toBe(expected);
  });
});
