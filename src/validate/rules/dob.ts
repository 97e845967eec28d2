// `dob`: a date of birth must be plausible for a living customer: not in the future, not more than
// maxAge (120) years ago, and optionally at least minAge years ago (e.g. 18 for adult-only products).

import { z } from 'zod';
import { NO_FINDINGS, type FieldRuleDefinition } from '../definition.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const optionsSchema = z
  .strictObject({ maxAge: z.int().positive().default(120), minAge: z.int().nonnegative().default(0) })
  .default({ maxAge: 120, minAge: 0 });

/** The ISO date `years` before `today` (Feb 29 falls back to Feb 28 in a common year by string order). */
function yearsBefore(today: string, years: number): string {
  const year = Number(today.slice(0, 4)) - years;
  return `${String(year).padStart(4, '0')}${today.slice(4, 10)}`;
}

export const dobRule: FieldRuleDefinition<z.output<typeof optionsSchema>> = {
  kind: 'field',
  id: 'dob',
  description: 'A date of birth must not be in the future nor imply an age above maxAge (120).',
  roles: ['dob'],
  byDefault: true,
  defaultSeverity: 'error',
  optionsSchema,
  check(value, context) {
    // A non-ISO value is the normalizer's to report; this rule judges plausibility only.
    if (!ISO_DATE.test(value)) return NO_FINDINGS;
    const date = value.slice(0, 10);
    const { today } = context;
    if (date > today) return [{ code: 'dob.future', message: 'The date of birth is in the future.' }];
    const { maxAge, minAge } = context.options;
    if (date < yearsBefore(today, maxAge)) return [{ code: 'dob.too_old', message: `The date of birth implies an age above ${maxAge}.` }];
    if (minAge > 0 && date > yearsBefore(today, minAge)) {
      return [{ code: 'dob.too_young', message: `The date of birth implies an age below ${minAge}.` }];
    }
    return NO_FINDINGS;
  },
};
