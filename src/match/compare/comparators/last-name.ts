// Family names: exact, typo, one part of a double-barrelled name, swapped with the given name,
// sounds-alike. Reads the given name as its cross field for swap detection.

import type { ComparatorDef } from '../definition.js';
import { jaroWinkler } from '../jaro-winkler.js';
import { isSwapped } from './first-name.js';
import { phoneticCodes, soundsAlike, type PhoneticValue } from './phonetic.js';

export interface FamilyNameValue extends PhoneticValue {
  tokens: readonly string[];
  cross: PhoneticValue | undefined;
}

const SEPARATORS = /[\s-]+/;

function shareToken(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 && b.length < 2) return false;
  for (const x of a) if (x.length > 1 && b.includes(x)) return true;
  return false;
}

export const lastName: ComparatorDef<FamilyNameValue> = {
  id: 'last-name',
  description: 'Family names: exact, Jaro–Winkler >= 0.92, shared part, swapped with given name, JW >= 0.80 or sounds alike, different',
  levels: ['exact', 'jw>=0.92', 'shared part', 'swapped', 'jw>=0.80|phonetic', 'different'],
  roles: ['last_name'],
  exactLevel: 0,
  identicalIsExact: true,
  prepare: (value, cross) => ({ ...phoneticCodes(value), tokens: value.split(SEPARATORS), cross: cross === undefined ? undefined : phoneticCodes(cross) }),
  compare(a, b) {
    if (a.value === b.value) return 0;
    const s = jaroWinkler(a.value, b.value);
    if (s >= 0.92) return 1;
    if (shareToken(a.tokens, b.tokens)) return 2;
    if (isSwapped(a, b)) return 3;
    if (s >= 0.8 || soundsAlike(a, b)) return 4;
    return 5;
  },
};
