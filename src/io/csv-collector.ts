// Turns parsed CSV records into a table: the first record is the header, every other record a row
// checked for its width and its cells. Shared by the streaming pass and the quote recovery.

import type { Diagnostic } from '../core/diagnostic.js';
import type { RawRow } from '../core/record.js';
import { checkCells, swallowedRows, swallowedRowsCell } from './cell-checks.js';
import { normalizeHeader } from './header.js';
import type { Transcoder } from './encoding.js';
import { RowLineTracker } from './row-lines.js';

const ROWS_NOTICE = 5_000;

export class CsvCollector {
  columns: string[] | null = null;
  readonly rows: RawRow[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Records handed to `add`, header included (the quote recovery finds its place by this count). */
  records = 0;
  /** Where the rows start in the file (see RowLineTracker). */
  readonly lines = new RowLineTracker();
  private width = 0;
  private lastRow = 0;

  constructor(
    readonly source: string,
    private readonly transcoder: Transcoder,
    private readonly delimiter: string,
    /** Told every ROWS_NOTICE rows (see ReadOptions.onRows). */
    private readonly onRows?: (columns: string[], rows: readonly RawRow[]) => void,
    /** The first record is Excel's `sep=X` line: counted, neither header nor row. */
    private skipFirst = false,
  ) {}

  /** The row number the next data record gets. */
  get nextRow(): number {
    return this.lastRow + 1;
  }

  /** Hot path: called once per record, reuses the parser's array as the row's values; `line`: the
   * physical line the record starts on (0: unknown); `spansLines`: a cell of it holds a line break. */
  add(cells: string[], line = 0, spansLines = false): void {
    this.records++;
    if (this.skipFirst) {
      this.skipFirst = false;
      return;
    }
    if (this.columns === null) {
      const header = normalizeHeader(cells, this.source);
      this.columns = header.columns;
      this.width = header.columns.length;
      for (const d of header.diagnostics) this.diagnostics.push(d);
      return;
    }
    const row = ++this.lastRow;
    if (line !== 0) this.lines.note(row, line);
    if (spansLines) this.checkSwallowedRows(cells, row, line);
    if (cells.length !== this.width) cells = this.fitWidth(cells, row);
    checkCells(cells, this.columns, this.source, row, this.transcoder.sawInvalid, this.transcoder.encoding, this.diagnostics);
    this.rows.push({ row, values: cells });
    if (this.onRows !== undefined && this.rows.length % ROWS_NOTICE === 0) this.onRows(this.columns, this.rows);
  }

  /** A record that the parser had to drop: still a row (later rows keep their numbers), kept
   * empty and quarantined with `code` (see RawRow.rejected) so that it is counted. */
  skip(code: string): number {
    this.records++;
    const row = ++this.lastRow;
    this.rows.push({ row, values: new Array<string>(this.width).fill(''), rejected: code });
    return row;
  }

  /** Before fitting the width: a stray quote's swallowed rows may also leave the row too wide. */
  private checkSwallowedRows(cells: readonly string[], row: number, line: number): void {
    const at = swallowedRowsCell(cells, this.delimiter, this.width);
    if (at >= 0) this.diagnostics.push(swallowedRows(this.source, row, this.columns![at] ?? '', line, cells[at]!, this.delimiter));
  }

  private fitWidth(cells: string[], row: number): string[] {
    const width = this.width;
    if (cells.length < width) {
      this.diagnostics.push({
        source: this.source,
        row,
        field: '',
        code: 'csv.ragged_row',
        severity: 'warning',
        message: `Row has ${cells.length} cells but the header has ${width}; the missing ${width - cells.length} are left empty. Check for a lost delimiter or a line break inside an unquoted cell.`,
      });
      while (cells.length < width) cells.push('');
      return cells;
    }
    const extra = cells.slice(width);
    const allEmpty = extra.every((cell) => cell === '');
    this.diagnostics.push({
      source: this.source,
      row,
      field: '',
      code: 'csv.ragged_row',
      // Trailing delimiters (`a,b,c,`) are a harmless export habit; real extra values are not.
      severity: allEmpty ? 'info' : 'warning',
      message: `Row has ${cells.length} cells but the header has ${width}; the ${extra.length} extra cell(s) are dropped. Quote cells that contain "${this.delimiter}" or add the missing header.`,
      value: extra.join(this.delimiter),
    });
    cells.length = width;
    return cells;
  }
}
