// The compare stage's door: comparator registry, defaults by role, prepared columns, similarity measures.

export type { ComparatorDef, AnyComparator, CompareContext } from './definition.js';
export { NO_EVIDENCE } from './definition.js';
export { comparators, BUILTIN_COMPARATORS } from './registry.js';
export { defaultComparisons } from './defaults.js';
export { prepareComparison, compareAt, compareAll, readField, NULL_LEVEL, type PreparedComparison } from './columns.js';
export { jaro, jaroWinkler } from './jaro-winkler.js';
export { levenshtein, isOneTypo, isOneSubstitution, isAdjacentTransposition } from './edit-distance.js';
export { areNicknames, nicknameGroups } from './nickname-index.js';
export { NICKNAME_GROUPS } from './nicknames.js';
export { inferImplications, implierIndices, isImplied, dropImplied, IMPLIED_AGREEMENT } from './implied.js';
export { CompareHelpers } from './helpers.js';
