import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { countRows } from '../../src/pipeline/gates.js';

const d = (source: string, row: number, severity: Diagnostic['severity']): Diagnostic => ({ source, row, field: 'email', code: 'x', severity, message: '' });

describe('countRows', () => {
  it.each([
    ['no findings', [], 'error', 0],
    ['one row with two errors', [d('a.csv', 3, 'error'), d('a.csv', 3, 'error')], 'error', 1],
    ['the same row number in two sources', [d('a.csv', 3, 'error'), d('b.csv', 3, 'error')], 'error', 2],
    ['warnings are not errors', [d('a.csv', 3, 'warning'), d('a.csv', 4, 'error')], 'error', 1],
    ['file-level findings (row 0) are no row', [d('a.csv', 0, 'error')], 'error', 0],
    ['rows far apart', [d('a.csv', 2, 'error'), d('a.csv', 5000, 'error'), d('a.csv', 1_000_000, 'error'), d('a.csv', 2, 'error')], 'error', 3],
  ] as const)('%s', (_, diagnostics, severity, rows) => {
    expect(countRows(diagnostics, severity)).toBe(rows);
  });
});
