// The country normalizer: ISO names, alpha-3 codes and the spellings people type ("USA", "U.K.",
// "England", "Deutschland") → ISO 3166-1 alpha-2. An unknown country is an error: a wrong country
// code would silently misroute phone and postcode parsing downstream.

import { COUNTRY_VARIANTS, ISO_COUNTRIES } from '../reference/countries.js';
import type { NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
import { foldForLookup } from './whitespace.js';

const PERIODS_BETWEEN_LETTERS = /\.(?=[A-Z])|\.$/g;
const PUNCTUATION_RUN = /[^A-Z0-9]+/g;
const LEADING_THE = /^THE /;

/** Lookup key: upper case, no accents, "&" as AND, abbreviation periods dropped, punctuation folded. */
export function countryKey(value: string): string {
  return foldForLookup(value)
    .replaceAll('&', ' AND ')
    .replace(PERIODS_BETWEEN_LETTERS, '')
    .replace(PUNCTUATION_RUN, ' ')
    .trim()
    .replace(LEADING_THE, '');
}

const COUNTRY_INDEX: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  for (const [alpha2, alpha3, name] of ISO_COUNTRIES) {
    index.set(alpha2, alpha2);
    index.set(alpha3, alpha2);
    index.set(countryKey(name), alpha2);
    // "Korea, Republic of" style: the part before the comma is the name people write.
    const comma = name.indexOf(',');
    if (comma > 0) index.set(countryKey(name.slice(0, comma)), alpha2);
  }
  for (const [spelling, alpha2] of Object.entries(COUNTRY_VARIANTS)) index.set(countryKey(spelling), alpha2);
  return index;
})();

/** ISO alpha-2 for a country name or code, or undefined. */
export function countryCode(value: string): string | undefined {
  return COUNTRY_INDEX.get(countryKey(value));
}

const UNKNOWN: NormalizeIssue = { code: 'country.unknown', severity: 'error', message: 'Not a recognised country.' };

function normalizeCountry(value: string): NormalizeResult {
  const code = countryCode(value);
  return code === undefined ? { value: null, issues: [UNKNOWN] } : { value: code };
}

export const countryNormalizer: NormalizerDefinition = {
  id: 'country',
  description: 'Country name, alpha-3 or common variant → ISO 3166-1 alpha-2.',
  roles: ['country'],
  normalize: (value) => normalizeCountry(value),
};
