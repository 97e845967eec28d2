// One pass over one column: completeness, distinct values (capped), top values and patterns.
// Hot path on purpose: one Map lookup per value; patterns are computed once per distinct value,
// not once per row.

import type { SourceTable } from '../core/record.js';
import { valuePattern } from './pattern.js';

export interface ValueCount {
  value: string;
  count: number;
}

export interface PatternCount {
  pattern: string;
  count: number;
  /** One value of this shape (raw; the caller masks it). */
  example: string;
}

export interface ColumnStats {
  filled: number;
  distinct: number;
  /** Distinct tracking stopped at the cap: `distinct` is a lower bound. */
  distinctCapped: boolean;
  top: ValueCount[];
  patterns: PatternCount[];
}

export const DISTINCT_CAP = 50_000;

function byCountThenKey<T>(key: (x: T) => string, count: (x: T) => number) {
  return (a: T, b: T) => count(b) - count(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

export function columnStats(table: SourceTable, column: number, topN: number): ColumnStats {
  const counts = new Map<string, number>();
  const patterns = new Map<string, PatternCount>();
  const addPattern = (value: string, n: number) => {
    const pattern = valuePattern(value);
    const seen = patterns.get(pattern);
    if (seen) seen.count += n;
    else patterns.set(pattern, { pattern, count: n, example: value });
  };
  let filled = 0;
  let capped = false;
  for (const row of table.rows) {
    const raw = row.values[column];
    if (raw === undefined || raw === '') continue;
    const value = raw.trim();
    if (value === '') continue;
    filled++;
    const seen = counts.get(value);
    if (seen !== undefined) counts.set(value, seen + 1);
    else if (counts.size < DISTINCT_CAP) counts.set(value, 1);
    else {
      capped = true;
      addPattern(value, 1);
    }
  }
  for (const [value, n] of counts) addPattern(value, n);
  const top = [...counts].map(([value, count]) => ({ value, count })).sort(byCountThenKey((x) => x.value, (x) => x.count));
  const sortedPatterns = [...patterns.values()].sort(byCountThenKey((x) => x.pattern, (x) => x.count));
  return {
    filled,
    distinct: counts.size,
    distinctCapped: capped,
    top: top.slice(0, topN),
    patterns: sortedPatterns.slice(0, topN),
  };
}
