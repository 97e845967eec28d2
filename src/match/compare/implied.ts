// Nested evidence: where a postcode names one city in one state, two records sharing the postcode
// share the city and the state by construction, and Fellegi–Sunter (which assumes independent
// comparisons) would count one shared place three times — enough to merge strangers who live in
// the same postcode. A coarser comparison is therefore "implied by" a finer one when, among
// records sharing the finer value, the coarser value almost always agrees too; while the finer one
// agrees exactly, the implied comparison counts as missing. Measured on the data, so files where
// the fields vary independently (Febrl's suburb and postcode) keep every comparison.

import type { Comparison } from '../types.js';
import { PairIds } from '../record-columns.js';
import { NULL_LEVEL, type PreparedComparison } from './columns.js';

/** Share of pairs agreeing on the finer value that also agree on the coarser one, above which the
 * coarser agreement is taken as implied (its weight would be at most log2(m / 0.8) < 0.33 bits). */
export const IMPLIED_AGREEMENT = 0.8;
/** Pairs sharing a finer value needed before trusting the measured share. */
const MIN_PAIRS = 50;

/** The postal hierarchy, finest first: what a file too small to measure nesting on is assumed to
 * follow (a postcode lies in one city, a city in one state, a state in one country). */
const POSTAL_RANK: ReadonlyMap<string, number> = new Map([
  ['postcode', 0],
  ['city', 1],
  ['state', 2],
  ['country', 3],
]);

/** Comparisons of a family with the fields that imply each, measured on the prepared columns.
 * Only comparisons of one family (location) are candidates: elsewhere agreement on one field
 * among records sharing another mostly means they are duplicates, not that the fields are nested.
 * Where too few records share a finer value to measure (a file of a few hundred rows), the postal
 * hierarchy of the fields' roles (`roleOf`) is assumed: three strangers in one postcode must not
 * count postcode, city and state as three pieces of evidence. */
export function inferImplications(comparisons: readonly Comparison[], prepared: readonly PreparedComparison[], roleOf: (field: string) => string | undefined = () => undefined): Comparison[] {
  return comparisons.map((coarse, k) => {
    if (coarse.family === undefined) return coarse;
    const impliedBy: string[] = [];
    comparisons.forEach((fine, f) => {
      if (f === k || fine.family !== coarse.family || fine.field === coarse.field) return;
      // Only the finer field (more distinct values) implies: postcode → city, never both ways. Where
      // nesting cannot be measured, the postal order of the roles decides instead.
      const finer = prepared[f]!.values.length;
      const coarser = prepared[k]!.values.length;
      const measurable = !(finer < coarser || (finer === coarser && f > k));
      const fineRank = POSTAL_RANK.get(roleOf(fine.field) ?? '');
      const coarseRank = POSTAL_RANK.get(roleOf(coarse.field) ?? '');
      const postal = fineRank !== undefined && coarseRank !== undefined && fineRank < coarseRank;
      if (!measurable && !postal) return;
      const measured = agreementGivenAgreement(prepared[f]!, prepared[k]!);
      if (measured === undefined ? postal : measurable && measured >= IMPLIED_AGREEMENT) impliedBy.push(fine.field);
    });
    const { impliedBy: _, ...rest } = coarse;
    return impliedBy.length > 0 ? { ...rest, impliedBy } : rest;
  });
}

/** Among pairs with the same finer value (both coarse values present), the share with the same
 * coarse value, or undefined when too few pairs share one; counted per group from value counts, so
 * it costs one pass over the records. */
function agreementGivenAgreement(fine: PreparedComparison, coarse: PreparedComparison): number | undefined {
  const groupSize = new Float64Array(fine.values.length);
  // Records per (finer value, coarser value) cell, the cells numbered in order of first occurrence.
  const cells = new PairIds(Math.min(fine.ids.length, 1 << 20));
  const cellSize: number[] = [];
  for (let r = 0; r < fine.ids.length; r++) {
    const f = fine.ids[r]!;
    const c = coarse.ids[r]!;
    if (f < 0 || c < 0) continue;
    groupSize[f]!++;
    const cell = cells.id(f, c);
    if (cell === cellSize.length) cellSize.push(1);
    else cellSize[cell]!++;
  }
  let pairs = 0;
  for (const size of groupSize) pairs += (size * (size - 1)) / 2;
  let agreeing = 0;
  for (const x of cellSize) agreeing += (x * (x - 1)) / 2;
  return pairs < MIN_PAIRS ? undefined : agreeing / pairs;
}

/** Per comparison, the indices of the comparisons whose exact agreement implies it. */
export function implierIndices(prepared: readonly PreparedComparison[]): number[][] {
  const byField = new Map<string, number>();
  prepared.forEach((p, k) => byField.set(p.comparison.field, k));
  return prepared.map((p) => (p.comparison.impliedBy ?? []).map((f) => byField.get(f)).filter((x): x is number => x !== undefined));
}

/** True when a finer comparison agrees exactly at this pair's levels (the implied one says nothing). */
export function isImplied(levels: ArrayLike<number>, offset: number, impliers: readonly number[], prepared: readonly PreparedComparison[]): boolean {
  for (const f of impliers) if (levels[offset + f] === prepared[f]!.comparator.exactLevel) return true;
  return false;
}

/** Sets implied comparisons to the null level in row-major comparison vectors, in place. */
export function dropImplied(prepared: readonly PreparedComparison[], vectors: Uint8Array): void {
  const c = prepared.length;
  const impliers = implierIndices(prepared);
  const implied = impliers.map((list, k) => (list.length > 0 ? k : -1)).filter((k) => k >= 0);
  if (implied.length === 0) return;
  // Decide every comparison on the original levels first, so a chain (postcode → city → state)
  // does not depend on the order comparisons are listed in.
  const drop: number[] = [];
  for (let x = 0; x < vectors.length; x += c) {
    drop.length = 0;
    for (const k of implied) if (vectors[x + k] !== NULL_LEVEL && isImplied(vectors, x, impliers[k]!, prepared)) drop.push(k);
    for (const k of drop) vectors[x + k] = NULL_LEVEL;
  }
}
