// Numeric closeness for amounts and counts, where relative distance matters, not spelling.

import type { ComparatorDef } from '../definition.js';

export const numeric: ComparatorDef<number> = {
  id: 'numeric',
  description: 'Exact, within 1%, within 10%, different (non-numbers compare as different)',
  levels: ['exact', 'within 1%', 'within 10%', 'different'],
  exactLevel: 0,
  prepare: (value) => Number(value.replace(/[,\s]/g, '')),
  compare(a, b) {
    if (Number.isNaN(a) || Number.isNaN(b)) return 3;
    if (a === b) return 0;
    const rel = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    if (rel <= 0.01) return 1;
    if (rel <= 0.1) return 2;
    return 3;
  },
};
