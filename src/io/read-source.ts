// readSource: one input path (or '-') → a SourceTable. Opens and sniffs (gzip, encoding, format,
// delimiter), hands the byte stream to the format's reader, and adds the file-level findings.

import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../core/diagnostic.js';
import { InputError, UsageError } from '../core/errors.js';
import type { InputFormat, RawRow, RowLines, SourceTable } from '../core/record.js';
import { openByteSource, SNIFF_BYTES } from './byte-source.js';
import { readCsv } from './csv-reader.js';
import { sampleText, sniffEncoding, Transcoder, type EncodingGuess } from './encoding.js';
import { readJson } from './json-reader.js';
import { readNdjson } from './ndjson-reader.js';
import { excelSeparator, formatOf, sniffDelimiter } from './sniff.js';

export interface ReadOptions {
  /** Overrides the extension and content sniffing. */
  format?: InputFormat;
  /** CSV delimiter; sniffed from the first records when absent. */
  delimiter?: string;
  /** Any encoding iconv-lite knows (e.g. 'windows-1252', 'latin1', 'utf-16le'); sniffed when absent. */
  encoding?: string;
  /** Where '-' reads from (tests pass a stream; default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Called every few thousand rows while a CSV file is read (other formats: never), with the rows
   * so far, so that work on them can start before the file is read to the end. */
  onRows?: (head: TableHead) => void;
}

/** A table still being read: `rows` grows in place, and a row in it does not change any more. */
export interface TableHead {
  source: string;
  format: InputFormat;
  columns: string[];
  rows: readonly RawRow[];
}

interface TableBody {
  format: InputFormat;
  columns: string[];
  rows: RawRow[];
  diagnostics: Diagnostic[];
  delimiter?: string;
  rowLines?: RowLines;
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readSource(source: string, options: ReadOptions = {}): Promise<SourceTable> {
  if (options.encoding && !iconv.encodingExists(options.encoding)) {
    throw new UsageError('input.unknown_encoding', `Unknown encoding "${options.encoding}" for ${source}; use a name such as utf-8, windows-1252, latin1 or utf-16le.`);
  }
  const bytes = await openByteSource(source, options.stdin);
  const guess = sniffEncoding(bytes.head);
  const sample = sampleText(bytes.head, guess, options.encoding);
  const truncated = bytes.head.length >= SNIFF_BYTES;
  const sniffed = options.format === undefined ? formatOf(source, sample, truncated) : { format: options.format };
  const format = sniffed.format;
  const transcoder = new Transcoder(guess, options.encoding);
  let body: TableBody;
  try {
    body = await readBody(source, format, sample, truncated, bytes.stream, transcoder, guess, options);
  } catch (err) {
    if (err instanceof InputError || err instanceof UsageError) throw err;
    throw new InputError('input.unreadable', `Input ${source} could not be read to the end (${(err as Error).message}); check that the file is complete.`, source);
  }
  const diagnostics = body.diagnostics;
  if (sniffed.overrides !== undefined) {
    const named = sniffed.overrides.toUpperCase();
    diagnostics.unshift(fileFinding(source, 'file.format_mismatch', `The file is named as ${named} but holds ${format.toUpperCase()}; it is read as ${format.toUpperCase()}. Rename it, or give the format in the config.`));
  }
  if (body.columns.length === 0 && body.rows.length === 0) diagnostics.unshift(fileFinding(source, 'file.empty', 'File has no data; nothing is read from it. Check that the export did not fail.'));
  else if (body.rows.length === 0) diagnostics.unshift(fileFinding(source, 'file.header_only', 'File has a header but no data rows. Check that the export did not fail.'));
  return {
    source,
    format: body.format,
    columns: body.columns,
    rows: body.rows,
    diagnostics,
    sha256: bytes.digest.hash.digest('hex'),
    bytes: bytes.digest.bytes,
    encoding: transcoder.encoding,
    ...(body.delimiter !== undefined ? { delimiter: body.delimiter } : {}),
    ...(body.rowLines !== undefined ? { rowLines: body.rowLines } : {}),
  };
}

function fileFinding(source: string, code: string, message: string): Diagnostic {
  return { source, row: 0, field: '', code, severity: 'warning', message };
}

async function readBody(
  source: string,
  format: InputFormat,
  sample: string,
  truncated: boolean,
  stream: Readable,
  transcoder: Transcoder,
  guess: EncodingGuess,
  options: ReadOptions,
): Promise<TableBody> {
  if (format === 'ndjson') {
    const table = await readNdjson({ source, stream, transcoder });
    return { format, columns: table.columns, rows: table.rows, diagnostics: table.diagnostics };
  }
  if (format === 'json') {
    const { table, format: actual } = await readJson({ source, stream, transcoder });
    return { format: actual, columns: table.columns, rows: table.rows, diagnostics: table.diagnostics };
  }
  const fallback = /\.tsv(\.gz)?$/i.test(source) ? '\t' : ',';
  const separatorLine = excelSeparator(sample);
  const delimiter = options.delimiter ?? separatorLine ?? sniffDelimiter(sample, truncated, fallback);
  // Standard input cannot be read twice, so only files get the unclosed-quote recovery.
  const reopen =
    source === '-'
      ? undefined
      : async (): Promise<Buffer> => {
          const again = await openByteSource(source);
          return collect(again.stream.pipe(new Transcoder(guess, options.encoding)));
        };
  const onRows = options.onRows;
  const csv = await readCsv({
    source,
    stream,
    transcoder,
    delimiter,
    skipFirstLine: separatorLine !== undefined,
    ...(reopen ? { reopen } : {}),
    ...(onRows ? { onRows: (columns: string[], rows: readonly RawRow[]) => onRows({ source, format, columns, rows }) } : {}),
  });
  if (separatorLine !== undefined) {
    csv.diagnostics.unshift({
      source,
      row: 0,
      field: '',
      code: 'csv.separator_line',
      severity: 'info',
      message:
        delimiter === separatorLine
          ? `The first line "sep=${separatorLine}" (Excel's delimiter hint) is read as the delimiter, not as the header.`
          : `The first line "sep=${separatorLine}" (Excel's delimiter hint) is skipped, not read as the header; the delimiter given, "${delimiter}", is used instead.`,
    });
  }
  const rowLines = csv.lines.result();
  return { format, columns: csv.columns ?? [], rows: csv.rows, diagnostics: csv.diagnostics, delimiter, ...(rowLines ? { rowLines } : {}) };
}
