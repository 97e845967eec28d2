// The postcode normalizer, per country of the source region: US ZIP and ZIP+4 (with the leading zero
// Excel drops from "02134"), UK and Canadian spacing, the all-digit codes of AU/DE/FR and others.
// Countries without a rule here are cleaned (upper case, one space) but not checked.

import type { NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
import { cleanText, withoutSpreadsheetWrapper } from './whitespace.js';

const US_ZIP = /^(\d{5})(?:[-\s]?(\d{4}))?$/;
// A ZIP that lost leading zeros: 3–4 digits, then a +4 only behind a separator, or 8 digits in a row.
const US_SHORT_ZIP = /^(\d{3,4})(?:[-\s](\d{4}))?$/;
const US_ZIP8 = /^(\d{4})(\d{4})$/;
// Excel turns 60302 into "60302.0" when a column is read as numbers.
const EXCEL_DECIMAL = /^(\d+)\.0+$/;
const UK = /^([A-Z]{1,2}\d[A-Z\d]?|GIR) ?(\d[A-Z]{2})$/;
const CA = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]) ?-?(\d[ABCEGHJ-NPRSTV-Z]\d)$/;
const NL = /^([1-9]\d{3}) ?([A-Z]{2})$/;
const SPACES = /\s+/g;
const ALL_DIGITS = /^\d+$/;

/** All-digit postcodes: length, and whether a code one digit short lost a leading zero to Excel. */
const DIGIT_POSTCODES: Readonly<Record<string, { length: number; zeroes: boolean }>> = {
  AU: { length: 4, zeroes: true }, // 0800 Darwin
  DE: { length: 5, zeroes: true }, // 01067 Dresden
  FR: { length: 5, zeroes: true }, // 01000 Bourg-en-Bresse
  IT: { length: 5, zeroes: true },
  ES: { length: 5, zeroes: true },
  AT: { length: 4, zeroes: false },
  BE: { length: 4, zeroes: false },
  CH: { length: 4, zeroes: false },
  DK: { length: 4, zeroes: false },
  NO: { length: 4, zeroes: true },
  NZ: { length: 4, zeroes: true },
  MX: { length: 5, zeroes: true },
  IN: { length: 6, zeroes: false },
};

const INVALID: NormalizeIssue = {
  code: 'postcode.invalid',
  severity: 'error',
  message: 'Not a valid postcode for the country.',
};
const ZERO_RESTORED: NormalizeIssue = {
  code: 'postcode.leading_zero_restored',
  severity: 'info',
  message: 'Leading zeros lost by a spreadsheet were restored.',
};

function usZip(text: string): NormalizeResult {
  const match = US_ZIP.exec(text) ?? US_ZIP8.exec(text) ?? US_SHORT_ZIP.exec(text);
  if (!match) return { value: null, issues: [INVALID] };
  const zip = match[1]!;
  const plus4 = match[2];
  const keys = plus4 === undefined ? undefined : { plus4 };
  if (zip.length === 5) return keys ? { value: zip, keys } : { value: zip };
  // 3 and 4 digits: ZIPs 00501–09999 (New England, NJ, PR) read as numbers.
  const restored = zip.padStart(5, '0');
  return keys ? { value: restored, keys, issues: [ZERO_RESTORED] } : { value: restored, issues: [ZERO_RESTORED] };
}

function spaced(pattern: RegExp, text: string): NormalizeResult {
  const match = pattern.exec(text.replace(SPACES, ''));
  return match ? { value: `${match[1]} ${match[2]}` } : { value: null, issues: [INVALID] };
}

function digitsOnly(text: string, rule: { length: number; zeroes: boolean }): NormalizeResult {
  const digits = text.replace(SPACES, '');
  if (digits.length === rule.length && ALL_DIGITS.test(digits)) return { value: digits };
  if (rule.zeroes && digits.length === rule.length - 1 && ALL_DIGITS.test(digits)) {
    return { value: '0' + digits, issues: [ZERO_RESTORED] };
  }
  return { value: null, issues: [INVALID] };
}

// Postcode formats with letters are distinctive: a UK, Canadian or Dutch code in a file whose region
// is another country (a sign-up sheet with no country column) is that country's, not an error.
const DISTINCTIVE: readonly { country: string; pattern: RegExp }[] = [
  { country: 'GB', pattern: UK },
  { country: 'CA', pattern: CA },
  { country: 'NL', pattern: NL },
];

function otherCountry(text: string, region: string): NormalizeResult | undefined {
  const compact = text.replace(SPACES, '');
  const hits = DISTINCTIVE.filter((d) => d.country !== region && d.pattern.test(compact));
  if (hits.length !== 1) return undefined;
  const { country, pattern } = hits[0]!;
  const match = pattern.exec(compact)!;
  return {
    value: `${match[1]} ${match[2]}`,
    derived: { country },
    issues: [{ code: 'postcode.other_country', severity: 'info', message: `A ${country} postcode in a file of another region; the row is taken as ${country}.` }],
  };
}

function normalizePostcode(raw: string, region: string): NormalizeResult {
  const value = raw.charCodeAt(0) === 61 || raw.charCodeAt(0) === 39 ? withoutSpreadsheetWrapper(cleanText(raw)) : raw; // = or '
  const result = normalizeForRegion(value, region);
  if (result.value !== null) return result;
  return otherCountry(cleanText(value).toUpperCase(), region.toUpperCase()) ?? result;
}

function normalizeForRegion(value: string, region: string): NormalizeResult {
  let text = cleanText(value).toUpperCase();
  const decimal = EXCEL_DECIMAL.exec(text);
  if (decimal) text = decimal[1]!;
  switch (region.toUpperCase()) {
    case 'US':
    case 'PR':
      return usZip(text);
    case 'GB':
    case 'UK':
      return spaced(UK, text);
    case 'CA':
      return spaced(CA, text);
    case 'NL':
      return spaced(NL, text);
  }
  const rule = DIGIT_POSTCODES[region.toUpperCase()];
  return rule ? digitsOnly(text, rule) : { value: text };
}

export const postcodeNormalizer: NormalizerDefinition = {
  id: 'postcode',
  description: 'Postcode per country of the source: ZIP (+4 in keys.plus4), UK/CA spacing, digit codes.',
  roles: ['postcode'],
  normalize: (value, context) => normalizePostcode(value, context.region),
};
