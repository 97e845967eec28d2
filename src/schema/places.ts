// Small place-name sets that value inference needs: which strings are states or provinces, and of
// which country, and which are countries. Kept here (not in a normalizer) because inference only
// needs membership, never canonical forms.

import { getCountries } from 'libphonenumber-js';

export const US_STATES = new Set([
  'al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'dc', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'ky',
  'la', 'me', 'md', 'ma', 'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh',
  'ok', 'or', 'pa', 'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy', 'pr', 'gu', 'vi',
  'as', 'mp',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware',
  'district of columbia', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas',
  'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi',
  'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york',
  'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island',
  'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming', 'puerto rico',
]);

export const AU_STATES = new Set([
  'nsw', 'vic', 'qld', 'wa', 'sa', 'tas', 'act', 'nt',
  'new south wales', 'victoria', 'queensland', 'western australia', 'south australia', 'tasmania',
  'australian capital territory', 'northern territory',
]);

export const CA_PROVINCES = new Set([
  'ab', 'bc', 'mb', 'nb', 'nl', 'ns', 'nt', 'nu', 'on', 'pe', 'qc', 'sk', 'yt',
  'alberta', 'british columbia', 'manitoba', 'new brunswick', 'newfoundland and labrador', 'nova scotia',
  'northwest territories', 'nunavut', 'ontario', 'prince edward island', 'quebec', 'saskatchewan', 'yukon',
]);

export const ALL_STATES = new Set([...US_STATES, ...AU_STATES, ...CA_PROVINCES]);

/** ISO 3166 alpha-2 codes, lower-cased. libphonenumber-js carries the list already. */
export const COUNTRY_CODES = new Set(getCountries().map((code) => code.toLowerCase()));

/** Lower-cased English country name → ISO alpha-2, plus the common informal names. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const code of getCountries()) {
    const name = display.of(code);
    if (name) names.set(name.toLowerCase(), code);
  }
  const informal: [string, string][] = [
    ['usa', 'US'], ['united states of america', 'US'], ['u s a', 'US'], ['america', 'US'], ['uk', 'GB'],
    ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'], ['great britain', 'GB'], ['britain', 'GB'],
    ['aus', 'AU'], ['nz', 'NZ'], ['can', 'CA'], ['deutschland', 'DE'], ['holland', 'NL'],
  ];
  for (const [name, code] of informal) names.set(name, code);
  return names;
})();

/** The ISO alpha-2 code a country value names (code, alpha-3 for a few, or English name), or undefined. */
export function countryOf(value: string): string | undefined {
  const key = value.trim().toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
  if (key.length === 2 && COUNTRY_CODES.has(key)) return key.toUpperCase();
  return COUNTRY_NAMES.get(key) ?? ALPHA3.get(key);
}

// Only the alpha-3 codes seen in customer exports; a full table belongs to the country normalizer.
const ALPHA3 = new Map<string, string>([
  ['usa', 'US'], ['gbr', 'GB'], ['aus', 'AU'], ['can', 'CA'], ['nzl', 'NZ'], ['deu', 'DE'], ['fra', 'FR'],
  ['irl', 'IE'], ['ind', 'IN'], ['esp', 'ES'], ['ita', 'IT'], ['nld', 'NL'], ['mex', 'MX'], ['bra', 'BR'],
]);
