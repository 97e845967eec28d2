// `cdm clean`: the whole pipeline; writes every output of DESIGN §3 as one atomic set.

import type { Command } from 'commander';
import { EXIT } from '../../core/errors.js';
import { writeOutputSet } from '../../io/index.js';
import { clean } from '../../pipeline/clean.js';
import { renderSummary } from '../../report/index.js';
import { addCommonFlags, addGateFlags, choice, gateSettings, threadCount, type CommonFlags, type GateFlags } from '../flags.js';
import { tuneHeap } from '../heap.js';
import { finishRun } from '../run-output.js';
import { createProgress } from '../progress.js';
import { createTerminal } from '../terminal.js';
import type { Outcome } from './index.js';

interface CleanFlags extends CommonFlags, GateFlags {
  format?: string;
  model?: string;
  decisions?: string;
  master?: string;
  csvGuard?: boolean;
  reportMd?: string;
  threads?: string;
}

export function registerClean(program: Command, outcome: Outcome): void {
  const command = program
    .command('clean')
    .description('run the whole pipeline: validate, normalize, match, merge; write golden records and reports')
    .argument('[inputs...]', 'CSV, JSON or NDJSON files (globs, .gz, - for standard input); default: the sources of the config');
  addCommonFlags(command);
  addGateFlags(command)
    .option('--format <format>', 'golden records as csv, json (with provenance) or ndjson', 'csv')
    .option('--model <file>', 'reuse a trained model.json (skips training)')
    .option('--decisions <file>', 'a review.csv with the decision column filled (match / no-match)')
    .option('--master <dir>', 'an earlier run\'s output: incremental run, golden ids kept (default --out: the master)')
    .option('--no-csv-guard', 'do not neutralise spreadsheet formulas in CSV outputs')
    .option('--report-md <file>', 'also write the Markdown report here')
    .option('--threads <n>', 'threads validating rows and comparing pairs (default: the machine\'s cores, at most 4; results are the same)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ cdm clean crm.csv shop.ndjson signup.csv --out cdm-out\n  $ cdm clean nightly.csv --master cdm-out          # incremental, ids kept',
    )
    .action(async (inputs: string[], flags: CleanFlags, cmd: Command) => {
      const tighten = tuneHeap();
      const terminal = createTerminal({ ...flags, color: flags.color, json: flags.json });
      const format = choice('--format', flags.format, ['csv', 'json', 'ndjson'] as const);
      const threads = threadCount('--threads', flags.threads);
      const outGiven = cmd.getOptionValueSource('out') !== 'default';
      const out = flags.master && !outGiven ? flags.master : (flags.out ?? 'cdm-out');
      const progress = createProgress({ quiet: flags.quiet || flags.json, color: terminal.color });
      const result = await clean(inputs, {
        onStage: (stage, detail) => {
          if (stage === 'match') tighten?.();
          progress.onStage(stage, detail);
        },
        ...(flags.config ? { config: flags.config } : {}),
        out,
        ...(format ? { format } : {}),
        ...(flags.model ? { model: flags.model } : {}),
        ...(flags.decisions ? { decisions: flags.decisions } : {}),
        ...(flags.master ? { master: flags.master } : {}),
        csvGuard: flags.csvGuard !== false,
        ...(threads !== undefined ? { threads } : {}),
        showPii: Boolean(flags.showPii),
        gates: gateSettings(flags),
      }).finally(() => progress.stop());
      await writeOutputSet(out, result.files);
      const passed = result.report.gates.every((g) => g.passed);
      await finishRun(terminal, result.report, { json: flags.json, reportMd: flags.reportMd, outDir: out });
      if (!flags.json) terminal.say(renderSummary(result.report, { color: terminal.color, outDir: out }));
      outcome.code = passed ? EXIT.ok : EXIT.gateFailed;
    });
}
