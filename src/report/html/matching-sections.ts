// The matching sections (clean runs only): match-probability histogram with the thresholds, cluster
// sizes, blocking rules, the model's level weights, the review queue's top pairs as waterfalls, and
// the golden records' breakdowns.

import { formatCount, formatPercent, formatWeight } from '../format.js';
import type { Report, ReportBreakdown, ReportMatching, ReportPair } from '../types.js';
import { esc } from './escape.js';
import { barChart, columnChart, signedChart, type SignedRow } from './svg.js';
import { figure, note, section, srTable, table } from './markup.js';

export function matchingSection(matching: ReportMatching): string {
  return section({
    id: 'matching',
    title: 'Matching',
    html: [
      histogram(matching),
      clusterSizes(matching),
      blocking(matching),
      modelWeights(matching),
    ].join(''),
  });
}

function probability(value: number): string {
  return value.toFixed(2);
}

function histogram(matching: ReportMatching): string {
  const bins = matching.probability_histogram;
  if (bins.length === 0) return `<h3>Match probability</h3>${note('No candidate pairs were scored.')}`;
  const { match_threshold: match, review_threshold: review } = matching.model;
  const lo = bins[0]?.from ?? 0;
  const hi = bins[bins.length - 1]?.to ?? 1;
  const position = (p: number) => (hi > lo ? (p - lo) / (hi - lo) : 0);
  const band = (mid: number) => (mid >= match ? 'bar-accent' : mid >= review ? 'bar-review' : 'bar-muted');
  const label = (bin: { from: number; to: number }) => `${probability(bin.from)}–${probability(bin.to)}`;
  const ticks = [];
  for (let t = 0; t <= 10; t += 2) ticks.push({ position: position(t / 10), label: probability(t / 10) });
  const svg = columnChart({
    id: 'probability-histogram',
    title: 'Candidate pairs by match probability',
    description: bins.map((bin) => `${label(bin)}: ${formatCount(bin.count)}`).join('; '),
    columns: bins.map((bin) => ({
      key: `${bin.from}-${bin.to}`,
      label: label(bin),
      value: bin.count,
      title: `${label(bin)}: ${formatCount(bin.count)} pairs`,
      className: band((bin.from + bin.to) / 2),
    })),
    scale: 'log',
    xLabel: 'match probability',
    xTicks: ticks.filter((tick) => tick.position >= 0 && tick.position <= 1),
    markers: [
      { position: position(review), label: `review ≥ ${probability(review)}`, className: 'review' },
      { position: position(match), label: `match ≥ ${probability(match)}`, className: 'match' },
    ],
  });
  return (
    `<h3>Match probability</h3>` +
    figure(
      svg,
      `Grey: non-matches. Amber: the review band (${probability(review)}–${probability(match)}). Blue: merged as matches. Log scale: most candidate pairs are clear non-matches.`,
      srTable('Candidate pairs per probability bin', 'probability-histogram', ['probability', 'pairs'], bins.map((bin) => [label(bin), formatCount(bin.count)])),
    )
  );
}

function clusterSizes(matching: ReportMatching): string {
  const sizes = matching.cluster_sizes;
  if (sizes.length === 0) return `<h3>Cluster sizes</h3>${note('No clusters.')}`;
  const rowsLabel = (size: number) => (size === 1 ? '1 row' : `${size} rows`);
  const svg = columnChart({
    id: 'cluster-sizes',
    title: 'Golden records by number of member rows',
    description: sizes.map((s) => `${rowsLabel(s.size)}: ${formatCount(s.count)}`).join('; '),
    columns: sizes.map((s) => ({
      key: String(s.size),
      label: String(s.size),
      value: s.count,
      title: `${rowsLabel(s.size)}: ${formatCount(s.count)} golden records`,
      className: s.size === 1 ? 'bar-muted' : 'bar-accent',
    })),
    scale: 'log',
    xLabel: 'rows per golden record (cluster size)',
  });
  return (
    `<h3>Cluster sizes</h3>` +
    figure(
      svg,
      'Grey: records seen once. Blue: records that merged duplicates. Unusually large clusters deserve a look.',
      srTable('Golden records per cluster size', 'cluster-sizes', ['rows per record', 'golden records'], sizes.map((s) => [rowsLabel(s.size), formatCount(s.count)])),
    )
  );
}

