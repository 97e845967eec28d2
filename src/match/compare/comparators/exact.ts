// Exact equality: for codes where a near miss means nothing (state, country, gender).

import type { ComparatorDef } from '../definition.js';

export const exact: ComparatorDef<string> = {
  id: 'exact',
  description: 'Same value or different',
  levels: ['exact', 'different'],
  roles: ['state', 'country', 'gender'],
  exactLevel: 0,
  identicalIsExact: true,
  prepare: (value) => value,
  compare: (a, b) => (a === b ? 0 : 1),
};
