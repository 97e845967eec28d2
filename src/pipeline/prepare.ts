// The stages every command shares: resolve inputs, load, infer the schema, validate and normalize.

import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { UsageError } from '../core/errors.js';
import type { CustomerRecord, Schema, SourceTable } from '../core/record.js';
import type { Config } from '../config/schema.js';
import { configDir, configHash, loadConfig, validateConfig } from '../config/load.js';
import { expandInputs, readSource } from '../io/index.js';
import { buildSchema, type BuildSchemaResult } from '../schema/index.js';
import { survivorshipPlan } from '../merge/index.js';
import { matchSettings } from './match-settings.js';
import { validateAndNormalize, type FieldQuality, type KeepRecords, type ValidateOptions, type ValidateResult } from '../validate/index.js';
import { defaultNormalizerFor } from '../normalize/index.js';
import { createRegistries, type Registries } from '../plugins/index.js';
import { loadPlugins } from '../plugins/loader.js';
import type { Definition, Registry } from '../plugins/registry.js';
import type { PipelineOptions } from './options.js';
import { HeadStart } from './head-start.js';
import { Stopwatch } from './stopwatch.js';

export interface Prepared {
  config: Config | undefined;
  configHash: string | null;
  inputs: string[];
  /** As read, but with `rows` emptied once validated (`rowCount` says how many there were). */
  tables: SourceTable[];
  schema: Schema;
  registries: Registries;
  /** Every row's record, or only the quarantined ones when prepared with `keep: 'quarantined'`. */
  records: CustomerRecord[];
  /** Rows validated, and quarantined. */
  rows: number;
  quarantined: number;
  /** Rows with a final value of a field outside the schema (see ValidateResult.extraFilled). */
  extraFilled: Map<string, number>;
  /** Read, schema and validation findings, in that order. */
  diagnostics: Diagnostic[];
  fields: FieldQuality[];
  today: string;
  stopwatch: Stopwatch;
}

export async function resolveConfig(config: Config | string | undefined): Promise<Config | undefined> {
  if (config === undefined) return undefined;
  if (typeof config === 'string') return loadConfig(config);
  return validateConfig(config);
}

/** Inputs from the command line, else the config's source paths (relative to the config file). */
export async function resolveInputs(patterns: readonly string[], config: Config | undefined): Promise<string[]> {
  if (patterns.length > 0) return expandInputs([...patterns]);
  const sources = config?.sources ?? [];
  if (sources.length === 0) {
    throw new UsageError('inputs.missing', 'no input files: name them on the command line or under `sources` in the config');
  }
  const base = configDir(config!) ?? process.cwd();
  // Named as the user would type them from here (`crm.csv`, `exports/crm.csv`): a source's name is
  // part of its rows' member keys, so a run from the config and one from the command line agree.
  const named = (path: string) => (path.startsWith('/') ? path : relative(process.cwd(), resolve(base, path)) || path);
  return expandInputs(sources.map((s) => named(s.path)));
}

export function todayOf(options: PipelineOptions, config: Config | undefined): string {
  return options.today ?? config?.today ?? new Date().toISOString().slice(0, 10);
}

export async function prepare(patterns: readonly string[], options: PipelineOptions, keep: KeepRecords = 'all'): Promise<Prepared> {
  const stopwatch = new Stopwatch(options.onStage);
  const config = await resolveConfig(options.config);
  const registries = createRegistries();
  if (config?.plugins?.length) {
    await loadPlugins(config.plugins, configDir(config) ?? process.cwd(), registries as unknown as Record<string, Registry<Definition>>);
  }
  const inputs = await resolveInputs(patterns, config);

  const today = todayOf(options, config);
  const validateOptions: ValidateOptions = {
    today,
    defaultNormalizerFor,
    onProgress: (done: number, total: number) => options.onStage?.('validate', { done, total }),
    releaseRows: true,
    keep,
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
  };
  // Only a run that keeps no records gains from a helper started while its one input is read (a
  // run that keeps them would take every record back from it: see validateAndNormalize's probe).
  const headStart = keep === 'quarantined' && inputs.length === 1 ? new HeadStart(config, registries, validateOptions) : undefined;

  stopwatch.start('load');
  const tables: SourceTable[] = [];
  let validated: ValidateResult;
  let schemaResult: BuildSchemaResult;
  try {
    for (const input of inputs) tables.push(await readSource(input, headStart ? { onRows: headStart.onRows } : {}));
    stopwatch.start('schema');
    schemaResult = buildSchema(tables, config);
    // A survivorship or matching mistake fails `cdm validate` as it would fail `cdm clean`, and before the run.
    survivorshipPlan(schemaResult.schema.fields, config?.merge?.survivorship ?? {}, registries.survivorship);
    matchSettings(config, schemaResult.schema.fields);
    stopwatch.start('validate');
    const helper = headStart?.settle(tables, schemaResult.schema);
    validated = validateAndNormalize(tables, schemaResult.schema, registries, { ...validateOptions, ...(helper ? { helper } : {}) });
  } finally {
    headStart?.close();
  }
  const { schema, diagnostics: schemaDiagnostics } = schemaResult;
  stopwatch.stop();

  return {
    config,
    configHash: config ? configHash(config) : null,
    inputs,
    tables,
    schema,
    registries,
    records: validated.records,
    rows: validated.rows,
    quarantined: validated.quarantined,
    extraFilled: validated.extraFilled,
    diagnostics: [...tables.flatMap((t) => t.diagnostics), ...schemaDiagnostics, ...validated.diagnostics],
    fields: validated.fields,
    today,
    stopwatch,
  };
}