function blocking(matching: ReportMatching): string {
  const { rules, total_pairs: total, capped } = matching.blocking;
  const svg = barChart({
    id: 'blocking-pairs',
    title: 'Candidate pairs per blocking rule',
    description: `${rules.map((r) => `${r.id}: ${formatCount(r.pairs)}`).join('; ')}; ${formatCount(total)} distinct pairs in all`,
    series: [{ name: 'pairs', label: 'pairs', className: 'bar-accent' }],
    rows: rules.map((r) => ({ key: r.id, label: r.id, values: [{ value: r.pairs, display: formatCount(r.pairs) }] })),
    max: Math.max(1, ...rules.map((r) => r.pairs)),
  });
  const cappedTable = capped.length === 0
    ? note('No block was capped.')
    : table({
        caption: `Oversized blocks capped (${formatCount(matching.blocking.capped_blocks)}, ${formatCount(matching.blocking.capped_pairs)} pairs not compared)${capped.length < matching.blocking.capped_blocks ? `; the ${capped.length} largest` : ''}`,
        name: 'capped-blocks',
        className: 'compact',
        columns: [{ label: 'rule' }, { label: 'block key' }, { label: 'rows', numeric: true }],
        rows: capped.map((c) => [`<code>${esc(c.rule)}</code>`, `<code>${esc(c.key)}</code>`, esc(formatCount(c.size))]),
      });
  return (
    `<h3>Blocking rules</h3>` +
    figure(
      svg,
      `${formatCount(total)} distinct candidate pairs in all (a pair found by several rules counts once).`,
      srTable('Candidate pairs per blocking rule', 'blocking-pairs', ['rule', 'pairs'], rules.map((r) => [r.id, formatCount(r.pairs)])),
    ) +
    cappedTable
  );
}

function modelWeights(matching: ReportMatching): string {
  const { comparisons, trained, prior } = matching.model;
  if (comparisons.length === 0) return `<h3>Model weights</h3>${note('The model has no comparisons.')}`;
  const rows: SignedRow[] = comparisons.flatMap((c) => [
    { key: c.field, label: `${c.field} · ${c.comparator}`, from: 0, to: 0, value: 0, display: '', title: '', heading: true },
    ...c.levels.map((level) => ({
      key: `${c.field}:${level.label}`,
      label: level.label,
      from: 0,
      to: level.weight,
      value: level.weight,
      display: formatWeight(level.weight),
      title: `${c.field} ${level.label}: weight ${formatWeight(level.weight)} (m ${level.m}, u ${level.u})`,
    })),
  ]);
  const svg = signedChart({
    id: 'model-weights',
    title: 'Match weight of each comparison level',
    description: comparisons.map((c) => `${c.field}: ${c.levels.map((l) => `${l.label} ${formatWeight(l.weight)}`).join(', ')}`).join('; '),
    rows,
    axisLabel: 'log2(m/u)',
  });
  const params = table({
    caption: 'm and u probabilities per level',
    name: 'model-levels',
    columns: [{ label: 'field' }, { label: 'level' }, { label: 'm', numeric: true }, { label: 'u', numeric: true }, { label: 'weight', numeric: true }],
    rows: comparisons.flatMap((c) => c.levels.map((l) => [`<code>${esc(c.field)}</code>`, esc(l.label), esc(String(l.m)), esc(String(l.u)), esc(formatWeight(l.weight))])),
  });
  return (
    `<h3>Model weights</h3>` +
    note(`${trained ? 'Trained on this run (u from random pairs, m by EM)' : 'Loaded from a saved model'}; prior match probability ${prior}.`) +
    figure(svg, 'Blue levels are evidence for a match, orange against; the longer the bar, the stronger the evidence.', '') +
    `<details><summary>m and u per level</summary>${params}</details>`
  );
}

export function reviewSection(matching: ReportMatching): string {
  const pairs = matching.review_top;
  const intro = note(
    `${formatCount(matching.review_pairs)} pairs fell between the review and match thresholds and are in review.csv; ` +
      (pairs.length > 0 ? `the ${pairs.length} most uncertain are below, each with what every field contributed.` : 'none are listed here.'),
  );
  return section({ id: 'review', title: 'Review queue', html: intro + pairs.map((pair, i) => reviewPair(pair, i)).join('') });
}

