// `address.state_zip`: for US addresses, the ZIP's 3-digit prefix must belong to the state. A
// mismatch usually means a typo in one of them, or a state filled in from an old address. A
// warning, not an error: a handful of ZIP3s straddle state lines.

import type { Role } from '../../core/roles.js';
import { NO_FINDINGS, fieldOfRole, valueOfRole, type RecordRuleDefinition } from '../definition.js';
import { statesForZip } from '../zip-prefixes.js';

const US_ZIP = /^(\d{5})(?:[- ]?\d{4})?$/;
const US_STATE_CODE = /^[A-Z]{2}$/;
const US_COUNTRY: ReadonlySet<string> = new Set(['US', 'USA', 'UNITED STATES', 'UNITED STATES OF AMERICA']);
const POSTCODE: Role = 'postcode';

export const stateZipRule: RecordRuleDefinition = {
  kind: 'record',
  id: 'address.state_zip',
  description: 'A US ZIP code prefix must belong to the state given.',
  defaultSeverity: 'warning',
  check(record, context) {
    const country = valueOfRole(record, context, 'country');
    if (country === undefined ? context.region.toUpperCase() !== 'US' : !US_COUNTRY.has(country.toUpperCase())) return NO_FINDINGS;
    const state = valueOfRole(record, context, 'state')?.toUpperCase();
    const zip = valueOfRole(record, context, POSTCODE);
    if (state === undefined || zip === undefined || !US_STATE_CODE.test(state)) return NO_FINDINGS;
    const match = US_ZIP.exec(zip);
    if (match === null) return NO_FINDINGS;
    const states = statesForZip(match[1]!);
    if (states === undefined || states.includes(state)) return NO_FINDINGS;
    return [
      {
        code: 'address.state_zip_mismatch',
        message: `The ZIP code's prefix belongs to ${states.replace(' ', ' or ')}, not ${state}.`,
        field: fieldOfRole(record, context, POSTCODE) ?? '',
      },
    ];
  },
};
