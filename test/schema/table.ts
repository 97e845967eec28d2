// Builds in-memory SourceTables for schema and profile tests (no files).
import type { SourceTable } from '../../src/core/record.js';

export function table(source: string, columns: string[], rows: string[][]): SourceTable {
  return {
    source,
    format: 'csv',
    columns,
    rows: rows.map((values, i) => ({ row: i + 1, values })),
    diagnostics: [],
    sha256: '',
    bytes: 0,
  };
}

/** A one-column table with the given values. */
export function column(header: string, values: string[]): SourceTable {
  return table('t.csv', [header], values.map((v) => [v]));
}