function side(ref: { source: string; row: number }): string {
  return `${ref.source} row ${formatCount(ref.row)}`;
}

function reviewPair(pair: ReportPair, index: number): string {
  const fieldSum = pair.fields.reduce((sum, f) => sum + f.weight, 0);
  // The total is prior log-odds plus the fields (plus any term-frequency adjustment); showing the
  // remainder as its own first step makes the waterfall add up to the pair's weight exactly.
  const start = Math.round((pair.weight - fieldSum) * 100) / 100;
  const rows: SignedRow[] = [{ key: 'prior', label: 'prior & adjustments', from: 0, to: start, value: start, display: formatWeight(start), title: `prior and adjustments: ${formatWeight(start)}` }];
  let running = start;
  for (const f of pair.fields) {
    rows.push({ key: f.field, label: `${f.field}: ${f.level}`, from: running, to: running + f.weight, value: f.weight, display: formatWeight(f.weight), title: `${f.field} (${f.level}): ${formatWeight(f.weight)}` });
    running += f.weight;
  }
  rows.push({ key: 'total', label: 'match weight', from: 0, to: pair.weight, value: pair.weight, display: formatWeight(pair.weight), title: `total match weight ${formatWeight(pair.weight)}, probability ${pair.probability}`, className: 'bar-total' });
  const id = `review-${index + 1}`;
  const svg = signedChart({
    id: `${id}-waterfall`,
    title: `How each field moved pair ${index + 1} towards or away from a match`,
    description: rows.map((r) => `${r.label} ${r.display}`).join('; '),
    rows,
    axisLabel: 'match weight',
  });
  const values = table({
    caption: `Pair ${index + 1}: field by field`,
    name: `${id}-fields`,
    columns: [{ label: 'field' }, { label: 'level' }, { label: 'weight', numeric: true }, { label: 'record A' }, { label: 'record B' }],
    rows: pair.fields.map((f) => [`<code>${esc(f.field)}</code>`, esc(f.level), esc(formatWeight(f.weight)), valueCell(f.a), valueCell(f.b)]),
  });
  return (
    `<details id="${id}" class="review-pair"${index === 0 ? ' open' : ''}>` +
    `<summary>Pair ${index + 1} · probability ${esc(formatPercent(pair.probability))} <span class="sub">· A: ${esc(side(pair.a))} · B: ${esc(side(pair.b))}</span></summary>` +
    figure(svg, 'Starting from the prior, each field adds (blue) or subtracts (orange) weight; the dark bar is the total.', '') +
    values +
    `</details>`
  );
}

function valueCell(value: string): string {
  return value === '' ? '<span class="sub">(empty)</span>' : `<code>${esc(value)}</code>`;
}

export function goldenSection(report: Report): string {
  const golden = report.golden;
  if (golden === null) return '';
  const breakdown = (id: string, title: string, items: ReportBreakdown[], width: number) => {
    if (items.length === 0) return `<div><h3>${esc(title)}</h3>${note('Nothing to show.')}</div>`;
    const svg = barChart({
      id,
      title,
      description: items.map((b) => `${b.value}: ${formatCount(b.count)}`).join('; '),
      series: [{ name: 'count', label: 'golden records', className: 'bar-accent' }],
      rows: items.map((b) => ({ key: b.value, label: b.value, values: [{ value: b.count, display: formatCount(b.count) }] })),
      max: Math.max(1, ...items.map((b) => b.count)),
      width,
    });
    const total = items.reduce((sum, b) => sum + b.count, 0);
    const shares = items.map((b) => `${b.value} ${formatPercent(total ? b.count / total : 0)}`).join(' · ');
    return `<div><h3>${esc(title)}</h3>` + figure(svg, shares, srTable(title, id, ['value', 'golden records'], items.map((b) => [b.value, formatCount(b.count)]))) + '</div>';
  };
  const sources = golden.by_source_count.map((s) => ({ value: s.sources === 1 ? '1 source' : `${s.sources} sources`, count: s.count }));
  return section({
    id: 'golden',
    title: 'Golden records',
    html:
      `<div class="grid-2">` +
      breakdown('golden-sources', 'By number of sources', sources, 440) +
      breakdown('golden-consent', 'By consent', golden.by_consent, 440) +
      `</div>` +
      breakdown('golden-region', 'By region', golden.by_region, 720),
  });
}
