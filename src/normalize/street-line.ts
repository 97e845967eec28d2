// Parsing and formatting of one street line after USPS Publication 28: house number, pre-directional,
// Title Case name, standard suffix abbreviation, post-directional, and the secondary unit ("Apt 4")
// split off so that it can live in street2. Shared by the street, street2 and address normalizers.

import { DIRECTIONALS, STREET_SUFFIXES } from '../reference/street-suffixes.js';
import { UNIT_DESIGNATORS } from '../reference/unit-designators.js';
import type { UnitDesignator } from '../reference/unit-designators.js';
import { caseNameWord, straightenApostrophes } from './name-case.js';
import { cleanText } from './whitespace.js';

const ABBREVIATION_PERIOD = /(\p{L})\.(?=\s|,|$|\p{L})/gu;
const GLUED_HASH = /#\s*(?=[\p{L}\d])/gu;
const COMMAS = /\s*,\s*/g;
const PO_BOX = /^P\.?\s*O\.?\s*BOX\b/i;
const HAS_DIGIT = /\d/;
const ORDINAL = /^(\d+)(ST|ND|RD|TH)$/i;
const UNIT_ID = /^(?:[\p{L}\d]+-)?[\p{L}\d]+$/u;
const DELIBERATE_CAPITALS = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;
const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and']);

export interface StreetLine {
  /** Number, directionals, name and suffix; '' when the line held only a unit. */
  street: string;
  /** The secondary unit ("Apt 4B", "Ste 200", "# 12"), when there was one. */
  unit?: string;
}

export interface StreetOptions {
  /** Apply USPS suffix and directional abbreviations (default true). */
  abbreviate: boolean;
}

/** NFC, one space, straight apostrophes, no abbreviation periods, "#4" → "# 4", commas as spaces. */
export function streetTokens(value: string): string[] {
  const text = straightenApostrophes(cleanText(value))
    .replace(ABBREVIATION_PERIOD, '$1')
    .replace(GLUED_HASH, '# ')
    .replace(COMMAS, ' ')
    .trim();
  return text.length === 0 ? [] : text.split(' ');
}

/** Cases a word of a street or unit: ordinals "42ND" → "42nd", identifiers "12a" → "12A". */
export function caseStreetWord(word: string, position: number): string {
  const ordinal = ORDINAL.exec(word);
  if (ordinal) return ordinal[1]! + ordinal[2]!.toLowerCase();
  if (HAS_DIGIT.test(word)) return word.toUpperCase();
  const lower = word.toLowerCase();
  if (position > 0 && SMALL_WORDS.has(lower) && !DELIBERATE_CAPITALS.test(word)) return lower;
  return caseNameWord(word, 'place');
}

function unitDesignatorAt(tokens: readonly string[], i: number): UnitDesignator | undefined {
  return UNIT_DESIGNATORS.get(tokens[i]!.toUpperCase());
}

/** Index of the token holding the unit identifier that follows a designator at `i`, or -1. */
function unitIdentifierAfter(tokens: readonly string[], i: number): number {
  let j = i + 1;
  // "Apt # 4": the "#" is noise between designator and number.
  if (tokens[j] === '#' && tokens[i] !== '#') j += 1;
  const token = tokens[j];
  if (token === undefined || !UNIT_ID.test(token)) return -1;
  // "Key West Dr" is not unit "Key W…": an identifier has a digit or is one or two characters.
  return HAS_DIGIT.test(token) || token.length <= 2 ? j : -1;
}

/** Formats a unit from its tokens: designator abbreviation then identifier(s) upper-cased. */
export function formatUnit(tokens: readonly string[]): string {
  const designator = unitDesignatorAt(tokens, 0);
  if (designator === undefined) return tokens.map((token, i) => caseStreetWord(token, i)).join(' ');
  const rest = tokens.slice(1).filter((token, i) => !(i === 0 && token === '#' && tokens[0] !== '#'));
  const parts = [designator.abbreviation, ...rest.map((token) => (HAS_DIGIT.test(token) || token.length <= 2 ? token.toUpperCase() : caseStreetWord(token, 1)))];
  return parts.join(' ');
}

/** The index where a secondary unit starts in a street line, or -1. Never the first token. */
export function findUnit(tokens: readonly string[]): number {
  for (let i = 1; i < tokens.length; i += 1) {
    const designator = unitDesignatorAt(tokens, i);
    if (designator === undefined) continue;
    if (designator.needsNumber ? unitIdentifierAfter(tokens, i) >= 0 : i >= 2 && i === tokens.length - 1) return i;
  }
  return -1;
}

function formatStreet(tokens: readonly string[], options: StreetOptions): string {
  if (tokens.length === 0) return '';
  const out = new Array<string>(tokens.length);
  const nameStart = HAS_DIGIT.test(tokens[0]!) ? 1 : 0;
  if (nameStart === 1) out[0] = tokens[0]!.toUpperCase();
  let end = tokens.length;
  const upper = (i: number): string => tokens[i]!.toUpperCase();
  if (options.abbreviate && end - 1 > nameStart + 1 && DIRECTIONALS.has(upper(end - 1))) {
    out[end - 1] = DIRECTIONALS.get(upper(end - 1))!;
    end -= 1;
  }
  let nameEnd = end;
  if (options.abbreviate && end - 1 > nameStart && STREET_SUFFIXES.has(upper(end - 1))) {
    out[end - 1] = STREET_SUFFIXES.get(upper(end - 1))!;
    nameEnd = end - 1;
  }
  let first = nameStart;
  // A leading directional is abbreviated only when a name remains after it ("N Main St", not "N St").
  if (options.abbreviate && nameEnd - nameStart > 1 && DIRECTIONALS.has(upper(nameStart))) {
    out[nameStart] = DIRECTIONALS.get(upper(nameStart))!;
    first += 1;
  }
  for (let i = first; i < nameEnd; i += 1) out[i] = caseStreetWord(tokens[i]!, i - first);
  return out.join(' ');
}

/** Parses and formats one street line, splitting off its secondary unit. */
export function parseStreetLine(value: string, options: StreetOptions): StreetLine {
  const tokens = streetTokens(value);
  if (PO_BOX.test(tokens.slice(0, 3).join(' '))) {
    const box = tokens.join(' ').replace(PO_BOX, '').trim();
    return { street: `PO Box ${box.toUpperCase()}`.trim() };
  }
  const unitStart = findUnit(tokens);
  if (unitStart < 0) return { street: formatStreet(tokens, options) };
  return {
    street: formatStreet(tokens.slice(0, unitStart), options),
    unit: formatUnit(tokens.slice(unitStart)),
  };
}
