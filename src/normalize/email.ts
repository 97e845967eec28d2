// The email normalizer: NFC, lower case, and a match key that folds the aliases one inbox receives
// (Gmail ignores dots and "+tags"; most providers ignore "+tags"). The key is for matching only and
// is never written as the customer's address. Domain typos, role and disposable addresses belong
// to the validate stage.

import validator from 'validator';
import type { NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
import { cleanText } from './whitespace.js';

const MAILTO = /^mailto:/i;
// "John Smith <john@example.com>" as pasted from a mail client.
const DISPLAY_NAME = /<([^<>\s]+@[^<>\s]+)>\s*$/;
const DOTS = /\./g;
const GMAIL_DOMAINS: ReadonlySet<string> = new Set(['gmail.com', 'googlemail.com']);

const SYNTAX: NormalizeIssue = {
  code: 'email.syntax',
  severity: 'error',
  message: 'Not a valid email address.',
};

/** The part after the last "@", lower-cased; undefined when there is none. */
export function emailDomain(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 0 || at === email.length - 1) return undefined;
  return email.slice(at + 1).toLowerCase();
}

/** The key two aliases of one mailbox share; input must already be lower-cased and valid. */
export function emailMatchKey(email: string): string {
  const at = email.lastIndexOf('@');
  let local = email.slice(0, at);
  let domain = email.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replace(DOTS, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

// A plain lower-case ASCII address that validator.isEmail (default options) accepts for certain: a
// dot-atom local part of at most 64 characters, a domain of letter/digit labels (inner hyphens) of at
// most 63 characters each, an alphabetic TLD, at most 254 characters in all. Anything else (quoted or
// Unicode local parts, punycode TLDs, odd lengths) goes to isEmail, which decides.
const PLAIN_EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isEmailAddress(text: string): boolean {
  if (text.length <= 254 && PLAIN_EMAIL.test(text) && text.lastIndexOf('@') <= 64) return true;
  return validator.isEmail(text);
}

// Between the addresses of a cell that holds several ("a@x.com; b@y.com", a JSON list joined).
const LIST_SEPARATOR = /[\s;,]+/;

function normalizeEmail(value: string): NormalizeResult {
  let text = cleanText(value);
  const bracketed = DISPLAY_NAME.exec(text);
  if (bracketed) text = bracketed[1]!;
  text = text.replace(MAILTO, '').toLowerCase();
  if (isEmailAddress(text)) return { value: text, keys: { match: emailMatchKey(text) } };
  const listed = text.split(LIST_SEPARATOR).filter((part) => part !== '');
  // A stray separator ("a@shop.com;") is no second address.
  if (listed.length === 1 && isEmailAddress(listed[0]!)) return { value: listed[0]!, keys: { match: emailMatchKey(listed[0]!) } };
  if (listed.length > 1 && listed.every(isEmailAddress)) {
    const first = listed[0]!;
    return {
      value: first,
      keys: { match: emailMatchKey(first) },
      issues: [
        {
          code: 'email.multiple',
          severity: 'warning',
          message: `The cell holds ${listed.length} addresses; the first is kept as the email, the others stay in the raw value. Map a column per address to keep them all.`,
        },
      ],
    };
  }
  return { value: null, issues: [SYNTAX] };
}

export const emailNormalizer: NormalizerDefinition = {
  id: 'email',
  description: 'Lower-cased address; keys.match folds Gmail dots and +tags for matching.',
  roles: ['email'],
  normalize: (value) => normalizeEmail(value),
};
