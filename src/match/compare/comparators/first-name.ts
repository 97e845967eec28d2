// Given names: exact, nickname (Bill / William), typo, first/last swapped, initial, sounds-alike.
// The swap level needs the record's last name, so this comparator reads a cross field.

import type { ComparatorDef } from '../definition.js';
import { jaroWinkler } from '../jaro-winkler.js';
import { givenNameGroups, nicknameGroups, shareGroup } from '../nickname-index.js';
import { phoneticCodes, soundsAlike, type PhoneticValue } from './phonetic.js';

export interface GivenNameValue extends PhoneticValue {
  /** Nickname groups of the name, or of the table names one typo away when it is not in the table. */
  groups: readonly number[];
  /** The name itself is in the nickname table. */
  known: boolean;
  /** The same record's other name part (last name), for swap detection. */
  cross: PhoneticValue | undefined;
}

/** "Peggy A." and "Joseph R" carry a middle initial in the given-name box: the name is the first word. */
const TRAILING_INITIALS = /^(\S{2,})(?:\s+\p{L}\.?)+$/u;

export function prepareGivenName(value: string, cross: string | undefined): GivenNameValue {
  // Initials come as "j" or "j."; the dot is punctuation, not spelling.
  const trimmed = value.endsWith('.') ? value.slice(0, -1) : value;
  const name = TRAILING_INITIALS.exec(trimmed)?.[1] ?? trimmed;
  return { ...phoneticCodes(name), groups: givenNameGroups(name), known: nicknameGroups(name).length > 0, cross: cross === undefined ? undefined : phoneticCodes(cross) };
}

/** First and last name swapped between the records, allowing a sounds-alike spelling on each side.
 * Phonetic codes rather than Jaro–Winkler keep this cheap: it runs on every random u-sample pair. */
export function isSwapped(a: PhoneticValue & { cross: PhoneticValue | undefined }, b: PhoneticValue & { cross: PhoneticValue | undefined }): boolean {
  if (a.cross === undefined || b.cross === undefined) return false;
  return (a.value === b.cross.value || soundsAlike(a, b.cross)) && (b.value === a.cross.value || soundsAlike(b, a.cross));
}

function isInitialOf(a: string, b: string): boolean {
  return (a.length === 1 && b.charCodeAt(0) === a.charCodeAt(0)) || (b.length === 1 && a.charCodeAt(0) === b.charCodeAt(0));
}

export const firstName: ComparatorDef<GivenNameValue> = {
  id: 'first-name',
  description: 'Given names: exact, nickname, Jaro–Winkler >= 0.92, swapped with last name, initial, JW >= 0.80 or sounds alike, different',
  levels: ['exact', 'nickname', 'jw>=0.92', 'swapped', 'initial', 'jw>=0.80|phonetic', 'different'],
  roles: ['first_name', 'middle_name'],
  exactLevel: 0,
  identicalIsExact: true,
  prepare: prepareGivenName,
  compare(a, b) {
    if (a.value === b.value) return 0;
    const s = jaroWinkler(a.value, b.value);
    // A name found in the table only through a typo ("katherina") is a spelling of its neighbour
    // first: nickname only when it is not simply close to the other name.
    if (shareGroup(a.groups, b.groups) && ((a.known && b.known) || s < 0.92)) return 1;
    if (isInitialOf(a.value, b.value)) return 4;
    if (s >= 0.92) return 2;
    if (isSwapped(a, b)) return 3;
    if (s >= 0.8 || soundsAlike(a, b)) return 5;
    return 6;
  },
};
