// The first_name, middle_name and last_name normalizers: cleaned, cased names with titles and
// suffixes found inside the column ("Dr. John", "Smith Jr.") moved to derived.title / derived.suffix.

import type { Role } from '../core/roles.js';
import type { NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
import { caseSurnameWords, caseWords } from './name-case.js';
import { cleanNameText, initialOf, nameTokens, takeAffixes } from './name-parts.js';

const AFFIX_ONLY: NormalizeIssue = {
  code: 'name.affix_only',
  severity: 'warning',
  message: 'The name holds only a title or suffix; it is kept as that part, not as a name.',
};

function givenWord(token: string): string {
  return initialOf(token) ?? token;
}

function normalizePersonName(value: string, kind: 'given' | 'surname'): NormalizeResult {
  const { text, nickname } = cleanNameText(value);
  const tokens = nameTokens(text.replaceAll(',', ' '));
  const { titles, suffixes, rest } = takeAffixes(tokens, 1);
  const derived: Partial<Record<Role, string>> = {};
  if (titles.length > 0) derived.title = titles.join(' ');
  if (suffixes.length > 0) derived.suffix = suffixes.join(' ');
  const keys = nickname === undefined ? undefined : { nickname };
  if (rest.length === 1 && (derived.title === undefined && derived.suffix === undefined)) {
    // Only possible when takeAffixes left the lone token: check whether it is itself an affix.
    const lone = takeAffixes(rest, 0);
    if (lone.rest.length === 0) {
      if (lone.titles.length > 0) derived.title = lone.titles.join(' ');
      if (lone.suffixes.length > 0) derived.suffix = lone.suffixes.join(' ');
      return { value: null, derived, issues: [AFFIX_ONLY] };
    }
  }
  if (rest.length === 0) return { value: null, derived, issues: [AFFIX_ONLY] };
  const words = kind === 'surname' ? caseSurnameWords(rest) : caseWords(rest.map(givenWord), 'given');
  const result: NormalizeResult = { value: words.join(' ') };
  if (titles.length > 0 || suffixes.length > 0) result.derived = derived;
  if (keys) result.keys = keys;
  return result;
}

export const firstNameNormalizer: NormalizerDefinition = {
  id: 'first_name',
  description: 'Given name: NFC, one space, name casing; titles and suffixes moved to derived parts.',
  roles: ['first_name'],
  normalize: (value) => normalizePersonName(value, 'given'),
};

export const middleNameNormalizer: NormalizerDefinition = {
  id: 'middle_name',
  description: 'Middle name or initials ("m." → "M"), cased like a given name.',
  roles: ['middle_name'],
  normalize: (value) => normalizePersonName(value, 'given'),
};

export const lastNameNormalizer: NormalizerDefinition = {
  id: 'last_name',
  description: 'Surname casing (McDonald, MacLeod, O\'Brien, van der Berg, Smith-Jones); suffixes moved out.',
  roles: ['last_name'],
  normalize: (value) => normalizePersonName(value, 'surname'),
};
