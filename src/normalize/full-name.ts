// The full_name normalizer: "Last, First M.", "First M. Last", "Dr. Mary O'Brien-Jones PhD",
// "José van der Berg Jr." → a cleaned "Title First Middle Last Suffix" plus the parts as derived
// fields. Our own parser rather than parse-full-name: its casing and particle handling fight ours.

import type { Role } from '../core/roles.js';
import { IRISH_SURNAME_PREFIXES, SURNAME_PARTICLES } from '../reference/name-affixes.js';
import type { NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
import { caseSurnameWords, caseWords } from './name-case.js';
import { cleanNameText, initialOf, nameTokens, suffixOf, takeAffixes } from './name-parts.js';

const NO_NAME: NormalizeIssue = {
  code: 'name.affix_only',
  severity: 'warning',
  message: 'The name holds only titles or suffixes.',
};

interface NameParts {
  titles: string[];
  given: string[];
  surname: string[];
  suffixes: string[];
}

/** "Smith, John A." / "Smith Jr., John" / "John Smith, PhD" → parts. */
function partsFromComma(text: string): NameParts | undefined {
  const pieces = text.split(',').map((piece) => piece.trim()).filter((piece) => piece.length > 0);
  if (pieces.length < 2) return undefined;
  const trailing: string[] = [];
  // Trailing pieces made only of suffixes: "John Smith, Jr., CPA".
  while (pieces.length > 1) {
    const tokens = nameTokens(pieces[pieces.length - 1]!);
    if (!tokens.every((token) => suffixOf(token) !== undefined)) break;
    trailing.unshift(...tokens.map((token) => suffixOf(token)!));
    pieces.pop();
  }
  if (pieces.length === 1) {
    const parts = partsFromOrder(nameTokens(pieces[0]!));
    parts.suffixes.push(...trailing);
    return parts;
  }
  const surnameSide = takeAffixes(nameTokens(pieces[0]!), 1);
  const givenSide = takeAffixes(nameTokens(pieces.slice(1).join(' ')), 0);
  return {
    titles: [...surnameSide.titles, ...givenSide.titles],
    given: givenSide.rest,
    surname: surnameSide.rest,
    suffixes: [...surnameSide.suffixes, ...givenSide.suffixes, ...trailing],
  };
}

/** "Dr. Mary Ann O'Brien-Jones PhD", "José van der Berg Jr." → parts. */
function partsFromOrder(tokens: readonly string[]): NameParts {
  const { titles, suffixes, rest } = takeAffixes(tokens, 1);
  if (rest.length === 1) {
    // "Mr." or "Jr." alone: the last token is an affix too, not a name.
    const lone = takeAffixes(rest, 0);
    if (lone.rest.length === 0) {
      return { titles: [...titles, ...lone.titles], given: [], surname: [], suffixes: [...lone.suffixes, ...suffixes] };
    }
  }
  if (rest.length <= 1) return { titles, given: rest, surname: [], suffixes };
  // The surname is the last word plus the particles just before it, keeping at least one given name.
  let surnameStart = rest.length - 1;
  while (surnameStart > 1 && isSurnameLead(rest[surnameStart - 1]!.toLowerCase())) surnameStart -= 1;
  return { titles, given: rest.slice(0, surnameStart), surname: rest.slice(surnameStart), suffixes };
}

/** A one-letter given word of a cased script ("J"), written "J."; a one-character name of a script
 * without case (王, Chinese; 민, Korean) is a whole name, never an initial. */
function isLetterInitial(word: string): boolean {
  return word.length === 1 && word.toLowerCase() !== word.toUpperCase();
}

/** A word that belongs to the surname after it: a particle ("van", "de") or an Irish patronymic
 * prefix ("Ní Dhomhnaill", "Ó Briain", "Mac Giolla"), which keeps its capital. */
function isSurnameLead(lower: string): boolean {
  return SURNAME_PARTICLES.has(lower) || IRISH_SURNAME_PREFIXES.has(lower);
}

function givenWord(token: string): string {
  return initialOf(token) ?? token;
}

function normalizeFullName(value: string): NormalizeResult {
  const { text, nickname } = cleanNameText(value);
  const parts = (text.includes(',') ? partsFromComma(text) : undefined) ?? partsFromOrder(nameTokens(text));
  const given = caseWords(parts.given.map(givenWord), 'given');
  const surname = caseSurnameWords(parts.surname);
  const derived: Partial<Record<Role, string>> = {};
  if (parts.titles.length > 0) derived.title = parts.titles.join(' ');
  if (given.length > 0) derived.first_name = given[0]!;
  if (given.length > 1) derived.middle_name = given.slice(1).join(' ');
  if (surname.length > 0) derived.last_name = surname.join(' ');
  if (parts.suffixes.length > 0) derived.suffix = parts.suffixes.join(' ');
  if (given.length === 0 && surname.length === 0) return { value: null, derived, issues: [NO_NAME] };
  // Initials are written with a period in the display form only ("Mary J. Blige").
  const display = [
    ...parts.titles,
    ...given.map((word) => (isLetterInitial(word) ? word + '.' : word)),
    ...surname,
    ...parts.suffixes,
  ].join(' ');
  const result: NormalizeResult = { value: display, derived };
  if (nickname !== undefined) result.keys = { nickname };
  return result;
}

export const fullNameNormalizer: NormalizerDefinition = {
  id: 'full_name',
  description: 'Whole name in any common order → "Title First Middle Last Suffix", with each part derived.',
  roles: ['full_name'],
  normalize: (value) => normalizeFullName(value),
};
