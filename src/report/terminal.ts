// The end-of-run summary in the terminal: one screen (at most 25 lines) that says whether the run is
// trustworthy (reconciliation, gates) and where to look next. The full story is in report.html.

import { terminalSafe } from '../core/terminal-safe.js';
import { Chalk, type ChalkInstance } from 'chalk';
import {
  describeGate,
  formatCount,
  formatDuration,
  formatPercent,
  formatReconciliation,
  reconciliation,
  topIssues,
  totalDurationMs,
} from './format.js';
import type { Report, ReportGate } from './types.js';

export interface SummaryOptions {
  color: boolean;
  /** Overrides report.run.out_dir, e.g. with the absolute path the CLI resolved. */
  outDir?: string;
}

export const SUMMARY_MAX_LINES = 25;
const TOP_ISSUES = 5;
/** Gate lines shown; failed gates come first so a long list never hides a failure. */
const GATE_LINES = 5;

export function renderSummary(report: Report, options: SummaryOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines = [
    headline(report, c),
    ...totalLines(report, c),
    ...issueLines(report, c),
    ...gateLines(report.gates, c),
    ...changeLines(report, c),
    ...outputLines(report, options.outDir ?? report.run.out_dir, c),
  ];
  return `${lines.slice(0, SUMMARY_MAX_LINES).join('\n')}\n`;
}

function headline(report: Report, c: ChalkInstance): string {
  const { run, totals } = report;
  const inputs = run.inputs.length === 1 ? '1 input' : `${run.inputs.length} inputs`;
  const mode = run.incremental ? ' (incremental)' : '';
  return c.bold(`cdm ${run.command}${mode} ${terminalSafe(run.version)}`) +
    c.dim(` · ${inputs} · ${formatCount(totals.input_rows)} rows · ${formatDuration(totalDurationMs(report))}`);
}

function row(c: ChalkInstance, label: string, value: string, note = ''): string {
  return `  ${label.padEnd(18)}${value.padStart(9)}${note ? c.dim(`  ${note}`) : ''}`;
}

function totalLines(report: Report, c: ChalkInstance): string[] {
  const { totals } = report;
  // An incremental run's totals cover the whole new master: say how many rows this run read.
  const read = report.run.inputs.reduce((n, input) => n + input.rows, 0);
  const note = report.run.incremental ? `${formatCount(read)} read by this run, the rest kept from the master` : '';
  const lines = [
    row(c, 'rows in', formatCount(totals.input_rows), note),
    row(c, 'quarantined', formatCount(totals.quarantined), `${formatPercent(share(totals.quarantined, totals.input_rows))} of rows`),
  ];
  if (report.matching !== null) {
    lines.push(
      row(c, 'golden records', formatCount(totals.golden_records)),
      row(c, 'duplicates merged', formatCount(totals.merged_rows), `${formatPercent(totals.duplicate_rate)} duplicate rate`),
    );
  } else {
    lines.push(row(c, 'kept', formatCount(totals.kept)));
  }
  const rec = reconciliation(report);
  const mark = rec.ok ? c.green('✓') : c.red('✗');
  lines.push(`  ${mark} ${rec.ok ? 'reconciled' : c.red('NOT reconciled')}: ${formatReconciliation(rec)}`);
  return lines;
}

function issueLines(report: Report, c: ChalkInstance): string[] {
  const issues = topIssues(report, TOP_ISSUES);
  if (issues.length === 0) return [c.bold('Issues') + c.dim('  none')];
  const width = Math.max(...issues.map((issue) => issue.code.length));
  const more = report.issues.length - issues.length;
  return [
    c.bold('Top issues') + (more > 0 ? c.dim(`  (${more} more codes in the report)`) : ''),
    ...issues.map((issue) => {
      const severity = issue.severity === 'error' ? c.red('error') : c.yellow(terminalSafe(issue.severity));
      return `  ${terminalSafe(issue.code).padEnd(width)}  ${formatCount(issue.count).padStart(8)}  ${severity}`;
    }),
  ];
}

function gateLines(gates: ReportGate[], c: ChalkInstance): string[] {
  if (gates.length === 0) return [c.bold('Gates') + c.dim('  none configured')];
  const failed = gates.filter((gate) => !gate.passed);
  const passed = gates.filter((gate) => gate.passed);
  const verdict = failed.length > 0 ? c.red(`${failed.length} failed`) : c.green('all passed');
  const shown = [...failed, ...passed].slice(0, GATE_LINES);
  const width = Math.max(...shown.map((gate) => gate.gate.length));
  const lines = [
    `${c.bold('Gates')}  ${passed.length} passed, ${verdict}`,
    ...shown.map((gate) => {
      const mark = gate.passed ? c.green('✓') : c.red('✗');
      return `  ${mark} ${terminalSafe(gate.gate).padEnd(width)}  ${describeGate(gate)}`;
    }),
  ];
  const hidden = gates.length - shown.length;
  if (hidden > 0) lines.push(c.dim(`  … ${hidden} more in the report`));
  return lines;
}

function changeLines(report: Report, c: ChalkInstance): string[] {
  const { changes } = report;
  if (!report.run.incremental || changes === null) return [];
  const merged = changes.merged_ids.length;
  return [
    `${c.bold('Changes')}  ${formatCount(changes.new_golden)} new · ${formatCount(changes.updated_golden)} updated · ` +
      `${formatCount(changes.unchanged_golden)} unchanged · ${formatCount(merged)} golden ${merged === 1 ? 'id' : 'ids'} merged`,
  ];
}

function outputLines(report: Report, outDir: string, c: ChalkInstance): string[] {
  const dir = terminalSafe(outDir.endsWith('/') ? outDir : `${outDir}/`);
  const lines: string[] = [];
  if (report.matching !== null && report.matching.review_pairs > 0) {
    lines.push(`${c.bold('Review')}   ${formatCount(report.matching.review_pairs)} uncertain pairs → ${c.cyan(`${dir}review.csv`)}`);
  }
  const what = report.run.command === 'clean' ? 'golden, crosswalk, quarantine, review, diagnostics' : 'diagnostics';
  lines.push(`${c.bold('Outputs')}  ${c.cyan(dir)} ${c.dim(`(${what}; full report: report.html)`)}`);
  return lines;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
