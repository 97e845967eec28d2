// Where CSV rows start in the file, for annotations that point at a line (`--format github`). Most
// files have data row N on line N + 1; a quoted cell spanning lines, skipped blank lines or Excel's
// `sep=` line shift the rows after them. Only those shifts are stored, so a plain file costs a
// subtraction and a compare per row (the read is on the validate hot path).

import type { Diagnostic } from '../core/diagnostic.js';
import type { RowLines, SourceTable } from '../core/record.js';

/** Data row N on line N + 1, below a one-line header. */
const PLAIN_OFFSET = 1;

/** Collects the shifts of one table as its rows are read in order. */
export class RowLineTracker {
  private readonly rows: number[] = [];
  private readonly offsets: number[] = [];
  private offset = PLAIN_OFFSET;

  /** Data row `row` starts on physical line `line` (1-based). Hot path. */
  note(row: number, line: number): void {
    const offset = line - row;
    if (offset === this.offset) return;
    this.offset = offset;
    this.rows.push(row);
    this.offsets.push(offset);
  }

  /** The shifts, or undefined when every row is on line row + 1. */
  result(): RowLines | undefined {
    return this.rows.length === 0 ? undefined : { rows: this.rows, offsets: this.offsets };
  }
}

/** The line data row `row` starts on. */
export function lineOfRow(lines: RowLines | undefined, row: number): number {
  if (lines === undefined) return row + PLAIN_OFFSET;
  const { rows, offsets } = lines;
  let lo = 0;
  let hi = rows.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]! <= row) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return row + (found < 0 ? PLAIN_OFFSET : offsets[found]!);
}

/**
 * Start lines of the records csv-parse emits, from its `info.lines` once a record is read (the line
 * the record ends on). csv-parse counts a CR LF inside a quoted cell as two lines (each character
 * as a line break), so those are counted out. The cells are only scanned when the count moved by
 * more than one line since the last record: a multi-line record, or blank lines or a dropped record
 * before it.
 */
export class RecordStartLines {
  private lastEnd = 0;
  private crlfInCells = 0;
  /** Line breaks inside the cells of the record last passed to `start`. */
  breaks = 0;

  /** `firstLine`: the physical line csv-parse's line 1 is on (a parse that starts mid-file). */
  constructor(private readonly firstLine = 1) {}

  /** Hot path: once per record, with csv-parse's `info.lines` just after it was read. */
  start(endLine: number, cells: readonly string[]): number {
    const step = endLine - this.lastEnd;
    this.lastEnd = endLine;
    let breaks = 0;
    if (step !== 1) {
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) continue;
        for (let k = 0; k < cell.length; k++) {
          const c = cell.charCodeAt(k);
          if (c === 0x0a) breaks++;
          else if (c === 0x0d) {
            if (cell.charCodeAt(k + 1) === 0x0a) this.crlfInCells++;
            else breaks++;
          }
        }
      }
    }
    this.breaks = breaks;
    return this.firstLine - 1 + endLine - this.crlfInCells - breaks;
  }
}

/**
 * Sets `line` on the row findings of tables whose rows do not all start on line row + 1, so that
 * an annotation points where the row is: a CSV row after a cell spanning lines, an NDJSON row (its
 * own line), or none (0) for a JSON array's element. By the format read, not the file's name: a
 * `.ndjson.gz` or NDJSON on standard input is NDJSON too. CSV tables without shifts are left alone.
 */
export function placeOnLines(diagnostics: readonly Diagnostic[], tables: readonly SourceTable[]): void {
  const shifted = new Map<string, RowLines | 'ndjson' | 'json'>();
  for (const t of tables) {
    if (t.format === 'ndjson' || t.format === 'json') shifted.set(t.source, t.format);
    else if (t.rowLines !== undefined) shifted.set(t.source, t.rowLines);
  }
  if (shifted.size === 0) return;
  for (const d of diagnostics) {
    if (d.row <= 0) continue;
    const lines = shifted.get(d.source);
    if (lines === 'ndjson') d.line = d.row;
    else if (lines === 'json') d.line = 0;
    else if (lines !== undefined) d.line = lineOfRow(lines, d.row);
  }
}
