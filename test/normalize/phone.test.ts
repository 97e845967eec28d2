import { describe, expect, it } from 'vitest';
import { phoneNormalizer } from '../../src/normalize/index.js';
import { codesOf, ctx } from './context.js';

describe('phone normalizer', () => {
  it.each([
    ['(415) 555-2671', 'US', '+14155552671', undefined],
    ['415.555.2671', 'US', '+14155552671', undefined],
    ['415-555-2671 x12', 'US', '+14155552671', '12'],
    ['415.555.2671 ext. 12', 'US', '+14155552671', '12'],
    ['(415) 555-2671 Extension 345', 'US', '+14155552671', '345'],
    ['+1 415 555 2671 #7', 'US', '+14155552671', '7'],
    ["'4155552671", 'US', '+14155552671', undefined],
    ['="4155552671"', 'US', '+14155552671', undefined],
    ['1-415-555-2671', 'US', '+14155552671', undefined],
    ['1-800-FLOWERS', 'US', '+18003569377', undefined],
    ['+44 20 7946 0958', 'US', '+442079460958', undefined],
    ['0044 20 7946 0958', 'US', '+442079460958', undefined],
    ['011 44 20 7946 0958', 'US', '+442079460958', undefined],
    ['020 7946 0958', 'GB', '+442079460958', undefined],
    ['07911 123456', 'GB', '+447911123456', undefined],
    ['+353 1 234 5678', 'US', '+35312345678', undefined],
    ['01 234 5678', 'IE', '+35312345678', undefined],
    ['020 123 4567', 'NL', '+31201234567', undefined],
    ['06 12 34 56 78', 'FR', '+33612345678', undefined],
    ['030 12345678', 'DE', '+493012345678', undefined],
    ['(02) 9876 5432', 'AU', '+61298765432', undefined],
    ['+49 (0)30 12345678', 'US', '+493012345678', undefined],
  ])('%s in %s → %s', (input, region, e164, extension) => {
    const result = phoneNormalizer.normalize(input, ctx({ region }));
    expect(codesOf(result)).toEqual([]);
    expect(result.value).toBe(e164);
    expect(result.keys?.extension).toBe(extension);
  });

  it.each([
    ['+46 70 123 45 67; +46 70 123 45 68', 'US', '+46701234567', 2],
    ['(415) 555-2671 / (415) 555-2672', 'US', '+14155552671', 2],
    ['415-555-2671, 415-555-2672, 415-555-2673', 'US', '+14155552671', 3],
    ['020 7946 0958 | 07911 123456', 'GB', '+442079460958', 2],
    // plain digits, as a JSON list of phones is joined: libphonenumber alone reads the first only
    ['6175550101; 6175550102', 'US', '+16175550101', 2],
    ['6175550101;6175550102', 'US', '+16175550101', 2],
  ])('%s in %s: several numbers → the first, %s, with phone.multiple', (input, region, e164, count) => {
    const result = phoneNormalizer.normalize(input, ctx({ region }));
    expect(result.value).toBe(e164);
    expect(codesOf(result)).toEqual(['phone.multiple']);
    expect(result.issues![0]!.severity).toBe('warning');
    expect(result.issues![0]!.message).toContain(`${count} phone numbers`);
  });

  it.each([
    ['415-555-2671; call me', 'phone.not_a_number'],
    ['12', 'phone.too_short'],
    ['415-555-26', 'phone.too_short'],
    ['4155552671234567', 'phone.too_long'],
    ['(555) 123-4567', 'phone.invalid'],
    ['+1 (123) 456-7890', 'phone.invalid'],
    ['call me', 'phone.not_a_number'],
    ['---', 'phone.not_a_number'],
    // Excel's General format on a long number: the digits past the sixth are gone
    ['4.15555E+09', 'phone.scientific_notation'],
    ['1.2345E+10', 'phone.scientific_notation'],
    ['4,15555e9', 'phone.scientific_notation'],
  ])('%s → %s', (input, code) => {
    const result = phoneNormalizer.normalize(input, ctx());
    expect(result.value).toBeNull();
    expect(codesOf(result)).toEqual([code]);
  });

  it.each([
    ['555-1234', '5551234'],
    ['555.1234 x9', '5551234'],
  ])('keeps the local digits of %s for matching', (input, local) => {
    const result = phoneNormalizer.normalize(input, ctx());
    expect(result.value).toBeNull();
    expect(result.keys?.local).toBe(local);
    expect(codesOf(result)).toEqual(['phone.local_only']);
    expect(result.issues?.[0]?.severity).toBe('warning');
  });
});

describe('phone normalizer with an unsupported region', () => {
  it('still reads international numbers', () => {
    expect(phoneNormalizer.normalize('+44 20 7946 0958', ctx({ region: 'XX' })).value).toBe('+442079460958');
    expect(codesOf(phoneNormalizer.normalize('020 7946 0958', ctx({ region: 'XX' })))).toHaveLength(1);
  });
});

// The remembered "+digits" candidate (hot path) must give exactly what the full parse gives, in
// every spelling, after a first spelling has filled the memo, and must never accept what the full
// parse rejects.
describe('phone normalizer: spellings of one number agree', () => {
  it.each([
    ['US', ['+15049133528', '504.913.3528', '(504) 913-3528', '1-504-913-3528', '15049133528', '+1 (504) 913-3528', '001 504 913 3528'], '+15049133528'],
    ['CA', ['416-555-0199', '+1 416 555 0199', '1 (416) 555-0199'], '+14165550199'],
    ['CA', ['(416) 967-1111', '+1 416 967 1111', '1 416 967 1111'], '+14169671111'],
    ['GB', ['+44 20 7946 0958', '+44 (0) 20 7946 0958', '020 7946 0958', '0044 20 7946 0958'], '+442079460958'],
    ['US', ['+49 (0)30 12345678', '+49 30 12345678', '0049 30 12345678'], '+493012345678'],
  ] as const)('in %s: %j', (region, spellings, e164) => {
    for (const input of spellings) {
      const result = phoneNormalizer.normalize(input, ctx({ region }));
      expect(result.value, input).toBe(e164);
      if (e164 !== null) expect(codesOf(result), input).toEqual([]);
    }
  });

  it.each([
    ['1504913352', 'US', 'phone.invalid'],
    ['+1 504 913 35', 'US', 'phone.too_short'],
    ['+1 5049 13 3528 9', 'US', 'phone.too_long'],
    ['+1 504 913 3528 +2', 'US', 'phone.not_a_number'],
    ['0504 913 3528', 'US', 'phone.too_long'],
  ])('%s in %s still takes the full path → %s', (input, region, code) => {
    const result = phoneNormalizer.normalize(input, ctx({ region }));
    expect(result.value).toBeNull();
    expect(codesOf(result)).toEqual([code]);
  });
});
