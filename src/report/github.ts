// `cdm validate --format github`: GitHub Actions workflow commands that annotate the input files
// (`::error file=…,line=…,title=code::message`). The offending value is never printed — annotations
// are public on the pull request — only where it is and what is wrong.

import type { Diagnostic } from '../core/diagnostic.js';
import { compareDiagnostics } from './diagnostic-order.js';

export interface AnnotationOptions {
  /** Most annotations to print; GitHub shows only the first few per step anyway. Default 50. */
  limit?: number;
  /**
   * The file line for a diagnostic, or undefined for none. The default takes the diagnostic's `line`
   * (set where a CSV row does not start on the usual line: after a quoted field spanning lines or
   * skipped blank lines), else data row N of a CSV is on line N + 1, below its header. NDJSON rows
   * are lines; a JSON array element has no line.
   */
  lineOf?: (diagnostic: Diagnostic) => number | undefined;
}

const COMMAND: Record<Diagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

export function defaultLineOf(d: Diagnostic): number | undefined {
  if (d.row <= 0) return undefined;
  if (d.line !== undefined) return d.line > 0 ? d.line : undefined;
  const path = d.source.toLowerCase();
  if (path.endsWith('.ndjson') || path.endsWith('.jsonl')) return d.row;
  if (path.endsWith('.json')) return undefined;
  return d.row + 1;
}

// Escapes from @actions/core's command.ts: data escapes %, CR, LF; properties also `:` and `,`.
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithubAnnotations(diagnostics: readonly Diagnostic[], options: AnnotationOptions = {}): string {
  const limit = options.limit ?? 50;
  const lineOf = options.lineOf ?? defaultLineOf;
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const lines = sorted.slice(0, Math.max(0, limit)).map((d) => {
    const props = [`file=${escapeProperty(d.source)}`];
    const line = lineOf(d);
    if (line !== undefined) props.push(`line=${line}`);
    props.push(`title=${escapeProperty(d.code)}`);
    const where = d.row > 0 ? `row ${d.row}` : 'file';
    const message = `${d.field ? `${d.field} (${where})` : where}: ${d.message}`;
    return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(message)}`;
  });
  const hidden = sorted.length - lines.length;
  if (hidden > 0) lines.push(`::notice title=cdm::${hidden} more findings not annotated; see diagnostics.csv`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
