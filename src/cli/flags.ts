// Flag parsing shared by the commands: each bad value is a UsageError naming the flag.

import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { GateSettings } from '../pipeline/gates.js';

export interface CommonFlags {
  config?: string;
  out?: string;
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
  showPii?: boolean;
}

export interface GateFlags {
  maxErrorRate?: string;
  maxQuarantineRate?: string;
  minCompleteness?: string[];
}

export function addCommonFlags(command: Command, { out = true } = {}): Command {
  command.option('-c, --config <file>', 'config file (YAML or JSON)');
  if (out) command.option('-o, --out <dir>', 'output directory', 'cdm-out');
  return command
    .option('--json', 'machine-readable JSON on stdout (nothing else there)')
    .option('-q, --quiet', 'no summary or progress')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('--show-pii', 'show personal data in reports (masked otherwise)');
}

export function addGateFlags(command: Command): Command {
  return command
    .option('--max-error-rate <rate>', 'fail (exit 1) when more than this share of rows has an error, e.g. 0.02')
    .option('--max-quarantine-rate <rate>', 'fail when more than this share of rows is quarantined')
    .addOption(
      new Option('--min-completeness <field=rate>', 'fail when a field is valid in fewer rows than this share (repeatable)')
        .argParser((value: string, previous: string[] = []) => [...previous, value]),
    );
}

function rateOf(flag: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UsageError('flag.invalid_rate', `${flag} takes a share between 0 and 1 (e.g. 0.02), not '${value}'`);
  }
  return n;
}

export function gateSettings(flags: GateFlags): GateSettings {
  const settings: GateSettings = {};
  if (flags.maxErrorRate !== undefined) settings.maxErrorRate = rateOf('--max-error-rate', flags.maxErrorRate);
  if (flags.maxQuarantineRate !== undefined) settings.maxQuarantineRate = rateOf('--max-quarantine-rate', flags.maxQuarantineRate);
  if (flags.minCompleteness?.length) {
    settings.minCompleteness = {};
    for (const pair of flags.minCompleteness) {
      const [field, value] = pair.split('=');
      if (!field || value === undefined) {
        throw new UsageError('flag.invalid_completeness', `--min-completeness takes field=share (e.g. email=0.8), not '${pair}'`);
      }
      settings.minCompleteness[field.trim()] = rateOf(`--min-completeness ${field}`, value);
    }
  }
  return settings;
}

export function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError('flag.invalid_choice', `${flag} takes one of ${allowed.join(', ')}, not '${value}'`);
}

/** A count of threads: a whole number from 1 up. */
export function threadCount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1 && n <= 256) return n;
  throw new UsageError('flag.invalid_threads', `${flag} takes a whole number of threads from 1 to 256 (e.g. 2), not '${value}'`);
}
