// `validate`: load → validate → normalize, with quality gates, as a library call (the CI gate).

import type { Diagnostic } from '../core/diagnostic.js';
import type { CustomerRecord, FieldDef } from '../core/record.js';
import type { Role } from '../core/roles.js';
import { renderHtml, renderMarkdown } from '../report/index.js';
import type { Report } from '../report/types.js';
import { evaluateGates, type GateResult } from './gates.js';
import type { PipelineOptions } from './options.js';
import { renderDiagnostics, renderQuarantine, type OutputFile } from './outputs.js';
import { prepare } from './prepare.js';
import { buildReport, reportRun } from './report-build.js';

export interface ValidateOptions extends PipelineOptions {
  out?: string;
  csvGuard?: boolean;
}

export interface ValidateResult {
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
  const prepared = await prepare(inputs, options);
  const { config, records, diagnostics } = prepared;
  const fields = prepared.schema.fields;
  const roleOf = (name: string): Role | undefined => fields.find((f) => f.name === name)?.role;
  const gates = evaluateGates({ ...config?.gates, ...options.gates }, records, diagnostics);
  const report = buildReport({
    run: reportRun('validate', prepared, options, false),
    records,
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
