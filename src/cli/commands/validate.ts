// `cdm validate`: load + validate + normalize with quality gates — what CI runs to gate an import.

import type { Command } from 'commander';
import { EXIT, UsageError } from '../../core/errors.js';
import { writeOutputSet } from '../../io/index.js';
import { validate } from '../../pipeline/validate.js';
import { renderGithubAnnotations, renderJunit, renderSummary } from '../../report/index.js';
import { addCommonFlags, addGateFlags, choice, gateSettings, threadCount, type CommonFlags, type GateFlags } from '../flags.js';
import { finishRun } from '../run-output.js';
import { createProgress } from '../progress.js';
import { createTerminal } from '../terminal.js';
import type { Outcome } from './index.js';

interface ValidateFlags extends CommonFlags, GateFlags {
  format?: string;
  csvGuard?: boolean;
  reportMd?: string;
  threads?: string;
}

export function registerValidate(program: Command, outcome: Outcome): void {
  const command = program
    .command('validate')
    .description('load, validate and normalize only; quality gates for CI')
    .argument('[inputs...]', 'CSV, JSON or NDJSON files (globs, .gz, - for standard input); default: the sources of the config');
  addCommonFlags(command);
  addGateFlags(command)
    .option('--format <format>', 'extra CI output on stdout: github (annotations) or junit (XML, also junit.xml in --out)')
    .option('--no-csv-guard', 'do not neutralise spreadsheet formulas in CSV outputs')
    .option('--report-md <file>', 'also write the Markdown report here')
    .option('--threads <n>', 'threads for validation: a second one takes part of the rows when they are costly (default: the machine\'s cores, at most 4; results are the same)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ cdm validate customers.csv --max-error-rate 0.02 --min-completeness email=0.8\n  $ cdm validate exports/*.csv --format github',
    )
    .action(async (inputs: string[], flags: ValidateFlags) => {
      const terminal = createTerminal({ ...flags, json: flags.json || flags.format !== undefined });
      const format = choice('--format', flags.format, ['github', 'junit'] as const);
      if (format !== undefined && flags.json) {
        // Both own stdout: JSON after the annotations (or the XML) is no JSON a parser reads.
        throw new UsageError('flag.conflict', `--json and --format ${format} both write to standard output; use one (report.json${format === 'junit' ? ' and junit.xml are' : ' is'} written to --out either way)`);
      }
      const threads = threadCount('--threads', flags.threads);
      const out = flags.out ?? 'cdm-out';
      const progress = createProgress({ quiet: flags.quiet || flags.json, color: terminal.color });
      const result = await validate(inputs, {
        onStage: progress.onStage,
        ...(flags.config ? { config: flags.config } : {}),
        out,
        csvGuard: flags.csvGuard !== false,
        keep: 'quarantined',
        ...(threads !== undefined ? { threads } : {}),
        showPii: Boolean(flags.showPii),
        gates: gateSettings(flags),
      }).finally(() => progress.stop());
      const files = [...result.files];
      const junit = format === 'junit' ? renderJunit(result.report, result.diagnostics) : undefined;
      if (junit) files.push({ name: 'junit.xml', data: junit });
      await writeOutputSet(out, files);
      if (format === 'github') terminal.out(renderGithubAnnotations(result.diagnostics, { limit: 200 }));
      if (junit) terminal.out(junit);
      await finishRun(terminal, result.report, { json: flags.json, reportMd: flags.reportMd, outDir: out });
      if (!flags.json) terminal.say(renderSummary(result.report, { color: terminal.color, outDir: out }));
      outcome.code = result.passed ? EXIT.ok : EXIT.gateFailed;
    });
}
