// The gender normalizer: M, F or X (non-binary/other, as on passports); anything else, including
// "unknown" and "prefer not to say", is no value with a warning rather than a guess.

import type { NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
import { cleanText } from './whitespace.js';

const SEPARATORS = /[\s_.-]+/g;

const GENDER_WORDS: ReadonlyMap<string, string> = new Map([
  ['m', 'M'], ['male', 'M'], ['man', 'M'], ['boy', 'M'], ['mr', 'M'], ['masculine', 'M'], ['männlich', 'M'],
  ['h', 'M'], ['homme', 'M'], ['hombre', 'M'], ['masculino', 'M'], ['masculin', 'M'],
  ['f', 'F'], ['female', 'F'], ['woman', 'F'], ['girl', 'F'], ['w', 'F'], ['weiblich', 'F'], ['femme', 'F'],
  ['mujer', 'F'], ['femenino', 'F'], ['feminin', 'F'], ['féminin', 'F'], ['feminine', 'F'], ['mrs', 'F'], ['ms', 'F'],
  ['x', 'X'], ['nonbinary', 'X'], ['non binary', 'X'], ['nb', 'X'], ['enby', 'X'], ['other', 'X'],
  ['diverse', 'X'], ['divers', 'X'], ['d', 'X'], ['genderqueer', 'X'], ['agender', 'X'], ['intersex', 'X'],
]);

const UNKNOWN: NormalizeIssue = {
  code: 'gender.unknown',
  severity: 'warning',
  message: 'Not a recognised gender value; left empty.',
};

function normalizeGender(value: string): NormalizeResult {
  const key = cleanText(value).toLowerCase().replace(SEPARATORS, ' ').trim();
  const gender = GENDER_WORDS.get(key) ?? GENDER_WORDS.get(key.replaceAll(' ', ''));
  return gender === undefined ? { value: null, issues: [UNKNOWN] } : { value: gender };
}

export const genderNormalizer: NormalizerDefinition = {
  id: 'gender',
  description: 'Gender → M, F or X; unknown values left empty with a warning.',
  roles: ['gender'],
  normalize: (value) => normalizeGender(value),
};
