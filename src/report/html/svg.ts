// Hand-written SVG charts for the HTML report: no script, no library, no network. Each bar carries its
// number three ways — a tooltip <title>, a `data-value` attribute (tests read it) and the text table
// the caller puts beside the chart — so nothing is shown only as a length. Colours come from CSS
// classes so light/dark mode and print restyle the charts.

import { esc, num } from './escape.js';

const WIDTH = 720;
// Average advance of a 12px sans-serif glyph (DejaVu Sans is wide), to size label columns so labels
// are never clipped at the SVG's left edge.
const CHAR_WIDTH = 7.3;

export interface ChartFrame {
  /** Unique in the document; becomes data-chart and the prefix of the title/desc ids. */
  id: string;
  title: string;
  description: string;
}

function open(frame: ChartFrame, height: number, width = WIDTH): string {
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ` +
    `aria-labelledby="${frame.id}-t ${frame.id}-d" data-chart="${esc(frame.id)}">` +
    `<title id="${frame.id}-t">${esc(frame.title)}</title><desc id="${frame.id}-d">${esc(frame.description)}</desc>`
  );
}

function text(x: number, y: number, content: string, className: string, anchor: 'start' | 'middle' | 'end' = 'start'): string {
  return `<text x="${round(x)}" y="${round(y)}" class="${className}" text-anchor="${anchor}">${esc(content)}</text>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Fits a label into `maxChars`, keeping the start (field names and rule ids read left to right). */
function fit(label: string, maxChars: number): string {
  return label.length <= maxChars ? label : `${label.slice(0, Math.max(1, maxChars - 1))}…`;
}

function labelColumn(labels: string[], min: number, max: number): number {
  const longest = labels.reduce((len, label) => Math.max(len, label.length), 0);
  return Math.min(max, Math.max(min, Math.ceil(longest * CHAR_WIDTH) + 12));
}

/** 41210 → "41.2k": short enough to sit above a narrow column; the exact figure is in the title. */
export function abbreviate(value: number): string {
  if (Math.abs(value) >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (Math.abs(value) >= 1e4) return `${Math.round(value / 1e3)}k`;
  if (Math.abs(value) >= 1e3) return `${(value / 1e3).toFixed(1)}k`;
  return String(value);
}

// ── horizontal bars ────────────────────────────────────────────────────────────────────────────

export interface BarSeries {
  name: string;
  label: string;
  /** CSS class of the bars: bar-accent, bar-muted, bar-pos, bar-neg, … */
  className: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** One value and its display text per series. */
  values: { value: number; display: string }[];
}

export interface BarChart extends ChartFrame {
  series: BarSeries[];
  rows: BarRow[];
  /** Domain maximum; 1 for shares (a faint track then shows 100%). */
  max: number;
  track?: boolean;
  /** Drawing width in px (default 720); narrower for charts laid out side by side. */
  width?: number;
}

export function barChart(chart: BarChart): string {
  const barHeight = 12;
  const rowHeight = chart.series.length * (barHeight + 2) + 10;
  const legend = chart.series.length > 1 ? 22 : 0;
  const width = chart.width ?? WIDTH;
  const labelWidth = labelColumn(chart.rows.map((row) => row.label), 60, Math.min(240, width * 0.36));
  const valueWidth = 64;
  const plotWidth = width - labelWidth - valueWidth;
  const height = legend + chart.rows.length * rowHeight + 6;
  const max = chart.max > 0 ? chart.max : 1;
  const parts = [open(chart, height, width)];
  let legendX = labelWidth;
  for (const series of legend === 0 ? [] : chart.series) {
    parts.push(`<rect x="${round(legendX)}" y="4" width="12" height="12" class="${series.className}"/>`, text(legendX + 17, 14, series.label, 'ink-2'));
    legendX += 17 + series.label.length * CHAR_WIDTH + 18;
  }
  chart.rows.forEach((row, r) => {
    const top = legend + r * rowHeight + 5;
    const maxChars = Math.floor((labelWidth - 12) / CHAR_WIDTH);
    parts.push(`<g>`, text(labelWidth - 8, top + (rowHeight - 10) / 2 + 4, fit(row.label, maxChars), 'ink', 'end'));
    if (fit(row.label, maxChars) !== row.label) parts.push(`<title>${esc(row.label)}</title>`);
    chart.series.forEach((series, s) => {
      const cell = row.values[s] ?? { value: 0, display: '0' };
      const y = top + s * (barHeight + 2);
      const barWidth = Math.max(0, Math.min(1, cell.value / max)) * plotWidth;
      if (chart.track) parts.push(`<rect x="${labelWidth}" y="${y}" width="${plotWidth}" height="${barHeight}" class="track"/>`);
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${round(barWidth)}" height="${barHeight}" class="bar ${series.className}" ` +
          `data-key="${esc(row.key)}" data-series="${esc(series.name)}" data-value="${num(cell.value)}">` +
          `<title>${esc(`${row.label} — ${series.label}: ${cell.display}`)}</title></rect>`,
        // Shares sit on a full-width track, so their figures line up at its end; counts follow their bar.
        text((chart.track ? labelWidth + plotWidth : labelWidth + barWidth) + 6, y + barHeight - 2, cell.display, 'value'),
      );
    });
    parts.push(`</g>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

// ── columns (histograms) ───────────────────────────────────────────────────────────────────────

export interface Column {
  key: string;
  /** Shown under the column unless the chart gives xTicks. */
  label: string;
  value: number;
  title: string;
  className?: string;
}

export interface ColumnChart extends ChartFrame {
  columns: Column[];
  /** Log scale for skewed counts (most candidate pairs are clear non-matches). */
  scale: 'linear' | 'log';
  xLabel: string;
  /** Tick marks along x as a share of the plot width (0 = left edge, 1 = right edge). */
  xTicks?: { position: number; label: string }[];
  markers?: { position: number; label: string; className: string }[];
}

export function columnChart(chart: ColumnChart): string {
  const markers = chart.markers ?? [];
  const height = 280;
  const left = 58;
  const right = 16;
  const top = 30 + markers.length * 16;
  const bottom = 46;
  const plotWidth = WIDTH - left - right;
  const plotHeight = height - top - bottom;
  const max = Math.max(1, ...chart.columns.map((column) => column.value));
  const scaled = (value: number) =>
    chart.scale === 'log' ? Math.log10(value + 1) / Math.log10(max + 1) : value / max;
  const parts = [open(chart, height), text(4, 12, chart.scale === 'log' ? 'count (log scale)' : 'count', 'ink-2')];
  for (const tick of yTicks(max, chart.scale)) {
    const y = top + plotHeight - scaled(tick) * plotHeight;
    parts.push(`<line x1="${left}" x2="${WIDTH - right}" y1="${round(y)}" y2="${round(y)}" class="grid"/>`, text(left - 6, y + 4, abbreviate(tick), 'tick', 'end'));
  }
  // Threshold markers go under the bars and their figures, so neither is hidden by a dashed line.
  markers.forEach((marker, i) => {
    const x = left + marker.position * plotWidth;
    const labelY = 14 + (markers.length - i) * 16;
    const anchor = marker.position > 0.8 ? 'end' : 'start';
    parts.push(
      `<line x1="${round(x)}" x2="${round(x)}" y1="${labelY + 3}" y2="${top + plotHeight}" class="marker ${marker.className}"/>`,
      text(anchor === 'end' ? x - 5 : x + 5, labelY, marker.label, `marker-label ${marker.className}`, anchor),
    );
  });
  const columnWidth = plotWidth / Math.max(1, chart.columns.length);
  const barWidth = Math.max(2, Math.min(72, columnWidth * 0.78));
  chart.columns.forEach((column, i) => {
    const h = scaled(column.value) * plotHeight;
    const x = left + i * columnWidth + (columnWidth - barWidth) / 2;
    const y = top + plotHeight - h;
    parts.push(
      `<rect x="${round(x)}" y="${round(y)}" width="${round(barWidth)}" height="${round(h)}" class="bar ${column.className ?? 'bar-accent'}" ` +
        `data-key="${esc(column.key)}" data-value="${num(column.value)}"><title>${esc(column.title)}</title></rect>`,
    );
    if (columnWidth >= 26) parts.push(text(x + barWidth / 2, y - 4, abbreviate(column.value), 'value halo', 'middle'));
    if (!chart.xTicks) parts.push(text(x + barWidth / 2, top + plotHeight + 16, column.label, 'tick', 'middle'));
  });
  for (const tick of chart.xTicks ?? []) {
    const x = left + tick.position * plotWidth;
    parts.push(`<line x1="${round(x)}" x2="${round(x)}" y1="${top + plotHeight}" y2="${top + plotHeight + 4}" class="axis"/>`, text(x, top + plotHeight + 16, tick.label, 'tick', 'middle'));
  }
  parts.push(
    `<line x1="${left}" x2="${WIDTH - right}" y1="${top + plotHeight}" y2="${top + plotHeight}" class="axis"/>`,
    text(left + plotWidth / 2, height - 8, chart.xLabel, 'ink-2', 'middle'),
    '</svg>',
  );
  return parts.join('');
}

function yTicks(max: number, scale: 'linear' | 'log'): number[] {
  if (scale === 'log') {
    // No tick at 0: on a log(1 + n) axis it sits too close to 1 to label both.
    const ticks: number[] = [];
    for (let tick = 1; tick <= max; tick *= 10) ticks.push(tick);
    return ticks;
  }
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return ticks;
}

// ── signed bars (match weights, waterfalls) ────────────────────────────────────────────────────

export interface SignedRow {
  key: string;
  label: string;
  /** Bar runs from `from` to `to` on the weight axis; a plain diverging bar has from = 0. */
  from: number;
  to: number;
  /** The number this row stands for (the level's weight, the field's contribution, the total). */
  value: number;
  display: string;
  title: string;
  /** Overrides the sign-based colour, e.g. for a waterfall's total. */
  className?: string;
  /** A heading row (e.g. the comparison a group of levels belongs to); carries no bar. */
  heading?: boolean;
}

export function signedChart(chart: ChartFrame & { rows: SignedRow[]; axisLabel: string }): string {
  const rowHeight = 22;
  const labelWidth = labelColumn(chart.rows.map((row) => row.label), 80, 240);
  const valueWidth = 64;
  const plotLeft = labelWidth + 8;
  const plotWidth = WIDTH - plotLeft - valueWidth;
  const ends = chart.rows.filter((row) => !row.heading).flatMap((row) => [row.from, row.to]);
  const extent = Math.max(1, ...ends.map(Math.abs));
  const lo = Math.min(0, ...ends) < 0 ? -extent : 0;
  const hi = Math.max(0, ...ends) > 0 ? extent : 0;
  const span = hi - lo || 1;
  const x = (weight: number) => plotLeft + ((weight - lo) / span) * plotWidth;
  const height = chart.rows.length * rowHeight + 30;
  const parts = [open(chart, height)];
  chart.rows.forEach((row, i) => {
    const y = 4 + i * rowHeight;
    if (row.heading) {
      parts.push(text(8, y + 15, row.label, 'ink strong'));
      return;
    }
    const x1 = x(Math.min(row.from, row.to));
    const x2 = x(Math.max(row.from, row.to));
    const className = row.className ?? (row.value >= 0 ? 'bar-pos' : 'bar-neg');
    const maxChars = Math.floor((labelWidth - 12) / CHAR_WIDTH);
    parts.push(
      text(labelWidth, y + 15, fit(row.label, maxChars), 'ink', 'end'),
      `<rect x="${round(x1)}" y="${y + 4}" width="${round(Math.max(1, x2 - x1))}" height="14" class="bar ${className}" ` +
        `data-key="${esc(row.key)}" data-value="${num(row.value)}"><title>${esc(row.title)}</title></rect>`,
      text(WIDTH - 6, y + 15, row.display, 'value', 'end'),
    );
  });
  const zero = round(x(0));
  const axisY = chart.rows.length * rowHeight + 6;
  parts.push(
    `<line x1="${zero}" x2="${zero}" y1="2" y2="${axisY}" class="zero"/>`,
    text(zero, axisY + 14, `0 · ${chart.axisLabel}`, 'tick', 'middle'),
    lo < 0 ? text(plotLeft, axisY + 14, `−${extent.toFixed(1)}`, 'tick', 'start') : '',
    hi > 0 ? text(plotLeft + plotWidth, axisY + 14, `+${extent.toFixed(1)}`, 'tick', 'end') : '',
    '</svg>',
  );
  return parts.join('');
}
