// `length`: bounds on the canonical value's length in characters (code points, so accents count once).

import { z } from 'zod';
import { NO_FINDINGS, type FieldRuleDefinition } from '../definition.js';

const optionsSchema = z
  .strictObject({ min: z.int().nonnegative().optional(), max: z.int().positive().optional() })
  .refine((o) => o.min !== undefined || o.max !== undefined, 'give min, max or both')
  .refine((o) => o.min === undefined || o.max === undefined || o.min <= o.max, 'min must not exceed max');

function codePoints(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // skip the low half of a surrogate pair
  }
  return n;
}

export const lengthRule: FieldRuleDefinition<z.output<typeof optionsSchema>> = {
  kind: 'field',
  id: 'length',
  description: 'The value length must lie within min..max characters.',
  roles: 'any',
  byDefault: false,
  defaultSeverity: 'error',
  optionsSchema,
  check(value, context) {
    const { min, max } = context.options;
    const n = codePoints(value);
    if (min !== undefined && n < min) return [{ code: 'length.too_short', message: `The value has ${n} characters; at least ${min} expected.` }];
    if (max !== undefined && n > max) return [{ code: 'length.too_long', message: `The value has ${n} characters; at most ${max} expected.` }];
    return NO_FINDINGS;
  },
};
