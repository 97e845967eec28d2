// The consent normalizer: the many ways a checkbox is exported ("Y", "opted in", "✓", "1") → "true"
// or "false". `options.invert: true` reads an opt-OUT column, where "yes" means no consent.

import type { NormalizeContext, NormalizeIssue, NormalizeResult, NormalizerDefinition } from './definition.js';
import { cleanText } from './whitespace.js';

const EDGE_MARKS = /^[\s"'[(]+|[\s"'\]).!]+$/g;
const SEPARATORS = /[\s_-]+/g;

const TRUE_WORDS = [
  'y', 'yes', 'true', 't', '1', 'on', 'x', '✓', '✔', '☑', '✅', 'checked', 'opted in', 'opt in', 'optin',
  'optedin', 'subscribed', 'subscribe', 'agree', 'agreed', 'accepted', 'accept', 'granted', 'consent',
  'consented', 'allow', 'allowed', 'ok', 'si', 'sí', 'oui', 'ja', 'da', '1.0', 'yes please',
];
const FALSE_WORDS = [
  'n', 'no', 'false', 'f', '0', 'off', '✗', '✘', '☐', '❌', 'unchecked', 'opted out', 'opt out', 'optout',
  'optedout', 'unsubscribed', 'unsubscribe', 'declined', 'decline', 'denied', 'refused', 'withdrawn',
  'disagree', 'no consent', 'non', 'nein', 'nee', '0.0', 'do not contact', 'dnc',
];

function consentKey(value: string): string {
  return cleanText(value).toLowerCase().replace(EDGE_MARKS, '').replace(SEPARATORS, ' ');
}

const CONSENT_WORDS: ReadonlyMap<string, boolean> = new Map([
  ...TRUE_WORDS.map((word) => [consentKey(word), true] as const),
  ...FALSE_WORDS.map((word) => [consentKey(word), false] as const),
]);

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
  const parsed = parseBoolean(value);
  if (parsed === undefined) return { value: null, issues: [UNRECOGNIZED] };
  return { value: String(context.options.invert === true ? !parsed : parsed) };
}

export const consentNormalizer: NormalizerDefinition = {
  id: 'consent',
  description: 'Yes/no, opted in/out, ✓, 1/0 → "true"/"false"; options.invert for opt-out columns.',
  roles: ['consent'],
  normalize: normalizeConsent,
};
