// The placeholder and junk values people type into customer forms and CRMs when they have nothing
// to enter (or test a form). Lower-cased; whitespace collapsed before lookup.

import type { Role } from '../core/roles.js';

/** Whole values that mean "nothing here", in any field. */
export const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'n/a', 'n.a.', 'n.a', 'na', 'n/d', 'none', 'null', 'nil', 'nan', 'undefined', 'unknown', 'unk', 'not known',
  'not available', 'not applicable', 'not provided', 'not given', 'none given', 'no name', 'noname',
  'no email', 'noemail', 'no phone', 'nophone', 'no address', 'tbd', 'tba', 'to be confirmed',
  'test', 'testing', 'asdf', 'qwerty', 'xxx', 'dummy', 'fake', 'sample', 'example', 'empty', 'refused',
  'declined', 'do not use', 'donotuse', 'delete', 'deleted',
  // Spreadsheet error values pasted as data.
  '#n/a', '#value!', '#ref!', '#div/0!', '#name?', '#null!', '#num!', '#error',
]);

/** Placeholder words that are real data in some roles: `NA` is Namibia; `Na` and `Nil` are names. */
export const PLACEHOLDER_EXEMPT: Readonly<Partial<Record<Role, ReadonlySet<string>>>> = {
  country: new Set(['na']),
  first_name: new Set(['na', 'nil']),
  middle_name: new Set(['na', 'nil']),
  last_name: new Set(['na', 'nil']),
  full_name: new Set(['na', 'nil']),
  // A consent answer: "declined" and "refused" are a no, not a blank.
  consent: new Set(['declined', 'refused']),
};

/** Whole placeholder email addresses. */
export const PLACEHOLDER_EMAILS: ReadonlySet<string> = new Set([
  'test@test.com', 'none@none.com', 'a@a.com', 'no@email.com', 'no@no.com', 'noemail@noemail.com',
  'email@email.com', 'nobody@nowhere.com', 'abc@abc.com', 'test@example.com', 'user@example.com',
  'name@domain.com', 'email@domain.com', 'someone@somewhere.com',
]);

/** Local parts that mark an address as a placeholder whatever the domain (`noemail@shop.com`). */
export const PLACEHOLDER_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'noemail', 'no-email', 'no_email', 'no.email', 'nomail', 'no-mail', 'none', 'na', 'n/a', 'null',
  'unknown', 'noname', 'dummy', 'fake', 'asdf', 'qwerty', 'xxx', 'test', 'donotreply.placeholder',
]);

/** Domains reserved for examples and testing (RFC 2606, RFC 6761): never a customer's mailbox. */
export const RESERVED_EMAIL_DOMAINS: ReadonlySet<string> = new Set(['example.com', 'example.net', 'example.org']);
export const RESERVED_EMAIL_TLDS: ReadonlySet<string> = new Set(['test', 'example', 'invalid', 'localhost']);

/** Keyboard rows (QWERTY); a run of 4+ adjacent keys, either direction, is keyboard mash. */
export const KEYBOARD_ROWS = 'qwertyuiop asdfghjkl zxcvbnm poiuytrewq lkjhgfdsa mnbvcxz';
