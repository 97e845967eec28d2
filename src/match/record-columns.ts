// The match stage reads the same few fields of every record many times: each comparison, each
// blocking key and the guard read a field, trimmed and lower-cased. Read from the records' objects
// that cost a megamorphic property lookup and a fresh lower-cased string per read (37 reads of 15
// fields per record at the defaults). A RecordColumns reads each field once into an array, with
// equal values sharing one lower-cased string.

import type { CustomerRecord } from '../core/record.js';

export type Column = readonly (string | undefined)[];

export class RecordColumns {
  private readonly columns = new Map<string, Column>();

  constructor(readonly records: readonly CustomerRecord[]) {}

  /** Trimmed, lower-cased `keys[key] ?? values[field]` per record; undefined when absent or empty.
   * Without `key`, the field's canonical value. */
  column(field: string, key?: string): Column {
    const id = key === undefined ? field : `${key}\u0000${field}`;
    let column = this.columns.get(id);
    if (column === undefined) {
      column = readColumn(this.records, field, key);
      this.columns.set(id, column);
    }
    return column;
  }
}

/** Rows after which a column whose values rarely repeat stops sharing lower-cased strings. */
const PROBE_ROWS = 20_000;

function readColumn(records: readonly CustomerRecord[], field: string, key: string | undefined): Column {
  const out = new Array<string | undefined>(records.length);
  // Equal values share one lower-cased string (names, cities: a few thousand distinct values in a
  // million rows); a column of mostly distinct values (emails) skips the map after a probe.
  let lowered: Map<string, string | undefined> | undefined = new Map();
  let repeats = 0;
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    const v = (key !== undefined ? record.keys[key] : undefined) ?? record.values[field];
    if (v === undefined) {
      out[r] = undefined;
      continue;
    }
    if (lowered === undefined) {
      out[r] = lower(v);
      continue;
    }
    let t = lowered.get(v);
    if (t !== undefined || lowered.has(v)) repeats++;
    else lowered.set(v, (t = lower(v)));
    out[r] = t;
    if (r === PROBE_ROWS && repeats < PROBE_ROWS / 2) lowered = undefined;
  }
  return out;
}

function lower(v: string): string | undefined {
  const t = v.trim().toLowerCase();
  return t === '' ? undefined : t;
}
