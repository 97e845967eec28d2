// Settles the day/month order of each date-like column of one source: a column's configured order,
// else what its values prove, else the source's configured order, else the region's habit (reported).

import type { ColumnMapping, SourceTable } from '../core/record.js';
import type { DateOrder, Role } from '../core/roles.js';
import { defaultDateOrder, inferDateOrder, type DateOrderEvidence } from './date-order.js';

const DATE_ROLES = new Set<Role>(['dob', 'date', 'timestamp']);

function* columnValues(table: SourceTable, column: number): Generator<string> {
  for (const row of table.rows) {
    const value = row.values[column];
    if (value) yield value.trim();
  }
}

/** Sets `dateOrder` / `dateOrderAmbiguous` on the date columns in place. All values are read, not a
 * sample: the one value that proves the order (a day above 12) may be anywhere. */
export function resolveDates(
  table: SourceTable,
  columns: ColumnMapping[],
  region: string,
  sourceOrder: DateOrder | undefined,
  report: (field: string, code: string, message: string) => void,
): void {
  columns.forEach((mapping, i) => {
    if (!mapping.role || !DATE_ROLES.has(mapping.role) || mapping.dateOrder) return;
    const field = mapping.field ?? mapping.column;
    const evidence = inferDateOrder(columnValues(table, i));
    if (evidence.dmyProofs > 0 && evidence.mdyProofs > 0) {
      report(field, 'schema.date_order_mixed', `column "${mapping.column}" mixes day-first (${evidence.dmyProofs} values) and month-first (${evidence.mdyProofs}) dates; reading it as ${evidence.order}`);
    }
    decide(mapping, evidence, region, sourceOrder, (code, message) => report(field, code, message));
    // Dotted dates read their own way where the column's other dates are read otherwise, or where
    // the dotted ones are proven while the others are a guess (no ambiguity warning for them then).
    const { dottedOrder, dottedProven } = evidence;
    if (!dottedOrder || !mapping.dateOrder || mapping.dateOrder === 'YMD') return;
    const differs = dottedOrder !== mapping.dateOrder;
    if (!differs && !(dottedProven && mapping.dateOrderAmbiguous)) return;
    mapping.dottedDateOrder = dottedOrder;
    if (!dottedProven) mapping.dottedDateAmbiguous = true;
    if (differs) {
      const how = dottedProven ? `writes dotted dates day/month as ${dottedOrder}` : `has undecided dotted dates, read ${dottedOrder} by convention,`;
      report(field, 'schema.date_order_by_separator', `column "${mapping.column}" ${how} and its other dates as ${mapping.dateOrder}; each is read its own way`);
    }
  });
}

function decide(mapping: ColumnMapping, evidence: DateOrderEvidence, region: string, sourceOrder: DateOrder | undefined, report: (code: string, message: string) => void): void {
  if (evidence.order) {
    const proven = evidence.dmyProofs + evidence.mdyProofs > 0;
    if (proven && sourceOrder && sourceOrder !== evidence.order) {
      report('schema.date_order_conflict', `column "${mapping.column}" is configured ${sourceOrder}, but its values prove ${evidence.order}; using ${evidence.order}`);
    }
    mapping.dateOrder = evidence.order;
    return;
  }
  if (sourceOrder) {
    mapping.dateOrder = sourceOrder;
    return;
  }
  if (!evidence.ambiguous) return;
  const guess = evidence.guess ?? defaultDateOrder(region);
  mapping.dateOrder = guess;
  mapping.dateOrderAmbiguous = true;
  const why = evidence.guess ? 'dotted dates are day-first by convention' : `for region ${region}`;
  report('schema.date_order_ambiguous', `no value of column "${mapping.column}" decides day/month order; assuming ${guess} (${why}; set dateOrder in the config to confirm)`);
}
