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
