// Malformed inputs through the built binary: row-level problems are findings and the run goes on;
// a file that cannot be read at all exits 3 naming file, line and column — never a stack trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cdm, readCsv, tempDir } from './run-cdm.js';

describe.each([
  ['ragged.csv', 'csv.ragged_row'],
  ['unterminated-quote.csv', 'csv.unterminated_quote'],
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
