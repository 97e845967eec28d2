// The city normalizer: Title Case with place rules (McAllen, Fond du Lac, Stratford-upon-Avon),
// abbreviations spelled out (St./Ste./Ft./Mt. → Saint/Sainte/Fort/Mount, as in USPS city names, so
// that "St. Louis" and "Saint Louis" are one city; `options.expandAbbreviations: false` keeps them),
// and a state or ZIP glued onto the city ("Oak Park, IL 60302") moved to derived.state/postcode.

import type { Role } from '../core/roles.js';
import type { NormalizeContext, NormalizeResult, NormalizerDefinition } from './definition.js';
import { caseNameWord, straightenApostrophes } from './name-case.js';
import { postcodeNormalizer } from './postcode.js';
import { hasSubdivisions, subdivisionCode } from './state.js';
import { cleanText } from './whitespace.js';

const PERIOD_END = /\.$/;
const DELIBERATE_CAPITALS = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;
const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'upon', 'on', 'in', 'du', 'and', 'sur', 'am', 'an', 'der']);
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ST', 'Saint'], ['STE', 'Sainte'], ['FT', 'Fort'], ['MT', 'Mount'],
]);
// A postcode glued to the end: US ZIP(+4), Canadian, or the 4–5 digits of most of the world.
const TRAILING_POSTCODE = /[\s,]+(\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d|\d{4})$/;
const TRAILING_STATE_CODE = /\s+([A-Z]{2,3})$/;
const HYPHEN_WORDS = /-/;
const TRAILING_COMMA = /\s*,\s*$/;
const COMMAS = /\s*,\s*/g;

/** Cases the words of a place name; `expand` spells out St/Ste/Ft/Mt before another word. */
export function casePlace(text: string, expand: boolean): string {
  const words = straightenApostrophes(text).split(' ');
  const last = words.length - 1;
  return words
    .map((word, i) => {
      if (expand && i < last) {
        const full = ABBREVIATIONS.get(word.replace(PERIOD_END, '').toUpperCase());
        if (full !== undefined) return full;
      }
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower) && !DELIBERATE_CAPITALS.test(word)) return lower;
      if (HYPHEN_WORDS.test(word)) {
        return word
          .split('-')
          .map((part, j) => (j > 0 && SMALL_WORDS.has(part.toLowerCase()) ? part.toLowerCase() : caseNameWord(part, 'place')))
          .join('-');
      }
      return caseNameWord(word, 'place');
    })
    .join(' ');
}

export interface CityParts {
  city: string;
  state?: string;
  postcode?: string;
}

/** Takes a glued "IL 60302" or ", Illinois" off the end of a city, when the region has states. */
export function splitGluedState(text: string, context: NormalizeContext): CityParts {
  const parts: CityParts = { city: text };
  const zip = TRAILING_POSTCODE.exec(parts.city);
  if (zip && zip.index > 0) {
    const postcode = postcodeNormalizer.normalize(zip[1]!, context).value;
    if (postcode !== null) {
      parts.postcode = postcode;
      parts.city = parts.city.slice(0, zip.index);
    }
  }
  if (!hasSubdivisions(context.region)) return parts;
  const comma = parts.city.lastIndexOf(',');
  if (comma > 0) {
    const code = subdivisionCode(parts.city.slice(comma + 1), context.region);
    if (code !== undefined) {
      parts.state = code;
      parts.city = parts.city.slice(0, comma).trim();
    }
    return parts;
  }
  // Without a comma only an upper-case postal code counts ("Oak Park IL"), not a word ("Indiana" is a town too).
  const state = TRAILING_STATE_CODE.exec(parts.city);
  if (state && state.index > 0) {
    const code = subdivisionCode(state[1]!, context.region);
    if (code !== undefined) {
      parts.state = code;
      parts.city = parts.city.slice(0, state.index);
    }
  }
  return parts;
}

/** What US forms take for a city's name (`NYC`), spelled out as USPS writes the city, so that a
 * shortened city still agrees with the written one; only the whole value, and only in the US. */
const US_CITY_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['NYC', 'New York'], ['LA', 'Los Angeles'], ['SF', 'San Francisco'], ['DC', 'Washington'],
  ['OKC', 'Oklahoma City'], ['SLC', 'Salt Lake City'], ['NOLA', 'New Orleans'], ['KC', 'Kansas City'], ['PHILLY', 'Philadelphia'],
]);
/** Quotes around the whole name ("Paris", “Paris”): a spreadsheet's or a form's, not the city's. */
const WRAPPING_QUOTES = /^["'“‘«]\s*(.*?)\s*["'”’»]$/u;

function normalizeCity(value: string, context: NormalizeContext): NormalizeResult {
  const text = cleanText(value).replace(TRAILING_COMMA, '').replace(WRAPPING_QUOTES, '$1');
  const parts = splitGluedState(text, context);
  const expand = context.options.expandAbbreviations !== false;
  // After the glued state is split off (`Washington DC`): the short form is the city alone; `DC` names its state too.
  const shortForm = parts.city.replace(/\./g, '').trim().toUpperCase();
  const short = context.region.toUpperCase() === 'US' && expand ? US_CITY_SHORT_FORMS.get(shortForm) : undefined;
  if (short !== undefined && shortForm === 'DC' && parts.state === undefined) parts.state = 'DC';
  const city = short ?? casePlace(parts.city.replace(COMMAS, ' ').trim(), expand);
  const derived: Partial<Record<Role, string>> = {};
  if (parts.state !== undefined) derived.state = parts.state;
  if (parts.postcode !== undefined) derived.postcode = parts.postcode;
  return parts.state === undefined && parts.postcode === undefined ? { value: city } : { value: city, derived };
}

export const cityNormalizer: NormalizerDefinition = {
  id: 'city',
  description: 'City in Title Case, St./Mt./Ft. spelled out, a glued state or ZIP moved to derived fields.',
  roles: ['city'],
  normalize: normalizeCity,
};
