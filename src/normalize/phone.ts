// The phone normalizer: E.164 via libphonenumber-js ("max" metadata, so that "valid" means a number
// the numbering plan actually assigns), the source's default region for national numbers, and the
// ugly forms of spreadsheet exports: a leading apostrophe, "0044…", "x12"/"ext. 12", vanity letters.

import { isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { GenerationalMap } from '../core/generational-map.js';
import type { NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
import { isValidNanp } from './nanp.js';
import { cleanText, withoutSpreadsheetWrapper } from './whitespace.js';

const EXTENSION = /\s*[,;]?\s*(?:ext\.?|extension|ex\.?|x|#)\s*:?\s*(\d{1,7})\s*$/i;
const LETTERS = /[A-Za-z]/;
const VANITY_LETTERS = /[A-Za-z]/g;
const NON_DIGITS = /\D/g;
const INTERNATIONAL_00 = /^\s*00(?=[1-9])/;
const KEYPAD: Readonly<Record<string, string>> = {
  A: '2', B: '2', C: '2', D: '3', E: '3', F: '3', G: '4', H: '4', I: '4', J: '5', K: '5', L: '5',
  M: '6', N: '6', O: '6', P: '7', Q: '7', R: '7', S: '7', T: '8', U: '8', V: '8', W: '9', X: '9', Y: '9', Z: '9',
};
// A vanity number has a real digit prefix ("1-800-FLOWERS"); "call me" does not.
const VANITY_SHAPE = /^\+?[\d\s().-]{3,}[A-Za-z][A-Za-z\d\s.-]*$/;

function issue(code: string, severity: NormalizeIssue['severity'], message: string): NormalizeIssue {
  return { code, severity, message };
}

const NOT_A_NUMBER = issue('phone.not_a_number', 'error', 'The value does not look like a phone number.');
const TOO_SHORT = issue('phone.too_short', 'error', 'Too few digits for a phone number of this region.');
const TOO_LONG = issue('phone.too_long', 'error', 'Too many digits for a phone number of this region.');
const INVALID = issue('phone.invalid', 'error', 'Not an assigned number in the numbering plan of its region.');
const LOCAL_ONLY = issue('phone.local_only', 'warning', 'A local number without area code; kept for matching only.');
const SCIENTIFIC = issue(
  'phone.scientific_notation',
  'error',
  'A spreadsheet wrote this number in scientific notation (1.2345E+10), which loses its last digits; export the column as text.',
);
/** `4.15555E+09`: what Excel shows (and saves to CSV) for a long number in a General column. */
const SCIENTIFIC_NOTATION = /^\s*\d(?:[.,]\d+)?e\+?\d{1,2}\s*$/i;

function keypadDigit(letter: string): string {
  return KEYPAD[letter.toUpperCase()]!;
}

function lengthIssue(text: string, region: CountryCode | undefined): NormalizeIssue {
  switch (validatePhoneNumberLength(text, region)) {
    case 'TOO_SHORT':
      return TOO_SHORT;
    case 'TOO_LONG':
      return TOO_LONG;
    case 'NOT_A_NUMBER':
      return NOT_A_NUMBER;
    default:
      return INVALID;
  }
}

// Hot path. A customer file writes one number many ways ("504.913.3528", "+1 (504) 913-3528",
// "15049133528"); a number of digits and punctuation only reads as "+" and its digits, so its E.164
// candidate is judged once and the verdict remembered (the E.164 form, or the issue). +1 numbers are
// judged by the compiled NANP walk (nanp.ts, <1 µs instead of the library's 11-24 µs) every time;
// others by libphonenumber, remembered in a bounded two-generation memo.
const PLAIN_NUMBER = /^\+?[\d\s().-]+$/;
const NANP_REGIONS: ReadonlySet<string> = new Set(['US', 'CA']);
const NANP_CANDIDATE = /^\+1[2-9]\d{9}$/;
const memo = new GenerationalMap<string, string | NormalizeIssue>(100_000);

/** "+" and the digits of an international number; for US/CA, a 10-digit national number (or 11
 * digits with the trunk prefix 1) under +1. Undefined when the text is not that plain. */
function e164Candidate(text: string, digits: string, region: CountryCode | undefined): string | undefined {
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const plus = text.charCodeAt(0) === 43; // '+'
  if (plus) return text.indexOf('+', 1) < 0 ? `+${digits}` : undefined;
  if (region === undefined || !NANP_REGIONS.has(region)) return undefined;
  if (digits.length === 10 && digits.charCodeAt(0) >= 50) return `+1${digits}`; // area codes start 2-9
  if (digits.length === 11 && digits.charCodeAt(0) === 49 && digits.charCodeAt(1) >= 50) return `+${digits}`;
  return undefined;
}

/** The verdict on a "+digits" candidate: its E.164 form when the numbering plan assigns it, else
 * the issue. The same verdict the full path below reaches for the plain text the candidate came
 * from (an invalid 10-digit NANP number has a possible length, so it is `phone.invalid`). */
function judgeCandidate(candidate: string): string | NormalizeIssue {
  const parsed = parsePhoneNumberFromString(candidate);
  if (parsed?.isValid()) return parsed.number;
  return lengthIssue(candidate, undefined);
}

function judged(candidate: string): string | NormalizeIssue {
  // A +1 verdict costs less than remembering it (customer phones are mostly distinct).
  if (NANP_CANDIDATE.test(candidate)) return isValidNanp(candidate.slice(2)) ? candidate : INVALID;
  let known = memo.get(candidate);
  if (known === undefined) memo.set(candidate, (known = judgeCandidate(candidate)));
  return known;
}

function normalizePhone(value: string, regionCode: string): NormalizeResult {
  if (SCIENTIFIC_NOTATION.test(value)) return { value: null, issues: [SCIENTIFIC] };
  // An unknown region (a typo in the config, or 'XX') still lets "+"-numbers through.
  const upper = regionCode.toUpperCase();
  const region = (isSupportedCountry(upper) ? upper : undefined) as CountryCode;
  let text = withoutSpreadsheetWrapper(cleanText(value));
  let extension: string | undefined;
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1]!;
    text = text.slice(0, ext.index);
  }
  if (LETTERS.test(text)) {
    if (!VANITY_SHAPE.test(text)) return { value: null, issues: [NOT_A_NUMBER] };
    text = text.replace(VANITY_LETTERS, keypadDigit);
  }
  // "0044 20…" is the international prefix of most of the world; a US default region would read it
  // as a national number, so it is rewritten to "+44 20…" first.
  text = text.replace(INTERNATIONAL_00, '+');
  const keys: Record<string, string> = {};
  if (extension !== undefined) keys.extension = extension;
  const digits = text.replace(NON_DIGITS, '');
  if (digits.length === 0) return { value: null, issues: [NOT_A_NUMBER] };
  const candidate = e164Candidate(text, digits, region);
  if (candidate !== undefined) {
    const known = judged(candidate);
    if (typeof known === 'string') return { value: known, keys };
    return Object.keys(keys).length > 0 ? { value: null, keys, issues: [known] } : { value: null, issues: [known] };
  }
  const parsed = parsePhoneNumberFromString(text, region);
  if (parsed?.isValid()) return { value: parsed.number, keys };
  if (!text.startsWith('+') && digits.length === 7) {
    keys.local = digits;
    return { value: null, keys, issues: [LOCAL_ONLY] };
  }
  const found = lengthIssue(text, region);
  return Object.keys(keys).length > 0 ? { value: null, keys, issues: [found] } : { value: null, issues: [found] };
}

// Between the numbers of a cell that holds several ("+4670000001; +4670000002", a JSON list joined,
// "555-0100 / 555-0101"): a cell with a separator is tried as a list first.
const LIST_SEPARATOR = /\s*(?:;|\||,|\s\/\s)\s*/;

/** One number, or the first of a list of valid numbers with a `phone.multiple` warning. */
function normalizePhoneCell(value: string, regionCode: string): NormalizeResult {
  // The list is tried first: libphonenumber reads "6175550101; 6175550102" as the first number
  // alone, and the second would be dropped without a word.
  if (!LIST_SEPARATOR.test(value)) return normalizePhone(value, regionCode);
  const parts = value.split(LIST_SEPARATOR).filter((part) => part.trim() !== '');
  if (parts.length < 2) return normalizePhone(value, regionCode);
  const numbers = parts.map((part) => normalizePhone(part, regionCode));
  if (!numbers.every((n) => n.value !== null)) return normalizePhone(value, regionCode);
  const message = `The cell holds ${parts.length} phone numbers; the first is kept as the phone, the others stay in the raw value. Map a column per number to keep them all.`;
  return { ...numbers[0]!, issues: [issue('phone.multiple', 'warning', message)] };
}

export const phoneNormalizer: NormalizerDefinition = {
  id: 'phone',
  description: 'E.164 phone number in the source region; extension in keys.extension.',
  roles: ['phone'],
  normalize: (value, context) => normalizePhoneCell(value, context.region || 'US'),
};
