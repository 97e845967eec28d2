// Why two records match or not (`cdm explain`): each comparison's level, values and weight, the
// prior, the total and the guard's verdict. Term-frequency adjustment needs the whole file's value
// counts, so an explanation of two records alone uses each level's average weight.

import type { CustomerRecord, FieldDef } from '../core/record.js';
import { conflictBetween, identityViews } from './cluster/index.js';
import { compareAt, implierIndices, isImplied, NULL_LEVEL, prepareComparison, readField } from './compare/index.js';
import { comparators } from './compare/index.js';
import { levelWeights, priorWeight, weightToProbability } from './score/index.js';
import type { Model } from './types.js';

export interface ExplainedComparison {
  field: string;
  comparator: string;
  /** Level label, or 'null' when either value is missing. */
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

export function explainPair(model: Model, a: CustomerRecord, b: CustomerRecord, fields: readonly FieldDef[]): PairExplanation {
  const pair = [a, b];
  const prior = priorWeight(model.prior);
  const prepared = model.comparisons.map((c) => prepareComparison(pair, c));
  const levels = prepared.map((p) => compareAt(p, 0, 1));
  const impliers = implierIndices(prepared);
  const kept = levels.map((level, k) => (isImplied(levels, 0, impliers[k]!, prepared) || level === NULL_LEVEL ? -1 : level));
  const comparisons = explainLevels(model, a, b, kept);
  const total = comparisons.reduce((sum, c) => sum + c.weight, prior);
  const [va, vb] = identityViews(pair, fields);
  const conflict = conflictBetween(va!, vb!);
  const explanation: PairExplanation = { comparisons, priorWeight: prior, totalWeight: total, probability: weightToProbability(total) };
  if (conflict) explanation.conflict = conflict;
  return explanation;
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
): ExplainedComparison[] {
  return model.comparisons.map((c, k): ExplainedComparison => {
    const level = levels[k] ?? -1;
    const keySuffix = comparators.get(c.comparator)?.keySuffix;
    return {
      field: c.field,
      comparator: c.comparator,
      level: level < 0 ? 'null' : c.levels[level]!.label,
      levelIndex: level,
      valueA: readField(a, c.field, keySuffix),
      valueB: readField(b, c.field, keySuffix),
      weight: level < 0 ? 0 : weights[k]![level]!,
    };
  });
}
