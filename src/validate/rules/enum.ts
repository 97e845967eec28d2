// `enum`: the canonical value must be one of a list from the config.

import { z } from 'zod';
import { NO_FINDINGS, type FieldRuleDefinition } from '../definition.js';

const optionsSchema = z
  .strictObject({ values: z.array(z.string()).min(1), caseSensitive: z.boolean().default(false) })
  .transform((o) => ({
    caseSensitive: o.caseSensitive,
    allowed: new Set(o.caseSensitive ? o.values : o.values.map((v) => v.toLowerCase())),
    shown: o.values.slice(0, 10).join(', '),
  }));

export const enumRule: FieldRuleDefinition<z.output<typeof optionsSchema>> = {
  kind: 'field',
  id: 'enum',
  description: 'The value must be one of the listed values.',
  roles: 'any',
  byDefault: false,
  defaultSeverity: 'error',
  optionsSchema,
  check(value, context) {
    const { allowed, caseSensitive, shown } = context.options;
    if (allowed.has(caseSensitive ? value : value.toLowerCase())) return NO_FINDINGS;
    return [{ code: 'enum.not_allowed', message: `The value is not one of: ${shown}.` }];
  },
};
