// Per-record comparison inputs, prepared once: each comparison's values are lower-cased, interned
// to dense ids and prepared (phonetic codes, tokens) once per distinct value, so the pair loop only
// reads typed arrays. Hot path: compareInto runs for every candidate and every sampled pair.

import type { CustomerRecord } from '../../core/record.js';
import type { Comparison } from '../types.js';
import type { AnyComparator, CompareContext } from './definition.js';
import { dropImplied } from './implied.js';
import { comparators } from './registry.js';
import { PairIds, RecordColumns } from '../record-columns.js';
import type { CompareHelpers } from './helpers.js';

/** Level stored for "either value missing". */
export const NULL_LEVEL = 255;

/** What compareAt reads: a comparator over one column of distinct-value ids. */
export interface ComparableColumn {
  comparator: AnyComparator;
  /** Distinct-value id per record position; -1 when missing. */
  ids: Int32Array;
  /** Prepared value per distinct id. */
  values: unknown[];
  ctx: CompareContext;
  /** Level + 1 per distinct id pair (a*distinct+b), 0 = not computed yet; only when the value set is
   * small enough for a dense table (cities, states, postcodes), where repeats make it pay. */
  cache: Uint8Array | undefined;
}

/** The texts a column's prepared values are built from: one value per id, or for a comparison
 * with a cross field one (value, cross value) combination per id. Plain data, so a worker thread
 * can prepare the same column. */
export interface PreparationInputs {
  values: readonly string[];
  cross?: { values: readonly string[]; valueIds: Int32Array; crossIds: Int32Array };
}

export interface PreparedComparison extends ComparableColumn {
  comparison: Comparison;
  inputs: PreparationInputs;
  /** Share of non-missing records holding the same (lower-cased) value: term frequency; empty
   * unless the comparison uses term frequencies. */
  tf: Float64Array;
}

const DENSE_CACHE_MAX_DISTINCT = 2048;
const NO_TF = new Float64Array(0);
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
  let inputs: PreparationInputs;
  if (comparison.crossField === undefined) {
    // A value's id is its interned id: each distinct value is prepared once, no per-record work.
    ids = column.ids;
    inputs = { values: column.values };
  } else {
    // A value and its cross value (first name with last name) are prepared together, once per
    // distinct combination.
    const cross = columns.ids(comparison.crossField);
    const combinations = new PairIds(column.values.length);
    ids = new Int32Array(n).fill(-1);
    for (let r = 0; r < n; r++) {
      const vid = column.ids[r]!;
      if (vid >= 0) ids[r] = combinations.id(vid, cross.ids[r]!);
    }
    const valueIds = new Int32Array(combinations.size);
    const crossIds = new Int32Array(combinations.size);
    for (let id = 0; id < combinations.size; id++) {
      valueIds[id] = combinations.pairs[2 * id]!;
      crossIds[id] = combinations.pairs[2 * id + 1]!;
    }
    inputs = { values: column.values, cross: { values: cross.values, valueIds, crossIds } };
  }
  // Term frequency: the share of records holding the same value (not the same combination); only
  // comparisons that use it get the array (8 bytes a record).
  const tf = comparison.tf === true ? new Float64Array(n) : NO_TF;
  if (comparison.tf === true) {
    for (let r = 0; r < n; r++) {
      const vid = column.ids[r]!;
      if (vid >= 0) tf[r] = column.counts[vid]! / column.present;
    }
  }
  return { comparison, inputs, tf, ...comparableColumn(comparator, ids, inputs) };
}

/** Prepares each distinct value (or combination) once; the dense level cache where it pays. */
export function comparableColumn(comparator: AnyComparator, ids: Int32Array, inputs: PreparationInputs): ComparableColumn {
  const cross = inputs.cross;
  const values: unknown[] =
    cross === undefined
      ? inputs.values.map((v) => comparator.prepare(v, undefined))
      : Array.from(cross.valueIds, (vid, id) => {
          const cid = cross.crossIds[id]!;
          return comparator.prepare(inputs.values[vid]!, cid < 0 ? undefined : cross.values[cid]);
        });
  const cache = values.length <= DENSE_CACHE_MAX_DISTINCT ? new Uint8Array(values.length * values.length) : undefined;
  return { comparator, ids, values, ctx: { options: EMPTY_OPTIONS }, cache };
}

/** Level of one comparison for records at positions i and j (NULL_LEVEL when either is missing). */
export function compareAt(p: ComparableColumn, i: number, j: number): number {
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
 * by a finer one that agrees (city under a shared postcode) gets the null level. With helpers
 * (worker threads holding the same columns), the pairs are shared out among them in chunks. */
export function compareAll(prepared: readonly PreparedComparison[], left: Int32Array, right: Int32Array, helpers?: CompareHelpers): Uint8Array {
  const size = left.length * prepared.length;
  let out: Uint8Array;
  if (helpers === undefined) {
    out = new Uint8Array(size);
    compareRange(prepared, left, right, out, 0, left.length);
  } else {
    out = new Uint8Array(new SharedArrayBuffer(size));
    // After a helper failed, one may still write (the same levels) into the shared array: the null
    // levels dropImplied sets go into a copy of it that no helper sees.
    if (helpers.compareAll(prepared, left, right, out).fellBack) out = out.slice();
  }
  dropImplied(prepared, out);
  return out;
}

/** Levels of pairs [from, to) into their rows of `out`, comparison by comparison (one comparator
 * per inner loop). */
export function compareRange(columns: readonly ComparableColumn[], left: Int32Array, right: Int32Array, out: Uint8Array, from: number, to: number): void {
  const c = columns.length;
  for (let k = 0; k < c; k++) {
    const p = columns[k]!;
    for (let x = from; x < to; x++) out[x * c + k] = compareAt(p, left[x]!, right[x]!);
  }
}
