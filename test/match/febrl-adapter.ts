// Test support: reads a Febrl benchmark CSV into CustomerRecords (lower-cased raw values, which
// matching compares case-insensitively anyway) and its truth file, and scores clusters pairwise.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { CustomerRecord, FieldDef } from '../../src/core/record.js';

export const FEBRL_DIR = fileURLToPath(new URL('../../../shared/datasets/febrl/', import.meta.url));
export const febrlAvailable = existsSync(`${FEBRL_DIR}dataset1.csv`);

const COLUMN_TO_FIELD: Record<string, string> = {
  given_name: 'first_name',
  surname: 'last_name',
  street_number: 'street_number',
  address_1: 'street',
  address_2: 'street2',
  suburb: 'city',
  postcode: 'postcode',
  state: 'state',
  date_of_birth: 'dob',
  soc_sec_id: 'national_id',
};

export const FEBRL_FIELDS: FieldDef[] = Object.values(COLUMN_TO_FIELD).map((name) => ({ name, role: name as FieldDef['role'] }));

function isoDate(v: string): string | undefined {
  if (!/^\d{8}$/.test(v)) return undefined;
  const y = Number(v.slice(0, 4));
  const m = Number(v.slice(4, 6));
  const d = Number(v.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
}

export function readFebrl(name: string): { records: CustomerRecord[]; entity: Int32Array } {
  const source = `${FEBRL_DIR}${name}.csv`;
  const rows = parse(readFileSync(source, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const records = rows.map((row, index): CustomerRecord => {
    const values: Record<string, string> = {};
    const raw: Record<string, string> = {};
    for (const [column, field] of Object.entries(COLUMN_TO_FIELD)) {
      const v = (row[column] ?? '').trim().toLowerCase();
      if (v === '') continue;
      raw[field] = v;
      const value = field === 'dob' ? isoDate(v) : v;
      if (value !== undefined) values[field] = value;
    }
    return { index, source, row: index + 1, raw, values, keys: {}, codes: [], quarantine: [] };
  });
  const truth = parse(readFileSync(`${FEBRL_DIR}${name}.truth.csv`, 'utf8'), { columns: true }) as { row: string; entity: string }[];
  const entity = new Int32Array(records.length);
  for (const t of truth) entity[Number(t.row) - 1] = Number(t.entity);
  return { records, entity };
}

export interface PairwiseScore {
  precision: number;
  recall: number;
  f1: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

const choose2 = (k: number) => (k * (k - 1)) / 2;

function countBy(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Pairwise precision / recall of a clustering against truth entities. */
export function pairwiseScore(clusterOf: ArrayLike<number>, entity: ArrayLike<number>): PairwiseScore {
  const n = entity.length;
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, k) => s + choose2(k), 0);
  const idx = Array.from({ length: n }, (_, i) => i);
  const predictedPairs = sum(countBy(idx.map((i) => String(clusterOf[i]))));
  const truePairs = sum(countBy(idx.map((i) => String(entity[i]))));
  const correctPairs = sum(countBy(idx.map((i) => `${clusterOf[i]}|${entity[i]}`)));
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs, predictedPairs, correctPairs };
}

/** Share of true duplicate pairs that blocking produced as candidates. */
export function blockingRecall(left: Int32Array, right: Int32Array, entity: ArrayLike<number>): number {
  let found = 0;
  for (let k = 0; k < left.length; k++) if (entity[left[k]!] === entity[right[k]!]) found++;
  const byEntity = new Map<number, number>();
  for (let i = 0; i < entity.length; i++) byEntity.set(entity[i]!, (byEntity.get(entity[i]!) ?? 0) + 1);
  let total = 0;
  for (const k of byEntity.values()) total += choose2(k);
  return total === 0 ? 1 : found / total;
}
