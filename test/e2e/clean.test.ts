// `cdm clean` end to end on the fixtures: every output of DESIGN §3, reconciliation, determinism.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdm, csvHeader, readCsv, SAMPLE, tempDir } from './run-cdm.js';

const DATA_FILES = ['golden.csv', 'crosswalk.csv', 'quarantine.csv', 'review.csv', 'diagnostics.csv', 'model.json', 'members.ndjson', 'merged-ids.csv'];

function inputRowCount(): number {
  const out = tempDir();
  const run = cdm(['profile', '--json', ...SAMPLE]);
  void out;
  return (JSON.parse(run.stdout) as { sources: { rows: number }[] }).sources.reduce((n, s) => n + s.rows, 0);
}

describe('cdm clean, zero-config, on the sample exports', () => {
  const out = tempDir();
  let run: ReturnType<typeof cdm>;
  beforeAll(() => {
    run = cdm(['clean', ...SAMPLE, '--out', out]);
  });

  it('exits 0 and prints a summary', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/golden records/);
  });

  it('writes every output of DESIGN §3', () => {
    const files = readdirSync(out);
    for (const f of [...DATA_FILES, 'report.json', 'report.html']) expect(files).toContain(f);
  });

  it.each([
    ['golden.csv', ['golden_id', 'first_name', 'last_name', 'email', 'phone', 'source_count']],
    ['crosswalk.csv', ['source', 'row', 'golden_id', 'status', 'match_probability']],
    ['quarantine.csv', ['source', 'row', 'codes']],
    ['review.csv', ['a_source', 'a_row', 'b_source', 'b_row', 'match_probability', 'decision']],
    ['diagnostics.csv', ['source', 'row', 'field', 'code', 'severity', 'message', 'value']],
  ])('%s has the contract columns', (file, columns) => {
    expect(csvHeader(join(out, file))).toEqual(expect.arrayContaining(columns));
  });

  it('accounts for every input row exactly once in the crosswalk', () => {
    const rows = readCsv(join(out, 'crosswalk.csv'));
    const keys = rows.map((r) => `${r.source}:${r.row}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(inputRowCount());
    for (const r of rows) expect(['golden', 'merged', 'quarantined']).toContain(r.status);
    const quarantined = readCsv(join(out, 'quarantine.csv')).map((r) => `${r.source}:${r.row}`);
    expect(rows.filter((r) => r.status === 'quarantined').map((r) => `${r.source}:${r.row}`).sort()).toEqual(quarantined.sort());
  });

  it('reconciles: input rows = golden + merged + quarantined', () => {
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const t = report.totals;
    expect(t.reconciled).toBe(true);
    expect(t.input_rows).toBe(t.golden_records + t.merged_rows + t.quarantined);
    const golden = readCsv(join(out, 'golden.csv'));
    expect(golden.length).toBe(t.golden_records);
    const crosswalk = readCsv(join(out, 'crosswalk.csv'));
    expect(crosswalk.filter((r) => r.status === 'golden').length).toBe(t.golden_records);
    expect(crosswalk.filter((r) => r.status === 'merged').length).toBe(t.merged_rows);
  });

  it('golden ids in the crosswalk are the golden file\'s', () => {
    const ids = new Set(readCsv(join(out, 'golden.csv')).map((g) => g.golden_id));
    for (const r of readCsv(join(out, 'crosswalk.csv'))) if (r.status !== 'quarantined') expect(ids.has(r.golden_id!)).toBe(true);
  });

  it('is deterministic: a second run writes byte-identical data files', () => {
    const again = tempDir();
    expect(cdm(['clean', ...SAMPLE, '--out', again, '-q']).code).toBe(0);
    for (const f of DATA_FILES) expect(readFileSync(join(again, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
    const strip = (dir: string) => {
      const r = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
      delete r.run.timings_ms;
      delete r.run.out_dir;
      return r;
    };
    expect(strip(again)).toEqual(strip(out));
  });
});

describe('cdm clean --format json', () => {
  it('carries provenance (source, row) for every golden value', () => {
    const out = tempDir();
    expect(cdm(['clean', ...SAMPLE, '--out', out, '--format', 'json', '-q']).code).toBe(0);
    const golden = JSON.parse(readFileSync(join(out, 'golden.json'), 'utf8')) as Record<string, unknown>[];
    expect(golden.length).toBeGreaterThan(0);
    const crosswalk = new Set(readCsv(join(out, 'crosswalk.csv')).map((r) => `${r.source}:${r.row}:${r.golden_id}`));
    for (const g of golden) {
      const provenance = g.provenance as Record<string, { source: string; row: number }>;
      for (const [field, p] of Object.entries(provenance)) {
        expect(g[field], field).toBeDefined();
        expect(crosswalk.has(`${p.source}:${p.row}:${g.golden_id}`)).toBe(true);
      }
    }
  });
});

describe('cdm clean refuses unsafe output places', () => {
  it('never writes outputs over an input', () => {
    const run = cdm(['clean', 'fixtures/sample/crm-contacts.csv', '--out', 'fixtures/sample']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/output/);
  });
});

describe('cdm clean --threads', () => {
  it.each(['0', '1.5', 'many'])('refuses --threads %s with exit 2 naming the flag', (value) => {
    const run = cdm(['clean', ...SAMPLE, '--out', join(tempDir(), 'out'), '--threads', value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--threads takes a whole number of threads from 1 to 256 (e.g. 2), not '${value}'`);
  });

  it('writes the same data files with one thread as with the default', () => {
    const one = join(tempDir(), 'one');
    const many = join(tempDir(), 'many');
    expect(cdm(['clean', ...SAMPLE, '--out', one, '--threads', '1', '-q']).code).toBe(0);
    expect(cdm(['clean', ...SAMPLE, '--out', many, '-q']).code).toBe(0);
    for (const file of DATA_FILES) expect(readFileSync(join(many, file), 'utf8'), file).toBe(readFileSync(join(one, file), 'utf8'));
  });
});
