// The title and suffix normalizers: honorifics and name suffixes as their canonical spelling
// ("Dr." → "Dr", "jr." → "Jr", "ph.d." → "PhD"); anything else is kept cleaned, with a warning.

import type { NormalizeResult, NormalizerDefinition } from './definition.js';
import { nameTokens, suffixOf, titleOf } from './name-parts.js';
import { cleanText } from './whitespace.js';

function normalizeAffix(value: string, lookup: (token: string) => string | undefined, code: string): NormalizeResult {
  const tokens = nameTokens(cleanText(value).replaceAll(',', ' '));
  const canonical = tokens.map(lookup);
  if (canonical.length > 0 && canonical.every((part) => part !== undefined)) return { value: canonical.join(' ') };
  return {
    value: tokens.join(' '),
    issues: [{ code, severity: 'warning', message: 'Not a known value for this field; kept as written.' }],
  };
}

export const titleNormalizer: NormalizerDefinition = {
  id: 'title',
  description: 'Honorific title → canonical form without period (Mr, Mrs, Ms, Dr, Prof…).',
  roles: ['title'],
  normalize: (value) => normalizeAffix(value, titleOf, 'title.unknown'),
};

export const suffixNormalizer: NormalizerDefinition = {
  id: 'suffix',
  description: 'Name suffix → canonical form (Jr, Sr, II, III, PhD, MD…).',
  roles: ['suffix'],
  normalize: (value) => normalizeAffix(value, suffixOf, 'suffix.unknown'),
};
