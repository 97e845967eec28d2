// Names show each word's initial and length (`John Smith` → `J*** S****`): enough to tell two
// examples in a report apart, not enough to name the person. NFC first, so an accented letter
// written as letter + combining mark counts (and masks) as one character.

import { maskWord, maskWords } from './words.js';

export function maskName(value: string): string {
  return maskWords(value.trim(), maskWord);
}
