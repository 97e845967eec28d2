// Checks every read cell must pass whatever the format: not absurdly large (a runaway quote or a
// pasted blob), and free of U+FFFD left where bytes were invalid in the input's encoding.

import type { Diagnostic } from '../core/diagnostic.js';

/** Cells longer than this (in UTF-16 code units, ≈ characters) are replaced by the marker. */
export const MAX_CELL_CHARS = 1_000_000;

/** Stands in for a truncated cell; validation sees it as junk rather than as data. */
export const TRUNCATED_CELL_MARKER = '[cdm: cell truncated]';

const PREVIEW_CHARS = 80;

export function tooLargeCell(source: string, row: number, field: string, value: string): Diagnostic {
  return {
    source,
    row,
    field,
    code: 'cell.too_large',
    severity: 'error',
    message: `Cell has ${value.length} characters (limit ${MAX_CELL_CHARS}); it is replaced by "${TRUNCATED_CELL_MARKER}". Check for a stray quote or an embedded document in the source.`,
    value: value.slice(0, PREVIEW_CHARS),
  };
}

export function invalidBytes(source: string, row: number, field: string, value: string, encoding: string): Diagnostic {
  return {
    source,
    row,
    field,
    code: 'encoding.invalid_bytes',
    severity: 'warning',
    message: `Cell has bytes that are not valid ${encoding}; they are replaced by "\uFFFD". Re-export the file in one encoding (UTF-8) or name its encoding in the config.`,
    value: value.length > PREVIEW_CHARS ? value.slice(0, PREVIEW_CHARS) : value,
  };
}

/** A cell needs this many delimiters on one of its later lines to look like swallowed rows (a
 * two-column file's single comma in an address line would otherwise be enough). */
const MIN_SWALLOWED_DELIMITERS = 2;

/**
 * Where a quoted cell that spans lines holds what looks like whole rows of the file: a line after
 * a line break with as many delimiters as the header has (`width - 1`). Real multi-line cells
 * (addresses, notes) rarely do; a stray or unbalanced quote that swallowed the rows after it
 * always does. Returns the cell's index, or -1. Only for records that span lines (not hot).
 */
export function swallowedRowsCell(cells: readonly string[], delimiter: string, width: number): number {
  const needed = Math.max(width - 1, MIN_SWALLOWED_DELIMITERS);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    let start = cell.indexOf('\n');
    while (start >= 0) {
      const end = cell.indexOf('\n', start + 1);
      if (countOf(cell, delimiter, start + 1, end < 0 ? cell.length : end) >= needed) return i;
      start = end;
    }
  }
  return -1;
}

function countOf(text: string, needle: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf(needle, from); at >= 0 && at + needle.length <= to; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

export function swallowedRows(source: string, row: number, field: string, line: number, value: string, delimiter: string): Diagnostic {
  const lines = value.split('\n').length;
  const where = line > 0 ? ` from line ${line}` : '';
  return {
    source,
    row,
    field,
    code: 'csv.stray_quote',
    severity: 'warning',
    message: `Cell spans ${lines} lines${where}, and one of them holds as many "${delimiter}" as a row of the file: a quote probably opens in this cell and closes only rows later, so the rows in between are read as part of it. Check the quotes in this row and the next ones in the file.`,
    value: value.length > PREVIEW_CHARS ? value.slice(0, PREVIEW_CHARS) : value,
  };
}

/**
 * Checks one row's cells in place (hot path: one pass, no allocation unless a cell is bad).
 * `checkEncoding` is only true once the transcoder has seen a bad byte, so clean files skip the scan.
 */
export function checkCells(
  cells: string[],
  columns: readonly string[],
  source: string,
  row: number,
  checkEncoding: boolean,
  encoding: string,
  diagnostics: Diagnostic[],
): void {
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i]!;
    if (value.length > MAX_CELL_CHARS) {
      diagnostics.push(tooLargeCell(source, row, columns[i] ?? '', value));
      cells[i] = TRUNCATED_CELL_MARKER;
      continue;
    }
    if (checkEncoding && value.includes('\uFFFD')) diagnostics.push(invalidBytes(source, row, columns[i] ?? '', value, encoding));
  }
}
