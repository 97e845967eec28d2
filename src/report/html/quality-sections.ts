// The data-quality sections: per-field completeness (before and after normalization) and validity,
// and the issue codes with counts and masked examples.

import { compareText, formatCount, formatPercent } from '../format.js';
import type { Report } from '../types.js';
import { esc } from './escape.js';
import { barChart } from './svg.js';
import { badge, figure, note, section, table } from './markup.js';

export function fieldsSection(report: Report): string {
  const { fields } = report;
  if (fields.length === 0) return section({ id: 'fields', title: 'Fields', html: note('No fields.') });
  const completeness = barChart({
    id: 'field-completeness',
    title: 'Completeness per field, before and after normalization',
    description: fields
      .map((f) => `${f.name}: ${formatPercent(f.completeness_before)} before, ${formatPercent(f.completeness_after)} after`)
      .join('; '),
    series: [
      { name: 'before', label: 'non-empty in the input', className: 'bar-muted' },
      { name: 'after', label: 'valid after normalization', className: 'bar-accent' },
    ],
    rows: fields.map((f) => ({
      key: f.name,
      label: f.name,
      values: [
        { value: f.completeness_before, display: formatPercent(f.completeness_before) },
        { value: f.completeness_after, display: formatPercent(f.completeness_after) },
      ],
    })),
    max: 1,
    track: true,
  });
  const validity = barChart({
    id: 'field-validity',
    title: 'Validity per field (valid values among non-empty ones)',
    description: fields.map((f) => `${f.name}: ${formatPercent(f.validity)}`).join('; '),
    series: [{ name: 'validity', label: 'valid among non-empty', className: 'bar-accent' }],
    rows: fields.map((f) => ({ key: f.name, label: f.name, values: [{ value: f.validity, display: formatPercent(f.validity) }] })),
    max: 1,
    track: true,
  });
  const details = table({
    caption: 'Per field: completeness, validity, distinct values, values changed by normalization, issues',
    name: 'fields',
    columns: [
      { label: 'field' },
      { label: 'role' },
      { label: 'complete before', numeric: true },
      { label: 'complete after', numeric: true },
      { label: 'validity', numeric: true },
      { label: 'distinct', numeric: true },
      { label: 'changed', numeric: true },
      { label: 'issues' },
    ],
    rows: fields.map((f) => [
      `<code>${esc(f.name)}</code>`,
      esc(f.role),
      esc(formatPercent(f.completeness_before)),
      esc(formatPercent(f.completeness_after)),
      esc(formatPercent(f.validity)),
      esc(formatCount(f.distinct)),
      esc(formatCount(f.changed)),
      issueList(f.issues),
    ]),
  });
  return section({
    id: 'fields',
    title: 'Fields',
    html:
      `<h3>Completeness</h3>` +
      figure(completeness, 'Grey: share of rows with any value in the input. Blue: share with a valid value after normalization.', '') +
      `<h3>Validity</h3>` +
      figure(validity, 'Share of non-empty values that passed the field’s rules.', '') +
      details,
  });
}

function issueList(issues: Record<string, number>): string {
  const entries = Object.entries(issues).sort(([a, x], [b, y]) => y - x || compareText(a, b));
  if (entries.length === 0) return '—';
  return entries.map(([code, count]) => `<code>${esc(code)}</code> ${esc(formatCount(count))}`).join('<br>');
}

export function issuesSection(report: Report): string {
  if (report.issues.length === 0) return section({ id: 'issues', title: 'Issues', html: note('No issues found.') });
  const issues = [...report.issues].sort((a, b) => b.count - a.count || compareText(a.code, b.code));
  const fieldsByCode = new Map<string, string[]>();
  for (const f of report.fields) {
    for (const code of Object.keys(f.issues)) fieldsByCode.set(code, [...(fieldsByCode.get(code) ?? []), f.name]);
  }
  const chart = barChart({
    id: 'issue-counts',
    title: 'Findings per issue code',
    description: issues.map((issue) => `${issue.code}: ${formatCount(issue.count)}`).join('; '),
    series: [{ name: 'count', label: 'findings', className: 'bar-neg' }],
    rows: issues.map((issue) => ({ key: issue.code, label: issue.code, values: [{ value: issue.count, display: formatCount(issue.count) }] })),
    max: Math.max(1, ...issues.map((issue) => issue.count)),
  });
  const rows = issues.map((issue) => [
    `<code>${esc(issue.code)}</code>`,
    issue.severity === 'error' ? badge(false, '', 'error') : `<span class="badge warn">${esc(issue.severity)}</span>`,
    esc(formatCount(issue.count)),
    esc((fieldsByCode.get(issue.code) ?? []).join(', ') || '—'),
    issue.examples.length === 0 ? '—' : issue.examples.map((example) => `<code>${esc(example)}</code>`).join(' '),
  ]);
  const masked = report.run.show_pii ? 'Examples are shown unmasked (--show-pii).' : 'Examples are masked.';
  return section({
    id: 'issues',
    title: 'Issues',
    html:
      figure(chart, 'Findings per issue code, most frequent first.', '') +
      table({
        caption: `Issue codes with counts and examples. ${masked}`,
        name: 'issues',
        columns: [{ label: 'code' }, { label: 'severity' }, { label: 'count', numeric: true }, { label: 'fields' }, { label: 'examples' }],
        rows,
      }),
  });
}
