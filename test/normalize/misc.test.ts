import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/core/roles.js';
import {
  builtinNormalizers,
  companyNormalizer,
  consentNormalizer,
  defaultNormalizerFor,
  genderNormalizer,
  idNormalizer,
  nationalIdNormalizer,
  textNormalizer,
} from '../../src/normalize/index.js';
import { codesOf, ctx } from './context.js';

describe('company normalizer', () => {
  it.each([
    ['Acme, Inc.', 'Acme, Inc.', 'acme'],
    ['ACME INC', 'ACME INC', 'acme'],
    ['Acme LLC', 'Acme LLC', 'acme'],
    ['Acme Widgets Pty. Ltd.', 'Acme Widgets Pty. Ltd.', 'acme widgets'],
    ['Müller GmbH & Co. KG', 'Müller GmbH & Co. KG', 'muller'],
    ['Société Générale S.A.', 'Société Générale S.A.', 'societe generale'],
    ['Philips N.V.', 'Philips N.V.', 'philips'],
    ['The Coca-Cola Company', 'The Coca-Cola Company', 'coca cola'],
    ["McDonald's Corp", "McDonald's Corp", 'mcdonalds'],
    ['Johnson &amp; Johnson', 'Johnson & Johnson', 'johnson and johnson'],
    ['A.B.C. Holdings  Ltd', 'A.B.C. Holdings Ltd', 'abc holdings'],
    ['eBay', 'eBay', 'ebay'],
    ['Co', 'Co', 'co'],
    ['Smith & Co', 'Smith & Co', 'smith'],
    ['Acme , Inc', 'Acme, Inc', 'acme'],
  ])('%s → %s (match %s)', (input, value, match) => {
    const result = companyNormalizer.normalize(input, ctx());
    expect(result.value).toBe(value);
    expect(result.keys?.match).toBe(match);
  });
});

describe('consent normalizer', () => {
  it.each([
    ['Y', 'true'], ['yes', 'true'], ['TRUE', 'true'], ['1', 'true'], ['Opted In', 'true'], ['opted-in', 'true'],
    ['subscribed', 'true'], ['x', 'true'], ['✓', 'true'], ['✔', 'true'], ['Yes.', 'true'],
    ['N', 'false'], ['no', 'false'], ['False', 'false'], ['0', 'false'], ['opted out', 'false'],
    ['Opt-Out', 'false'], ['unsubscribed', 'false'],
  ])('%s → %s', (input, expected) => {
    const result = consentNormalizer.normalize(input, ctx());
    expect(result.value).toBe(expected);
    expect(codesOf(result)).toEqual([]);
  });

  it.each([
    ['Y', 'false'],
    ['no', 'true'],
    ['1', 'false'],
    // The status in so many words is the same in an opt-out column: never inverted, and a refusal
    // never becomes consent.
    ['declined', 'false'],
    ['Denied', 'false'],
    ['refused', 'false'],
    ['opted out', 'false'],
    ['Unsubscribed', 'false'],
    ['withdrawn', 'false'],
    ['subscribed', 'true'],
    ['Opted-In', 'true'],
  ])('an opt-out column reads %s → %s', (input, expected) => {
    expect(consentNormalizer.normalize(input, ctx({ options: { invert: true } })).value).toBe(expected);
  });

  it.each(['maybe', 'pending', '2'])('%s → consent.unrecognized', (input) => {
    const result = consentNormalizer.normalize(input, ctx());
    expect(result.value).toBeNull();
    expect(codesOf(result)).toEqual(['consent.unrecognized']);
  });
});

describe('gender normalizer', () => {
  it.each([
    ['M', 'M'], ['male', 'M'], ['Man', 'M'], ['F', 'F'], ['FEMALE', 'F'], ['woman', 'F'],
    ['X', 'X'], ['Non-binary', 'X'], ['nonbinary', 'X'], ['other', 'X'],
  ])('%s → %s', (input, expected) => {
    const result = genderNormalizer.normalize(input, ctx());
    expect(result.value).toBe(expected);
    expect(codesOf(result)).toEqual([]);
  });

  it.each(['unknown', 'U', 'prefer not to say', '?'])('%s → null with gender.unknown', (input) => {
    const result = genderNormalizer.normalize(input, ctx());
    expect(result.value).toBeNull();
    expect(codesOf(result)).toEqual(['gender.unknown']);
    expect(result.issues?.[0]?.severity).toBe('warning');
  });
});

describe('national_id normalizer', () => {
  it.each([
    ['123-45-6789', 'US', '123456789'],
    ['123 45 6789', 'US', '123456789'],
    ["'123456789", 'US', '123456789'],
    ['AB 12 34 56 C', 'GB', 'AB123456C'],
    ['1850315-1234', 'SE', '18503151234'],
  ])('%s (%s) → %s', (input, region, expected) => {
    const result = nationalIdNormalizer.normalize(input, ctx({ region }));
    expect(result.value).toBe(expected);
    expect(codesOf(result)).toEqual([]);
  });

  it.each([
    ['12A-45-6789', 'US'],
    ['123-45-6789!', 'US'],
    ['ab*12', 'GB'],
  ])('%s (%s) → national_id.invalid', (input, region) => {
    const result = nationalIdNormalizer.normalize(input, ctx({ region }));
    expect(result.value).toBeNull();
    expect(codesOf(result)).toEqual(['national_id.invalid']);
  });
});

describe('id and text normalizers', () => {
  it.each([
    ['  A-001 ', 'A-001'],
    ['CUST\t42', 'CUST 42'],
    ['a\u00a0\u00a0b', 'a b'],
  ])('%s → %s', (input, expected) => {
    expect(idNormalizer.normalize(input, ctx()).value).toBe(expected);
    expect(textNormalizer.normalize(input, ctx()).value).toBe(expected);
  });

  it('keeps case and punctuation of text', () => {
    expect(textNormalizer.normalize('Called  on MONDAY;\nwill call back!', ctx()).value).toBe('Called on MONDAY; will call back!');
  });
});

describe('normalize stage index', () => {
  it('has a default normalizer for every role, registered among the built-ins', () => {
    const ids = new Set(builtinNormalizers.map((definition) => definition.id));
    for (const role of ROLES) {
      const id = defaultNormalizerFor(role);
      expect(id, role).toBeDefined();
      expect(ids.has(id!), role).toBe(true);
    }
    expect(defaultNormalizerFor('dob')).toBe('date');
  });

  it('has unique ids with descriptions', () => {
    const ids = builtinNormalizers.map((definition) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const definition of builtinNormalizers) expect(definition.description.length).toBeGreaterThan(10);
  });

  it('is pure: the same input gives an equal result twice', () => {
    for (const definition of builtinNormalizers) {
      const first = definition.normalize('12 Main St', ctx());
      expect(definition.normalize('12 Main St', ctx())).toEqual(first);
    }
  });
});
