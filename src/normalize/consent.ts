// The consent normalizer: the many ways a checkbox is exported ("Y", "opted in", "✓", "1") → "true"
// or "false". `options.invert: true` reads an opt-OUT column, where "yes" means no consent; words
// that name the status itself ("opted out", "unsubscribed") mean the same in either kind of column.

import type { NormalizeContext, NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
import { cleanText } from './whitespace.js';

const EDGE_MARKS = /^[\s"'[(]+|[\s"'\]).!]+$/g;
const SEPARATORS = /[\s_-]+/g;

// Answers to the column's question: an opt-out column's "yes" is no consent.
const TRUE_WORDS = [
  'y', 'yes', 'true', 't', '1', 'on', 'x', '✓', '✔', '☑', '✅', 'checked', 'agree', 'agreed', 'accepted',
  'accept', 'allow', 'allowed', 'ok', 'si', 'sí', 'oui', 'ja', 'da', '1.0', 'yes please',
];
const FALSE_WORDS = [
  'n', 'no', 'false', 'f', '0', 'off', '✗', '✘', '☐', '❌', 'unchecked', 'disagree', 'non', 'nein', 'nee', '0.0',
];
// The consent status in so many words, whatever the column asks: never inverted. A refusal
// ("declined", "denied") stays a no even in an opt-out column: reading it as consent would mail
// someone who said no.
const CONSENTING_WORDS = ['opted in', 'opt in', 'optin', 'optedin', 'subscribed', 'subscribe', 'granted', 'consent', 'consented'];
const REFUSING_WORDS = [
  'opted out', 'opt out', 'optout', 'optedout', 'unsubscribed', 'unsubscribe', 'withdrawn', 'no consent',
  'do not contact', 'dnc', 'declined', 'decline', 'denied', 'refused',
];

function consentKey(value: string): string {
  return cleanText(value).toLowerCase().replace(EDGE_MARKS, '').replace(SEPARATORS, ' ');
}

const CONSENT_WORDS: ReadonlyMap<string, boolean> = new Map([
  ...[...TRUE_WORDS, ...CONSENTING_WORDS].map((word) => [consentKey(word), true] as const),
  ...[...FALSE_WORDS, ...REFUSING_WORDS].map((word) => [consentKey(word), false] as const),
]);
const STATUS_WORDS: ReadonlySet<string> = new Set([...CONSENTING_WORDS, ...REFUSING_WORDS].map(consentKey));

const UNRECOGNIZED: NormalizeIssue = {
  code: 'consent.unrecognized',
  severity: 'error',
  message: 'Not a recognised yes/no value.',
};

/** true/false for a yes/no cell, undefined when unrecognised. */
export function parseBoolean(value: string): boolean | undefined {
  return CONSENT_WORDS.get(consentKey(value));
}

function normalizeConsent(value: string, context: NormalizeContext): NormalizeResult {
  const key = consentKey(value);
  const parsed = CONSENT_WORDS.get(key);
  if (parsed === undefined) return { value: null, issues: [UNRECOGNIZED] };
  const invert = context.options.invert === true && !STATUS_WORDS.has(key);
  return { value: String(invert ? !parsed : parsed) };
}

export const consentNormalizer: NormalizerDefinition = {
  id: 'consent',
  description: 'Yes/no, opted in/out, ✓, 1/0 → "true"/"false"; options.invert for opt-out columns.',
  roles: ['consent'],
  normalize: normalizeConsent,
};
