// PII masking for reports and logs (DESIGN §6: masked unless --show-pii). One masker per kind of
// value, chosen by the field's role.

import { isRole, PII_ROLES, type Role } from '../core/roles.js';
import { maskDate } from './date.js';
import { maskEmail } from './email.js';
import { maskGeneric } from './generic.js';
import { maskName } from './name.js';
import { maskNationalId } from './national-id.js';
import { maskPhone } from './phone.js';
import { maskStreet } from './street.js';

const MASKER_BY_ROLE: Partial<Record<Role, (value: string) => string>> = {
  email: maskEmail,
  phone: maskPhone,
  first_name: maskName,
  middle_name: maskName,
  last_name: maskName,
  full_name: maskName,
  national_id: maskNationalId,
  street_number: maskStreet,
  street: maskStreet,
  street2: maskStreet,
  address: maskStreet,
  dob: maskDate,
  date: maskDate,
  timestamp: maskDate,
};

/** The masked form of `value` for a field of `role` (any role, or an unknown role name: then the
 * generic mask). '' stays ''. */
export function maskValue(value: string, role: Role | string): string {
  if (value.trim() === '') return '';
  const masker = isRole(role) ? MASKER_BY_ROLE[role] : undefined;
  return (masker ?? maskGeneric)(value);
}

/** Whether values of `role` are masked in reports: the PII roles, free text (notes fields carry
 * phone numbers and names), and any role we do not know (the safe side). Country, consent, city
 * and the like are not personal on their own and stay readable. */
export function isMaskedRole(role: Role | string): boolean {
  if (!isRole(role)) return true;
  return PII_ROLES.has(role) || role === 'text';
}

/** `value` as shown in a report or log: as is with --show-pii or for a non-personal role, masked otherwise. */
export function maskIf(showPii: boolean, value: string, role: Role | string): string {
  if (showPii || !isMaskedRole(role)) return value;
  return maskValue(value, role);
}
