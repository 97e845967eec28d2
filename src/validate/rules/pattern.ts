// `pattern`: the canonical value must match a regular expression from the config. The expression is
// compiled once when options are parsed, never per row.

import { z } from 'zod';
import { NO_FINDINGS, type FieldRuleDefinition } from '../definition.js';

const optionsSchema = z
  .strictObject({ pattern: z.string().min(1), flags: z.string().regex(/^[imsu]*$/).default('') })
  .transform((o, ctx) => {
    try {
      // Anchored: a config author writing `\d{5}` means the whole value, not a substring.
      return { regex: new RegExp(`^(?:${o.pattern})$`, o.flags), pattern: o.pattern };
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `invalid regular expression: ${(err as Error).message}` });
      return z.NEVER;
    }
  });

export const patternRule: FieldRuleDefinition<z.output<typeof optionsSchema>> = {
  kind: 'field',
  id: 'pattern',
  description: 'The value must match a regular expression (anchored).',
  roles: 'any',
  byDefault: false,
  defaultSeverity: 'error',
  optionsSchema,
  check(value, context) {
    if (context.options.regex.test(value)) return NO_FINDINGS;
    return [{ code: 'pattern.mismatch', message: `The value does not match the pattern ${context.options.pattern}.` }];
  },
};
