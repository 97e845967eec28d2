// Candidate pairs from blocking rules: per rule, records sharing all keys pair up; the union is
// de-duplicated by packing (i, j), i < j, as i*n + j in a sorted Float64Array (exact below 2^53).
// Blocks above the size cap are skipped and reported, so one "smith" cannot explode the pair count.

import type { CustomerRecord } from '../../core/record.js';
import type { BlockingReport, BlockingRule, CappedBlock } from '../types.js';
import { TypedBuffer } from '../../core/typed-buffer.js';
import { PairIds, RecordColumns } from '../record-columns.js';
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

/** One key reference as interned parts: a part id per record (-1: no key) and each part's text. */
interface KeyParts {
  partOf: Int32Array;
  texts: readonly string[];
}

/** A key reference's parts. The key function runs once per distinct value (metaphone codes cost
 * ~1 µs and names repeat), and equal results share one part id. */
function keyParts(columns: RecordColumns, ref: KeyRef): KeyParts {
  // A derived key (`email.match`), else the field before the dot (so `email.match` still blocks on the
  // email when normalization made no match key); or a field's canonical value.
  const dot = ref.source.indexOf('.');
  const column = dot > 0 ? columns.ids(ref.source.slice(0, dot), ref.source) : columns.ids(ref.source);
  if (ref.fn === EXACT) return { partOf: column.ids, texts: column.values };
  const texts: string[] = [];
  const idOfText = new Map<string, number>();
  const partOfValue = new Int32Array(column.values.length);
  column.values.forEach((value, v) => {
    const text = ref.fn(value);
    if (text === undefined || text === '') {
      partOfValue[v] = -1;
      return;
    }
    let id = idOfText.get(text);
    if (id === undefined) {
      idOfText.set(text, (id = texts.length));
      texts.push(text);
    }
    partOfValue[v] = id;
  });
  const partOf = new Int32Array(column.ids.length);
  for (let r = 0; r < partOf.length; r++) {
    const v = column.ids[r]!;
    partOf[r] = v < 0 ? -1 : partOfValue[v]!;
  }
  return { partOf, texts };
}

/** A rule's blocking key per record as a dense id (-1: some part missing), ids in order of first
 * occurrence, and the key's text of an id (for the capped-block report). */
function ruleKeys(parts: readonly KeyParts[], n: number): { keyOf: Int32Array; keys: number; text: (id: number) => string } {
  if (parts.length === 0) {
    // A rule without keys (possible through the library API): every record in one block, as ''.
    return { keyOf: new Int32Array(n), keys: n > 0 ? 1 : 0, text: () => '' };
  }
  if (parts.length === 1) {
    const only = parts[0]!;
    // Part ids of an exact key are all used; a key function's are too (each came from a value).
    return { keyOf: only.partOf, keys: only.texts.length, text: (id) => only.texts[id]! };
  }
  // Parts combine pairwise, one table per level: (p0, p1) → k1, (k1, p2) → k2, …
  const levels = parts.slice(1).map(() => new PairIds(n / 4));
  const keyOf = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    let key = parts[0]!.partOf[r]!;
    for (let k = 1; k < parts.length && key >= 0; k++) {
      const part = parts[k]!.partOf[r]!;
      key = part < 0 ? -1 : levels[k - 1]!.id(key, part);
    }
    keyOf[r] = key;
  }
  const last = levels.length - 1;
  const text = (id: number, level = last): string => {
    const table = levels[level]!;
    const left = table.pairs[2 * id]!;
    const right = table.pairs[2 * id + 1]!;
    const head = level === 0 ? parts[0]!.texts[left]! : text(left, level - 1);
    return `${head}|${parts[level + 1]!.texts[right]!}`;
  };
  return { keyOf, keys: levels[last]!.size, text };
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
  const buffer = new TypedBuffer((n) => new Float64Array(n));
  const ruleCounts: { id: string; pairs: number }[] = [];
  const capped: CappedBlock[] = [];
  const ruleStart: number[] = [];
  // Parts per key reference as written ('last_name:metaphone'), shared by the rules that use it.
  const partsOf = new Map<string, KeyParts>();
  for (const rule of rules) {
    ruleStart.push(buffer.length);
    const parts = compileRule(rule).map((ref, k) => {
      const name = rule.keys[k]!;
      let cached = partsOf.get(name);
      if (cached === undefined) partsOf.set(name, (cached = keyParts(columns, ref)));
      return cached;
    });
    // Blocks without a Map of arrays: records are bucketed by key id with a counting sort (two
    // typed arrays instead of a million small arrays).
    const { keyOf, keys, text } = ruleKeys(parts, n);
    const start = new Int32Array(keys + 1);
    for (let r = 0; r < n; r++) if (keyOf[r]! >= 0) start[keyOf[r]! + 1]!++;
    for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!;
    const fill = start.slice(0, keys);
    const members = new Int32Array(start[keys]!);
    for (let r = 0; r < n; r++) if (keyOf[r]! >= 0) members[fill[keyOf[r]!]!++] = r;
    let count = 0;
    const cap = rule.maxBlockSize ?? maxBlockSize;
    for (let k = 0; k < keys; k++) {
      const from = start[k]!;
      const size = start[k + 1]! - from;
      if (size < 2) continue;
      if (size > cap) {
        capped.push({ rule: rule.id, key: text(k), size, droppedPairs: (size * (size - 1)) / 2 });
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
  const byRule = buffer.done();
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
