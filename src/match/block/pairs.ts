// Candidate pairs from blocking rules: per rule, records sharing all keys pair up; the union is
// de-duplicated by packing (i, j), i < j, as i*n + j in a sorted Float64Array (exact below 2^53).
// Blocks above the size cap are skipped and reported, so one "smith" cannot explode the pair count.

import type { CustomerRecord } from '../../core/record.js';
import type { BlockingReport, BlockingRule, CappedBlock } from '../types.js';
import { RecordColumns, type Column } from '../record-columns.js';
import { EXACT, parseKeyRef, type KeyRef } from './keys.js';

export interface CandidatePairs {
  /** Positions into the records array given to blockPairs, left < right, sorted. */
  left: Int32Array;
  right: Int32Array;
  /** Per rule, the indices (into left/right) of the pairs it produced: training runs one EM
   * session per rule, on the fields that rule did not block on. */
  rulePairs: Int32Array[];
  report: BlockingReport;
}

class PairBuffer {
  data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/** A key function's results, remembered per distinct input: metaphone codes of names cost ~1 µs
 * and names repeat (the first-name code is read by several rules). */
type CachedRef = { column: Column; fn: KeyRef['fn']; memo: Map<string, string | undefined> | undefined };

function cachedRefs(refs: readonly KeyRef[], memos: Map<KeyRef['fn'], Map<string, string | undefined>>, columns: RecordColumns): CachedRef[] {
  return refs.map((ref) => {
    const column = sourceColumn(columns, ref.source);
    if (ref.fn === EXACT) return { column, fn: ref.fn, memo: undefined };
    let memo = memos.get(ref.fn);
    if (memo === undefined) memos.set(ref.fn, (memo = new Map()));
    return { column, fn: ref.fn, memo };
  });
}

/** What readSource reads, as a column: a derived key (`email.match`) else its field, or a field. */
function sourceColumn(columns: RecordColumns, source: string): Column {
  const dot = source.indexOf('.');
  return dot > 0 ? columns.column(source.slice(0, dot), source) : columns.column(source);
}

function blockKey(r: number, refs: readonly CachedRef[]): string | undefined {
  let key = '';
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k]!;
    const v = ref.column[r];
    if (v === undefined) return undefined;
    let part: string | undefined;
    const memo = ref.memo;
    if (memo === undefined) part = ref.fn(v);
    else {
      part = memo.get(v);
      if (part === undefined && !memo.has(v)) memo.set(v, (part = ref.fn(v)));
    }
    if (part === undefined || part === '') return undefined;
    key = k === 0 ? part : `${key}\u0001${part}`;
  }
  return key;
}

export function compileRule(rule: BlockingRule): KeyRef[] {
  return rule.keys.map((ref) => {
    const parsed = parseKeyRef(ref);
    if (typeof parsed === 'string') throw new Error(`blocking rule ${rule.id}: ${parsed}`);
    return parsed;
  });
}

export function blockPairs(
  records: readonly CustomerRecord[],
  rules: readonly BlockingRule[],
  maxBlockSize = 1000,
  columns = new RecordColumns(records),
): CandidatePairs {
  const n = records.length;
  const buffer = new PairBuffer();
  const ruleCounts: { id: string; pairs: number }[] = [];
  const capped: CappedBlock[] = [];
  const ruleStart: number[] = [];
  const memos = new Map<KeyRef['fn'], Map<string, string | undefined>>();
  for (const rule of rules) {
    ruleStart.push(buffer.length);
    const refs = cachedRefs(compileRule(rule), memos, columns);
    // Blocks without a Map of arrays: each record's key is interned to an id, then records are
    // bucketed by id with a counting sort (two typed arrays instead of a million small arrays).
    const idOfKey = new Map<string, number>();
    const keyOf = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      const key = blockKey(r, refs);
      if (key === undefined) {
        keyOf[r] = -1;
        continue;
      }
      let id = idOfKey.get(key);
      if (id === undefined) idOfKey.set(key, (id = idOfKey.size));
      keyOf[r] = id;
    }
    const keys = idOfKey.size;
    const start = new Int32Array(keys + 1);
    for (let r = 0; r < n; r++) if (keyOf[r]! >= 0) start[keyOf[r]! + 1]!++;
    for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!;
    const fill = start.slice(0, keys);
    const members = new Int32Array(start[keys]!);
    for (let r = 0; r < n; r++) if (keyOf[r]! >= 0) members[fill[keyOf[r]!]!++] = r;
    let count = 0;
    const cap = rule.maxBlockSize ?? maxBlockSize;
    let k = 0;
    for (const key of idOfKey.keys()) {
      const from = start[k]!;
      const size = start[++k]! - from;
      if (size < 2) continue;
      if (size > cap) {
        capped.push({ rule: rule.id, key: key.replace(/\u0001/g, '|'), size, droppedPairs: (size * (size - 1)) / 2 });
        continue;
      }
      for (let x = from; x < from + size; x++) {
        const i = members[x]!;
        for (let y = x + 1; y < from + size; y++) buffer.push(i * n + members[y]!);
      }
      count += (size * (size - 1)) / 2;
    }
    ruleCounts.push({ id: rule.id, pairs: count });
  }
  ruleStart.push(buffer.length);
  const byRule = buffer.data.slice(0, buffer.length);
  const packed = buffer.data.subarray(0, buffer.length).sort();
  let unique = 0;
  for (let k = 0; k < packed.length; k++) if (k === 0 || packed[k] !== packed[k - 1]) packed[unique++] = packed[k]!;
  const left = new Int32Array(unique);
  const right = new Int32Array(unique);
  for (let k = 0; k < unique; k++) {
    const v = packed[k]!;
    left[k] = Math.floor(v / n);
    right[k] = v - left[k]! * n;
  }
  const sorted = packed.subarray(0, unique);
  const rulePairs = rules.map((_, r) => {
    const out = new Int32Array(ruleStart[r + 1]! - ruleStart[r]!);
    for (let k = 0; k < out.length; k++) out[k] = binarySearch(sorted, byRule[ruleStart[r]! + k]!);
    return out;
  });
  return { left, right, rulePairs, report: { rules: ruleCounts, totalPairs: unique, capped } };
}

function binarySearch(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
