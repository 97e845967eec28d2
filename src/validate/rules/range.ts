// `range`: numeric bounds, or ISO date bounds (YYYY-MM-DD, or 'today'). Canonical dates are ISO, so
// dates compare as strings on their first ten characters; timestamps compare by their date.

import { z } from 'zod';
import { NO_FINDINGS, type FieldRuleDefinition } from '../definition.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_PREFIX = /^\d{4}-\d{2}-\d{2}/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

const dateBound = z.union([z.literal('today'), z.string().regex(ISO_DATE, 'an ISO date YYYY-MM-DD or "today"')]);

const optionsSchema = z
  .union([
    z.strictObject({ min: z.number().optional(), max: z.number().optional() }).transform((o) => ({ kind: 'number' as const, ...o })),
    z.strictObject({ min: dateBound.optional(), max: dateBound.optional() }).transform((o) => ({ kind: 'date' as const, ...o })),
  ])
  .refine((o) => o.min !== undefined || o.max !== undefined, 'give min, max or both');

export const rangeRule: FieldRuleDefinition<z.output<typeof optionsSchema>> = {
  kind: 'field',
  id: 'range',
  description: 'A number or ISO date must lie within min..max.',
  roles: 'any',
  byDefault: false,
  defaultSeverity: 'error',
  optionsSchema,
  check(value, context) {
    const o = context.options;
    if (o.kind === 'number') {
      if (!NUMBER.test(value)) return [{ code: 'range.not_comparable', message: 'The value is not a number.' }];
      const n = Number(value);
      if (o.min !== undefined && n < o.min) return [{ code: 'range.below', message: `The value is below the minimum ${o.min}.` }];
      if (o.max !== undefined && n > o.max) return [{ code: 'range.above', message: `The value is above the maximum ${o.max}.` }];
      return NO_FINDINGS;
    }
    if (!ISO_PREFIX.test(value)) return [{ code: 'range.not_comparable', message: 'The value is not an ISO date.' }];
    const date = value.length === 10 ? value : value.slice(0, 10);
    const min = o.min === 'today' ? context.today : o.min;
    const max = o.max === 'today' ? context.today : o.max;
    if (min !== undefined && date < min) return [{ code: 'range.below', message: `The date is before ${min}.` }];
    if (max !== undefined && date > max) return [{ code: 'range.above', message: `The date is after ${max}.` }];
    return NO_FINDINGS;
  },
};
