// The report's run-level sections: what ran on which inputs, whether the totals reconcile, the
// quality gates, and for incremental runs what changed against the master.

import {
  describeGate,
  formatCount,
  formatDuration,
  formatGateValue,
  formatPercent,
  formatReconciliation,
  gateComparator,
  reconciliation,
  totalDurationMs,
} from '../format.js';
import type { Report } from '../types.js';
import { esc, num } from './escape.js';
import { barChart } from './svg.js';
import { badge, card, cards, figure, note, section, srTable, table } from './markup.js';

export function runSection(report: Report): string {
  const { run } = report;
  const meta = [
    ['cdm version', esc(run.version)],
    ['command', esc(run.command) + (run.incremental ? ' (incremental, against a master)' : '')],
    ['config hash', run.config_hash === null ? 'none (zero-config)' : `<code title="${esc(run.config_hash)}">${esc(run.config_hash.slice(0, 12))}</code>`],
    ['outputs', `<code>${esc(run.out_dir)}</code>`],
    ['personal data', run.show_pii ? '<strong>shown unmasked (--show-pii)</strong>' : 'masked'],
    ['total time', esc(formatDuration(totalDurationMs(report)))],
  ];
  const dl = `<dl class="meta">${meta.map(([k, v]) => `<dt>${esc(k ?? '')}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const inputs = table({
    caption: `Inputs (${run.inputs.length})`,
    name: 'inputs',
    columns: [{ label: 'source' }, { label: 'format' }, { label: 'encoding' }, { label: 'rows', numeric: true }, { label: 'bytes', numeric: true }, { label: 'sha256' }],
    rows: run.inputs.map((input) => [
      `<code>${esc(input.source)}</code>`,
      esc(input.format + (input.delimiter ? ` (${JSON.stringify(input.delimiter)})` : '')),
      esc(input.encoding ?? '—'),
      esc(formatCount(input.rows)),
      esc(formatCount(input.bytes)),
      `<code title="${esc(input.sha256)}">${esc(input.sha256.slice(0, 12))}…</code>`,
    ]),
  });
  const stages = Object.entries(run.timings_ms);
  const timings = stages.length === 0 ? '' : figure(
    barChart({
      id: 'timings',
      title: 'Time per stage',
      description: stages.map(([stage, ms]) => `${stage}: ${formatDuration(ms)}`).join('; '),
      series: [{ name: 'ms', label: 'milliseconds', className: 'bar-muted' }],
      rows: stages.map(([stage, ms]) => ({ key: stage, label: stage, values: [{ value: ms, display: formatDuration(ms) }] })),
      max: Math.max(...stages.map(([, ms]) => ms)),
      width: 440,
    }),
    'Time per stage (the only wall-clock figures in any output).',
    srTable('Time per stage', 'timings', ['stage', 'time'], stages.map(([stage, ms]) => [stage, formatDuration(ms)])),
  );
  return section({ id: 'run', title: 'Run', html: `<div class="grid-2"><div>${dl}</div><div>${timings}</div></div>${inputs}` });
}

export function totalsSection(report: Report): string {
  const { totals } = report;
  const clean = report.matching !== null;
  const items = [
    card('input rows', formatCount(totals.input_rows)),
    card('quarantined', formatCount(totals.quarantined), `${formatPercent(totals.input_rows ? totals.quarantined / totals.input_rows : 0)} of rows`),
    card('kept', formatCount(totals.kept)),
    ...(clean
      ? [
          card('golden records', formatCount(totals.golden_records)),
          card('duplicates merged', formatCount(totals.merged_rows), `${formatPercent(totals.duplicate_rate)} duplicate rate`),
        ]
      : []),
    card('rows with errors', formatCount(totals.rows_with_errors), `${formatCount(totals.rows_with_warnings)} with warnings`),
  ];
  const rec = reconciliation(report);
  const verdict =
    `<p class="verdict ${rec.ok ? 'ok' : 'bad'}" data-reconciled="${rec.ok}">${badge(rec.ok, '✓ reconciled', '✗ not reconciled')} ` +
    `<span>${esc(formatReconciliation(rec))}</span></p>`;
  const parts = [{ key: 'input', label: 'input rows', value: rec.inputRows }, ...rec.parts.map((p) => ({ key: p.label, label: p.label, value: p.count }))];
  const chart = figure(
    barChart({
      id: 'reconciliation',
      title: 'Where the input rows went',
      description: formatReconciliation(rec),
      series: [{ name: 'rows', label: 'rows', className: 'bar-accent' }],
      rows: parts.map((p) => ({ key: p.key, label: p.label, values: [{ value: p.value, display: formatCount(p.value) }] })),
      max: Math.max(1, ...parts.map((p) => p.value)),
    }),
    clean ? 'Every input row is a golden record, merged into one, or quarantined.' : 'Every input row is kept or quarantined.',
    srTable('Where the input rows went', 'reconciliation', ['part', 'rows'], parts.map((p) => [p.label, formatCount(p.value)])),
  );
  return section({ id: 'totals', title: 'Totals', html: cards(items) + verdict + chart });
}

