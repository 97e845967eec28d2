import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { defaultLineOf, renderGithubAnnotations, renderJunit } from '../../src/report/index.js';
import { sampleDiagnostics, sampleReport, sampleValidateReport } from './sample-report.js';

const SECRET = 'jane.doe@secret.example';

function withSecretValues(): Diagnostic[] {
  return sampleDiagnostics().map((d) => ({ ...d, value: SECRET }));
}

function testcases(xml: string): { name: string; failed: boolean; body: string }[] {
  return [...xml.matchAll(/<testcase classname="[^"]*" name="([^"]*)"(\/>|>([\s\S]*?)<\/testcase>)/g)].map((m) => ({
    name: m[1]!,
    failed: (m[3] ?? '').includes('<failure'),
    body: m[3] ?? '',
  }));
}

describe('renderJunit', () => {
  it('has one testcase per gate and one per issue code, failing failed gates and error codes', () => {
    const report = sampleValidateReport();
    const xml = renderJunit(report, withSecretValues());
    const cases = testcases(xml);
    const codes = new Set([...report.issues.map((i) => i.code), ...sampleDiagnostics().map((d) => d.code)]);
    expect(cases).toHaveLength(report.gates.length + codes.size);
    const byName = new Map(cases.map((c) => [c.name, c]));
    expect(byName.get('min_completeness.email')?.failed).toBe(true);
    expect(byName.get('max_error_rate')?.failed).toBe(false);
    expect(byName.get('email.syntax')?.failed).toBe(true);
    expect(byName.get('postcode.format')?.failed).toBe(false);
    expect(byName.get('csv.encoding_guessed')?.failed).toBe(false);
    const failures = cases.filter((c) => c.failed).length;
    expect(xml).toMatch(new RegExp(`<testsuites name="cdm validate" tests="${cases.length}" failures="${failures}"`));
  });

  it('names the places of a failing code, never the values', () => {
    const xml = renderJunit(sampleValidateReport(), withSecretValues());
    expect(xml).not.toContain(SECRET);
    const syntax = testcases(xml).find((c) => c.name === 'email.syntax')!;
    // Sorted by source then row: crm_contacts row 3 before newsletter row 12.
    expect(syntax.body.indexOf('exports/crm_contacts.csv:3 email')).toBeLessThan(syntax.body.indexOf('exports/newsletter.csv:12 email'));
  });

  it('escapes XML and drops characters XML 1.0 forbids', () => {
    const report = sampleValidateReport();
    report.gates[0]!.gate = `a<b>&"c'\u0001`;
    const xml = renderJunit(report, [{ source: 'x&y.csv', row: 1, field: 'f', code: 'x<y', severity: 'error', message: 'm' }]);
    expect(xml).toContain('name="a&lt;b&gt;&amp;&quot;c&apos;"');
    expect(xml).toContain('x&amp;y.csv:1 f');
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
  });

  it('is deterministic whatever order the diagnostics arrive in', () => {
    const diagnostics = withSecretValues();
    expect(renderJunit(sampleReport(), diagnostics)).toBe(renderJunit(sampleReport(), [...diagnostics].reverse()));
  });
});

describe('renderGithubAnnotations', () => {
  it.each([
    ['a CSV with a header: line = row + 1', 'in.csv', 12, 13],
    ['a TSV-like text export', 'in.txt', 1, 2],
    ['NDJSON: the row is the line', 'in.ndjson', 40, 40],
    ['JSON Lines', 'IN.JSONL', 7, 7],
    ['a JSON array element has no line', 'in.json', 3, undefined],
    ['a file-level finding has no line', 'in.csv', 0, undefined],
  ])('%s', (_name, source, row, line) => {
    expect(defaultLineOf({ source, row, field: '', code: 'x', severity: 'error', message: '' })).toBe(line);
  });

  it('prints one workflow command per finding, most severe first, with file, line and code', () => {
    const out = renderGithubAnnotations(withSecretValues()).trimEnd().split('\n');
    expect(out).toHaveLength(sampleDiagnostics().length);
    expect(out[0]).toMatch(/^::error file=exports\/crm_contacts\.csv,line=4,title=email\.syntax::email \(row 3\): /);
    expect(out.map((l) => l.slice(2, l.indexOf(' ')))).toEqual(['error', 'error', 'error', 'warning', 'warning', 'notice']);
    expect(out.at(-1)).toMatch(/^::notice file=exports\/crm_contacts\.csv,title=csv\.encoding_guessed::file: /);
  });

  it('never prints the offending values', () => {
    expect(renderGithubAnnotations(withSecretValues())).not.toContain(SECRET);
  });

  it('stops at the limit and says how many were left out', () => {
    const out = renderGithubAnnotations(withSecretValues(), { limit: 2 }).trimEnd().split('\n');
    expect(out).toHaveLength(3);
    expect(out[2]).toMatch(/^::notice title=cdm::4 /);
  });

  it('escapes property and message separators', () => {
    const out = renderGithubAnnotations([
      { source: 'a,b:c%.csv', row: 1, field: 'f', code: 'x,y', severity: 'warning', message: 'two\nlines 100%' },
    ]);
    expect(out).toBe('::warning file=a%2Cb%3Ac%25.csv,line=2,title=x%2Cy::f (row 1): two%0Alines 100%25\n');
  });

  it('lets the caller say where lines are (e.g. a headerless CSV)', () => {
    const out = renderGithubAnnotations(sampleDiagnostics().slice(0, 1), { lineOf: (d) => d.row });
    expect(out).toContain('line=12,');
  });

  it('prints nothing for no findings', () => {
    expect(renderGithubAnnotations([])).toBe('');
  });
});
