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

/** Prefixes `'` to a cell a spreadsheet would run as a formula (OWASP CSV injection). */
export function guardFormula(value: string): string {
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

function cellText(value: CsvCell): string {
  return value === null || value === undefined ? '' : String(value);
}

/** RFC 4180 CSV with `\n` line ends, quoting only where needed; the header is guarded too. */
export function toCsv(columns: string[], rows: CsvCell[][], { formulaGuard = true }: CsvOptions = {}): string {
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

/** A JSON array, 2-space indented, ending with a newline. */
export function toJson(objects: readonly object[]): string {
  return `${JSON.stringify(objects, null, 2)}\n`;
}
