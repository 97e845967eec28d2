// The library API of cdm: the CLI is a thin layer over these calls, so a Node pipeline can run
// every command without a shell.

export { clean, type CleanResult } from './pipeline/clean.js';
export { validate, type ValidateOptions, type ValidateResult } from './pipeline/validate.js';
export type { CleanOptions, PipelineOptions, GoldenFormat } from './pipeline/options.js';
export type { GateSettings, GateResult } from './pipeline/gates.js';
export { profile, type ProfileOptions, type ProfileResult } from './profile/index.js';
export { loadConfig, parseConfig, validateConfig, configHash } from './config/index.js';
export type { Config } from './config/index.js';
export { readSource, writeOutputSet } from './io/index.js';
export { buildSchema } from './schema/index.js';
export type { Report } from './report/types.js';
export type { Diagnostic, Severity } from './core/diagnostic.js';
export type { CustomerRecord, Schema, FieldDef, SourceTable } from './core/record.js';
export { CdmError, ConfigError, InputError, UsageError, EXIT } from './core/errors.js';
export { VERSION } from './version.js';
