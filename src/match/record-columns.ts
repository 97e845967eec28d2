// The match stage reads the same few fields of every record many times: each comparison, each
// blocking key and the guard read a field, trimmed and lower-cased. Read from the records' objects
// that cost a megamorphic property lookup, a fresh lower-cased string and a Map lookup per read
// (37 reads of 15 fields per record at the defaults). A RecordColumns reads each field once and
// interns it: one id per distinct lower-cased value, shared by comparisons and blocking keys.

import type { CustomerRecord } from '../core/record.js';

export type Column = readonly (string | undefined)[];

/** A field's values as dense ids (in order of first occurrence), -1 where missing. */
export interface InternedColumn {
  ids: Int32Array;
  /** Distinct trimmed, lower-cased values by id. */
  values: string[];
  /** Records holding each id. */
  counts: Int32Array;
  /** Records with a value. */
  present: number;
}

export class RecordColumns {
  private readonly interned = new Map<string, InternedColumn>();
  private readonly strings = new Map<string, Column>();
  private transposed: { values: Map<string, Column>; keys: Map<string, Column> } | undefined;

  constructor(readonly records: readonly CustomerRecord[]) {}

  /** `keys[key] ?? values[field]` per record, trimmed and lower-cased, interned. Without `key`, the
   * field's canonical value. */
  ids(field: string, key?: string): InternedColumn {
    const name = key === undefined ? field : `${key}\u0000${field}`;
    let column = this.interned.get(name);
    if (column === undefined) {
      const { values, keys } = this.transpose();
      column = internColumn(this.records.length, values.get(field), key === undefined ? undefined : keys.get(key));
      this.interned.set(name, column);
    }
    return column;
  }

  /** The same values as strings per record (undefined where missing). */
  column(field: string, key?: string): Column {
    const name = key === undefined ? field : `${key}\u0000${field}`;
    let column = this.strings.get(name);
    if (column === undefined) {
      const { ids, values } = this.ids(field, key);
      column = Array.from(ids, (id) => (id < 0 ? undefined : values[id]));
      this.strings.set(name, column);
    }
    return column;
  }

  /** Every field of every record into per-field arrays, in one pass. Records of several sources and
   * differing filled fields have hundreds of shapes, so `values[field]` read field by field is a
   * megamorphic lookup (~150 ns); walking each record's own keys reads them through its enum cache. */
  private transpose(): { values: Map<string, Column>; keys: Map<string, Column> } {
    if (this.transposed === undefined) {
      const values = new Map<string, (string | undefined)[]>();
      const keys = new Map<string, (string | undefined)[]>();
      const n = this.records.length;
      const columnOf = (columns: Map<string, (string | undefined)[]>, name: string) => {
        let column = columns.get(name);
        if (column === undefined) {
          column = new Array<string | undefined>(n).fill(undefined);
          columns.set(name, column);
        }
        return column;
      };
      for (let r = 0; r < n; r++) {
        const record = this.records[r]!;
        const v = record.values;
        for (const name in v) columnOf(values, name)[r] = v[name];
        const k = record.keys;
        for (const name in k) columnOf(keys, name)[r] = k[name];
      }
      this.transposed = { values, keys };
    }
    return this.transposed;
  }
}

/** Past this many records, a column whose values are mostly distinct stops memoizing raw text → id:
 * the memo then costs a lookup and an insert per record and saves almost no lower-casing. */
const RAW_MEMO_PROBE = 10_000;

function internColumn(n: number, valueColumn: Column | undefined, keyColumn: Column | undefined): InternedColumn {
  const ids = new Int32Array(n);
  const values: string[] = [];
  // Raw text → id (-1: blank once trimmed); lower-cased text → id, so "Smith" and "SMITH" share one.
  let idOfRaw: Map<string, number> | undefined = new Map<string, number>();
  const idOfLower = new Map<string, number>();
  let counts = new Int32Array(1024);
  let present = 0;
  for (let r = 0; r < n; r++) {
    if (r === RAW_MEMO_PROBE && idOfRaw !== undefined && idOfRaw.size > RAW_MEMO_PROBE / 2) idOfRaw = undefined;
    const v = (keyColumn !== undefined ? keyColumn[r] : undefined) ?? (valueColumn !== undefined ? valueColumn[r] : undefined);
    if (v === undefined) {
      ids[r] = -1;
      continue;
    }
    let id = idOfRaw?.get(v);
    if (id === undefined) {
      // toLowerCase and trim hand back the same string when nothing changes: no copy for canonical values.
      const t = v.trim().toLowerCase();
      if (t === '') id = -1;
      else {
        id = idOfLower.get(t);
        if (id === undefined) {
          id = values.length;
          values.push(t);
          idOfLower.set(t, id);
          if (id === counts.length) {
            const grown = new Int32Array(counts.length * 2);
            grown.set(counts);
            counts = grown;
          }
        }
      }
      idOfRaw?.set(v, id);
    }
    ids[r] = id;
    if (id >= 0) {
      counts[id]!++;
      present++;
    }
  }
  return { ids, values, counts, present };
}

/**
 * Dense ids for pairs of small non-negative integers (a value id and a cross value id; the parts
 * of a blocking key), in order of first request. Open addressing on typed arrays: a Map keyed by
 * a*2^26+b boxes every key above 2^31 as a heap number.
 */
export class PairIds {
  private left: Int32Array;
  private right: Int32Array;
  private slots: Int32Array;
  private shift: number;
  /** The pair of each id. */
  readonly pairs: number[] = [];
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.left = new Int32Array(capacity);
    this.right = new Int32Array(capacity);
    this.slots = new Int32Array(capacity).fill(-1);
    this.shift = 32 - Math.log2(capacity);
  }

  /** Home slot: the high bits of a multiplicative mix (the low bits of a product are weak). */
  private home(a: number, b: number): number {
    let x = Math.imul(a, 0x9e3779b1) ^ b;
    x = Math.imul(x ^ (x >>> 15), 0x85ebca6b);
    return (x ^ (x >>> 13)) >>> this.shift;
  }

  id(a: number, b: number): number {
    const mask = this.slots.length - 1;
    let h = this.home(a, b);
    for (;;) {
      const slot = this.slots[h]!;
      if (slot < 0) break;
      if (this.left[h] === a && this.right[h] === b) return slot;
      h = (h + 1) & mask;
    }
    const id = this.size++;
    this.left[h] = a;
    this.right[h] = b;
    this.slots[h] = id;
    this.pairs.push(a, b);
    if (this.size * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const capacity = this.slots.length * 2;
    this.left = new Int32Array(capacity);
    this.right = new Int32Array(capacity);
    this.slots = new Int32Array(capacity).fill(-1);
    this.shift = 32 - Math.log2(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      const a = this.pairs[2 * id]!;
      const b = this.pairs[2 * id + 1]!;
      let h = this.home(a, b);
      while (this.slots[h]! >= 0) h = (h + 1) & mask;
      this.left[h] = a;
      this.right[h] = b;
      this.slots[h] = id;
    }
  }
}
