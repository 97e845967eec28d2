// Jaro–Winkler levels for free text where typos land late in the string (streets, cities).

import type { ComparatorDef } from '../definition.js';
import { jaroWinkler } from '../jaro-winkler.js';

export const jaroWinklerComparator: ComparatorDef<string> = {
  id: 'jaro-winkler',
  description: 'Exact, Jaro–Winkler >= 0.92, >= 0.80, different',
  levels: ['exact', 'jw>=0.92', 'jw>=0.80', 'different'],
  roles: ['street', 'street2', 'city', 'address', 'full_name'],
  exactLevel: 0,
  identicalIsExact: true,
  prepare: (value) => value,
  compare(a, b) {
    if (a === b) return 0;
    const s = jaroWinkler(a, b);
    if (s >= 0.92) return 1;
    if (s >= 0.8) return 2;
    return 3;
  },
};
