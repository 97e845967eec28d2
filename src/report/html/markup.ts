// Building blocks of the HTML report's markup: sections, captioned tables, figure cards. Cells are
// passed as already-safe HTML; callers escape report strings with `esc` before they get here.

import { esc } from './escape.js';

export interface Section {
  /** Anchor id (fixed by the renderer, never taken from report data). */
  id: string;
  title: string;
  html: string;
}

export function section(part: Section): string {
  return `<section id="${part.id}" aria-labelledby="${part.id}-h"><h2 id="${part.id}-h" tabindex="-1">${esc(part.title)}</h2>${part.html}</section>`;
}

export interface Column {
  label: string;
  numeric?: boolean;
}

export interface Table {
  caption: string;
  columns: Column[];
  /** Cells as safe HTML, one array per row. */
  rows: string[][];
  /** `sr-only` for a table that repeats a chart's numbers for screen readers. */
  className?: string;
  /** data-table attribute, so tests can find a chart's numbers. */
  name?: string;
}

export function table(spec: Table): string {
  const cls = spec.className ? ` class="${spec.className}"` : '';
  const name = spec.name ? ` data-table="${esc(spec.name)}"` : '';
  const head = spec.columns
    .map((column) => `<th scope="col"${column.numeric ? ' class="num"' : ''}>${esc(column.label)}</th>`)
    .join('');
  const body = spec.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) => {
            const numeric = spec.columns[i]?.numeric ? ' class="num"' : '';
            return i === 0 ? `<th scope="row"${numeric}>${cell}</th>` : `<td${numeric}>${cell}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  const html = `<table${cls}${name}><caption>${esc(spec.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  // On a narrow window a wide table scrolls inside its own box instead of pushing the page sideways.
  return spec.className === 'sr-only' ? html : `<div class="table-wrap">${html}</div>`;
}

/** A chart with its caption and the same numbers as a table (visible or for screen readers only). */
export function figure(svg: string, caption: string, numbers: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption>${numbers}</figure>`;
}

export function card(label: string, figureText: string, note = ''): string {
  const noteHtml = note ? `<span class="note">${esc(note)}</span>` : '';
  return `<div class="card"><span class="label">${esc(label)}</span><span class="figure">${esc(figureText)}</span>${noteHtml}</div>`;
}

export function cards(items: string[]): string {
  return `<div class="cards">${items.join('')}</div>`;
}

export function badge(ok: boolean, okText = '✓ pass', badText = '✗ fail'): string {
  return `<span class="badge ${ok ? 'ok' : 'bad'}">${ok ? okText : badText}</span>`;
}

export function note(text: string): string {
  return `<p class="legend-note">${esc(text)}</p>`;
}

/** A chart's numbers as a table for screen readers (the chart itself is one image to them). */
export function srTable(caption: string, name: string, head: [string, string], rows: [string, string][]): string {
  return table({
    caption,
    name,
    className: 'sr-only',
    columns: [{ label: head[0] }, { label: head[1], numeric: true }],
    rows: rows.map(([label, value]) => [esc(label), esc(value)]),
  });
}
