// `validate`: load → validate → normalize, with quality gates, as a library call (the CI gate).

import type { Diagnostic } from '../core/diagnostic.js';
import type { KeepRecords } from '../validate/index.js';
import type { CustomerRecord, FieldDef } from '../core/record.js';
import type { Role } from '../core/roles.js';
import { renderHtml, renderMarkdown } from '../report/index.js';
import type { Report } from '../report/types.js';
import { checkGateFields, evaluateGates, type GateResult } from './gates.js';
import type { PipelineOptions } from './options.js';
import { renderDiagnostics, renderQuarantine, type OutputFile } from './outputs.js';
import { prepare } from './prepare.js';
import { placeOnLines } from '../io/index.js';
import { buildReport, reportRun } from './report-build.js';

export interface ValidateOptions extends PipelineOptions {
  out?: string;
  csvGuard?: boolean;
  /** Records in the result: every row's (the default), or only the quarantined rows' (all the
   * outputs need; the CLI's choice: less memory, and a helper thread need not send records back). */
  keep?: KeepRecords;
}

export interface ValidateResult {
  /** Every row's record, or only the quarantined ones with `keep: 'quarantined'`. */
  records: CustomerRecord[];
  fields: FieldDef[];
  diagnostics: Diagnostic[];
  gates: GateResult[];
  report: Report;
  /** True when every gate passed. */
  passed: boolean;
  files: OutputFile[];
}

export async function validate(inputs: readonly string[], options: ValidateOptions = {}): Promise<ValidateResult> {
  const prepared = await prepare(inputs, options, options.keep);
  const { config, records, diagnostics, rows, quarantined } = prepared;
  placeOnLines(diagnostics, prepared.tables); // where rows start, for --format github
  const fields = prepared.schema.fields;
  const roleOf = (name: string): Role | undefined => fields.find((f) => f.name === name)?.role;
  // Fields of the schema by their quality counts; a field outside it that derived parts filled
  // (a city out of a one-line address) by its own count, as clean counts it from the records.
  const filled = new Map([...prepared.extraFilled, ...prepared.fields.map((q): [string, number] => [q.field, q.filled])]);
  const gateSettings = { ...config?.gates, ...options.gates };
  checkGateFields(gateSettings, [...fields.map((f) => f.name), ...prepared.extraFilled.keys()], prepared.schema.sources);
  const gates = evaluateGates(gateSettings, { rows, quarantined, diagnostics, filled: (field) => filled.get(field) ?? 0 });
  const report = buildReport({
    run: reportRun('validate', prepared, options, false),
    rows,
    quarantined,
    fields,
    diagnostics,
    quality: prepared.fields,
    roleOf,
    golden: null,
    matching: null,
    gates,
    changes: null,
  });
  const csvGuard = options.csvGuard ?? config?.output?.csvGuard ?? true;
  const files: OutputFile[] = [
    renderDiagnostics(diagnostics, csvGuard),
    renderQuarantine(records, fields, csvGuard),
    { name: 'report.json', data: `${JSON.stringify(report, null, 2)}\n` },
    { name: 'report.html', data: renderHtml(report) },
    { name: 'report.md', data: renderMarkdown(report) },
  ];
  return { records, fields, diagnostics, gates, report, passed: gates.every((g) => g.passed), files };
}
