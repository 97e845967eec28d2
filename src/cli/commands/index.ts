// Registers every command of DESIGN §2. Each command module adds itself to the program and records
// its exit status in `outcome`.

import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';

export interface Outcome {
  code: number;
}

export function registerCommands(program: Command, outcome: Outcome): void {
  void outcome;
  const notBuilt = (name: string) => () => {
    throw new UsageError('command.not_built', `'cdm ${name}' is not built yet in this version.`);
  };
  program
    .command('clean')
    .description('run the whole pipeline: validate, normalize, match, merge; write golden records and reports')
    .argument('<inputs...>', 'CSV, JSON or NDJSON files (globs, .gz, - for stdin)')
    .addHelpText('after', '\nExample:\n  $ cdm clean crm.csv shop.ndjson --out cdm-out')
    .action(notBuilt('clean'));
  program
    .command('validate')
    .description('load, validate and normalize only; quality gates for CI')
    .argument('<inputs...>', 'input files')
    .addHelpText('after', '\nExample:\n  $ cdm validate customers.csv --max-error-rate 0.02 --json')
    .action(notBuilt('validate'));
  program
    .command('profile')
    .description('per column: inferred role, completeness, distinct values, top values, patterns')
    .argument('<inputs...>', 'input files')
    .addHelpText('after', '\nExample:\n  $ cdm profile customers.csv --json')
    .action(notBuilt('profile'));
  program
    .command('init')
    .description('write a commented config inferred from the files')
    .argument('<inputs...>', 'input files')
    .addHelpText('after', '\nExample:\n  $ cdm init crm.csv shop.ndjson > cdm.yaml')
    .action(notBuilt('init'));
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
