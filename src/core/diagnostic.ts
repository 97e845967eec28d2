// A Diagnostic is a content problem found in the data (never thrown): what, where, how bad.

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** The input path as given on the command line (DESIGN §3). */
  source: string;
  /** 1-based data row (header excluded); 0 for a file-level finding. */
  row: number;
  /** Field (schema name) or, before mapping, the column name; '' for a row- or file-level finding. */
  field: string;
  /** Stable namespaced code, e.g. `email.syntax`, `csv.ragged_row`. Tests assert codes. */
  code: string;
  severity: Severity;
  /** Plain-language message: what is wrong and what to do. */
  message: string;
  /** The offending raw value, when there is one (masked when shown, unless --show-pii). */
  value?: string;
  /** The input line where the row starts, set only where it is not the usual one (a CSV row after a
   * cell spanning lines or skipped blank lines, an NDJSON line; 0 for a JSON array's element, which
   * has no line of its own): annotations point there. */
  line?: number;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };
