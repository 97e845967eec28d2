// What every run prints or appends besides its files: JSON on stdout for --json, the Markdown
// report where asked and to a GitHub job summary when $GITHUB_STEP_SUMMARY is set; and, before a
// run starts, the check that what it will write can be written.

import { appendFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { refuseUnwritable, writeFileAtomic } from '../io/index.js';
import { renderMarkdown } from '../report/index.js';
import type { Report } from '../report/types.js';
import type { Terminal } from './terminal.js';

/** The commands whose run writes an output set in --out (and maybe --report-md). */
const RUNS = new Set(['clean', 'validate']);

interface RunFlags {
  out?: string;
  master?: string;
}

/**
 * A preAction hook: before `clean` or `validate` reads a row, their --out must be writable, so that
 * a mistake there fails in a second rather than after the whole pipeline.
 */
export async function checkRunTargets(command: Command): Promise<void> {
  if (!RUNS.has(command.name())) return;
  const flags = command.opts<RunFlags>();
  // The directory the command writes, chosen as clean.ts chooses it: the master unless --out is given.
  const outGiven = command.getOptionValueSource('out') !== 'default';
  const out = flags.master && !outGiven ? flags.master : (flags.out ?? 'cdm-out');
  await refuseUnwritable('--out', out, 'set');
}

export async function finishRun(terminal: Terminal, report: Report, options: { json?: boolean; reportMd?: string; outDir: string }): Promise<void> {
  if (options.json) terminal.out(JSON.stringify(report, null, 2));
  const markdown = options.reportMd || process.env.GITHUB_STEP_SUMMARY ? renderMarkdown(report) : '';
  if (options.reportMd) await writeFileAtomic(options.reportMd, markdown);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) await appendFile(summary, `${markdown}\n`);
}
