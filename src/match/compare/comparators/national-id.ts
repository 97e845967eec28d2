// National ids (digits only): exact, one digit wrong or two neighbours swapped, different.

import type { ComparatorDef } from '../definition.js';
import { isOneTypo } from '../edit-distance.js';

export const nationalId: ComparatorDef<string> = {
  id: 'national-id',
  description: 'National ids: exact, one typo or transposition, different',
  levels: ['exact', 'one typo', 'different'],
  roles: ['national_id'],
  reads: ['national_id'],
  exactLevel: 0,
  identicalIsExact: true,
  prepare: (value) => value,
  compare: (a, b) => (a === b ? 0 : isOneTypo(a, b) ? 1 : 2),
};
