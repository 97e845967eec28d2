// Every registry of the pipeline, filled with the built-ins exactly as a plugin would fill it.

import { createRuleRegistry, type RuleDefinition } from '../validate/index.js';
import { builtinNormalizers, type NormalizerDefinition } from '../normalize/index.js';
import { comparators } from '../match/index.js';
import { createSurvivorshipRegistry, type SurvivorshipDefinition } from '../merge/index.js';
import { createTransformRegistry, type TransformDefinition } from '../governance/transforms/index.js';
import { Registry } from './registry.js';

export { Registry, type Definition } from './registry.js';

export interface Registries {
  rules: Registry<RuleDefinition>;
  normalizers: Registry<NormalizerDefinition>;
  /** The matching engine's comparator registry (one per process: comparisons name comparators by id). */
  comparators: typeof comparators;
  survivorship: Registry<SurvivorshipDefinition>;
  /** View transforms for `cdm export` (mask, hash, generalize, drop). */
  transforms: Registry<TransformDefinition>;
}

export function createRegistries(): Registries {
  const normalizers = new Registry<NormalizerDefinition>('normalizer');
  for (const n of builtinNormalizers) normalizers.register(n);
  return {
    rules: createRuleRegistry(),
    normalizers,
    comparators,
    survivorship: createSurvivorshipRegistry(),
    transforms: createTransformRegistry(),
  };
}