export function gatesSection(report: Report): string {
  if (report.gates.length === 0) return section({ id: 'gates', title: 'Quality gates', html: note('No quality gates configured.') });
  const failed = report.gates.filter((gate) => !gate.passed).length;
  const summary = failed === 0
    ? `<p class="verdict ok">${badge(true, '✓ all gates passed')} <span>${report.gates.length} checked</span></p>`
    : `<p class="verdict bad">${badge(false, '', `✗ ${failed} failed`)} <span>${report.gates.length - failed} of ${report.gates.length} passed; the run exits 1</span></p>`;
  // Failed gates first: they are why someone opened the report.
  const ordered = [...report.gates.filter((gate) => !gate.passed), ...report.gates.filter((gate) => gate.passed)];
  const rows = ordered.map((gate) => [
    `<code>${esc(gate.gate)}</code>`,
    badge(gate.passed),
    `<span data-value="${num(gate.actual)}">${esc(formatGateValue(gate, gate.actual))}</span>`,
    `<span data-value="${num(gate.threshold)}">${esc(`${gateComparator(gate)} ${formatGateValue(gate, gate.threshold)}`)}</span>`,
  ]);
  return section({
    id: 'gates',
    title: 'Quality gates',
    html: summary + table({
      caption: 'Each gate: the actual figure against its threshold',
      name: 'gates',
      className: 'compact',
      columns: [{ label: 'gate' }, { label: 'result' }, { label: 'actual', numeric: true }, { label: 'required', numeric: true }],
      rows,
    }) + `<p class="sr-only">${esc(report.gates.map((gate) => `${gate.gate}: ${describeGate(gate)}, ${gate.passed ? 'passed' : 'failed'}`).join('. '))}</p>`,
  });
}

export function changesSection(report: Report): string {
  const { changes } = report;
  if (changes === null) return '';
  const merged = changes.merged_ids.length === 0
    ? note('No golden ids were merged.')
    : table({
        caption: `Golden ids folded into another (${changes.merged_ids.length})`,
        name: 'merged-ids',
        className: 'compact',
        columns: [{ label: 'retired id' }, { label: 'now part of' }],
        rows: changes.merged_ids.map((m) => [`<code>${esc(m.from)}</code>`, `<code>${esc(m.into)}</code>`]),
      });
  return section({
    id: 'changes',
    title: 'Changes against the master',
    html: cards([
      card('new golden records', formatCount(changes.new_golden)),
      card('updated', formatCount(changes.updated_golden)),
      card('unchanged', formatCount(changes.unchanged_golden)),
      card('ids merged', formatCount(changes.merged_ids.length)),
    ]) + merged,
  });
}

/** Retention (`stale_after`): golden records with no source activity since the cutoff. */
export function staleSection(report: Report): string {
  const { stale } = report;
  if (stale === undefined) return '';
  const listed = stale.records.length < stale.count ? ` (first ${formatCount(stale.records.length)} listed)` : '';
  const list = stale.records.length === 0
    ? note('No golden record is stale.')
    : table({
        caption: `Stale golden records${listed}`,
        name: 'stale',
        className: 'compact',
        columns: [{ label: 'golden id' }, { label: 'last activity' }],
        rows: stale.records.map((r) => [`<code>${esc(r.golden_id)}</code>`, esc(r.last_activity ?? 'none recorded')]),
      });
  return section({
    id: 'stale',
    title: 'Retention',
    html:
      cards([card('stale golden records', formatCount(stale.count), `no activity since ${esc(stale.cutoff)} (stale_after ${esc(stale.after)})`)]) +
      list +
      note('Export them for review with cdm export --stale.'),
  });
}
