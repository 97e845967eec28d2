// `cdm init`: a commented config reproducing what zero-config inference chose, for the user to edit.

import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { EXIT, UsageError } from '../../core/errors.js';
import { initConfig } from '../../config/index.js';
import { expandInputs, writeFileAtomic } from '../../io/index.js';
import { createTerminal } from '../terminal.js';
import type { Outcome } from './index.js';

interface InitFlags {
  output?: string;
  force?: boolean;
  color?: boolean;
  quiet?: boolean;
}

export function registerInit(program: Command, outcome: Outcome): void {
  program
    .command('init')
    .description('write a commented config inferred from the files')
    .argument('<inputs...>', 'CSV, JSON or NDJSON files (globs, .gz)')
    .option('-o, --output <file>', 'write the config to this file instead of standard output')
    .option('--force', 'replace an existing --output file')
    .option('-q, --quiet', 'no message after writing --output')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .addHelpText('after', '\nExamples:\n  $ cdm init crm.csv shop.ndjson > cdm.yaml\n  $ cdm init exports/*.csv -o cdm.yaml && cdm clean -c cdm.yaml')
    .action(async (inputs: string[], flags: InitFlags) => {
      const terminal = createTerminal({ color: flags.color, quiet: flags.quiet });
      const text = await initConfig(await expandInputs(inputs));
      if (!flags.output) {
        terminal.out(text);
      } else {
        const exists = await stat(flags.output).then(() => true, () => false);
        if (exists && !flags.force) throw new UsageError('output.exists', `${flags.output} exists; pass --force to replace it`);
        await writeFileAtomic(flags.output, text);
        if (!terminal.quiet) terminal.err(`wrote ${flags.output} — edit it, then run: cdm clean -c ${flags.output}`);
      }
      outcome.code = EXIT.ok;
    });
}
