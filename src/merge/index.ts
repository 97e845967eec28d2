// The merge stage's only door: survivorship strategies, the merge itself, and golden ids.

export { PART_SEPARATOR } from './definition.js';
export type { SurvivorshipCandidate, SurvivorshipContext, SurvivorshipDefinition } from './definition.js';
export { builtinSurvivorship, createSurvivorshipRegistry } from './builtins.js';
export { mergeClusters } from './merge-clusters.js';
export type { GoldenMember, GoldenRecord, MergeOptions } from './merge-clusters.js';
export type { Provenance } from './merge-unit.js';
export { defaultStrategyFor, survivorshipPlan } from './plan.js';
export { goldenIdFor, compareNatural } from './golden-id.js';
export { instantOf } from './recency.js';
