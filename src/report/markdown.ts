// The Markdown report, sized for a CI job summary ($GITHUB_STEP_SUMMARY): verdict first, then
// GitHub-flavoured tables of totals, gates, top issues and fields. Job summaries render inline HTML,
// so every report string is escaped for Markdown *and* HTML.

import { terminalSafe } from '../core/terminal-safe.js';
import {
  formatCount,
  formatDuration,
  formatGateValue,
  formatPercent,
  formatReconciliation,
  gateComparator,
  reconciliation,
  topIssues,
  totalDurationMs,
} from './format.js';
import type { Report } from './types.js';

const TOP_ISSUES = 10;

/** Text that renders as itself: no tags, no emphasis, no links, no table breaks. */
export function markdownText(value: string): string {
  const escaped = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()#~|!]/g, (ch) => `\\${ch}`)
    .replace(/[\r\n\t]+/g, ' ');
  // A value is text, never a link: GitHub turns a bare `https://…` or `www.…` into one (a zero-width
  // space after the scheme or `www` stops it); and a control character in a job summary that is
  // `cat` in a log acts on the terminal.
  return terminalSafe(escaped).replace(AUTOLINK, '$&\u200b');
}

const AUTOLINK = /:\/\/|\bwww(?=\.)/gi;

/**
 * A code span, unless the value could break out of one or holds markup (then escaped plain text:
 * inside a code span `&lt;` would show literally, and we would rather not trust every renderer).
 */
function code(value: string): string {
  if (/[`<>&\u0000-\u001f\u007f-\u009f]/.test(value) || value.trim() === '') return markdownText(value);
  // Inside a table GFM splits cells on `|` even in code spans; `\|` is the documented escape.
  return `\`${value.replace(/\|/g, '\\|')}\``;
}

function tableRows(head: string[], align: ('l' | 'r')[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

export function renderMarkdown(report: Report): string {
  const { run, totals } = report;
  const failed = report.gates.filter((gate) => !gate.passed);
  const verdict =
    report.gates.length === 0 ? 'no quality gates' : failed.length === 0 ? '✅ all gates passed' : `❌ ${failed.length} of ${report.gates.length} gates failed`;
  const inputs = run.inputs.length === 1 ? '1 input' : `${run.inputs.length} inputs`;
  const lines: string[] = [
    `## cdm ${run.command} report — ${verdict}`,
    '',
    `cdm ${markdownText(run.version)}${run.incremental ? ' (incremental)' : ''} · ${inputs} · ${formatCount(totals.input_rows)} input rows · ${formatDuration(totalDurationMs(report))}`,
    '',
    '### Totals',
    '',
  ];
  const totalRows: string[][] = [
    ['input rows', formatCount(totals.input_rows)],
    ['quarantined', `${formatCount(totals.quarantined)} (${formatPercent(totals.input_rows ? totals.quarantined / totals.input_rows : 0)})`],
    ['kept', formatCount(totals.kept)],
  ];
  if (report.matching !== null) {
    totalRows.push(
      ['golden records', formatCount(totals.golden_records)],
      ['duplicates merged', `${formatCount(totals.merged_rows)} (${formatPercent(totals.duplicate_rate)})`],
      ['pairs to review', formatCount(report.matching.review_pairs)],
    );
  }
  totalRows.push(['rows with errors', formatCount(totals.rows_with_errors)], ['rows with warnings', formatCount(totals.rows_with_warnings)]);
  lines.push(...tableRows(['', 'rows'], ['l', 'r'], totalRows), '');
  const rec = reconciliation(report);
  lines.push(`${rec.ok ? '✅ **Reconciled:**' : '❌ **Not reconciled:**'} ${formatReconciliation(rec)}`, '');

  lines.push('### Quality gates', '');
  if (report.gates.length === 0) lines.push('No quality gates configured.', '');
  else {
    const gates = [...failed, ...report.gates.filter((gate) => gate.passed)];
    lines.push(
      ...tableRows(
        ['gate', 'result', 'actual', 'required'],
        ['l', 'l', 'r', 'r'],
        gates.map((gate) => [
          code(gate.gate),
          gate.passed ? '✅ pass' : '❌ fail',
          formatGateValue(gate, gate.actual),
          `${gateComparator(gate)} ${formatGateValue(gate, gate.threshold)}`,
        ]),
      ),
      '',
    );
  }

  lines.push('### Top issues', '');
  const issues = topIssues(report, TOP_ISSUES);
  if (issues.length === 0) lines.push('No issues found.', '');
  else {
    lines.push(
      ...tableRows(
        ['code', 'severity', 'count', run.show_pii ? 'examples' : 'examples (masked)'],
        ['l', 'l', 'r', 'l'],
        issues.map((issue) => [
          code(issue.code),
          issue.severity === 'error' ? '🔴 error' : markdownText(issue.severity),
          formatCount(issue.count),
          issue.examples.slice(0, 3).map(code).join(' ') || '—',
        ]),
      ),
    );
    const more = report.issues.length - issues.length;
    lines.push(...(more > 0 ? ['', `…and ${more} more issue codes in report.html.`] : []), '');
  }

  lines.push('### Fields', '');
  if (report.fields.length === 0) lines.push('No fields.', '');
  else {
    lines.push(
      ...tableRows(
        ['field', 'role', 'complete before', 'complete after', 'validity', 'changed', 'issues'],
        ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
        report.fields.map((f) => [
          code(f.name),
          markdownText(f.role),
          formatPercent(f.completeness_before),
          formatPercent(f.completeness_after),
          formatPercent(f.validity),
          formatCount(f.changed),
          formatCount(Object.values(f.issues).reduce((sum, n) => sum + n, 0)),
        ]),
      ),
      '',
    );
  }

  if (run.incremental && report.changes !== null) {
    const c = report.changes;
    lines.push(
      '### Changes against the master',
      '',
      ...tableRows(['', 'golden records'], ['l', 'r'], [
        ['new', formatCount(c.new_golden)],
        ['updated', formatCount(c.updated_golden)],
        ['unchanged', formatCount(c.unchanged_golden)],
        ['ids merged into another', formatCount(c.merged_ids.length)],
      ]),
      '',
    );
  }

  lines.push(
    '<details><summary>Inputs</summary>',
    '',
    ...tableRows(['source', 'format', 'rows', 'sha256'], ['l', 'l', 'r', 'l'], run.inputs.map((input) => [
      code(input.source),
      markdownText(input.format),
      formatCount(input.rows),
      code(input.sha256.slice(0, 12)),
    ])),
    '',
    '</details>',
    '',
  );
  return lines.join('\n');
}
