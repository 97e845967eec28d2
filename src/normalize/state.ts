// The state normalizer: US states, Canadian provinces and Australian states to their postal codes
// ("California", "Calif." → "CA"; "New South Wales", "nsw" → "NSW") when the source region is one of
// those countries. Elsewhere the value is only cleaned: we hold no table to check it against.

import { SUBDIVISIONS_BY_COUNTRY } from '../reference/subdivisions.js';
import type { SubdivisionTable } from '../reference/subdivisions.js';
import type { NormalizeResult, NormalizerDefinition } from './definition.js';
import { cleanText, foldForLookup } from './whitespace.js';

const PUNCTUATION_RUN = /[^A-Z0-9]+/g;

/** Lookup key: upper case, no accents, punctuation folded ("N.Y." → "N Y", "Québec" → "QUEBEC"). */
export function subdivisionKey(value: string): string {
  return foldForLookup(value).replace(PUNCTUATION_RUN, ' ').trim();
}

function buildIndex(table: SubdivisionTable): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const [code, name] of Object.entries(table.names)) {
    index.set(code, code);
    index.set(subdivisionKey(name), code);
  }
  for (const [spelling, code] of Object.entries(table.variants)) index.set(subdivisionKey(spelling), code);
  return index;
}

const INDEX_BY_COUNTRY: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries(SUBDIVISIONS_BY_COUNTRY).map(([country, table]) => [country, buildIndex(table)]),
);

// Full names are unambiguous across countries ("Ontario", "Queensland"), codes are not ("WA", "NT").
const NAMES_ANYWHERE: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  for (const table of Object.values(SUBDIVISIONS_BY_COUNTRY)) {
    for (const [code, name] of Object.entries(table.names)) index.set(subdivisionKey(name), code);
  }
  return index;
})();

/** True when cdm holds a subdivision table for this ISO alpha-2 country. */
export function hasSubdivisions(region: string): boolean {
  return INDEX_BY_COUNTRY.has(region.toUpperCase());
}

/** The postal code of a state/province of `region`, or of a fully named one elsewhere; else undefined. */
export function subdivisionCode(value: string, region: string): string | undefined {
  const key = subdivisionKey(value);
  // Also accept glued periods: "N.Y." folds to "N Y", the variant tables hold that spelling.
  return INDEX_BY_COUNTRY.get(region.toUpperCase())?.get(key) ?? NAMES_ANYWHERE.get(key);
}

function normalizeState(value: string, region: string): NormalizeResult {
  const text = cleanText(value);
  if (!hasSubdivisions(region)) return { value: text };
  const code = subdivisionCode(text, region);
  if (code !== undefined) return { value: code };
  return {
    value: text.toUpperCase(),
    issues: [{ code: 'state.unknown', severity: 'warning', message: `Not a known state or province of ${region}.` }],
  };
}

export const stateNormalizer: NormalizerDefinition = {
  id: 'state',
  description: 'US/CA/AU state or province → postal code; other regions cleaned only.',
  roles: ['state'],
  normalize: (value, context) => normalizeState(value, context.region),
};
