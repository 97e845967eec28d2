// A source's default region (for phones, states, postcodes and the date-order guess), from its
// values when the config does not say: AU states and 4-digit postcodes mean AU, ZIPs and US states US.

import type { Severity } from '../core/diagnostic.js';
import type { ColumnMapping, SourceTable } from '../core/record.js';
import { sampleColumn } from './infer.js';
import { type RegionVotes, regionVotes } from './values.js';

export const FALLBACK_REGION = 'US';
/** The winner needs this share of all votes; below it the source looks international. */
const MAJORITY = 0.6;

export function inferRegion(
  table: SourceTable,
  columns: ColumnMapping[],
  sampleSize: number,
  report: (code: string, severity: Severity, message: string) => void,
): string {
  const votes: RegionVotes = {};
  columns.forEach((mapping, i) => {
    if (mapping.role === 'country' || mapping.role === 'state' || mapping.role === 'postcode' || mapping.role === 'phone') {
      regionVotes(mapping.role, sampleColumn(table, i, sampleSize), votes);
    }
  });
  const ranked = Object.entries(votes).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = ranked.reduce((sum, [, n]) => sum + n, 0);
  const top = ranked[0];
  if (top && top[1] / total >= MAJORITY) {
    report('schema.region_inferred', 'info', `region ${top[0]} inferred from ${top[1]} of ${total} address and phone values`);
    return top[0];
  }
  report('schema.region_defaulted', 'info', `no region could be inferred from the values; assuming ${FALLBACK_REGION} (set region in the config)`);
  return FALLBACK_REGION;
}
