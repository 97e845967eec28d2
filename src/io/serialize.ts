// Serializes tables and objects to bytes for the writers; deterministic for the same input.

import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** Neutralise spreadsheet formulas (DESIGN §3); off only with --no-csv-guard. */
  formulaGuard?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
// Only digits, spaces and . , ( ) - after one sign: arithmetic at worst, never a function call, a cell
// reference or a DDE command. Left unguarded so that E.164 phones (+14155550123) and negative
// amounts stay usable by every program that reads the file, not only by spreadsheets.
const PLAIN_NUMBER = /^[+-]?[0-9][0-9 .,()-]*$/;

/** Prefixes `'` to a cell a spreadsheet would run as a formula (OWASP CSV injection). A lone sign
 * (`-`, standard input's source name) is text to every spreadsheet, so it stays as it is. */
export function guardFormula(value: string): string {
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value) || value === '-' || value === '+') return value;
  return `'${value}`;
}

/** The value a guarded cell held: `'=SUM(A1)` read back from a cdm CSV is `=SUM(A1)` again, so a
 * golden.csv re-read for an export (JSON, a masked view) does not carry the guard's quote. A value
 * the guard would not have written that way (`'quoted'`) is left as it is. */
export function unguardFormula(value: string): string {
  if (value.charCodeAt(0) !== 39 || !FORMULA_START.test(value.slice(1, 2))) return value;
  const inner = value.slice(1);
  return guardFormula(inner) === value ? inner : value;
}

function cellText(value: CsvCell): string {
  return value === null || value === undefined ? '' : String(value);
}

// A cell is quoted when it holds the delimiter, a quote or the record delimiter \n: csv-stringify's
// rule with record_delimiter '\n' (a lone \r stays unquoted there), reproduced byte for byte; its
// per-cell option handling cost ~1 s per 100k-row run.
const NEEDS_QUOTES = /[",\n]/;
const QUOTE = /"/g;

/** One cell as written: guarded (when asked), then quoted when needed. */
function csvField(cell: CsvCell, formulaGuard: boolean): string {
  if (cell === null || cell === undefined || cell === '') return '';
  let value = typeof cell === 'string' ? cell : String(cell);
  // Only a cell starting with = + - @ tab or CR can need the guard; skip the regexes otherwise.
  if (formulaGuard && FORMULA_FIRST.has(value.charCodeAt(0))) value = guardFormula(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

const FORMULA_FIRST: ReadonlySet<number> = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));

/** RFC 4180 CSV with `\n` line ends, quoting only where needed; the header is guarded too. */
export function toCsv(columns: string[], rows: Iterable<CsvCell[]>, { formulaGuard = true }: CsvOptions = {}): string {
  const line: string[] = new Array<string>(columns.length);
  let out = csvLine(columns, line, formulaGuard);
  for (const row of rows) out += csvLine(row, line, formulaGuard);
  return out;
}

/** One CSV line with its `\n`, of `line.length` cells; `line` is scratch space reused per call. */
function csvLine(row: readonly CsvCell[], line: string[], formulaGuard: boolean): string {
  for (let i = 0; i < line.length; i++) line[i] = csvField(row[i], formulaGuard);
  return `${line.join(',')}\n`;
}

/** Bytes per chunk of the outputs written in chunks (toCsvChunks, members.ndjson): a chunk being
 * built outlives young-generation collections, so a small one keeps them cheap (256 KB rather than
 * 4 MB took 24% off the writing of a 200k-row run); 256 KB still keeps writes few. */
export const CHUNK_BYTES = 256 << 10;

/**
 * Lines encoded straight into UTF-8 chunks of about CHUNK_BYTES. Writing each line into the
 * chunk's buffer costs a third of building the chunk as one string (a rope of thousands of lines)
 * and encoding that: the rope must be flattened first.
 */
export class Utf8Chunks {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  /** Appends a line; returns the previous chunk when it had no room left for it. */
  push(line: string): Buffer | undefined {
    // At most 3 UTF-8 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
    const worst = 3 * line.length;
    let full: Buffer | undefined;
    if (this.used + worst > this.buffer.length) {
      full = this.take();
      if (worst > this.buffer.length) this.buffer = Buffer.allocUnsafe(worst);
    }
    this.used += this.buffer.write(line, this.used, 'utf8');
    return full;
  }

  /** The chunk built so far (undefined when empty); the next line starts a new one. */
  take(): Buffer | undefined {
    if (this.used === 0) return undefined;
    const chunk = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    return chunk;
  }
}

/** The same bytes as toCsv, as UTF-8 chunks of about 256 KB built while they are consumed: rows can
 * come from a generator, so neither the rows nor the text of a million-row file exist at once. */
export function* toCsvChunks(columns: string[], rows: Iterable<CsvCell[]>, { formulaGuard = true }: CsvOptions = {}): Generator<Buffer> {
  const line: string[] = new Array<string>(columns.length);
  const chunks = new Utf8Chunks();
  chunks.push(csvLine(columns, line, formulaGuard));
  for (const row of rows) {
    const full = chunks.push(csvLine(row, line, formulaGuard));
    if (full !== undefined) yield full;
  }
  const last = chunks.take();
  if (last !== undefined) yield last;
}

/** The same CSV through csv-stringify: the reference the fast writer is tested against. */
export function toCsvReference(columns: string[], rows: CsvCell[][], { formulaGuard = true }: CsvOptions = {}): string {
  const text = formulaGuard ? (value: CsvCell) => guardFormula(cellText(value)) : cellText;
  const records = [columns.map(text), ...rows.map((row) => columns.map((_, i) => text(row[i])))];
  return stringify(records, { record_delimiter: '\n' });
}

/** One JSON object per line, keys in the objects' own (insertion) order, `\n` after each. */
export function toNdjson(objects: readonly object[]): string {
  let out = '';
  for (const object of objects) out += `${JSON.stringify(object)}\n`;
  return out;
}

/** The same bytes as toNdjson of `items` mapped through `value`, as UTF-8 chunks built while they
 * are consumed, afresh on each iteration (a million-row members.ndjson is past V8's string limit).
 * An empty list still gives one newline. */
export function toNdjsonChunks<T>(items: readonly T[], value: (item: T, index: number) => unknown): Iterable<Buffer> {
  function* chunks(): Generator<Buffer> {
    const chunks = new Utf8Chunks();
    for (let i = 0; i < items.length; i++) {
      const full = chunks.push(`${JSON.stringify(value(items[i]!, i))}\n`);
      if (full !== undefined) yield full;
    }
    yield chunks.take() ?? Buffer.from('\n');
  }
  return { [Symbol.iterator]: chunks };
}

/** A JSON array, 2-space indented, ending with a newline. */
export function toJson(objects: readonly object[]): string {
  return `${JSON.stringify(objects, null, 2)}\n`;
}
