// The street and street2 normalizers. A unit found inside the street line ("12 Main St Apt 4") moves
// to derived.street2, so that "12 Main St" matches across sources that did or did not split it.

import type { NormalizeContext, NormalizeResult, NormalizerDefinition } from './definition.js';
import { formatUnit, parseStreetLine, streetTokens } from './street-line.js';

const BARE_UNIT = /^[\p{L}]?\d+[\p{L}]?$/u;

function streetOptions(context: NormalizeContext): { abbreviate: boolean } {
  return { abbreviate: context.options.abbreviate !== false };
}

function normalizeStreet(value: string, context: NormalizeContext): NormalizeResult {
  const line = parseStreetLine(value, streetOptions(context));
  if (line.unit === undefined) return { value: line.street };
  if (line.street.length === 0) return { value: line.unit };
  return { value: line.street, derived: { street2: line.unit } };
}

function normalizeStreet2(value: string): NormalizeResult {
  const tokens = streetTokens(value);
  // A bare "4B" in an address-line-2 column is a unit whose designator nobody wrote: USPS writes "#".
  if (tokens.length === 1 && BARE_UNIT.test(tokens[0]!)) return { value: `# ${tokens[0]!.toUpperCase()}` };
  return { value: formatUnit(tokens) };
}

export const streetNormalizer: NormalizerDefinition = {
  id: 'street',
  description: 'USPS Pub 28 street line (St, Ave, N, Title Case); a unit inside it moves to street2.',
  roles: ['street'],
  normalize: normalizeStreet,
};

export const street2Normalizer: NormalizerDefinition = {
  id: 'street2',
  description: 'Secondary unit line with USPS designators (Apt 4B, Ste 200, # 12).',
  roles: ['street2'],
  normalize: (value) => normalizeStreet2(value),
};
