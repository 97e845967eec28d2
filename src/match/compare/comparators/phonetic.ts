// Double Metaphone: sounds-alike levels for names spelled by ear (Smyth / Smith, Catherine / Kathryn).

import { doubleMetaphone } from 'double-metaphone';
import { GenerationalMap } from '../../../core/generational-map.js';
import type { ComparatorDef } from '../definition.js';

export interface PhoneticValue {
  value: string;
  primary: string;
  secondary: string;
  /** The codes interned as small integers (0 = no code), so the pair loop compares numbers. */
  primaryId: number;
  secondaryId: number;
}

const codeIds = new Map<string, number>([['', 0]]);

function codeId(code: string): number {
  let id = codeIds.get(code);
  if (id === undefined) {
    id = codeIds.size;
    codeIds.set(code, id);
  }
  return id;
}

/** Codes by name: a given name is prepared once per (name, family name) combination, and the family
 * name once per (family, given) one, so the same few thousand names come back hundreds of times. */
const codesOf = new GenerationalMap<string, PhoneticValue>(50_000);

/** The name's Double Metaphone codes; the object is shared between calls, so never mutated. */
export function phoneticCodes(value: string): PhoneticValue {
  let codes = codesOf.get(value);
  if (codes === undefined) {
    const [primary, secondary] = doubleMetaphone(value);
    codes = Object.freeze({ value, primary, secondary, primaryId: codeId(primary), secondaryId: codeId(secondary) });
    codesOf.set(value, codes);
  }
  return codes;
}

/** Any of the two codes of one side equals any of the other's (empty codes never match). */
export function soundsAlike(a: PhoneticValue, b: PhoneticValue): boolean {
  const ap = a.primaryId;
  const bp = b.primaryId;
  if (ap === 0 || bp === 0) return false;
  const as = a.secondaryId;
  const bs = b.secondaryId;
  return ap === bp || ap === bs || as === bp || (as !== 0 && as === bs);
}

export const phonetic: ComparatorDef<PhoneticValue> = {
  id: 'phonetic',
  description: 'Exact, same Double Metaphone code, different',
  levels: ['exact', 'sounds alike', 'different'],
  exactLevel: 0,
  identicalIsExact: true,
  prepare: (value) => phoneticCodes(value),
  compare: (a, b) => (a.value === b.value ? 0 : soundsAlike(a, b) ? 1 : 2),
};
