import { describe, expect, it } from 'vitest';
import { enumRule } from '../../src/validate/rules/enum.js';
import { lengthRule } from '../../src/validate/rules/length.js';
import { patternRule } from '../../src/validate/rules/pattern.js';
import { rangeRule } from '../../src/validate/rules/range.js';
import { requiredRule } from '../../src/validate/rules/required.js';
import { uniqueRule } from '../../src/validate/rules/unique.js';
import type { FieldRuleDefinition } from '../../src/validate/definition.js';
import { codes, parseRuleOptions, runFieldRule } from './harness.js';

type Case = { value: string; options: Record<string, unknown>; code?: string };

function table(rule: FieldRuleDefinition<any>, valid: Case[], invalid: Required<Case>[]) {
  describe(rule.id, () => {
    it.each(valid)('accepts $value with $options', ({ value, options }) => {
      expect(codes(runFieldRule(rule, value, { options }))).toEqual([]);
    });
    it.each(invalid)('flags $value with $options as $code', ({ value, options, code }) => {
      expect(codes(runFieldRule(rule, value, { options }))).toEqual([code]);
    });
  });
}

table(
  requiredRule,
  [{ value: 'x', options: {} }, { value: '0', options: {} }],
  [{ value: '', options: {}, code: 'required.missing' }],
);

table(
  patternRule,
  [
    { value: 'C-00123', options: { pattern: 'C-\\d{5}' } },
    { value: 'abc', options: { pattern: '[A-Z]+', flags: 'i' } },
  ],
  [
    // Anchored: a match inside the value is not enough.
    { value: 'xC-00123', options: { pattern: 'C-\\d{5}' }, code: 'pattern.mismatch' },
    { value: 'C-00123-9', options: { pattern: 'C-\\d{5}' }, code: 'pattern.mismatch' },
    { value: 'abc', options: { pattern: '[A-Z]+' }, code: 'pattern.mismatch' },
  ],
);

table(
  enumRule,
  [
    { value: 'Gold', options: { values: ['gold', 'silver'] } },
    { value: 'silver', options: { values: ['gold', 'silver'], caseSensitive: true } },
  ],
  [
    { value: 'Gold', options: { values: ['gold'], caseSensitive: true }, code: 'enum.not_allowed' },
    { value: 'bronze', options: { values: ['gold', 'silver'] }, code: 'enum.not_allowed' },
  ],
);

table(
  lengthRule,
  [
    { value: 'abc', options: { min: 3, max: 3 } },
    { value: 'Zoë', options: { max: 3 } },
    { value: '𝒜𝒷', options: { max: 2 } }, // astral characters count once
  ],
  [
    { value: 'ab', options: { min: 3 }, code: 'length.too_short' },
    { value: 'abcd', options: { max: 3 }, code: 'length.too_long' },
  ],
);

table(
  rangeRule,
  [
    { value: '5', options: { min: 1, max: 10 } },
    { value: '-0.5', options: { min: -1 } },
    { value: '2020-01-01', options: { min: '2019-12-31', max: 'today' } },
    { value: '2024-06-15T23:59:00Z', options: { max: 'today' } },
  ],
  [
    { value: '0', options: { min: 1 }, code: 'range.below' },
    { value: '11', options: { max: 10 }, code: 'range.above' },
    { value: '12abc', options: { max: 10 }, code: 'range.not_comparable' },
    { value: '2024-06-16', options: { max: 'today' }, code: 'range.above' },
    { value: '1899-12-31', options: { min: '1900-01-01' }, code: 'range.below' },
    { value: '15/06/2024', options: { max: 'today' }, code: 'range.not_comparable' },
  ],
);

describe('options are validated with zod', () => {
  it.each([
    [patternRule, {}],
    [patternRule, { pattern: '(' }],
    [patternRule, { pattern: 'a', extra: 1 }],
    [enumRule, { values: [] }],
    [lengthRule, {}],
    [lengthRule, { min: 5, max: 2 }],
    [rangeRule, { min: 'yesterday' }],
    [rangeRule, {}],
  ] as const)('%s rejects %j', (rule, options) => {
    expect(() => parseRuleOptions(rule, options)).toThrow();
  });
});

describe('unique', () => {
  it('flags the second and later occurrences within one run state', () => {
    const state = new Map<string, unknown>();
    const seen = ['A1', 'B2', 'A1', '', '', 'A1'].map((v, i) => codes(runFieldRule(uniqueRule, v, { state, row: i + 1 })));
    expect(seen).toEqual([[], [], ['unique.duplicate'], [], [], ['unique.duplicate']]);
  });
  it('compares case-insensitively when asked', () => {
    const state = new Map<string, unknown>();
    runFieldRule(uniqueRule, 'abc', { state, options: { ignoreCase: true } });
    expect(codes(runFieldRule(uniqueRule, 'ABC', { state, options: { ignoreCase: true } }))).toEqual(['unique.duplicate']);
  });
});
