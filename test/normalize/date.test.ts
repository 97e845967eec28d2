import { describe, expect, it } from 'vitest';
import type { DateOrder } from '../../src/core/roles.js';
import { dateNormalizer, timestampNormalizer } from '../../src/normalize/index.js';
import { parseTimestamp } from '../../src/normalize/timestamp.js';
import { codesOf, ctx } from './context.js';

describe('date normalizer', () => {
  it.each<[string, DateOrder | undefined, string, string, string[]]>([
    ['1980-01-12', undefined, 'US', '1980-01-12', []],
    ['1980/1/2', undefined, 'US', '1980-01-02', []],
    ['1980-01-12T10:00:00Z', undefined, 'US', '1980-01-12', []],
    ['19800112', 'YMD', 'US', '1980-01-12', []],
    ['19800112', undefined, 'US', '1980-01-12', []],
    ['01121980', 'MDY', 'US', '1980-01-12', []],
    ['12011980', 'DMY', 'GB', '1980-01-12', []],
    ['01/12/1980', 'MDY', 'US', '1980-01-12', []],
    ['01/12/1980', 'DMY', 'GB', '1980-12-01', []],
    ['12.01.1980', 'DMY', 'DE', '1980-01-12', []],
    ['1/2/1980 10:32 AM', 'MDY', 'US', '1980-01-02', []],
    ['13/01/1980', undefined, 'US', '1980-01-13', []],
    ['01/13/1980', undefined, 'GB', '1980-01-13', []],
    ['03/04/1980', undefined, 'US', '1980-03-04', []],
    ['03/04/1980', undefined, 'FR', '1980-04-03', []],
    ['13/01/1980', 'MDY', 'US', '1980-01-13', ['date.order_conflict']],
    ['29/02/2000', 'DMY', 'GB', '2000-02-29', []],
    ['12 Jan 1980', undefined, 'US', '1980-01-12', []],
    ['12-Jan-1980', undefined, 'US', '1980-01-12', []],
    ['January 12, 1980', undefined, 'US', '1980-01-12', []],
    ['Jan 12th, 1980', undefined, 'US', '1980-01-12', []],
    ['12 Sept 1980', undefined, 'US', '1980-09-12', []],
    ['1980 Dec 5', undefined, 'US', '1980-12-05', []],
    ['Sat, 12 Jan 1980', undefined, 'US', '1980-01-12', []],
    ['12-Jan-80', undefined, 'US', '1980-01-12', ['date.two_digit_year']],
    ['1/12/80', 'MDY', 'US', '1980-01-12', ['date.two_digit_year']],
    ['1/12/05', 'MDY', 'US', '2005-01-12', ['date.two_digit_year']],
    ['1/12/29', 'MDY', 'US', '2029-01-12', ['date.two_digit_year']],
    ['1/12/30', 'MDY', 'US', '1930-01-12', ['date.two_digit_year']],
    ['29221', undefined, 'US', '1980-01-01', ['date.excel_serial']],
    ['44927', undefined, 'US', '2023-01-01', ['date.excel_serial']],
    ['29221.75', undefined, 'US', '1980-01-01', ['date.excel_serial']],
  ])('%s (%s, %s) → %s', (input, dateOrder, region, value, codes) => {
    const result = dateNormalizer.normalize(input, ctx({ region, ...(dateOrder ? { dateOrder } : {}) }));
    expect(result.value).toBe(value);
    expect(codesOf(result)).toEqual(codes);
  });

  it.each([
    ['02/30/1980', 'MDY'],
    ['30/02/1980', 'DMY'],
    ['1900-02-29', 'YMD'],
    ['2023-13-01', 'YMD'],
    ['31/31/1980', 'DMY'],
    ['1980', 'YMD'],
    ['not a date', 'MDY'],
    ['32 Jan 1980', 'DMY'],
    ['19801312', 'YMD'],
  ] as const)('%s (%s) → date.invalid', (input, dateOrder) => {
    const result = dateNormalizer.normalize(input, ctx({ dateOrder }));
    expect(result.value).toBeNull();
    expect(codesOf(result)).toEqual(['date.invalid']);
  });

  it('keeps the best guess but warns when the column order is ambiguous', () => {
    const ambiguous = ctx({ dateOrder: 'MDY', dateOrderAmbiguous: true });
    const result = dateNormalizer.normalize('03/04/1980', ambiguous);
    expect(result.value).toBe('1980-03-04');
    expect(codesOf(result)).toEqual(['date.ambiguous']);
    // Same day and month, or a day above 12, is not ambiguous.
    expect(codesOf(dateNormalizer.normalize('04/04/1980', ambiguous))).toEqual([]);
    expect(codesOf(dateNormalizer.normalize('03/14/1980', ambiguous))).toEqual([]);
  });

  it.each([
    ['03.04.1980', '1980-04-03'],
    ['13.04.1980', '1980-04-13'],
    ['03/04/1980', '1980-03-04'],
    ['03-04-1980', '1980-03-04'],
  ])('reads dotted dates in their own order where the column says so: %s → %s', (input, value) => {
    const result = dateNormalizer.normalize(input, ctx({ dateOrder: 'MDY', dottedDateOrder: 'DMY' }));
    expect(result.value).toBe(value);
    expect(codesOf(result)).toEqual([]);
  });

  it('warns on an ambiguous dotted date only where the dotted order is a guess', () => {
    const guessed = ctx({ dateOrder: 'MDY', dottedDateOrder: 'DMY', dottedDateAmbiguous: true });
    expect(codesOf(dateNormalizer.normalize('03.05.1982', guessed))).toEqual(['date.ambiguous']);
    const proven = ctx({ dateOrder: 'DMY', dateOrderAmbiguous: true, dottedDateOrder: 'DMY' });
    expect(codesOf(dateNormalizer.normalize('03.05.1982', proven))).toEqual([]);
    expect(codesOf(dateNormalizer.normalize('03/05/1982', proven))).toEqual(['date.ambiguous']);
  });

  it('honours a configured two-digit-year pivot', () => {
    const result = dateNormalizer.normalize('1/12/25', ctx({ dateOrder: 'MDY', options: { twoDigitYearPivot: 0 } }));
    expect(result.value).toBe('1925-01-12');
  });
});

