// The address normalizer: a one-line address ("27 Washington Blvd Apt 4, Oak Park IL 60302") split
// into street, street2, city, state, postcode (and a trailing country) as derived fields, and written
// back as one clean line. Our own splitter: parse-address is US-only and rewrites more than we want.

import type { Role } from '../core/roles.js';
import { STREET_SUFFIXES } from '../reference/street-suffixes.js';
import { casePlace } from './city.js';
import { countryCode } from './country.js';
import type { NormalizeContext, NormalizeResult, NormalizerDefinition } from './definition.js';
import { postcodeNormalizer } from './postcode.js';
import { hasSubdivisions, subdivisionCode } from './state.js';
import { findUnit, parseStreetLine, streetTokens } from './street-line.js';
import { cleanText } from './whitespace.js';

const PART_SPLIT = /\s*[,\n;]\s*/;
const POSTCODE_AT_END: Readonly<Record<string, RegExp>> = {
  // Four digits too: a ZIP that lost its leading zero in a spreadsheet.
  US: /(?:^|\s)(\d{4,5}(?:-\d{4})?)$/,
  CA: /(?:^|\s)([A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d)$/,
  GB: /(?:^|\s)([A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2})$/,
};
const DIGITS_AT_END = /(?:^|\s)(\d{4,5})$/;
const HAS_DIGIT = /\d/;

interface Tail {
  postcode?: string;
  state?: string;
}

/** Takes the postcode and then the state off the end of `parts` (mutated). */
function takeTail(parts: string[], context: NormalizeContext): Tail {
  const tail: Tail = {};
  const region = context.region.toUpperCase();
  const last = parts[parts.length - 1]!;
  const zip = (POSTCODE_AT_END[region] ?? DIGITS_AT_END).exec(last);
  if (zip) {
    const postcode = postcodeNormalizer.normalize(zip[1]!, context).value;
    if (postcode !== null) {
      tail.postcode = postcode;
      parts[parts.length - 1] = last.slice(0, zip.index).trim();
      if (parts[parts.length - 1] === '') parts.pop();
    }
  }
  if (parts.length === 0 || !hasSubdivisions(region)) return tail;
  const words = parts[parts.length - 1]!.split(' ');
  // Longest first: "New South Wales" before "Wales".
  for (let n = Math.min(3, words.length); n >= 1; n -= 1) {
    const code = subdivisionCode(words.slice(words.length - n).join(' '), region);
    // Without commas the state must leave words for the street and city before it.
    if (code === undefined || (parts.length === 1 && n >= words.length - 1)) continue;
    tail.state = code;
    const rest = words.slice(0, words.length - n).join(' ');
    if (rest === '') parts.pop();
    else parts[parts.length - 1] = rest;
    break;
  }
  return tail;
}

/** A line without commas as street and city: the city starts after the unit, or else after the last
 * street type that has a name before it (`10 rue de Rivoli`: `rue` opens the name, it ends nothing;
 * `400 Park Avenue`: Park is the name) and leaves more than one street-type word for the city. */
function splitStreetAndCity(line: string): [string, string] {
  const tokens = streetTokens(line);
  const unit = findUnit(tokens);
  let cut = -1;
  if (unit >= 0) cut = unit + (tokens[unit + 1] === '#' ? 3 : 2);
  else if (HAS_DIGIT.test(tokens[0] ?? '')) {
    const last = tokens.length - 1;
    const isType = (t: string | undefined) => t !== undefined && STREET_SUFFIXES.has(t.toUpperCase());
    // The last street type with a name before it (index 2 on) whose city would not be one street-type
    // word alone: `77 Lake Shore Drive` is all street, `12 Main St Beverly Hills` is street and city.
    for (let i = last - 1; i >= 2; i -= 1) {
      if (isType(tokens[i]) && !(i + 1 === last && isType(tokens[last]))) {
        cut = i + 1;
        break;
      }
    }
  }
  if (cut < 0 || cut >= tokens.length) return [line, ''];
  return [tokens.slice(0, cut).join(' '), tokens.slice(cut).join(' ')];
}

function normalizeAddress(raw: string, context: NormalizeContext): NormalizeResult {
  const parts = cleanText(raw).split(PART_SPLIT).filter((part) => part.length > 0);
  const derived: Partial<Record<Role, string>> = {};
  if (parts.length >= 2 && parts[parts.length - 1]!.length > 2) {
    const country = countryCode(parts[parts.length - 1]!);
    if (country !== undefined) {
      derived.country = country;
      parts.pop();
    }
  }
  const tail = takeTail(parts, context);
  let city = '';
  let streetText: string;
  if (parts.length >= 2) {
    city = parts.pop()!;
    streetText = parts.join(' ');
  } else {
    [streetText, city] = splitStreetAndCity(parts[0] ?? '');
  }
  const line = parseStreetLine(streetText, { abbreviate: context.options.abbreviate !== false });
  if (line.street) derived.street = line.street;
  if (line.unit) derived.street2 = line.unit;
  if (city) derived.city = casePlace(city, context.options.expandAbbreviations !== false);
  if (tail.state) derived.state = tail.state;
  if (tail.postcode) derived.postcode = tail.postcode;
  const streetLine = [derived.street, derived.street2].filter(Boolean).join(' ');
  const lastLine = [derived.state, derived.postcode].filter(Boolean).join(' ');
  const value = [streetLine, derived.city, lastLine, derived.country].filter(Boolean).join(', ');
  if (value === '') {
    return { value: null, issues: [{ code: 'address.unparsed', severity: 'error', message: 'No address parts found.' }] };
  }
  return { value, derived };
}

export const addressNormalizer: NormalizerDefinition = {
  id: 'address',
  description: 'One-line address → cleaned line plus derived street, street2, city, state, postcode, country.',
  roles: ['address'],
  normalize: normalizeAddress,
};
