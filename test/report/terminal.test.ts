import { describe, expect, it } from 'vitest';
import { renderSummary, SUMMARY_MAX_LINES, type Report } from '../../src/report/index.js';
import { sampleIncrementalReport, sampleReport, sampleValidateReport } from './sample-report.js';

const ANSI = /\u001b\[[0-9;]*m/;
const lines = (text: string) => text.trimEnd().split('\n');
const lineWith = (text: string, needle: string) => lines(text).find((line) => line.includes(needle));

describe('renderSummary', () => {
  it.each([
    ['clean', sampleReport()],
    ['validate', sampleValidateReport()],
    ['incremental', sampleIncrementalReport()],
  ])('%s: plain has no ANSI codes, colour has them, both fit one screen', (_name, report) => {
    const plain = renderSummary(report, { color: false });
    const coloured = renderSummary(report, { color: true });
    expect(plain).not.toMatch(ANSI);
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
    expect(lines(plain).length).toBeLessThanOrEqual(SUMMARY_MAX_LINES);
  });

  it('shows the totals, the duplicate rate and the reconciliation of a clean run', () => {
    const text = renderSummary(sampleReport(), { color: false });
    expect(lineWith(text, 'rows in')).toContain('12,353');
    expect(lineWith(text, 'quarantined')).toContain('432');
    expect(lineWith(text, 'golden records')).toContain('9,870');
    expect(lineWith(text, 'duplicates merged')).toMatch(/2,051.*17\.2%/);
    const rec = lineWith(text, '12,353 input rows');
    expect(rec).toMatch(/^ *✓/);
    expect(rec).toMatch(/9,870.*2,051.*432/);
  });

  it.each([
    ['clean', sampleReport(), undefined],
    ['incremental', sampleIncrementalReport(), '2,031 read by this run, the rest kept from the master'],
  ])('%s: the rows-in line says what this run read', (_name, report, note) => {
    if (report.run.incremental) report.run = { ...report.run, inputs: report.run.inputs.slice(2) };
    const line = lineWith(renderSummary(report, { color: false }), 'rows in')!;
    expect(line).toContain('12,353');
    if (note === undefined) expect(line).not.toContain('read by this run');
    else expect(line).toContain(note);
  });

  it('marks totals that do not add up', () => {
    const report = sampleReport();
    report.totals = { ...report.totals, merged_rows: 2_050, reconciled: false };
    const rec = lineWith(renderSummary(report, { color: false }), 'input rows');
    expect(rec).toMatch(/^ *✗/);
    expect(rec).toContain('≠');
  });

  it('lists the top 5 issue codes by count, most frequent first', () => {
    const text = renderSummary(sampleReport(), { color: false });
    const codes = ['phone.too_short', 'postcode.format', 'email.syntax', 'date.ambiguous', 'phone.placeholder'];
    const positions = codes.map((code) => text.indexOf(code));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain('name.placeholder');
    expect(lineWith(text, 'phone.too_short')).toContain('402');
  });

  it('shows each gate with ✓/✗, the actual figure and the threshold', () => {
    const text = renderSummary(sampleReport(), { color: false });
    expect(lineWith(text, 'min_completeness.email')).toMatch(/✗.*81\.2%.*≥ 85\.0%/);
    expect(lineWith(text, 'max_error_rate')).toMatch(/✓.*4\.9%.*≤ 5\.0%/);
  });

  it('never hides a failed gate behind a long list of passed ones', () => {
    const gates: Report['gates'] = Array.from({ length: 30 }, (_, i) => ({
      gate: `min_completeness.f${String(i).padStart(2, '0')}`,
      threshold: 0.5,
      actual: i === 29 ? 0.1 : 0.9,
      passed: i !== 29,
    }));
    const text = renderSummary({ ...sampleIncrementalReport(), gates }, { color: false });
    expect(lines(text).length).toBeLessThanOrEqual(SUMMARY_MAX_LINES);
    expect(lineWith(text, 'f29')).toMatch(/✗/);
    expect(text).toContain('29 passed');
  });

  it('omits the matching lines for validate runs', () => {
    const text = renderSummary(sampleValidateReport(), { color: false });
    expect(text).not.toContain('golden records');
    expect(text).not.toContain('duplicates merged');
    expect(text).not.toContain('review.csv');
    expect(lineWith(text, 'input rows')).toMatch(/11,921.*432/);
  });

  it('says what changed on incremental runs only', () => {
    const incremental = renderSummary(sampleIncrementalReport(), { color: false });
    expect(lineWith(incremental, '412 new')).toMatch(/1,033 updated.*8,425 unchanged.*2 golden ids merged/);
    expect(renderSummary(sampleReport(), { color: false })).not.toContain('unchanged');
  });

  it('points at the output folder, preferring the one the CLI passes', () => {
    expect(renderSummary(sampleReport(), { color: false })).toContain('cdm-out/review.csv');
    const text = renderSummary(sampleReport(), { color: false, outDir: '/tmp/run 7/' });
    expect(text).toContain('/tmp/run 7/review.csv');
    expect(text).not.toContain('cdm-out');
  });

  it('cannot be made to emit terminal escapes by a hostile code or path', () => {
    const report = sampleReport({ issues: [{ code: 'x.\u001b[2Jboom', severity: 'error', count: 1, examples: [] }] });
    report.run.out_dir = 'out\u001b]0;pwned\u0007';
    const text = renderSummary(report, { color: false });
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it('is deterministic', () => {
    expect(renderSummary(sampleReport(), { color: true })).toBe(renderSummary(sampleReport(), { color: true }));
  });
});
