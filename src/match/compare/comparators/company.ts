// Company names: legal suffixes (Inc, Ltd, GmbH, …) and punctuation ignored, then token-set
// similarity, so "Acme, Inc." = "ACME Incorporated" and "Acme Widgets Ltd" ≈ "Acme Widgets".

import type { ComparatorDef } from '../definition.js';

const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc',
  'gmbh', 'ag', 'sa', 'sarl', 'sas', 'bv', 'nv', 'pty', 'pte', 'oy', 'ab', 'as', 'kk', 'srl', 'spa', 'the',
]);

export interface CompanyValue {
  value: string;
  tokens: readonly string[];
}

export function companyTokens(value: string): string[] {
  const tokens = value.replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  const kept = tokens.filter((t) => t !== '' && !LEGAL_SUFFIXES.has(t));
  return [...new Set(kept.length > 0 ? kept : tokens.filter((t) => t !== ''))].sort();
}

/** |A ∩ B| / |A ∪ B| over sorted, de-duplicated tokens. */
function tokenSetSimilarity(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

export const company: ComparatorDef<CompanyValue> = {
  id: 'company',
  description: 'Companies: same name without legal suffix, token-set >= 0.8, >= 0.5, different',
  levels: ['exact', 'tokens>=0.8', 'tokens>=0.5', 'different'],
  roles: ['company'],
  keySuffix: 'match',
  exactLevel: 0,
  identicalIsExact: true,
  prepare(value) {
    const tokens = companyTokens(value);
    return { value: tokens.join(' '), tokens };
  },
  compare(a, b) {
    if (a.value === b.value) return 0;
    const s = tokenSetSimilarity(a.tokens, b.tokens);
    if (s >= 0.8) return 1;
    if (s >= 0.5) return 2;
    return 3;
  },
};
