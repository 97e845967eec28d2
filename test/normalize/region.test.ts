import { describe, expect, it } from 'vitest';
import { countryNormalizer, postcodeNormalizer, stateNormalizer } from '../../src/normalize/index.js';
import { ISO_COUNTRIES } from '../../src/reference/index.js';
import { codesOf, ctx } from './context.js';

describe('state normalizer', () => {
  it.each([
    ['California', 'US', 'CA'],
    ['calif.', 'US', 'CA'],
    ['CA', 'US', 'CA'],
    ['ny', 'US', 'NY'],
    ['N.Y.', 'US', 'NY'],
    ['new  york', 'US', 'NY'],
    ['District of Columbia', 'US', 'DC'],
    ['Washington D.C.', 'US', 'DC'],
    ['Penna.', 'US', 'PA'],
    ['W. Va.', 'US', 'WV'],
    ['Québec', 'CA', 'QC'],
    ['PQ', 'CA', 'QC'],
    ['british columbia', 'CA', 'BC'],
    ['Nfld', 'CA', 'NL'],
    ['New South Wales', 'AU', 'NSW'],
    ['nsw', 'AU', 'NSW'],
    ['Qld', 'AU', 'QLD'],
    ['WA', 'AU', 'WA'],
    ['Ontario', 'US', 'ON'],
  ])('%s in %s → %s', (input, region, code) => {
    const result = stateNormalizer.normalize(input, ctx({ region }));
    expect(result.value).toBe(code);
    expect(codesOf(result)).toEqual([]);
  });

  it.each([
    ['Narnia', 'US', 'NARNIA'],
    ['XX', 'CA', 'XX'],
  ])('unknown %s in %s → %s with state.unknown', (input, region, value) => {
    const result = stateNormalizer.normalize(input, ctx({ region }));
    expect(result.value).toBe(value);
    expect(codesOf(result)).toEqual(['state.unknown']);
  });

  it('only cleans where no table exists', () => {
    const result = stateNormalizer.normalize('Bayern ', ctx({ region: 'DE' }));
    expect(result.value).toBe('Bayern');
    expect(codesOf(result)).toEqual([]);
  });
});

describe('country normalizer', () => {
  it.each([
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['United States of America', 'US'],
    ['united states', 'US'],
    ['us', 'US'],
    ['U.K.', 'GB'],
    ['UK', 'GB'],
    ['England', 'GB'],
    ['Great Britain', 'GB'],
    ['GBR', 'GB'],
    ['Deutschland', 'DE'],
    ['Germany', 'DE'],
    ['DEU', 'DE'],
    ['The Netherlands', 'NL'],
    ['Holland', 'NL'],
    ['España', 'ES'],
    ['Côte d\u2019Ivoire', 'CI'],
    ["Cote d'Ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['South Korea', 'KR'],
    ['Korea, Republic of', 'KR'],
    ['Bosnia & Herzegovina', 'BA'],
    ['Trinidad and Tobago', 'TT'],
    ['St. Lucia', 'LC'],
    ['Éire', 'IE'],
    ['Czech Republic', 'CZ'],
    ['Türkiye', 'TR'],
  ])('%s → %s', (input, code) => {
    const result = countryNormalizer.normalize(input, ctx());
    expect(result.value).toBe(code);
    expect(codesOf(result)).toEqual([]);
  });

  it.each(['Narnia', 'XX', 'Europe'])('%s → country.unknown', (input) => {
    const result = countryNormalizer.normalize(input, ctx());
    expect(result.value).toBeNull();
    expect(codesOf(result)).toEqual(['country.unknown']);
  });

  it('maps every ISO alpha-2, alpha-3 and name to itself', () => {
    expect(ISO_COUNTRIES.length).toBe(249);
    for (const [alpha2, alpha3, name] of ISO_COUNTRIES) {
      expect(countryNormalizer.normalize(alpha2, ctx()).value).toBe(alpha2);
      expect(countryNormalizer.normalize(alpha3, ctx()).value).toBe(alpha2);
      expect(countryNormalizer.normalize(name, ctx()).value).toBe(alpha2);
    }
  });
});

describe('postcode normalizer', () => {
  it.each<[string, string, string, string | undefined, string[]]>([
    ['60302', 'US', '60302', undefined, []],
    ['12345-6789', 'US', '12345', '6789', []],
    ['12345 6789', 'US', '12345', '6789', []],
    ['123456789', 'US', '12345', '6789', []],
    ['2134', 'US', '02134', undefined, ['postcode.leading_zero_restored']],
    ['2134-1234', 'US', '02134', '1234', ['postcode.leading_zero_restored']],
    ['21341234', 'US', '02134', '1234', ['postcode.leading_zero_restored']],
    ['501', 'US', '00501', undefined, ['postcode.leading_zero_restored']],
    ['60302.0', 'US', '60302', undefined, []],
    // a spreadsheet's marks for keeping the leading zero
    ['="02134"', 'US', '02134', undefined, []],
    ["'02134", 'US', '02134', undefined, []],
    ['sw1a1aa', 'GB', 'SW1A 1AA', undefined, []],
    ['SW1A  1AA', 'GB', 'SW1A 1AA', undefined, []],
    ['m1 1ae', 'GB', 'M1 1AE', undefined, []],
    ['EC1A1BB', 'GB', 'EC1A 1BB', undefined, []],
    ['K1A0B1', 'CA', 'K1A 0B1', undefined, []],
    ['k1a-0b1', 'CA', 'K1A 0B1', undefined, []],
    ['2000', 'AU', '2000', undefined, []],
    ['800', 'AU', '0800', undefined, ['postcode.leading_zero_restored']],
    ['10115', 'DE', '10115', undefined, []],
    ['1067', 'DE', '01067', undefined, ['postcode.leading_zero_restored']],
    ['75008', 'FR', '75008', undefined, []],
    ['1012ab', 'NL', '1012 AB', undefined, []],
    ['100-0001', 'JP', '100-0001', undefined, []],
  ])('%s in %s → %s', (input, region, value, plus4, codes) => {
    const result = postcodeNormalizer.normalize(input, ctx({ region }));
    expect(result.value).toBe(value);
    expect(result.keys?.plus4).toBe(plus4);
    expect(codesOf(result)).toEqual(codes);
  });

  it.each([
    ['1234567', 'US'],
    ['ABCDE', 'US'],
    ['12', 'US'],
    ['12345', 'GB'],
    ['D1A 0B1', 'CA'],
    ['20000', 'AU'],
    ['123', 'FR'],
    ['123456', 'DE'],
  ])('%s in %s → postcode.invalid', (input, region) => {
    const result = postcodeNormalizer.normalize(input, ctx({ region }));
    expect(result.value).toBeNull();
    expect(codesOf(result)).toEqual(['postcode.invalid']);
  });
});

describe('postcode normalizer: a distinctive foreign postcode', () => {
  it.each([
    ['LS1 6FG', 'US', 'LS1 6FG', 'GB'],
    ['v6b7c3', 'US', 'V6B 7C3', 'CA'],
    ['1012 ab', 'US', '1012 AB', 'NL'],
    ['SW1A1AA', 'CA', 'SW1A 1AA', 'GB'],
  ])('%s in a %s file → %s, taken as %s', (input, region, value, country) => {
    const result = postcodeNormalizer.normalize(input, ctx({ region }));
    expect(result.value).toBe(value);
    expect(result.derived?.country).toBe(country);
    expect(codesOf(result)).toEqual(['postcode.other_country']);
  });
});
