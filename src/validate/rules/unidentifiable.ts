// `row.identifiable`: a row must carry something that can identify a person, or it can never be
// matched nor merged meaningfully: a valid email, phone or national id, or a last name with a first
// name, date of birth or address. Rows without are quarantined rather than becoming golden records.

import type { Role } from '../../core/roles.js';
import { NO_FINDINGS, valueOfRole, type RecordFinding, type RecordRuleDefinition } from '../definition.js';

const STRONG: readonly Role[] = ['email', 'phone', 'national_id'];
const WITH_LAST_NAME: readonly Role[] = ['first_name', 'dob', 'street', 'address', 'postcode'];

const UNIDENTIFIABLE: readonly RecordFinding[] = Object.freeze([
  Object.freeze({
    code: 'row.unidentifiable',
    message: 'The row has no valid email, phone or national id, and no last name with a first name, date of birth or address.',
    field: '',
  }),
]);

export const identifiableRule: RecordRuleDefinition = {
  kind: 'record',
  id: 'row.identifiable',
  description: 'A row needs a valid email, phone or national id, or a last name with first name, dob or address.',
  defaultSeverity: 'error',
  defaultAction: 'quarantine',
  check(record, context) {
    for (const role of STRONG) {
      const fields = context.fieldsByRole[role];
      if (fields !== undefined && fields.some((f) => record.values[f] !== undefined)) return NO_FINDINGS;
    }
    if (valueOfRole(record, context, 'last_name') !== undefined) {
      for (const role of WITH_LAST_NAME) if (valueOfRole(record, context, role) !== undefined) return NO_FINDINGS;
    }
    return UNIDENTIFIABLE;
  },
};
