// Phones in E.164: exact, same last 7 digits (the local number under another or missing area
// code), different.

import type { ComparatorDef } from '../definition.js';

export interface PhoneValue {
  value: string;
  last7: string;
}

export const phone: ComparatorDef<PhoneValue> = {
  id: 'phone',
  description: 'Phones: exact E.164, same last 7 digits, different',
  levels: ['exact', 'last 7 digits', 'different'],
  roles: ['phone'],
  reads: ['phone'],
  exactLevel: 0,
  identicalIsExact: true,
  prepare(value) {
    const digits = value.replace(/\D/g, '');
    return { value: digits, last7: digits.length >= 7 ? digits.slice(-7) : '' };
  },
  compare: (a, b) => (a.value === b.value ? 0 : a.last7 !== '' && a.last7 === b.last7 ? 1 : 2),
};
