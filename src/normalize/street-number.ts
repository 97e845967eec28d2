// The street_number normalizer: digits with an optional letter ("12a" → "12A"), ranges kept
// ("12 - 14" → "12-14"), fractions kept ("12 1/2"); prefixes like "No." and "#" dropped.

import type { NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
import { cleanText } from './whitespace.js';

const PREFIX = /^(?:no\.?|nr\.?|number|#)\s*/i;
const RANGE_DASH = /\s*[-\u2013\u2014]\s*/g;
const LETTER_SPACE = /^(\d+)\s+([A-Za-z])$/;
const CANONICAL = /^\d+[A-Z]?(?:-\d+[A-Z]?)?(?: \d+\/\d+)?$/;
const HAS_DIGIT = /\d/;

const INVALID: NormalizeIssue = { code: 'street_number.invalid', severity: 'error', message: 'A house number needs digits.' };
const UNUSUAL: NormalizeIssue = {
  code: 'street_number.unusual',
  severity: 'warning',
  message: 'Not the usual number, letter or range form; kept as written.',
};

function normalizeStreetNumber(value: string): NormalizeResult {
  let text = cleanText(value).replace(PREFIX, '').replace(RANGE_DASH, '-');
  if (!HAS_DIGIT.test(text)) return { value: null, issues: [INVALID] };
  text = text.replace(LETTER_SPACE, '$1$2').toUpperCase();
  return CANONICAL.test(text) ? { value: text } : { value: text, issues: [UNUSUAL] };
}

export const streetNumberNormalizer: NormalizerDefinition = {
  id: 'street_number',
  description: 'House number: digits plus optional letter, ranges and fractions kept.',
  roles: ['street_number'],
  normalize: (value) => normalizeStreetNumber(value),
};
