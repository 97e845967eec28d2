// `unique`: a value may occur only once per field within the run (e.g. a source's own customer id).
// Runs last, on final values, so that only values that survived validation are compared.

import { z } from 'zod';
import { NO_FINDINGS, type FieldRuleDefinition } from '../definition.js';

const optionsSchema = z.strictObject({ ignoreCase: z.boolean().default(false) });

export const uniqueRule: FieldRuleDefinition<z.output<typeof optionsSchema>> = {
  kind: 'field',
  id: 'unique',
  description: 'The value must not repeat within the run.',
  roles: 'any',
  byDefault: false,
  phase: 'final',
  defaultSeverity: 'error',
  optionsSchema,
  check(value, context) {
    if (value === '') return NO_FINDINGS;
    const key = context.options.ignoreCase ? value.toLowerCase() : value;
    const first = context.state.get(key) as string | undefined;
    if (first === undefined) {
      context.state.set(key, `${context.source} row ${context.row}`);
      return NO_FINDINGS;
    }
    return [{ code: 'unique.duplicate', message: `The value already occurs in ${first}.` }];
  },
};
