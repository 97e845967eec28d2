// Flattens JSON objects into one table: nested objects become dotted columns
// (`default_address.city`), arrays of scalars one `; `-joined cell, arrays of objects indexed columns
// (`addresses.0.city`); the columns are the union of keys in first-seen order.

import type { Diagnostic } from '../core/diagnostic.js';
import type { RawRow } from '../core/record.js';
import { checkCells } from './cell-checks.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isScalar(value: Json): value is null | boolean | number | string {
  return value === null || typeof value !== 'object';
}

// ES2024's String well-formedness methods (Node 20 has them; the ES2023 lib does not declare them).
interface WellFormed {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/** A JSON string may escape half of a surrogate pair (`"\ud83d"`: an emoji cut at a length limit);
 * such text is no Unicode and breaks what encodes it (URI checks, UTF-8 writers). The half becomes
 * U+FFFD, as invalid bytes do in a CSV file (the value's own rules then judge it: `a\uFFFD@x.org` is
 * email.syntax). */
function wellFormed(text: string): string {
  const t = text as unknown as WellFormed;
  return t.isWellFormed() ? text : t.toWellFormed();
}

function scalarText(value: Json): string {
  return value === null ? '' : typeof value === 'string' ? wellFormed(value) : String(value);
}

export class FlatTable {
  readonly columns: string[] = [];
  readonly rows: RawRow[] = [];
  private readonly index = new Map<string, number>();
  private current: string[] = [];

  constructor(
    readonly source: string,
    readonly diagnostics: Diagnostic[],
  ) {}

  /** Adds one object as data row `row`; `checkEncoding` as in checkCells. */
  add(row: number, object: { [key: string]: Json }, checkEncoding: boolean, encoding: string): void {
    this.current = new Array<string>(this.columns.length).fill('');
    this.flatten('', object);
    checkCells(this.current, this.columns, this.source, row, checkEncoding, encoding, this.diagnostics);
    this.rows.push({ row, values: this.current });
  }

  /** Adds line or element `row` that is no usable record: a row all the same, quarantined later
   * with `code` (see RawRow.rejected), so that it is counted and listed. */
  reject(row: number, code: string): void {
    this.rows.push({ row, values: [], rejected: code });
  }

  /** Rows added before a column first appeared are padded here, once, at the end. */
  finish(): void {
    const width = this.columns.length;
    for (const { values } of this.rows) while (values.length < width) values.push('');
  }

  private set(key: string, text: string): void {
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.columns.length;
      this.columns.push(key);
      this.index.set(key, at);
    }
    while (this.current.length <= at) this.current.push('');
    this.current[at] = text;
  }

  private flatten(prefix: string, value: Json): void {
    if (isScalar(value)) {
      this.set(prefix, scalarText(value));
      return;
    }
    if (Array.isArray(value)) {
      if (value.every(isScalar)) {
        this.set(prefix, value.filter((item) => item !== null).map(scalarText).join('; '));
        return;
      }
      value.forEach((item: Json, i: number) => this.flatten(`${prefix}.${i}`, item));
      return;
    }
    const keys = Object.keys(value);
    // An empty object still yields its column, so that the key is visible to mapping.
    if (keys.length === 0 && prefix !== '') this.set(prefix, '');
    for (const key of keys) this.flatten(prefix === '' ? wellFormed(key) : `${prefix}.${wellFormed(key)}`, value[key]!);
  }
}

export type { Json };
