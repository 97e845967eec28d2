// `ssn`: US Social Security Number structure (SSA rules since 2011 randomization still exclude area
// 000, 666 and 900-999, group 00 and serial 0000). Applies to national_id fields of US sources, or
// any source when options.country is 'US'. Messages never contain the number.

import { z } from 'zod';
import { NO_FINDINGS, type FieldRuleDefinition, type RuleFinding } from '../definition.js';

const NON_DIGITS = /\D+/g;
const LETTER = /[a-z]/i;

const optionsSchema = z.strictObject({ country: z.string().length(2).optional() }).default({});

const f = (code: string, message: string): readonly RuleFinding[] => Object.freeze([Object.freeze({ code, message })]);
const LENGTH = f('ssn.length', 'A US SSN has 9 digits.');
const AREA = f('ssn.invalid_area', 'The SSN area number (first 3 digits) is never issued (000, 666 or 900-999).');
const GROUP = f('ssn.invalid_group', 'The SSN group number (digits 4-5) is never 00.');
const SERIAL = f('ssn.invalid_serial', 'The SSN serial number (last 4 digits) is never 0000.');

export function checkSsn(value: string): readonly RuleFinding[] {
  const digits = value.replace(NON_DIGITS, '');
  if (digits.length !== 9 || LETTER.test(value)) return LENGTH;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return AREA;
  if (digits.slice(3, 5) === '00') return GROUP;
  if (digits.slice(5) === '0000') return SERIAL;
  return NO_FINDINGS;
}

export const ssnRule: FieldRuleDefinition<z.output<typeof optionsSchema>> = {
  kind: 'field',
  id: 'ssn',
  description: 'US SSN structure: 9 digits, no area 000/666/9xx, no group 00, no serial 0000.',
  roles: ['national_id'],
  byDefault: true,
  defaultSeverity: 'error',
  optionsSchema,
  check(value, context) {
    const country = context.options.country ?? context.region;
    if (country.toUpperCase() !== 'US') return NO_FINDINGS;
    return checkSsn(value);
  },
};