describe('timestamp normalizer', () => {
  it.each([
    ['2024-03-05T10:20:30Z', '2024-03-05T10:20:30Z'],
    ['2024-03-05T10:20:30.123Z', '2024-03-05T10:20:30Z'],
    ['2024-03-05T10:20:30+02:00', '2024-03-05T08:20:30Z'],
    ['2024-03-05T01:20:30-0500', '2024-03-05T06:20:30Z'],
    ['2024-03-05 23:30:00 -02:00', '2024-03-06T01:30:00Z'],
    ['2024-03-05 10:20:30', '2024-03-05T10:20:30Z'],
    ['2024-03-05 10:20', '2024-03-05T10:20:00Z'],
    ['2024-03-05', '2024-03-05T00:00:00Z'],
    ['3/5/2024 10:20 PM', '2024-03-05T22:20:00Z'],
    ['3/5/2024 12:05 AM', '2024-03-05T00:05:00Z'],
    ['Tue, 05 Mar 2024 10:20:30 GMT', '2024-03-05T10:20:30Z'],
    ['Tue, 05 Mar 2024 10:20:30 +0100', '2024-03-05T09:20:30Z'],
    ['1709634030', '2024-03-05T10:20:30Z'],
    ['1709634030123', '2024-03-05T10:20:30Z'],
  ])('%s → %s', (input, expected) => {
    const result = timestampNormalizer.normalize(input, ctx({ dateOrder: 'MDY' }));
    expect(result.value).toBe(expected);
    expect(codesOf(result)).toEqual([]);
  });

  it.each(['2024-02-30T10:00:00Z', '2024-03-05T25:00:00Z', '2024-03-05T10:61:00Z', 'yesterday', '3/5/2024 13:00 PM'])(
    '%s → timestamp.invalid',
    (input) => {
      const result = timestampNormalizer.normalize(input, ctx({ dateOrder: 'MDY' }));
      expect(result.value).toBeNull();
      expect(codesOf(result)).toEqual(['timestamp.invalid']);
    },
  );

  it('reads canonical UTC timestamps exactly as the general route does (20,000 random ones, valid or not)', () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const pick = (xs: readonly number[]) => xs[Math.floor(next() * xs.length)]!;
    for (let i = 0; i < 20_000; i++) {
      const year = pick([999, 1000, 1899, 1900, 1999, 2000, 2024, 2100, 9999]);
      const month = Math.floor(next() * 14); // 0 and 13 are not months
      const day = Math.floor(next() * 33);
      const time = [Math.floor(next() * 26), Math.floor(next() * 62), Math.floor(next() * 62)];
      const fraction = pick([0, 1, 3, 6]);
      const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${time.map((t) => pad(t, 2)).join(':')}${fraction ? `.${'7'.repeat(fraction)}` : ''}Z`;
      const context = ctx({ dateOrder: pick([0, 1]) ? 'MDY' : 'DMY' });
      expect([text, timestampNormalizer.normalize(text, context)]).toEqual([text, parseTimestamp(text, context)]);
    }
  });
});
