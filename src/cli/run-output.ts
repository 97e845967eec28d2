// What every run prints or appends besides its files: JSON on stdout for --json, the Markdown
// report where asked and to a GitHub job summary when $GITHUB_STEP_SUMMARY is set; and, before a
// run starts, the check that what it will write can be written.

import { appendFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { refuseOverlap, refuseUnwritable, writeFileAtomic, type GuardedPath } from '../io/index.js';
import { resolveConfig, resolveInputs } from '../pipeline/prepare.js';
import { renderMarkdown } from '../report/index.js';
import type { Report } from '../report/types.js';
import type { Terminal } from './terminal.js';

/** The commands whose run writes an output set in --out (and maybe --report-md). */
const RUNS = new Set(['clean', 'validate']);

interface RunFlags {
  out?: string;
  master?: string;
  config?: string;
  model?: string;
  decisions?: string;
  reportMd?: string;
}

/**
 * A preAction hook: before `clean` or `validate` reads a row, their --out must be writable and
 * their --report-md a file that is none of the run's inputs (the config's sources included), its
 * config, model or decisions, nor inside the directories it writes or reads as a master — so that
 * a mistake there fails in a second rather than after the whole pipeline, having replaced an input.
 */
export async function checkRunTargets(command: Command): Promise<void> {
  if (!RUNS.has(command.name())) return;
  const flags = command.opts<RunFlags>();
  // The directory the command writes, chosen as clean.ts chooses it: the master unless --out is given.
  const outGiven = command.getOptionValueSource('out') !== 'default';
  const out = flags.master && !outGiven ? flags.master : (flags.out ?? 'cdm-out');
  await refuseUnwritable('--out', out, 'set');
  if (flags.reportMd) await checkReportMd(flags.reportMd, command.processedArgs[0] as string[] | undefined, out, flags);
}

async function checkReportMd(reportMd: string, patterns: readonly string[] = [], out: string, flags: RunFlags): Promise<void> {
  const inputs = await resolveInputs(patterns, await resolveConfig(flags.config));
  const guarded: GuardedPath[] = [
    ...inputs.map((path) => ({ path, what: 'the input' })),
    ...(flags.config ? [{ path: flags.config, what: 'the config' }] : []),
    ...(flags.model ? [{ path: flags.model, what: 'the model (--model)' }] : []),
    ...(flags.decisions ? [{ path: flags.decisions, what: 'the decisions file (--decisions)' }] : []),
    { path: out, what: 'the output directory' },
    ...(flags.master ? [{ path: flags.master, what: 'the master' }] : []),
  ];
  await refuseOverlap('--report-md', reportMd, guarded);
  await refuseUnwritable('--report-md', reportMd, 'file');
}

export async function finishRun(terminal: Terminal, report: Report, options: { json?: boolean; reportMd?: string; outDir: string }): Promise<void> {
  if (options.json) terminal.out(JSON.stringify(report, null, 2));
  const markdown = options.reportMd || process.env.GITHUB_STEP_SUMMARY ? renderMarkdown(report) : '';
  if (options.reportMd) await writeFileAtomic(options.reportMd, markdown);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (!summary) return;
  // The job summary is a courtesy to the reader of the CI log: the run's outputs are written and its
  // exit status decided, so a summary path that cannot take the report is said, not fatal.
  await appendFile(summary, `${markdown}\n`).catch((error: NodeJS.ErrnoException) => {
    terminal.err(`cdm: could not append the report to $GITHUB_STEP_SUMMARY (${summary}): ${error.code ?? error.message}; the run's outputs are written`);
  });
}
