// The block stage's door: blocking rules as data, default rules by role, candidate pair generation.

export { blockPairs, compileRule, type CandidatePairs } from './pairs.js';
export { defaultBlockingRules } from './defaults.js';
export { keyFunction, parseKeyRef } from './keys.js';
