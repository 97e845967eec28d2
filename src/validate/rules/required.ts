// `required`: the field must end up with a value (after junk screening, normalization and actions).

import { NO_FINDINGS, type FieldRuleDefinition, type RuleFinding } from '../definition.js';

const MISSING: readonly RuleFinding[] = Object.freeze([
  Object.freeze({ code: 'required.missing', message: 'A required value is missing, empty, a placeholder or invalid.' }),
]);

export const requiredRule: FieldRuleDefinition = {
  kind: 'field',
  id: 'required',
  description: 'The field must have a valid value.',
  roles: 'any',
  byDefault: false,
  phase: 'final',
  defaultSeverity: 'error',
  check(value) {
    return value === '' ? MISSING : NO_FINDINGS;
  },
};
