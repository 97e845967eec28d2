// Edit distances for short identifiers (ids, postcodes, dates): Levenshtein from fastest-levenshtein,
// plus the "one slip of the finger" tests that data entry produces (one digit wrong, two swapped).

import { distance } from 'fastest-levenshtein';

export const levenshtein: (a: string, b: string) => number = distance;

/** Same length and exactly one position differs. */
export function isOneSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++diff > 1) return false;
  return diff === 1;
}

/** Same length and equal after swapping one pair of adjacent characters. */
export function isAdjacentTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i >= a.length - 1) return false;
  if (a.charCodeAt(i) !== b.charCodeAt(i + 1) || a.charCodeAt(i + 1) !== b.charCodeAt(i)) return false;
  return a.slice(i + 2) === b.slice(i + 2);
}

/** One typo: a single insertion, deletion, substitution, or adjacent transposition. */
export function isOneTypo(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  return isAdjacentTransposition(a, b) || levenshtein(a, b) === 1;
}
