import { describe, expect, it } from 'vitest';
import { createTransformRegistry, generalizeTransform, hashTransform, maskTransform } from '../../src/governance/transforms/index.js';

describe('built-in transforms', () => {
  it('are registered by id', () => {
    expect(createTransformRegistry().ids()).toEqual(['drop', 'generalize', 'hash', 'keep', 'mask']);
  });

  it.each([
    ['dob', '1961-03-08', { to: 'year' }, '1961'],
    ['dob', '1961-03-08', {}, '1961'],
    ['dob', '1961-03-08', { to: 'decade' }, '1960s'],
    ['dob', '1961-03-08', { to: 'age_band', today: '2025-03-07' }, '60-69'],
    ['dob', '1965-06-30', { to: 'age_band', today: '2025-06-29' }, '50-59'],
    ['dob', '1965-06-30', { to: 'age_band', today: '2025-06-30' }, '60-69'],
    ['dob', '1990-01-01', { to: 'age_band', band: 5, today: '2025-01-01' }, '35-39'],
    ['dob', 'not a date', { to: 'year' }, ''],
    ['postcode', '92103', {}, '921'],
    ['postcode', 'LS1 6FG', {}, 'LS1'],
    ['postcode', 'SW1A 1AA', { chars: 4 }, 'SW1A'],
    ['postcode', '02', {}, '02'],
  ])('generalize %s %s %j → %s', (role, value, options, expected) => {
    expect(generalizeTransform.apply(value, role, options)).toBe(expected);
  });

  it.each([
    ['dob', { to: 'month' }],
    ['dob', { band: 0 }],
    ['postcode', { chars: -1 }],
    ['postcode', { to: 'year' }],
  ])('generalize rejects options for %s %j', (role, options) => {
    expect(generalizeTransform.checkOptions!(role, options)).toBeTypeOf('string');
  });

  it('hash is salted and case-insensitive for emails', () => {
    const a = hashTransform.apply('Jane@Example.com', 'email', { salt: 's1' });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTransform.apply('jane@example.com ', 'email', { salt: 's1' })).toBe(a);
    expect(hashTransform.apply('jane@example.com', 'email', { salt: 's2' })).not.toBe(a);
  });

  it.each([
    ['email', 'jane.doe@gmail.com', /@gmail\.com$/],
    ['phone', '+14155550123', /0123$/],
  ])('mask %s keeps only a hint', (role, value, hint) => {
    const masked = maskTransform.apply(value, role, {});
    expect(masked).not.toBe(value);
    expect(masked).toMatch(hint);
    expect(masked).toContain('*');
  });
});
