// Tokenizing personal names and recognising their affixes (titles, suffixes, initials), shared by the
// first/middle/last/full name normalizers so that every name column cleans the same way.

import { AMBIGUOUS_SUFFIXES, AMBIGUOUS_TITLES, NAME_SUFFIXES, TITLES } from '../reference/name-affixes.js';
import { straightenApostrophes } from './name-case.js';
import { cleanText } from './whitespace.js';

// Nicknames written beside the name: John "Jack" Smith, Robert (Bob) Jones.
const NICKNAME = /\s*(?:\(([^)]*)\)|"([^"]*)"|\u201c([^\u201d]*)\u201d)\s*/g;
const EDGE_PUNCTUATION = /^[\s,.;:/\\|_*+-]+|[\s,;:/\\|_*+-]+$/g;
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}?$/u;
const SINGLE_INITIAL = /^\p{L}\.?$/u;
const PERIODS = /\./g;

export interface NameText {
  /** Cleaned text without nicknames. */
  text: string;
  nickname?: string;
}

/** NFC, straight apostrophes, one space, nicknames taken out, stray edge punctuation dropped. */
export function cleanNameText(value: string): NameText {
  let text = straightenApostrophes(cleanText(value));
  let nickname: string | undefined;
  if (text.includes('(') || text.includes('"') || text.includes('\u201c')) {
    text = text.replace(NICKNAME, (_match, paren?: string, quoted?: string, curly?: string) => {
      nickname ??= (paren ?? quoted ?? curly ?? '').trim() || undefined;
      return ' ';
    });
    text = cleanText(text);
  }
  text = text.replace(EDGE_PUNCTUATION, '');
  return nickname === undefined ? { text } : { text, nickname };
}

/** Splits on spaces; dotted initials become separate initials ("J.R.R." → J, R, R). */
export function nameTokens(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(' ')) {
    if (token.length === 0) continue;
    // "M.D." and "J.R." look alike: a known affix stays whole, other dotted letters are initials.
    if (token.length > 2 && DOTTED_INITIALS.test(token) && titleOf(token) === undefined && suffixOf(token) === undefined) {
      for (const letter of token.replace(PERIODS, '')) out.push(letter);
    } else {
      out.push(token);
    }
  }
  return out;
}

function affixKey(token: string): string {
  return token.replace(PERIODS, '').toUpperCase();
}

export function titleOf(token: string): string | undefined {
  return TITLES.get(affixKey(token));
}

export function suffixOf(token: string): string | undefined {
  return NAME_SUFFIXES.get(affixKey(token));
}

export function isAmbiguousTitle(token: string): boolean {
  return AMBIGUOUS_TITLES.has(affixKey(token));
}

export function isAmbiguousSuffix(token: string): boolean {
  return AMBIGUOUS_SUFFIXES.has(affixKey(token));
}

/** An initial written as "m", "M" or "M." becomes "M". */
export function initialOf(token: string): string | undefined {
  return SINGLE_INITIAL.test(token) ? token[0]!.toUpperCase() : undefined;
}

export interface Affixes {
  titles: string[];
  suffixes: string[];
  rest: string[];
}

/**
 * Takes leading titles and trailing suffixes off a token list. `minRest` tokens always remain, so a
 * surname that happens to be a suffix word ("Do") or a title word ("Major") is not eaten.
 */
export function takeAffixes(tokens: readonly string[], minRest: number): Affixes {
  let start = 0;
  let end = tokens.length;
  const titles: string[] = [];
  const suffixes: string[] = [];
  while (end - start > minRest) {
    const title = titleOf(tokens[start]!);
    if (title === undefined || (isAmbiguousTitle(tokens[start]!) && start > 0)) break;
    // A single "M" or "Sr" could be an initial or a name; take it only before at least two words.
    if (isAmbiguousTitle(tokens[start]!) && end - start < 3) break;
    titles.push(title);
    start += 1;
  }
  while (end - start > minRest) {
    const token = tokens[end - 1]!;
    const suffix = suffixOf(token);
    if (suffix === undefined) break;
    if (isAmbiguousSuffix(token) && end - start < 3) break;
    suffixes.unshift(suffix);
    end -= 1;
  }
  return { titles, suffixes, rest: tokens.slice(start, end) };
}
