// `cdm profile`: what each column holds — inferred role, completeness, distinct, top values, patterns.

import type { Command } from 'commander';
import { EXIT } from '../../core/errors.js';
import { expandInputs } from '../../io/index.js';
import { resolveConfig } from '../../pipeline/prepare.js';
import { profile, renderProfileTable } from '../../profile/index.js';
import { addCommonFlags, type CommonFlags } from '../flags.js';
import { createTerminal } from '../terminal.js';
import type { Outcome } from './index.js';

export function registerProfile(program: Command, outcome: Outcome): void {
  const command = program
    .command('profile')
    .description('per column: inferred role, completeness, distinct values, top values, patterns')
    .argument('<inputs...>', 'CSV, JSON or NDJSON files (globs, .gz, - for standard input)');
  addCommonFlags(command, { out: false })
    .addHelpText('after', '\nExamples:\n  $ cdm profile customers.csv\n  $ cdm profile exports/*.csv --json > profile.json')
    .action(async (inputs: string[], flags: CommonFlags) => {
      const terminal = createTerminal({ ...flags, json: flags.json });
      const config = await resolveConfig(flags.config);
      const result = await profile(await expandInputs(inputs), { ...(config ? { config } : {}), showPii: Boolean(flags.showPii) });
      if (flags.json) terminal.out(JSON.stringify(result, null, 2));
      else terminal.out(renderProfileTable(result, { color: terminal.color }));
      outcome.code = EXIT.ok;
    });
}
