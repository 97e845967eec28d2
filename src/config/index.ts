// Config stage: the config file's shape, loading and validation, and `cdm init`.

export { ConfigSchema, type Config, type SourceConfig, type FieldConfig, type ColumnTarget, type RuleRefConfig } from './schema.js';
export { loadConfig, parseConfig, validateConfig, configHash, configDir, type ConfigIssue } from './load.js';
export { sourceConfigFor, sourcePatternMatches } from './sources.js';
export { configJsonSchema, configJsonSchemaText } from './json-schema.js';
export { initConfig, initConfigFromTables, renderInitConfig } from './init.js';
