// Dates of birth (ISO YYYY-MM-DD) with the tolerance data entry needs: day and month swapped
// (US vs European order), one digit mistyped or two neighbours swapped, same year, different.

import type { ComparatorDef } from '../definition.js';
import { isAdjacentTransposition, isOneSubstitution } from '../edit-distance.js';

export interface DateValue {
  value: string;
  /** YYYYMMDD, so digit typos are measured on digits only. */
  digits: string;
  year: string;
  month: string;
  day: string;
}

export function prepareDate(value: string): DateValue {
  const digits = value.replace(/\D/g, '');
  return { value, digits, year: digits.slice(0, 4), month: digits.slice(4, 6), day: digits.slice(6, 8) };
}

export function isDayMonthSwap(a: DateValue, b: DateValue): boolean {
  return a.year === b.year && a.month === b.day && a.day === b.month && a.month !== a.day;
}

export function isDateTypo(a: DateValue, b: DateValue): boolean {
  return isOneSubstitution(a.digits, b.digits) || isAdjacentTransposition(a.digits, b.digits);
}

export const date: ComparatorDef<DateValue> = {
  id: 'date',
  description: 'Dates: exact, day/month swapped, one digit typo or transposition, same year, different',
  levels: ['exact', 'day-month swap', 'one-digit typo', 'same year', 'different'],
  roles: ['dob'],
  reads: ['dob', 'date', 'timestamp'],
  exactLevel: 0,
  identicalIsExact: true,
  prepare: prepareDate,
  compare(a, b) {
    if (a.digits === b.digits) return 0;
    if (isDayMonthSwap(a, b)) return 1;
    if (isDateTypo(a, b)) return 2;
    if (a.year === b.year) return 3;
    return 4;
  },
};
