// The roles a field can play (DESIGN §1). A role decides which rules, normalizer and comparator apply.

export const ROLES = [
  'id',
  'national_id',
  'email',
  'phone',
  'first_name',
  'middle_name',
  'last_name',
  'full_name',
  'title',
  'suffix',
  'gender',
  'street_number',
  'street',
  'street2',
  'address',
  'city',
  'state',
  'postcode',
  'country',
  'company',
  'dob',
  'date',
  'timestamp',
  'consent',
  'text',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles whose values identify or describe a person and are masked in reports unless --show-pii. */
export const PII_ROLES: ReadonlySet<Role> = new Set<Role>([
  'national_id',
  'email',
  'phone',
  'first_name',
  'middle_name',
  'last_name',
  'full_name',
  'street_number',
  'street',
  'street2',
  'address',
  'dob',
]);

/** Order in which a date column's day, month and year appear. */
export type DateOrder = 'YMD' | 'MDY' | 'DMY';
