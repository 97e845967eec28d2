// Edit-distance levels for short codes typed by hand (postcodes, street numbers), where Jaro–Winkler
// over-rewards a shared prefix ("2040" vs "2049" are different suburbs, "2040" vs "2004" a typo).

import type { ComparatorDef } from '../definition.js';
import { isAdjacentTransposition, levenshtein } from '../edit-distance.js';

export const levenshteinComparator: ComparatorDef<string> = {
  id: 'levenshtein',
  description: 'Exact, one edit (or swapped neighbours), two edits, different',
  levels: ['exact', '1 edit', '2 edits', 'different'],
  roles: ['postcode', 'street_number'],
  exactLevel: 0,
  identicalIsExact: true,
  prepare: (value) => value,
  compare(a, b) {
    if (a === b) return 0;
    if (isAdjacentTransposition(a, b)) return 1;
    const d = levenshtein(a, b);
    if (d === 1) return 1;
    if (d === 2 && Math.min(a.length, b.length) > 2) return 2;
    return 3;
  },
};
