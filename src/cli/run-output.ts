// What every run prints or appends besides its files: JSON on stdout for --json, the Markdown
// report where asked and to a GitHub job summary when $GITHUB_STEP_SUMMARY is set.

import { appendFile } from 'node:fs/promises';
import { writeFileAtomic } from '../io/index.js';
import { renderMarkdown } from '../report/index.js';
import type { Report } from '../report/types.js';
import type { Terminal } from './terminal.js';

export async function finishRun(terminal: Terminal, report: Report, options: { json?: boolean; reportMd?: string; outDir: string }): Promise<void> {
  if (options.json) terminal.out(JSON.stringify(report, null, 2));
  const markdown = options.reportMd || process.env.GITHUB_STEP_SUMMARY ? renderMarkdown(report) : '';
  if (options.reportMd) await writeFileAtomic(options.reportMd, markdown);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) await appendFile(summary, `${markdown}\n`);
}
