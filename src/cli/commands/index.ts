// Registers every command of DESIGN §2. Each command module adds itself to the program and records
// its exit status in `outcome`.

import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { registerClean } from './clean.js';
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
  program
    .command('export')
    .description('a role-based view, a division split, or a hashed audience file of a master')
    .addHelpText('after', '\nExample:\n  $ cdm export --master cdm-out --view marketing --out marketing.csv')
    .action(notBuilt('export'));
  const subject = program.command('subject').description('data-subject access and erasure on a master');
  subject
    .command('find')
    .description('find every record of a person (access request)')
    .addHelpText('after', '\nExample:\n  $ cdm subject find --master cdm-out --email jane@example.com')
    .action(notBuilt('subject find'));
  subject
    .command('erase')
    .description('erase a person from a master and suppress them in later runs')
    .argument('<golden_id>')
    .addHelpText('after', '\nExample:\n  $ cdm subject erase --master cdm-out G-1a2b3c4d5e6f')
    .action(notBuilt('subject erase'));
  const audit = program.command('audit').description('the hash-chained run log of a master');
  audit
    .command('verify')
    .description('check the hash chain of a master\'s audit log')
    .addHelpText('after', '\nExample:\n  $ cdm audit verify --master cdm-out')
    .action(notBuilt('audit verify'));
}
