// Registers every command of DESIGN §2. Each command module adds itself to the program and records
// its exit status in `outcome`.

import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { registerAudit } from './audit.js';
import { registerClean } from './clean.js';
import { registerExport } from './export.js';
import { registerSubject } from './subject.js';
import { registerInit } from './init.js';
import { registerProfile } from './profile.js';
import { registerValidate } from './validate.js';

export interface Outcome {
  code: number;
}

export function registerCommands(program: Command, outcome: Outcome): void {
  registerClean(program, outcome);
  registerValidate(program, outcome);
  registerProfile(program, outcome);
  registerInit(program, outcome);
  const notBuilt = (name: string) => () => {
    throw new UsageError('command.not_built', `'cdm ${name}' is not built yet in this version.`);
  };
  program
    .command('explain')
    .description('why two records matched (per-field weights) or where a golden value came from')
    .argument('<refs...>', 'two records as source:row, or one golden id')
    .addHelpText('after', '\nExample:\n  $ cdm explain crm.csv:12 shop.ndjson:40 --master cdm-out')
    .action(notBuilt('explain'));
  registerExport(program, outcome);
  registerSubject(program, outcome);
  registerAudit(program, outcome);
}
