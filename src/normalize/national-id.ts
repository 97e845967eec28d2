// The national_id normalizer: canonical characters only ("123-45-6789" → "123456789"). Whether the
// number can exist (SSN area 000, 666, 9xx…) is a validation rule, not ours. US identifiers are all
// digits; elsewhere letters are allowed and upper-cased (UK NINO "AB 12 34 56 C" → "AB123456C").

import type { NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';

const SEPARATORS = /[\s.\-/\u2013_]+/g;
const DIGITS = /^\d+$/;
const ALPHANUMERIC = /^[A-Z0-9]+$/;
const EXCEL_APOSTROPHE = /^'+/;

const INVALID: NormalizeIssue = {
  code: 'national_id.invalid',
  severity: 'error',
  message: 'Holds characters a national identifier cannot have.',
};

function normalizeNationalId(value: string, region: string): NormalizeResult {
  const compact = value.replace(SEPARATORS, '').replace(EXCEL_APOSTROPHE, '').toUpperCase();
  if (region.toUpperCase() === 'US') return DIGITS.test(compact) ? { value: compact } : { value: null, issues: [INVALID] };
  return ALPHANUMERIC.test(compact) ? { value: compact } : { value: null, issues: [INVALID] };
}

export const nationalIdNormalizer: NormalizerDefinition = {
  id: 'national_id',
  description: 'National identifier without separators (US SSN digits only).',
  roles: ['national_id'],
  normalize: (value, context) => normalizeNationalId(value, context.region),
};
