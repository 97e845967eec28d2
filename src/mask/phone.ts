// Phones keep the country calling code and the last four digits (`+1******4567`): the country and
// the tail are how people recognise a number; the rest is masked digit by digit so the length shows.

import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** An extension written after the number: ` x123`, ` ext. 123`, `;ext=123`, ` #123`. */
const EXTENSION = /\s*(?:;ext=|ext\.?|extension|x|#)\s*\d+\s*$/i;
const MIN_DIGITS_TO_SHOW_TAIL = 7;
const TAIL = 4;

export function maskPhone(value: string): string {
  const text = value.trim();
  const extension = EXTENSION.exec(text);
  const head = extension ? text.slice(0, extension.index) : text;
  // The extension is masked whole: it is a short, identifying number of its own.
  const tail = extension ? extension[0].replace(/\d/g, '*') : '';
  // Letters are masked too: a phone column can hold text that is no number (`ask Mary Major`, an
  // email typed in the wrong column), and masking digits alone would show it whole.
  return maskDigits(head, callingCodeLength(head)).replace(LETTER, '*') + tail;
}

const LETTER = /\p{L}/gu;

/** Digits of the country calling code of an international number (`+44 …` → 2), else 0. */
function callingCodeLength(value: string): number {
  if (!value.startsWith('+')) return 0;
  return parsePhoneNumberFromString(value)?.countryCallingCode.length ?? 0;
}

/** Keeps the leading `keep` digits (the calling code) and, when the rest has at least seven digits,
 * its last four; masks every other digit and keeps punctuation. With fewer digits everything after
 * the calling code is masked, since four of them would give most of the number away. */
function maskDigits(value: string, keep: number): string {
  const total = value.replace(/\D/g, '').length;
  const shownTail = total - keep >= MIN_DIGITS_TO_SHOW_TAIL ? TAIL : 0;
  let seen = 0;
  return value.replace(/\d/g, (digit) => {
    seen++;
    return seen <= keep || seen > total - shownTail ? digit : '*';
  });
}
