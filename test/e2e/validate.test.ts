// `cdm validate` as a CI gate: exit codes, gate reporting, CI formats, and the quality of its findings
// on fixtures with a known list of injected errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { clean, validate } from '../../src/index.js';
import { cdm, readCsv, tempDir } from './run-cdm.js';

const CLEAN = 'fixtures/clean/contacts.csv';
const VALIDATION = ['fixtures/validation/crm-contacts.csv', 'fixtures/validation/shop-customers.ndjson', 'fixtures/validation/signup-sheet.csv'];

describe('gates of validate and clean agree', () => {
  it('on the same rows, whichever records validate keeps, for a field filled only from another one', async () => {
    const dir = tempDir();
    const file = join(dir, 'contacts.csv');
    writeFileSync(
      file,
      [
        'email,address',
        'ann@example.org,"12 Main St, Springfield, IL 62701"',
        'bo@example.org,"27 Washington Blvd Oak Park IL 60302"',
        'n/a,',
        'cy@example.org,somewhere',
      ].join('\n') + '\n',
    );
    const gates = { maxErrorRate: 0.5, maxQuarantineRate: 0.5, minCompleteness: { city: 0.5, email: 0.5, phone: 0.1 } };
    const options = { gates, today: '2026-01-01', threads: 1 };
    const kept = await validate([file], { ...options, keep: 'quarantined' });
    const all = await validate([file], { ...options, keep: 'all' });
    const cleaned = await clean([file], { ...options, out: join(dir, 'out') });
    expect(kept.report.gates).toEqual(all.report.gates);
    expect(kept.report.gates).toEqual(cleaned.report.gates);
    expect(kept.report.gates.find((g) => g.gate === 'min_completeness.city')?.actual).toBe(0.5);
    expect(kept.report.totals).toMatchObject({ input_rows: 4, rows_with_errors: all.report.totals.rows_with_errors });
  });
});

describe('cdm validate on a file large enough for a second thread', () => {
  it('writes the same findings, quarantine and report with one thread as with the default', () => {
    // 60,000 rows: the helper thread starts while the file is read (pipeline/head-start.ts).
    const dir = tempDir();
    const file = join(dir, 'big.csv');
    const lines = ['name,email,phone,dob,state,zip'];
    for (let k = 0; k < 60_000; k++) {
      const email = k % 11 === 0 ? 'n/a' : `user${k}@example.org`;
      const phone = k % 7 === 0 ? '000-000-0000' : `(415) 555-${String(k % 10_000).padStart(4, '0')}`;
      lines.push(k % 17 === 0 ? `,,,${k % 28}/02/1980,CA,` : `Person ${k % 500},${email},${phone},0${1 + (k % 9)}/1${k % 3}/1975,${k % 5 ? 'CA' : 'NY'},9${String(k % 10_000).padStart(4, '0')}`);
    }
    writeFileSync(file, lines.join('\n') + '\n');
    const outputs = (args: string[]) => {
      const out = join(dir, args.join('') || 'default');
      expect(cdm(['validate', file, '--out', out, '-q', ...args]).code).toBeLessThan(2);
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
      delete report.run.timings_ms;
      delete report.run.out_dir;
      return { diagnostics: readFileSync(join(out, 'diagnostics.csv'), 'utf8'), quarantine: readFileSync(join(out, 'quarantine.csv'), 'utf8'), report };
    };
    const one = outputs(['--threads', '1']);
    const two = outputs(['--threads', '2']);
    expect(one.report.totals.quarantined).toBeGreaterThan(3_000);
    expect(two.diagnostics).toBe(one.diagnostics);
    expect(two.quarantine).toBe(one.quarantine);
    expect(two.report).toEqual(one.report);
  }, 120_000);
});

