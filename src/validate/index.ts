// The validate stage's only door: rules (contract + built-ins) and the per-row validate+normalize
// orchestrator that turns SourceTables into CustomerRecords.

export type {
  FieldRuleContext,
  FieldRuleDefinition,
  RecordFinding,
  RecordRuleContext,
  RecordRuleDefinition,
  RecordView,
  RuleAction,
  RuleDefinition,
  RuleFinding,
  RulePhase,
} from './definition.js';
export { NO_FINDINGS, fieldOfRole, valueOfRole } from './definition.js';
export { builtinRules, createRuleRegistry } from './builtin.js';
export { REPEATED_HEADER, beginEarlyHelper, spawnHelper, validateAndNormalize, type KeepRecords, type ValidateOptions, type ValidateResult } from './orchestrator.js';
export type { ValidateRegistries } from './plan.js';
export type { FieldQuality } from './quality.js';
export { findJunk } from './rules/junk.js';
export { checkSsn } from './rules/ssn.js';
export { statesForZip } from './zip-prefixes.js';
