// The model file: a trained matcher as reviewable JSON (comparisons with m/u per level, prior,
// thresholds, blocking rules). loadModel validates shape and values before anything trusts it.

import { z } from 'zod';
import { ConfigError } from '../../core/errors.js';
import { comparators } from '../compare/index.js';
import type { Model } from '../types.js';

const probability = z.number().min(0).max(1);

const modelSchema = z.object({
  version: z.literal(1),
  comparisons: z.array(
    z.object({
      field: z.string().min(1),
      comparator: z.string().min(1),
      crossField: z.string().min(1).optional(),
      levels: z.array(z.object({ label: z.string(), m: probability, u: probability })).min(1),
      tf: z.boolean().optional(),
      family: z.string().min(1).optional(),
      impliedBy: z.array(z.string().min(1)).optional(),
    }),
  ),
  prior: z.number().gt(0).lt(1),
  thresholds: z.object({ match: probability, review: probability }),
  blocking: z.array(z.object({ id: z.string().min(1), keys: z.array(z.string().min(1)).min(1), maxBlockSize: z.number().int().min(2).optional() })),
  tfMinimumU: z.number().gt(0).lt(1),
  training: z
    .object({ uSamplePairs: z.number(), emIterations: z.number(), emConverged: z.boolean(), candidatePairs: z.number(), expectedMatches: z.number().min(0).optional() })
    .optional(),
});

export function saveModel(model: Model): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** Parses and validates a model file's text; a bad model is a ConfigError (`model.invalid`). */
export function loadModel(text: string): Model {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError('model.invalid', `model is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = modelSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.');
    throw new ConfigError('model.invalid', `model ${path || '(root)'}: ${issue.message}`, path);
  }
  const model = parsed.data as Model;
  model.comparisons.forEach((c, i) => {
    const comparator = comparators.get(c.comparator);
    if (!comparator) throw new ConfigError('model.unknown_comparator', `model comparisons.${i}: unknown comparator '${c.comparator}'`, `comparisons.${i}.comparator`);
    if (comparator.levels.length !== c.levels.length) {
      throw new ConfigError('model.level_mismatch', `model comparisons.${i}: comparator '${c.comparator}' has ${comparator.levels.length} levels, the model ${c.levels.length}`, `comparisons.${i}.levels`);
    }
  });
  if (model.thresholds.review > model.thresholds.match) {
    throw new ConfigError('model.invalid', 'model thresholds.review must not exceed thresholds.match', 'thresholds.review');
  }
  return model;
}
