// Per-record comparison inputs, prepared once: each comparison's values are lower-cased, interned
// to dense ids and prepared (phonetic codes, tokens) once per distinct value, so the pair loop only
// reads typed arrays. Hot path: compareInto runs for every candidate and every sampled pair.

import type { CustomerRecord } from '../../core/record.js';
import type { Comparison } from '../types.js';
import type { AnyComparator, CompareContext } from './definition.js';
import { dropImplied } from './implied.js';
import { comparators } from './registry.js';
import { PairIds, RecordColumns } from '../record-columns.js';

/** Level stored for "either value missing". */
export const NULL_LEVEL = 255;

export interface PreparedComparison {
  comparison: Comparison;
  comparator: AnyComparator;
  /** Distinct-value id per record position; -1 when missing. */
  ids: Int32Array;
  /** Prepared value per distinct id. */
  values: unknown[];
  /** Share of non-missing records holding the same (lower-cased) value: term frequency. */
  tf: Float64Array;
  ctx: CompareContext;
  /** Level + 1 per distinct id pair (a*distinct+b), 0 = not computed yet; only when the value set is
   * small enough for a dense table (cities, states, postcodes), where repeats make it pay. */
  cache: Uint8Array | undefined;
}

const DENSE_CACHE_MAX_DISTINCT = 2048;
const EMPTY_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

export function readField(record: CustomerRecord, field: string, keySuffix: string | undefined): string | undefined {
  const v = (keySuffix !== undefined ? record.keys[`${field}.${keySuffix}`] : undefined) ?? record.values[field];
  if (v === undefined) return undefined;
  const t = v.trim().toLowerCase();
  return t === '' ? undefined : t;
}

export function prepareComparison(records: readonly CustomerRecord[], comparison: Comparison, columns = new RecordColumns(records)): PreparedComparison {
  const comparator = comparators.get(comparison.comparator);
  if (!comparator) throw new Error(`unknown comparator ${comparison.comparator} for field ${comparison.field}`);
  const n = records.length;
  const keyName = comparator.keySuffix === undefined ? undefined : `${comparison.field}.${comparator.keySuffix}`;
  const column = columns.ids(comparison.field, keyName);
  let ids: Int32Array;
  let values: unknown[];
  if (comparison.crossField === undefined) {
    // A value's id is its interned id: each distinct value is prepared once, no per-record work.
    ids = column.ids;
    values = column.values.map((v) => comparator.prepare(v, undefined));
  } else {
    // A value and its cross value (first name with last name) are prepared together, once per
    // distinct combination.
    const cross = columns.ids(comparison.crossField);
    const combinations = new PairIds(column.values.length);
    ids = new Int32Array(n).fill(-1);
    values = [];
    for (let r = 0; r < n; r++) {
      const vid = column.ids[r]!;
      if (vid < 0) continue;
      const cid = cross.ids[r]!;
      const id = combinations.id(vid, cid);
      if (id === values.length) values.push(comparator.prepare(column.values[vid]!, cid < 0 ? undefined : cross.values[cid]));
      ids[r] = id;
    }
  }
  // Term frequency: the share of records holding the same value (not the same combination).
  const tf = new Float64Array(n);
  if (comparison.tf === true) {
    for (let r = 0; r < n; r++) {
      const vid = column.ids[r]!;
      if (vid >= 0) tf[r] = column.counts[vid]! / column.present;
    }
  }
  const cache = values.length <= DENSE_CACHE_MAX_DISTINCT ? new Uint8Array(values.length * values.length) : undefined;
  return { comparison, comparator, ids, values, tf, ctx: { options: EMPTY_OPTIONS }, cache };
}

/** Level of one comparison for records at positions i and j (NULL_LEVEL when either is missing). */
export function compareAt(p: PreparedComparison, i: number, j: number): number {
  const a = p.ids[i]!;
  const b = p.ids[j]!;
  if (a < 0 || b < 0) return NULL_LEVEL;
  if (a === b && p.comparator.identicalIsExact === true) return p.comparator.exactLevel!;
  const cache = p.cache;
  const k = a < b ? a * p.values.length + b : b * p.values.length + a;
  if (cache !== undefined && cache[k] !== 0) return cache[k]! - 1;
  const computed = p.comparator.compare(p.values[a], p.values[b], p.ctx);
  const level = computed < 0 || computed >= NULL_LEVEL ? NULL_LEVEL : computed;
  if (cache !== undefined) cache[k] = level === NULL_LEVEL ? 0 : level + 1;
  return level;
}

/** Comparison vectors of many pairs: row-major Uint8Array [pair][comparison]; a comparison implied
 * by a finer one that agrees (city under a shared postcode) gets the null level. */
export function compareAll(prepared: readonly PreparedComparison[], left: Int32Array, right: Int32Array): Uint8Array {
  const c = prepared.length;
  const out = new Uint8Array(left.length * c);
  for (let k = 0; k < c; k++) {
    const p = prepared[k]!;
    for (let x = 0; x < left.length; x++) out[x * c + k] = compareAt(p, left[x]!, right[x]!);
  }
  dropImplied(prepared, out);
  return out;
}
