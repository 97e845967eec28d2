// `name.full_name_conflict`: when a row has its own first/last name columns AND a full name column,
// they should tell the same story. A full name alone is fine (it is split into parts); parts that
// contradict it usually mean columns were shifted or two people share a row.

import type { Role } from '../../core/roles.js';
import { NO_FINDINGS, type RecordRuleContext, type RecordRuleDefinition, type RecordView } from '../definition.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_LETTERS = /[^\p{L}]+/u;

function tokens(value: string): string[] {
  return value.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().split(NON_LETTERS).filter((t) => t !== '');
}

/** The value of `role` only when it came from the row's own column (not derived from the full name). */
function ownValue(record: RecordView, context: RecordRuleContext<unknown>, role: Role): string | undefined {
  const fields = context.fieldsByRole[role];
  if (fields === undefined) return undefined;
  for (const field of fields) {
    if (record.raw[field] !== undefined && record.values[field] !== undefined) return record.values[field];
  }
  return undefined;
}

/** Every token of the part appears in the full name; a one-letter token matches as an initial. */
function containedIn(part: string, full: readonly string[]): boolean {
  for (const token of tokens(part)) {
    const found = token.length === 1 ? full.some((t) => t.startsWith(token)) : full.includes(token);
    if (!found) return false;
  }
  return true;
}

export const nameConflictRule: RecordRuleDefinition = {
  kind: 'record',
  id: 'name.full_name_conflict',
  description: 'First and last name columns must agree with the full name column.',
  defaultSeverity: 'warning',
  check(record, context) {
    const full = ownValue(record, context, 'full_name');
    if (full === undefined) return NO_FINDINGS;
    const first = ownValue(record, context, 'first_name');
    const last = ownValue(record, context, 'last_name');
    if (first === undefined && last === undefined) return NO_FINDINGS;
    const fullTokens = tokens(full);
    if ((first === undefined || containedIn(first, fullTokens)) && (last === undefined || containedIn(last, fullTokens))) {
      return NO_FINDINGS;
    }
    const field = context.fieldsByRole.full_name?.find((f) => record.raw[f] !== undefined) ?? '';
    return [{ code: 'name.full_name_conflict', message: 'The first/last name columns contradict the full name.', field }];
  },
};
