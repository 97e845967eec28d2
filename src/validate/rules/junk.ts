// `junk`: placeholder and junk values (`n/a`, `test@test.com`, `000-000-0000`, `asdf`, 1900-01-01)
// are not data. Runs on the raw value before normalization, so a placeholder is never normalized
// into something that looks real (a `000-000-0000` phone) and never counts as match evidence.

import type { Role } from '../../core/roles.js';
import { TRUNCATED_CELL_MARKER } from '../../io/index.js';
import { NO_FINDINGS, type FieldRuleDefinition, type RuleFinding } from '../definition.js';
import {
  KEYBOARD_ROWS,
  PLACEHOLDER_EMAILS,
  PLACEHOLDER_EXEMPT,
  PLACEHOLDER_LOCAL_PARTS,
  PLACEHOLDER_WORDS,
  RESERVED_EMAIL_DOMAINS,
  RESERVED_EMAIL_TLDS,
} from '../junk-values.js';

// Compiled once; this rule sees every non-empty value of every field.
const WHITESPACE_RUNS = /\s+/g;
const NEEDS_WHITESPACE_FOLD = /\s\s|[^\S ]/;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]+$/u;
const DIGIT_SHAPED = /^[\d\s().+\-/]*\d[\d\s().+\-/]*$/;
const NON_DIGITS = /\D+/g;
const REPEATED_CHAR = /^(.)\1+$/;
const ASCII_WORD = /^[a-z]+$/;
const VOWEL = /[aeiouy]/;
const TOKEN_SEPARATORS = /[\s\-.']+/;
// Default and "unknown" dates from forms and database columns, with an optional midnight time.
const PLACEHOLDER_DATE =
  /^(?:(?:1900|1800|0001|0000)[-/.]0?[01][-/.]0?[01]|0?[01][-/.]0?[01][-/.](?:1900|1800|0001|0000)|1899[-/.]12[-/.]3[01]|9999[-/.]12[-/.]31|12[-/.]31[-/.]9999|31[-/.]12[-/.]9999)(?:[ T]00:00(?::00(?:\.0+)?)?Z?)?$/;
// Cyclic, so that `+1 234 567 8901` (digits 12345678901) is caught too.
const ASCENDING = '012345678901234567890';
const DESCENDING = '098765432109876543210';

/** Roles whose values are never checked for digit junk: source keys and machine values. */
const DIGIT_EXEMPT: ReadonlySet<Role> = new Set<Role>(['id', 'timestamp', 'text', 'street_number', 'consent', 'company']);
/** Roles where a letters-only value can be keyboard mash. */
const MASH_ROLES: ReadonlySet<Role> = new Set<Role>([
  'first_name', 'middle_name', 'last_name', 'full_name', 'city', 'street', 'street2', 'address',
]);
/** Roles where a vowel-less word of 4+ letters is mash (`Ng` and `Vlk` are shorter; `Lynn` has y). */
const VOWELLESS_ROLES: ReadonlySet<Role> = new Set<Role>(['first_name', 'middle_name', 'last_name', 'full_name', 'city']);

const finding = (code: string, message: string): readonly RuleFinding[] => Object.freeze([Object.freeze({ code, message })]);
const PLACEHOLDER = finding('junk.placeholder', 'The value is a placeholder, not data; it is treated as missing.');
const PLACEHOLDER_EMAIL = finding('junk.placeholder', 'The email is a placeholder address; it is treated as missing.');
const REPEATED = finding('junk.repeated_digits', 'The value is one digit repeated; it is treated as missing.');
const SEQUENTIAL = finding('junk.sequential_digits', 'The value is a run of sequential digits; it is treated as missing.');
const MASH = finding('junk.keyboard_mash', 'The value looks like keyboard mash; it is treated as missing.');
const FORMULA = finding('junk.formula', 'The value is a spreadsheet formula, not data; it is treated as missing.');
const TRUNCATED = finding('junk.truncated_cell', 'The cell was too large to read (see cell.too_large) and was cut; it is treated as missing.');
/** `=HYPERLINK(…)`, `@SUM(…)`, `+cmd|' /C calc'`: a function or DDE call, the name right before `(`
 * or `|` (`-Acme (UK)` and `@Home (Networks)` are names). */
const FORMULA_CALL = /^[=+\-@]\s*[a-z_][a-z0-9_.]*[(|]/;
/** `=1+2`, `=A1*3`: arithmetic or a cell reference after `=`. Not `="02134"`, Excel's way of keeping
 * a leading zero, which the normalizers unwrap. */
const FORMULA_EXPRESSION = /^=\s*(?:[\d(+\-]|[a-z]{1,3}\d)/;
/** Roles a formula check leaves alone: an id is the source's own, an email is checked as an email. */
const NO_FORMULA_CHECK: ReadonlySet<Role> = new Set<Role>(['id', 'email']);
const PLACEHOLDER_DATE_FINDING = finding('junk.placeholder_date', 'The date is a default placeholder; it is treated as missing.');

function isKeyboardMash(word: string, vowelless: boolean): boolean {
  if (word.length < 3 || !ASCII_WORD.test(word)) return false;
  if (REPEATED_CHAR.test(word)) return true; // xxx, aaaa
  if (word.length >= 4 && KEYBOARD_ROWS.includes(word)) return true;
  return vowelless && word.length >= 4 && !VOWEL.test(word);
}

/** Every token is mash (`asdf asdf`), so one odd token in a real name never condemns it. */
function allTokensMash(lower: string, vowelless: boolean): boolean {
  const tokens = lower.split(TOKEN_SEPARATORS);
  let seen = 0;
  for (const token of tokens) {
    if (token === '') continue;
    if (!isKeyboardMash(token, vowelless)) return false;
    seen++;
  }
  return seen > 0;
}

function allTokensPlaceholder(lower: string, exempt: ReadonlySet<string> | undefined): boolean {
  const space = lower.indexOf(' ');
  // Cheap refusal before splitting: almost every value's first word is not a placeholder.
  if (space < 0 || !PLACEHOLDER_WORDS.has(lower.slice(0, space))) return false;
  for (const token of lower.split(' ')) {
    if (!PLACEHOLDER_WORDS.has(token) || exempt?.has(token)) return false;
  }
  return true;
}

function checkEmail(lower: string): readonly RuleFinding[] {
  if (PLACEHOLDER_EMAILS.has(lower)) return PLACEHOLDER_EMAIL;
  const at = lower.lastIndexOf('@');
  const local = lower.slice(0, at);
  const domain = lower.slice(at + 1);
  if (PLACEHOLDER_LOCAL_PARTS.has(local) || RESERVED_EMAIL_DOMAINS.has(domain)) return PLACEHOLDER_EMAIL;
  const dot = domain.lastIndexOf('.');
  if (dot >= 0 && RESERVED_EMAIL_TLDS.has(domain.slice(dot + 1))) return PLACEHOLDER_EMAIL;
  // a@a.com, xx@xx.com: one character repeated, same as the domain's first label.
  const label = dot >= 0 ? domain.slice(0, domain.indexOf('.')) : domain;
  if (local === label && REPEATED_CHAR.test(local + local)) return PLACEHOLDER_EMAIL;
  if (isKeyboardMash(local, false)) return MASH;
  return NO_FINDINGS;
}

function checkDigits(value: string): readonly RuleFinding[] {
  const digits = value.replace(NON_DIGITS, '');
  if (digits.length >= 5 && REPEATED_CHAR.test(digits)) return REPEATED;
  if (digits.length >= 6 && (ASCENDING.includes(digits) || DESCENDING.includes(digits))) return SEQUENTIAL;
  return NO_FINDINGS;
}

export function findJunk(value: string, role: Role): readonly RuleFinding[] {
  if (value === TRUNCATED_CELL_MARKER) return TRUNCATED;
  let lower = value.toLowerCase();
  if (NEEDS_WHITESPACE_FOLD.test(lower)) lower = lower.replace(WHITESPACE_RUNS, ' ');
  const exempt = PLACEHOLDER_EXEMPT[role];
  if (PLACEHOLDER_WORDS.has(lower)) return exempt?.has(lower) ? NO_FINDINGS : PLACEHOLDER;
  if (PUNCTUATION_ONLY.test(lower)) return PLACEHOLDER;
  if (allTokensPlaceholder(lower, exempt)) return PLACEHOLDER;
  if (PLACEHOLDER_DATE.test(lower)) return PLACEHOLDER_DATE_FINDING;
  const first = lower.charCodeAt(0);
  if ((first === 61 || first === 43 || first === 45 || first === 64) /* = + - @ */ && !NO_FORMULA_CHECK.has(role) && (FORMULA_CALL.test(lower) || FORMULA_EXPRESSION.test(lower))) return FORMULA;
  if (lower.includes('@')) return checkEmail(lower);
  if (DIGIT_SHAPED.test(lower)) return DIGIT_EXEMPT.has(role) ? NO_FINDINGS : checkDigits(lower);
  if (MASH_ROLES.has(role) && allTokensMash(lower, VOWELLESS_ROLES.has(role))) return MASH;
  return NO_FINDINGS;
}

export const junkRule: FieldRuleDefinition = {
  kind: 'field',
  id: 'junk',
  description: 'Placeholder and junk values (n/a, test@test.com, 000-000-0000, asdf, 1900-01-01) are treated as missing.',
  roles: 'any',
  byDefault: true,
  phase: 'raw',
  pure: true,
  defaultSeverity: 'warning',
  check(value, context) {
    return findJunk(value, context.role);
  },
};