describe('cdm validate exit codes', () => {
  it('exits 0 on a clean file whose gates pass', () => {
    const out = tempDir();
    const run = cdm(['validate', CLEAN, '--out', out, '--max-error-rate', '0', '--min-completeness', 'email=1']);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.gates.map((g: { gate: string; passed: boolean }) => [g.gate, g.passed])).toEqual([
      ['max_error_rate', true],
      ['min_completeness.email', true],
    ]);
  });

  it('exits 1 when a gate fails, naming the gate', () => {
    const out = tempDir();
    const run = cdm(['validate', ...VALIDATION, '--out', out, '--max-error-rate', '0.02']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/max_error_rate/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const gate = report.gates.find((g: { gate: string }) => g.gate === 'max_error_rate');
    expect(gate.passed).toBe(false);
    expect(gate.actual).toBeGreaterThan(0.02);
  });

  it('reads gates from the config', () => {
    const run = cdm(['validate', ...VALIDATION, '-c', 'fixtures/configs/gates.yaml', '--out', tempDir(), '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.gates.map((g: { gate: string }) => g.gate)).toEqual(['max_error_rate', 'min_completeness.email']);
  });

  it.each([
    ['validate', 'emial=0.8', 2],
    ['clean', 'emial=0.8', 2],
    // A role this file lacks is a real 0%: the gate fails (exit 1), it is no usage error.
    ['validate', 'national_id=0.5', 1],
  ])('cdm %s --min-completeness %s exits %i', (command, gate, code) => {
    const run = cdm([command, CLEAN, '--min-completeness', gate, '--out', tempDir(), '-q']);
    expect(run.code).toBe(code);
    if (code === 2) {
      expect(run.stderr).toMatch(/\[gate\.unknown_field\]/);
      expect(run.stderr).toContain("Did you mean 'email'?");
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 2 on a broken config, naming the key', () => {
    const run = cdm(['validate', CLEAN, '-c', 'fixtures/configs/broken-key.yaml', '--out', tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/fields\.email/);
    expect(run.stderr).toMatch(/config\.unknown_key/);
    expect(run.stderr).toContain('did you mean "role"?');
    expect(run.stderr.match(/\[config\.unknown_key\]/g)).toHaveLength(1); // once, not again after the list
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['fields:\n  phone: { role: phone, survivorship: most_recnet }\n', "Did you mean 'most_recent'?"],
    ['merge:\n  survivorship: { phone: newest }\n', 'Known: first_non_null'],
  ])('exits 2 on a survivorship strategy that `cdm clean` would refuse: %j', (yaml, hint) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cdm.yaml'), `version: 1\n${yaml}`);
    const run = cdm(['validate', CLEAN, '-c', join(dir, 'cdm.yaml'), '--out', join(dir, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[survivorship.unknown_strategy]');
    expect(run.stderr).toContain(hint);
  });

  it('prints each issue of a broken config once with its own code, nothing after the list', () => {
    const dir = tempDir();
    const config = join(dir, 'cdm.yaml');
    writeFileSync(config, 'version: 1\nfoo: 1\nmatching:\n  matchThreshold: "x"\n');
    const run = cdm(['validate', CLEAN, '-c', config, '--out', join(dir, 'out')]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines.slice(1).map((l) => l.match(/\[[a-z_.]+\]/g)?.[0]).sort()).toEqual(['[config.unknown_key]', '[config.wrong_type]']);
    for (const line of lines.slice(1)) expect(line.match(/\[[a-z_.]+\]/g)).toHaveLength(1);
  });

  it('a $GITHUB_STEP_SUMMARY that cannot be appended to (a directory) is said on stderr; the run keeps its outputs and exit status', () => {
    const dir = tempDir();
    const run = cdm(['validate', CLEAN, '--out', join(dir, 'out'), '-q'], { env: { GITHUB_STEP_SUMMARY: dir } });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/could not append the report to \$GITHUB_STEP_SUMMARY .*EISDIR/);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readFileSync(join(dir, 'out/report.json'), 'utf8')).toContain('schema_version');
  });

  it('appends the Markdown report to $GITHUB_STEP_SUMMARY and writes --report-md', () => {
    const dir = tempDir();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const run = cdm(['validate', CLEAN, '--out', join(dir, 'out'), '--report-md', join(dir, 'report.md'), '-q'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(0);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n')).toBe(true);
    expect(text).toMatch(/\| input rows \| 6 \|/);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe(text.slice('# earlier step\n'.length).replace(/\n$/, ''));
  });

  it('colours the summary only when asked (FORCE_COLOR) and never with NO_COLOR', () => {
    const coloured = cdm(['validate', CLEAN, '--out', tempDir()], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(coloured.stdout).toMatch(/\x1b\[/);
    const plain = cdm(['validate', CLEAN, '--out', tempDir(), '--no-color'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(plain.stdout).not.toMatch(/\x1b\[/);
  });

  it('--json puts only the report on stdout', () => {
    const run = cdm(['validate', CLEAN, '--out', tempDir(), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).schema_version).toBe(1);
  });

  it.each(['github', 'junit'])('refuses --json with --format %s: both would write to stdout (flag.conflict, exit 2)', (format) => {
    const run = cdm(['validate', CLEAN, '--out', tempDir(), '--json', '--format', format]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[flag.conflict]');
    expect(run.stdout).toBe('');
  });

  it('--format github prints workflow annotations without values', () => {
    const run = cdm(['validate', ...VALIDATION, '--out', tempDir(), '--format', 'github']);
    expect(run.stdout).toMatch(/^::error file=fixtures\/validation\/[^,]+,line=\d+,title=[a-z_.]+::/m);
    expect(run.stdout).not.toMatch(/test@test\.com/);
  });

  it('--format github points at the line where a row starts, past quoted line breaks and blank lines', () => {
    // fixtures/formats/multiline-rows.csv: row 1 spans lines 2-3, blank lines 5-6, row 3 spans 7-9.
    const run = cdm(['validate', 'fixtures/formats/multiline-rows.csv', '--out', tempDir(), '--format', 'github']);
    const placed = [...run.stdout.matchAll(/^::\w+ file=[^,]+,line=(\d+),title=[^:]+::\w+ \(row (\d+)\)/gm)].map((m) => `row ${m[2]}: line ${m[1]}`);
    expect([...new Set(placed)].sort()).toEqual(['row 1: line 2', 'row 2: line 4', 'row 3: line 7', 'row 4: line 10']);
  });

  it('--format junit writes junit.xml with a failure per failed gate', () => {
    const out = tempDir();
    cdm(['validate', ...VALIDATION, '--out', out, '--format', 'junit', '--max-error-rate', '0.01']);
    const xml = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(xml).toMatch(/<testsuites/);
    expect(xml).toMatch(/max_error_rate[\s\S]*<failure/);
  });
});

describe('findings against the injected errors of fixtures/validation', () => {
  const out = tempDir();
  let diagnostics: Record<string, string>[];
  let injected: Record<string, string>[];
  let fieldOf: Map<string, string>;

  beforeAll(() => {
    expect(cdm(['validate', ...VALIDATION, '--out', out, '-q']).code).toBe(0);
    diagnostics = readCsv(join(out, 'diagnostics.csv')).filter((d) => d.row !== '0' && d.severity !== 'info');
    injected = parse(readFileSync('fixtures/validation/.truth/injected.csv', 'utf8'), { columns: true }) as Record<string, string>[];
    const profile = JSON.parse(cdm(['profile', '--json', ...VALIDATION]).stdout) as {
      sources: { source: string; columns: { name: string; field: string | null }[] }[];
    };
    fieldOf = new Map(profile.sources.flatMap((s) => s.columns.map((c) => [`${s.source}\u0000${c.name}`, c.field ?? ''])));
  });

  it('finds the injected errors (recall) and little else (precision), both >= 0.95', () => {
    const key = (source: string, row: string, field: string) => `${source}\u0000${row}\u0000${field}`;
    const injectedKeys = new Set(injected.map((i) => key(i.source!, i.row!, fieldOf.get(`${i.source}\u0000${i.field}`)!)));
    const found = new Set(diagnostics.map((d) => key(d.source!, d.row!, d.field!)));
    const hits = [...injectedKeys].filter((k) => found.has(k)).length;
    const recall = hits / injectedKeys.size;
    const precision = diagnostics.filter((d) => injectedKeys.has(key(d.source!, d.row!, d.field!))).length / diagnostics.length;
    console.info(`validation findings: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)} over ${injectedKeys.size} injected errors`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('no junk value survives normalization', async () => {
    const result = await validate(VALIDATION, {});
    const byRow = new Map(result.records.map((r) => [`${r.source}\u0000${r.row}`, r]));
    const junk = injected.filter((i) => i.kind === 'junk');
    expect(junk.length).toBeGreaterThan(10);
    for (const i of junk) {
      const record = byRow.get(`${i.source}\u0000${i.row}`)!;
      const field = fieldOf.get(`${i.source}\u0000${i.field}`)!;
      expect(record.values[field], `${i.source}:${i.row} ${field}`).toBeUndefined();
    }
  });
});
