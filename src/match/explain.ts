// Why two records match or not (`cdm explain`): each comparison's level, values and weight, the
// prior, the total and the guard's verdict. Term-frequency adjustment needs the value counts of
// every record the run matched: given them (TermFrequencies), an explanation weighs an exact match
// as the run did; of two records alone, it uses each level's average weight.

import type { CustomerRecord, FieldDef } from '../core/record.js';
import { conflictBetween, identityViews } from './cluster/index.js';
import { compareAt, implierIndices, isImplied, NULL_LEVEL, prepareComparison, readField } from './compare/index.js';
import { comparators } from './compare/index.js';
import { levelWeights, priorWeight, tfLevelWeight, weightToProbability } from './score/index.js';
import type { Model } from './types.js';

export interface ExplainedComparison {
  field: string;
  comparator: string;
  /** Level label; 'null' when either value is missing, 'implied by <field>' or 'no evidence' when both
   * are there and say nothing (see nullLabel). */
  level: string;
  levelIndex: number;
  valueA: string | undefined;
  valueB: string | undefined;
  weight: number;
}

export interface PairExplanation {
  comparisons: ExplainedComparison[];
  priorWeight: number;
  totalWeight: number;
  probability: number;
  /** The guard's conflict code when these two records may never share a cluster. */
  conflict?: string;
}

/** How often each value of a field occurs among the records a run matched (its non-quarantined
 * records), as the run's term-frequency adjustment counted it: trimmed, lower-cased, per field. */
export class TermFrequencies {
  private readonly byColumn = new Map<string, { counts: Map<string, number>; present: number }>();

  constructor(private readonly records: readonly CustomerRecord[]) {}

  /** The share of records with a value of `field` (its `keySuffix` key first) that hold `value`. */
  of(field: string, keySuffix: string | undefined, value: string): number {
    const name = `${field}\u0000${keySuffix ?? ''}`;
    let column = this.byColumn.get(name);
    if (column === undefined) {
      const counts = new Map<string, number>();
      let present = 0;
      for (const record of this.records) {
        if (record.quarantine.length > 0) continue;
        const v = readField(record, field, keySuffix);
        if (v === undefined) continue;
        counts.set(v, (counts.get(v) ?? 0) + 1);
        present++;
      }
      this.byColumn.set(name, (column = { counts, present }));
    }
    return column.present === 0 ? 0 : (column.counts.get(value) ?? 0) / column.present;
  }
}

export function explainPair(model: Model, a: CustomerRecord, b: CustomerRecord, fields: readonly FieldDef[], frequencies?: TermFrequencies): PairExplanation {
  const pair = [a, b];
  const prior = priorWeight(model.prior);
  const prepared = model.comparisons.map((c) => prepareComparison(pair, c));
  const levels = prepared.map((p) => compareAt(p, 0, 1));
  const impliers = implierIndices(prepared);
  const kept = levels.map((level, k) => (isImplied(levels, 0, impliers[k]!, prepared) || level === NULL_LEVEL ? -1 : level));
  const comparisons = explainLevels(model, a, b, kept, undefined, levels);
  if (frequencies !== undefined) adjustForFrequency(model, comparisons, frequencies);
  const total = comparisons.reduce((sum, c) => sum + c.weight, prior);
  const [va, vb] = identityViews(pair, fields);
  const conflict = conflictBetween(va!, vb!);
  const explanation: PairExplanation = { comparisons, priorWeight: prior, totalWeight: total, probability: weightToProbability(total) };
  if (conflict) explanation.conflict = conflict;
  return explanation;
}

/** An exact match on a term-frequency comparison weighs by how common the shared value is, the
 * commoner of the two records' values, and a fuzzier agreeing level no more than that (as
 * scorePairs does: tfLevelWeight). */
function adjustForFrequency(model: Model, comparisons: ExplainedComparison[], frequencies: TermFrequencies): void {
  model.comparisons.forEach((c, k) => {
    const explained = comparisons[k]!;
    const comparator = comparators.get(c.comparator);
    if (c.tf !== true || comparator?.exactLevel === undefined || explained.levelIndex < 0) return;
    if (explained.levelIndex !== comparator.exactLevel && explained.weight <= 0) return;
    const { valueA, valueB } = explained;
    if (valueA === undefined || valueB === undefined) return;
    const tf = Math.max(frequencies.of(c.field, comparator.keySuffix, valueA), frequencies.of(c.field, comparator.keySuffix, valueB));
    explained.weight = tfLevelWeight(explained.weight, explained.levelIndex, comparator.exactLevel, c.levels[comparator.exactLevel]!.m, tf, model.tfMinimumU);
  });
}

/**
 * The comparisons of a pair whose levels are already known (a scored pair's `levels`, -1 for null):
 * labels, values and average level weights, without comparing again. review.csv explains every
 * review pair this way (200k pairs at a million rows: re-comparing each cost 16 s).
 */
export function explainLevels(
  model: Model,
  a: CustomerRecord,
  b: CustomerRecord,
  levels: readonly number[],
  weights: readonly (readonly number[])[] = levelWeights(model),
  /** The levels before implied comparisons were silenced, when known: what says why one is. */
  compared: readonly number[] = levels,
): ExplainedComparison[] {
  return model.comparisons.map((c, k): ExplainedComparison => {
    const level = levels[k] ?? -1;
    const keySuffix = comparators.get(c.comparator)?.keySuffix;
    const valueA = readField(a, c.field, keySuffix);
    const valueB = readField(b, c.field, keySuffix);
    return {
      field: c.field,
      comparator: c.comparator,
      level: level >= 0 ? c.levels[level]!.label : nullLabel(model, c, compared, valueA, valueB),
      levelIndex: level,
      valueA,
      valueB,
      weight: level < 0 ? 0 : weights[k]![level]!,
    };
  });
}

/** Why a comparison says nothing: a value is missing (`null`), a finer place that agrees already
 * says it (`implied by postcode`), or the comparator found the pair no evidence either way
 * (`no evidence`: two name-built mailboxes of namesakes, one differing letter in an email). */
function nullLabel(model: Model, c: Model['comparisons'][number], levels: readonly number[], a: string | undefined, b: string | undefined): string {
  if (a === undefined || b === undefined) return 'null';
  const finer = (c.impliedBy ?? []).find((field) => {
    const f = model.comparisons.findIndex((x) => x.field === field);
    const exact = comparators.get(model.comparisons[f]?.comparator ?? '')?.exactLevel;
    return f >= 0 && exact !== undefined && levels[f] === exact;
  });
  return finer !== undefined ? `implied by ${finer}` : 'no evidence';
}
