// The normalize stage's door: every built-in normalizer, the default normalizer of each role, and
// the helpers other stages reuse (match keys, country and state lookups, date parsing).

import type { Role } from '../core/roles.js';
import { addressNormalizer } from './address.js';
import { cityNormalizer } from './city.js';
import { companyNormalizer } from './company.js';
import { consentNormalizer } from './consent.js';
import { countryNormalizer } from './country.js';
import { dateNormalizer } from './date.js';
import type { NormalizerDefinition } from './definition.js';
import { emailNormalizer } from './email.js';
import { fullNameNormalizer } from './full-name.js';
import { genderNormalizer } from './gender.js';
import { suffixNormalizer, titleNormalizer } from './name-affix.js';
import { nationalIdNormalizer } from './national-id.js';
import { firstNameNormalizer, lastNameNormalizer, middleNameNormalizer } from './person-name.js';
import { phoneNormalizer } from './phone.js';
import { idNormalizer, textNormalizer } from './plain-text.js';
import { postcodeNormalizer } from './postcode.js';
import { stateNormalizer } from './state.js';
import { street2Normalizer, streetNormalizer } from './street.js';
import { streetNumberNormalizer } from './street-number.js';
import { timestampNormalizer } from './timestamp.js';

export type { NormalizeContext, NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
export {
  addressNormalizer,
  cityNormalizer,
  companyNormalizer,
  consentNormalizer,
  countryNormalizer,
  dateNormalizer,
  emailNormalizer,
  firstNameNormalizer,
  fullNameNormalizer,
  genderNormalizer,
  idNormalizer,
  lastNameNormalizer,
  middleNameNormalizer,
  nationalIdNormalizer,
  phoneNormalizer,
  postcodeNormalizer,
  stateNormalizer,
  street2Normalizer,
  streetNormalizer,
  streetNumberNormalizer,
  suffixNormalizer,
  textNormalizer,
  timestampNormalizer,
  titleNormalizer,
};
export { emailDomain, emailMatchKey } from './email.js';
export { companyMatchKey } from './company.js';
export { countryCode } from './country.js';
export { subdivisionCode, hasSubdivisions } from './state.js';
export { parseBoolean } from './consent.js';
export { parseCalendarDate, formatDate, isCalendarDate } from './date-parse.js';
export type { CalendarDate, DateParse, DateParseOptions } from './date-parse.js';
export { cleanText } from './whitespace.js';

/** Every built-in normalizer, in role order; registered like a plugin's. */
export const builtinNormalizers: NormalizerDefinition[] = [
  idNormalizer,
  nationalIdNormalizer,
  emailNormalizer,
  phoneNormalizer,
  firstNameNormalizer,
  middleNameNormalizer,
  lastNameNormalizer,
  fullNameNormalizer,
  titleNormalizer,
  suffixNormalizer,
  genderNormalizer,
  streetNumberNormalizer,
  streetNormalizer,
  street2Normalizer,
  addressNormalizer,
  cityNormalizer,
  stateNormalizer,
  postcodeNormalizer,
  countryNormalizer,
  companyNormalizer,
  dateNormalizer,
  timestampNormalizer,
  consentNormalizer,
  textNormalizer,
];

const DEFAULT_BY_ROLE: ReadonlyMap<Role, string> = new Map(
  builtinNormalizers.flatMap((definition) => definition.roles.map((role) => [role, definition.id] as const)),
);

/** The id of the normalizer a field of this role gets when the config names none. */
export function defaultNormalizerFor(role: Role): string | undefined {
  return DEFAULT_BY_ROLE.get(role);
}
