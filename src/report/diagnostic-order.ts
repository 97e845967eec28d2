// One stable order for diagnostics in CI outputs (JUnit, GitHub annotations): most severe first, then
// by place in the data, so the same run always prints the same lines in the same order.

import { SEVERITY_RANK, type Diagnostic } from '../core/diagnostic.js';
import { compareText } from './format.js';

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareText(a.source, b.source) ||
    a.row - b.row ||
    compareText(a.field, b.field) ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

/** `source:row field` — where a finding is, never what the value was. */
export function locate(d: Diagnostic): string {
  const place = d.row > 0 ? `${d.source}:${d.row}` : d.source;
  return d.field ? `${place} ${d.field}` : place;
}
