// Casing of personal names and place names: recases ALL-CAPS or all-lower words and keeps deliberate
// internal capitals ("DeKalb"), with the surname rules that naive Title Case breaks: McDonald,
// MacLeod (but Mack, Macy, Macias), O'Brien, D'Angelo, van der Berg, Smith-Jones.

import { MAC_EXCEPTIONS, SURNAME_PARTICLES } from '../reference/name-affixes.js';

/** given: first and middle names; surname: Mc/Mac and particles; place: Mc only (McAllen, not MacKinaw). */
export type NameWordKind = 'given' | 'surname' | 'place';

// Two or more "Upper + lowers" humps: a writer chose these capitals, so they stay.
const DELIBERATE_CAPITALS = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;
const LETTER_APOSTROPHE = /^(\p{L})'(\p{L})/u;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;

/** Straight apostrophes only, so that O’Brien and O'Brien are one name. */
export function straightenApostrophes(value: string): string {
  return value.includes('\u2019') || value.includes('`') || value.includes('\u2018') || value.includes('\u02bc') || value.includes('´')
    ? value.replace(CURLY_APOSTROPHES, "'")
    : value;
}

function capitalize(lower: string): string {
  // Take the first code point, not the first UTF-16 unit, so astral letters survive.
  const first = String.fromCodePoint(lower.codePointAt(0)!);
  return first.toUpperCase() + lower.slice(first.length);
}

function caseSegment(segment: string, kind: NameWordKind): string {
  if (segment.length === 0) return segment;
  if (DELIBERATE_CAPITALS.test(segment)) return segment;
  const lower = segment.toLowerCase();
  if (lower === "'t") return lower;
  const apostrophe = LETTER_APOSTROPHE.exec(lower);
  if (apostrophe) {
    // O'Brien, D'Angelo, L'Estrange: a one-letter prefix before the apostrophe.
    return apostrophe[1]!.toUpperCase() + "'" + capitalize(lower.slice(2));
  }
  let cased = capitalize(lower);
  if (kind === 'given') return cased;
  if (lower.startsWith('mc') && lower.length > 2) {
    cased = 'Mc' + capitalize(lower.slice(2));
  } else if (kind === 'surname' && lower.startsWith('mac') && lower.length >= 6 && !MAC_EXCEPTIONS.has(segment.toUpperCase())) {
    cased = 'Mac' + capitalize(lower.slice(3));
  }
  return cased;
}

/** Cases one word (no spaces); hyphenated parts are cased separately ("SMITH-JONES" → "Smith-Jones"). */
export function caseNameWord(word: string, kind: NameWordKind): string {
  if (!word.includes('-')) return caseSegment(word, kind);
  return word
    .split('-')
    .map((part) => caseSegment(part, kind))
    .join('-');
}

/** Cases the words of a surname: particles stay lower case except as the last word
 * ("VAN DER BERG" → "van der Berg"; a surname that is only "De" stays "De"). */
export function caseSurnameWords(words: readonly string[]): string[] {
  const last = words.length - 1;
  return words.map((word, i) => {
    const lower = word.toLowerCase();
    if (i < last && SURNAME_PARTICLES.has(lower)) return lower;
    return caseNameWord(word, 'surname');
  });
}

/** Cases the words of a given name or of a place. */
export function caseWords(words: readonly string[], kind: NameWordKind): string[] {
  return words.map((word) => caseNameWord(word, kind));
}
