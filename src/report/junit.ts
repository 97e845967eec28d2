// `cdm validate --format junit`: JUnit XML that CI servers (GitLab, Jenkins, Azure) show as tests —
// one testcase per quality gate and one per issue code. A failed gate or an error-severity code is a
// failure; warnings pass with their count in system-out. Values are never written, only places.

import type { Diagnostic } from '../core/diagnostic.js';
import { compareDiagnostics, locate } from './diagnostic-order.js';
import { compareText, describeGate } from './format.js';
import type { Report } from './types.js';

/** Places listed per failing code; the full list is in diagnostics.csv. */
const MAX_LOCATIONS = 50;

// XML 1.0 forbids most control characters outright, even as references: drop them.
function xml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Case {
  name: string;
  failure?: { type: string; message: string; body: string };
  out?: string;
}

interface CodeSummary {
  code: string;
  severity: string;
  count: number;
  places: Diagnostic[];
}

function summariseCodes(report: Report, diagnostics: readonly Diagnostic[]): CodeSummary[] {
  const byCode = new Map<string, CodeSummary>();
  for (const d of [...diagnostics].sort(compareDiagnostics)) {
    const entry = byCode.get(d.code) ?? { code: d.code, severity: d.severity, count: 0, places: [] };
    entry.count += 1;
    if (entry.places.length < MAX_LOCATIONS) entry.places.push(d);
    byCode.set(d.code, entry);
  }
  // Codes the report counted but whose diagnostics were not passed in (e.g. sampled) still get a case.
  for (const issue of report.issues) {
    if (!byCode.has(issue.code)) byCode.set(issue.code, { code: issue.code, severity: issue.severity, count: issue.count, places: [] });
  }
  return [...byCode.values()].sort((a, b) => compareText(a.code, b.code));
}

function suite(name: string, cases: Case[]): string {
  const failures = cases.filter((c) => c.failure).length;
  const body = cases.map((c) => {
    const open = `    <testcase classname="cdm.${xml(name)}" name="${xml(c.name)}"`;
    if (!c.failure && !c.out) return `${open}/>`;
    const failure = c.failure
      ? `\n      <failure type="${xml(c.failure.type)}" message="${xml(c.failure.message)}">${xml(c.failure.body)}</failure>`
      : '';
    const out = c.out ? `\n      <system-out>${xml(c.out)}</system-out>` : '';
    return `${open}>${failure}${out}\n    </testcase>`;
  });
  return [`  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`, ...body, '  </testsuite>'].join('\n');
}

export function renderJunit(report: Report, diagnostics: readonly Diagnostic[]): string {
  const gateCases: Case[] = report.gates.map((gate) => ({
    name: gate.gate,
    ...(gate.passed
      ? { out: describeGate(gate) }
      : { failure: { type: 'gate', message: `${gate.gate}: ${describeGate(gate)}`, body: describeGate(gate) } }),
  }));
  const codeCases: Case[] = summariseCodes(report, diagnostics).map((entry) => {
    const places = entry.places.map(locate);
    const more = entry.count - places.length;
    const body = [...places, ...(more > 0 ? [`… and ${more} more (see diagnostics.csv)`] : [])].join('\n');
    const message = `${entry.count} ${entry.severity} finding${entry.count === 1 ? '' : 's'}`;
    return entry.severity === 'error'
      ? { name: entry.code, failure: { type: entry.code, message, body } }
      : { name: entry.code, out: `${message}\n${body}`.trimEnd() };
  });
  const suites = [suite('gates', gateCases), suite('issues', codeCases)];
  const tests = gateCases.length + codeCases.length;
  const failures = [...gateCases, ...codeCases].filter((c) => c.failure).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cdm ${xml(report.run.command)}" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
