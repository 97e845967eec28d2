import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/index.js';
import { sampleIncrementalReport, sampleReport, sampleValidateReport } from './sample-report.js';

/** The GFM table that follows `### heading`, as rows of trimmed cells (header and delimiter row included). */
function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`### ${heading}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('### ')) break;
    if (!line.startsWith('|')) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
  }
  return rows;
}

describe('renderMarkdown', () => {
  it('starts with the verdict and has the four sections CI summaries need', () => {
    const md = renderMarkdown(sampleReport());
    expect(md.split('\n')[0]).toMatch(/^## cdm clean report — ❌ 1 of 3 gates failed$/);
    for (const heading of ['Totals', 'Quality gates', 'Top issues', 'Fields']) expect(md).toContain(`\n### ${heading}\n`);
  });

  it('has well-formed tables: every row as wide as its header, with a delimiter row', () => {
    const md = renderMarkdown(sampleIncrementalReport());
    for (const heading of ['Totals', 'Quality gates', 'Top issues', 'Fields', 'Changes against the master']) {
      const rows = tableAfter(md, heading);
      expect(rows.length).toBeGreaterThan(2);
      expect(rows[1]!.every((cell) => /^-{3,}:?$/.test(cell))).toBe(true);
      for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    }
  });

  it('holds the report numbers in the totals and gates tables', () => {
    const md = renderMarkdown(sampleReport());
    const totals = new Map(tableAfter(md, 'Totals').slice(2).map(([k, v]) => [k, v]));
    expect(totals.get('input rows')).toBe('12,353');
    expect(totals.get('quarantined')).toBe('432 (3.5%)');
    expect(totals.get('golden records')).toBe('9,870');
    expect(totals.get('duplicates merged')).toBe('2,051 (17.2%)');
    const gates = tableAfter(md, 'Quality gates').slice(2);
    expect(gates[0]).toEqual(['`min_completeness.email`', '❌ fail', '81.2%', '≥ 85.0%']);
    expect(gates).toHaveLength(3);
    expect(md).toMatch(/✅ \*\*Reconciled:\*\* 12,353 input rows = 9,870 golden \+ 2,051 merged \+ 432 quarantined/);
  });

  it('lists issues by count and one row per field', () => {
    const md = renderMarkdown(sampleReport());
    const issues = tableAfter(md, 'Top issues').slice(2);
    expect(issues.map((row) => row[0])).toEqual([
      '`phone.too_short`', '`postcode.format`', '`email.syntax`', '`date.ambiguous`',
      '`phone.placeholder`', '`name.placeholder`', '`email.placeholder`', '`state.unknown`',
    ]);
    expect(issues[0]![2]).toBe('402');
    const fields = tableAfter(md, 'Fields').slice(2);
    expect(fields.map((row) => row[0])).toEqual(sampleReport().fields.map((f) => `\`${f.name}\``));
    expect(fields.find((row) => row[0] === '`email`')).toEqual(['`email`', 'email', '86.4%', '81.2%', '94.0%', '1,204', '448']);
  });

  it('leaves out matching rows for validate runs and changes for full runs', () => {
    const md = renderMarkdown(sampleValidateReport());
    expect(md).not.toContain('golden records');
    expect(md).not.toContain('Changes against the master');
  });

  it.each([
    ['a pipe in a code', 'email|syntax', '`email\\|syntax`'],
    ['a backtick in a code', 'a`b', 'a\\`b'],
    ['HTML in an example', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    // GitHub would autolink a bare URL; the zero-width space after the scheme stops it
    ['a bare URL beside markup', '<x> reset at https://evil.example/r', 'https://\u200bevil.example/r'],
    ['a www. address beside markup', '<x> www.evil.example', 'www\u200b.evil.example'],
    // a job summary that is `cat` in a CI log must not act on the terminal
    ['an escape sequence', '<x>\u001b[2J', '&lt;x&gt;?\\[2J'],
    ['a control character in a code', 'a\u0001b', 'a?b'],
  ])('escapes %s', (_name, hostile, expected) => {
    const report = sampleReport({ issues: [{ code: hostile, severity: 'error', count: 5, examples: [hostile] }] });
    const md = renderMarkdown(report);
    expect(md).toContain(expected);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]|https:\/\/evil|www\.evil/);
    const rows = tableAfter(md, 'Top issues');
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  });
});
