// Streets keep their shape: house numbers show their leading half (`123` → `12*`), street names
// their initial (`Main` → `M***`), and street types, directions and unit words stay (`St`, `NW`,
// `Apt`), since those say nothing about who lives there. `123 Main St` → `12* M*** St`.

import { maskWord, maskWords } from './words.js';

/** Common (USPS-style) street types, directionals and unit designators, lower-case, no dots. Kept
 * short on purpose: an unlisted word is masked, which is the safe side. */
const STRUCTURAL_WORDS: ReadonlySet<string> = new Set([
  'st', 'street', 'ave', 'av', 'avenue', 'rd', 'road', 'blvd', 'boulevard', 'dr', 'drive', 'ln', 'lane',
  'ct', 'court', 'pl', 'place', 'way', 'ter', 'terrace', 'cir', 'circle', 'hwy', 'highway', 'pkwy',
  'parkway', 'sq', 'square', 'trl', 'trail', 'aly', 'alley', 'row', 'loop', 'plz', 'plaza',
  'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west',
  'apt', 'apartment', 'unit', 'ste', 'suite', 'fl', 'floor', 'bldg', 'building', 'rm', 'room', 'lot',
  'po', 'box', 'of', 'the', '#',
]);

function isStructural(word: string): boolean {
  return STRUCTURAL_WORDS.has(word.toLowerCase().replace(/[.,;]/g, ''));
}

/** A token with a digit is a number (`123`, `4B`, `#12`): its leading half of letters and digits
 * shows; a one-character number is masked whole. */
function maskNumber(token: string): string {
  const chars = Array.from(token);
  const alnum = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  const shown = alnum >= 2 ? Math.ceil(alnum / 2) : 0;
  let seen = 0;
  return chars.map((c) => (/[\p{L}\p{N}]/u.test(c) && ++seen > shown ? '*' : c)).join('');
}

function maskStreetToken(token: string): string {
  if (isStructural(token)) return token;
  if (/\d/.test(token)) return maskNumber(token);
  return maskWord(token);
}

export function maskStreet(value: string): string {
  return maskWords(value.trim(), maskStreetToken);
}
