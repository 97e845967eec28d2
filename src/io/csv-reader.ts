// Reads CSV through csv-parse's stream API: bytes → (gunzip) → transcoder → parser → collector, so a
// file is never held whole. An unterminated quote is recovered from on a second, in-memory pass.

import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { RawRow } from '../core/record.js';
import { CsvCollector } from './csv-collector.js';
import type { Transcoder } from './encoding.js';
import { RecordStartLines } from './row-lines.js';

export interface CsvInput {
  source: string;
  /** Decompressed bytes of the input. */
  stream: Readable;
  transcoder: Transcoder;
  delimiter: string;
  /** The first line is Excel's `sep=X` hint, not the header. */
  skipFirstLine?: boolean;
  /** Re-reads the input as UTF-8 bytes for the quote recovery; undefined for standard input. */
  reopen?: () => Promise<Buffer>;
  /** See ReadOptions.onRows. */
  onRows?: (columns: string[], rows: readonly RawRow[]) => void;
}

/** Options shared by both passes (and by the benchmark's plain csv-parse run). */
export function parserOptions(delimiter: string): Options {
  return {
    delimiter,
    relax_column_count: true, // ragged rows are reported and fitted, not fatal
    relax_quotes: true, // a stray quote inside an unquoted cell is kept as a character
    skip_empty_lines: true,
    skip_records_with_error: true, // anything else is a per-record finding, reported via 'skip'
    // No max_record_size: csv-parse aborts the whole parse when it is hit; we check cells instead.
  };
}

export async function readCsv(input: CsvInput): Promise<CsvCollector> {
  const collector = new CsvCollector(input.source, input.transcoder, input.delimiter, input.onRows, input.skipFirstLine === true);
  let unclosedQuote = false;
  const parser = parse(parserOptions(input.delimiter));
  parser.on('skip', (err: CsvError) => {
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
      unclosedQuote = true;
      return;
    }
    reportUnparsable(collector, err);
  });
  // csv-parse emits each record synchronously as it reads it, so `info.lines` is then the line the
  // record ends on (a property read: the `info` option would build an object per record).
  const info = parser.info;
  const starts = new RecordStartLines();
  parser.on('data', (cells: string[]) => collector.add(cells, starts.start(info.lines, cells), starts.breaks > 0));
  await pipeline(input.stream, input.transcoder, parser);
  if (unclosedQuote) await recoverFromUnclosedQuote(collector, input);
  return collector;
}

function reportUnparsable(collector: CsvCollector, err: CsvError): void {
  const row = collector.skip('csv.unparsable_row');
  collector.diagnostics.push({
    source: collector.source,
    row,
    field: '',
    code: 'csv.unparsable_row',
    severity: 'error',
    message: `Row could not be parsed (${err.code}); it is quarantined. Fix its quoting in the file.`,
  });
}

/** Byte offset just after the first `records` records of `buf` (0 when none). */
function offsetAfter(buf: Buffer, records: number, delimiter: string): number {
  if (records === 0) return 0;
  let bytes = 0;
  parseSync(buf, {
    ...parserOptions(delimiter),
    to: records,
    on_record: (_record, context) => {
      bytes = context.bytes;
      return null;
    },
  });
  return bytes;
}

/** The cell in which a quote opened and never closed, to name the field. */
function openQuoteCell(cells: string[]): number {
  return cells.findIndex((cell) => cell.startsWith('"') && !(cell.length > 1 && cell.endsWith('"')));
}

/**
 * csv-parse reports an unclosed quote only at the end, having swallowed everything after it. We read
 * the line where the quote opened with quoting switched off, then parse the rest normally again —
 * repeating if another quote is left open. Needs the input twice, so only on this error path.
 */
async function recoverFromUnclosedQuote(collector: CsvCollector, input: CsvInput): Promise<void> {
  if (!input.reopen) {
    const row = collector.columns ? collector.nextRow : 0;
    collector.diagnostics.push(unclosedQuoteDiagnostic(collector, row, '', 'the rest of standard input after it is not read; pass the data as a file to read past it'));
    return;
  }
  const buf = await input.reopen();
  let offset = offsetAfter(buf, collector.records, input.delimiter);
  const lines = new LineCounter(buf);
  while (offset < buf.length) {
    while (offset < buf.length && (buf[offset] === 0x0a || buf[offset] === 0x0d)) offset++;
    if (offset >= buf.length) break;
    const newline = buf.indexOf(0x0a, offset);
    const lineEnd = newline < 0 ? buf.length : newline;
    const line = buf.subarray(offset, lineEnd).toString('utf8').replace(/\r$/, '');
    const cells = (parseSync(line, { delimiter: input.delimiter, quote: false, relax_column_count: true }) as string[][])[0] ?? [''];
    const quoteAt = openQuoteCell(cells);
    const field = collector.columns && quoteAt >= 0 ? (collector.columns[quoteAt] ?? '') : '';
    collector.diagnostics.push(unclosedQuoteDiagnostic(collector, collector.columns ? collector.nextRow : 0, field, 'this line is read with the quote taken literally'));
    collector.add(cells, lines.at(offset));
    offset = lineEnd + 1;
    if (offset >= buf.length) break;
    offset = parseRest(collector, buf, offset, input.delimiter, lines.at(offset));
  }
}

/** The physical line of byte offsets, asked in ascending order (the recovery's path only). */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly buf: Buffer) {}

  at(offset: number): number {
    for (let i = this.buf.indexOf(0x0a, this.offset); i >= 0 && i < offset; i = this.buf.indexOf(0x0a, i + 1)) this.line++;
    this.offset = Math.max(this.offset, offset);
    return this.line;
  }
}

/** Parses `buf` from `offset` (on line `firstLine`) into the collector; returns where an unclosed
 * quote opened, or the end. */
function parseRest(collector: CsvCollector, buf: Buffer, offset: number, delimiter: string, firstLine: number): number {
  let lastEnd = 0;
  let unclosed = false;
  const starts = new RecordStartLines(firstLine);
  parseSync(buf.subarray(offset), {
    ...parserOptions(delimiter),
    on_record: (record: string[], context) => {
      collector.add(record, starts.start(context.lines, record), starts.breaks > 0);
      lastEnd = context.bytes;
      return null;
    },
    on_skip: (err) => {
      if (err?.code === 'CSV_QUOTE_NOT_CLOSED') unclosed = true;
      else if (err) reportUnparsable(collector, err);
    },
  });
  return unclosed ? offset + lastEnd : buf.length;
}

function unclosedQuoteDiagnostic(collector: CsvCollector, row: number, field: string, consequence: string) {
  return {
    source: collector.source,
    row,
    field,
    code: 'csv.unterminated_quote',
    severity: 'error' as const,
    message: `A quote opens on this row and is never closed; ${consequence}. Close or remove the quote in the file.`,
  };
}
