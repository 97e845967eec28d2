// Malformed inputs through the built binary: row-level problems are findings and the run goes on;
// a file that cannot be read at all exits 3 naming file, line and column — never a stack trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cdm, readCsv, tempDir } from './run-cdm.js';

describe.each([
  ['ragged.csv', 'csv.ragged_row'],
  ['unterminated-quote.csv', 'csv.unterminated_quote'],
  ['stray-quote.csv', 'csv.stray_quote'],
  ['invalid-utf8.csv', 'encoding.invalid_bytes'],
  ['duplicate-headers.csv', 'header.duplicate'],
  ['empty-header.csv', 'header.empty'],
  ['empty.csv', 'file.empty'],
  ['header-only.csv', 'file.header_only'],
  ['bad-lines.ndjson', 'ndjson.syntax'],
  ['not-object.ndjson', 'ndjson.not_object'],
  ['repeated-header.csv', 'row.repeated_header'],
])('fixtures/malformed/%s', (file, code) => {
  it(`is read, with ${code} in diagnostics.csv naming the source`, () => {
    const out = tempDir();
    const source = `fixtures/malformed/${file}`;
    const run = cdm(['validate', source, '--out', out, '-q']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const findings = readCsv(join(out, 'diagnostics.csv')).filter((d) => d.code === code);
    expect(findings.length).toBeGreaterThan(0);
    for (const d of findings) {
      expect(d.source).toBe(source);
      expect(d.message!.length).toBeGreaterThan(10);
    }
  });
});

describe.each([
  ['broken.json', /line 3, column 26/],
  ['truncated.json', /line 3, column 16/],
])('fixtures/malformed/%s cannot be parsed at all', (file, where) => {
  it('exits 3 naming the file, line and column', () => {
    const run = cdm(['validate', `fixtures/malformed/${file}`, '--out', tempDir()]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`fixtures/malformed/${file}`);
    expect(run.stderr).toMatch(where);
    expect(run.stderr).toMatch(/\[json\.syntax\]/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a malformed file among good ones', () => {
  it('does not stop cdm clean: every readable row is accounted for', () => {
    const out = tempDir();
    const run = cdm(['clean', 'fixtures/malformed/ragged.csv', 'fixtures/clean/contacts.csv', '--out', out, '-q']);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const inputs = report.run.inputs as { source: string; rows: number }[];
    expect(readCsv(join(out, 'crosswalk.csv')).length).toBe(inputs.reduce((n, i) => n + i.rows, 0));
  });
});

describe('two exports joined with cat: the second header line', () => {
  it('is quarantined as row.repeated_header and never becomes a golden record', () => {
    const out = tempDir();
    const run = cdm(['clean', 'fixtures/malformed/repeated-header.csv', '--out', out, '-q']);
    expect(run.code).toBe(0);
    const quarantined = readCsv(join(out, 'quarantine.csv'));
    expect(quarantined.map((r) => [r.row, r.codes, r.email])).toEqual([['3', 'row.repeated_header', 'email'], ['5', 'row.repeated_header', 'email']]);
    // Two copies of the header hold the id "id" twice: no customer shares an id with another.
    expect(readCsv(join(out, 'diagnostics.csv')).map((d) => d.code)).not.toContain('id.duplicate');
    expect(readCsv(join(out, 'golden.csv')).map((g) => g.last_name).sort()).toEqual(['Jensen', 'Silva', 'Young']);
  });
});

// A line or element that is no usable record is still a row of the input: quarantined with the
// reader's code, listed in the crosswalk and counted, so that the totals reconcile.
describe.each([
  {
    file: 'mixed-bad-lines.ndjson',
    quarantined: [
      ['1', 'ndjson.not_object'],
      ['2', 'ndjson.not_object'],
      ['3', 'ndjson.not_object'],
      ['4', 'ndjson.syntax'],
    ],
    rows: 9, // ten lines, one of them blank
  },
  {
    file: 'not-object.json',
    quarantined: [
      ['2', 'json.not_object'],
      ['3', 'json.not_object'],
      ['4', 'json.not_object'],
    ],
    rows: 5,
  },
])('fixtures/malformed/$file: records that are no objects', ({ file, quarantined, rows }) => {
  const source = `fixtures/malformed/${file}`;

  it('cdm clean quarantines each one and reconciles', () => {
    const out = tempDir();
    const run = cdm(['clean', source, '--out', out, '-q']);
    expect(run.code).toBe(0);
    expect(readCsv(join(out, 'quarantine.csv')).map((r) => [r.row, r.codes])).toEqual(quarantined);
    const crosswalk = readCsv(join(out, 'crosswalk.csv'));
    expect(crosswalk).toHaveLength(rows);
    expect(crosswalk.filter((r) => r.status === 'quarantined').map((r) => r.row)).toEqual(quarantined.map(([row]) => row));
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.totals).toMatchObject({ input_rows: rows, quarantined: quarantined.length, reconciled: true });
    expect(report.run.inputs[0].rows).toBe(rows);
    const findings = readCsv(join(out, 'diagnostics.csv')).filter((d) => /^(nd)?json\./.test(d.code!));
    expect(findings.map((d) => [d.row, d.code])).toEqual(quarantined);
  });

  it('cdm validate counts them the same way', () => {
    const out = tempDir();
    const run = cdm(['validate', source, '--out', out, '-q']);
    expect(run.code).toBe(0);
    expect(readCsv(join(out, 'quarantine.csv')).map((r) => [r.row, r.codes])).toEqual(quarantined);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.totals).toMatchObject({ input_rows: rows, quarantined: quarantined.length, kept: rows - quarantined.length, reconciled: true });
  });
});
