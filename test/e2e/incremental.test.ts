// Nightly incremental runs (`--master`): golden ids survive, new people get new ids, changed rows
// update their person, two existing people found to be one are merged with the id recorded, and a
// re-run of the same day changes nothing.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdm, readCsv, REPO, tempDir } from './run-cdm.js';
import { writeDataset } from '../../bench/lib/dataset.mjs';
import { MIN_TRAINING_PAIRS } from '../../src/pipeline/incremental.js';

const SAMPLE_FILES = ['crm-contacts.csv', 'shop-customers.ndjson', 'signup-sheet.csv'];

function idsBySource(dir: string, source: string): Map<string, string> {
  return new Map(readCsv(join(dir, 'crosswalk.csv')).filter((r) => r.source === source).map((r) => [r.row!, r.golden_id!]));
}

/** A working directory holding the sample exports, and `cdm` run in it. */
function sampleWork(prefix: string): { work: string; run: (args: string[]) => ReturnType<typeof cdm> } {
  const work = tempDir(prefix);
  for (const f of SAMPLE_FILES) copyFileSync(join(REPO, 'fixtures/sample', f), join(work, f));
  return { work, run: (args) => cdm(args, { cwd: work }) };
}

describe('cdm clean --master: day 1, day 2, day 2 again', () => {
  const work = tempDir('cdm-incremental-');
  const run = (args: string[]) => cdm(args, { cwd: work });
  let day1: ReturnType<typeof readCsv>;
  let report2: { changes: { new_golden: number; updated_golden: number; unchanged_golden: number; merged_ids: { from: string; into: string }[] } };

  beforeAll(() => {
    for (const f of SAMPLE_FILES) copyFileSync(join(REPO, 'fixtures/sample', f), join(work, f));
    copyFileSync(join(REPO, 'fixtures/incremental/partners-day1.csv'), join(work, 'partners.csv'));
    expect(run(['clean', ...SAMPLE_FILES, 'partners.csv', '--out', 'day1', '-q']).code).toBe(0);
    day1 = readCsv(join(work, 'day1/crosswalk.csv'));
    // The partner system re-exports the same file each night: same path, new content.
    copyFileSync(join(REPO, 'fixtures/incremental/partners-day2.csv'), join(work, 'partners.csv'));
    expect(run(['clean', 'partners.csv', '--master', 'day1', '--out', 'day2', '-q']).code).toBe(0);
    report2 = JSON.parse(readFileSync(join(work, 'day2/report.json'), 'utf8'));
  });

  it('keeps every day-1 row of the untouched sources under its golden id', () => {
    const day2 = new Map(readCsv(join(work, 'day2/crosswalk.csv')).map((r) => [`${r.source}:${r.row}`, r.golden_id]));
    const merged = new Set(report2.changes.merged_ids.map((m) => m.from));
    for (const r of day1.filter((x) => x.source !== 'partners.csv' && x.golden_id)) {
      const now = day2.get(`${r.source}:${r.row}`);
      expect(now === r.golden_id || merged.has(r.golden_id!), `${r.source}:${r.row}`).toBe(true);
    }
  });

  it('keeps the ids of unchanged and changed partner rows (matched by their Partner ID)', () => {
    const before = idsBySource(join(work, 'day1'), 'partners.csv');
    const after = idsBySource(join(work, 'day2'), 'partners.csv');
    // day 1 rows: 1 P1, 2 P2, 3 P3, 4 P4; day 2 rows: 1 P1, 2 P3 (new email), 3 P4, 4 P5, 5 P6.
    // P1 may have been absorbed by the day-2 merge (see below); then it carries the survivor's id.
    const mergedInto = new Map(report2.changes.merged_ids.map((m) => [m.from, m.into]));
    expect(after.get('1')).toBe(mergedInto.get(before.get('1')!) ?? before.get('1'));
    expect(after.get('2')).toBe(before.get('3'));
    expect(after.get('3')).toBe(before.get('4'));
  });

  it('gives a new person a new id', () => {
    const before = new Set(day1.map((r) => r.golden_id));
    const after = idsBySource(join(work, 'day2'), 'partners.csv');
    expect(before.has(after.get('5')!)).toBe(false);
    expect(report2.changes.new_golden).toBeGreaterThanOrEqual(1);
  });

  it('merges two existing people that a new row shows to be one, recording the merged id', () => {
    const before = idsBySource(join(work, 'day1'), 'partners.csv');
    const [p1, p2] = [before.get('1')!, before.get('2')!];
    expect(p1).not.toBe(p2);
    const after = idsBySource(join(work, 'day2'), 'partners.csv');
    const survivor = after.get('4')!;
    // One P1 member and one P2 member: the tie goes to the id the master lists first (P1's).
    expect(survivor).toBe(p1);
    expect(after.get('1')).toBe(survivor);
    const absorbed = survivor === p1 ? p2 : p1;
    expect(report2.changes.merged_ids).toEqual([{ from: absorbed, into: survivor }]);
    expect(readFileSync(join(work, 'day2/merged-ids.csv'), 'utf8')).toContain(`${absorbed},${survivor}`);
    const goldenIds = new Set(readCsv(join(work, 'day2/golden.csv')).map((g) => g.golden_id));
    expect(goldenIds.has(absorbed)).toBe(false);
  });

  it('reports updated golden records for the changed and merged people', () => {
    expect(report2.changes.updated_golden).toBeGreaterThanOrEqual(2);
  });

  it('a re-run of day 2 against its own output is a no-op', () => {
    expect(run(['clean', 'partners.csv', '--master', 'day2', '--out', 'day2-again', '-q']).code).toBe(0);
    for (const f of ['golden.csv', 'crosswalk.csv', 'merged-ids.csv', 'members.ndjson']) {
      expect(readFileSync(join(work, 'day2-again', f), 'utf8'), f).toBe(readFileSync(join(work, 'day2', f), 'utf8'));
    }
    const again = JSON.parse(readFileSync(join(work, 'day2-again/report.json'), 'utf8'));
    expect(again.changes).toMatchObject({ new_golden: 0, updated_golden: 0, merged_ids: [] });
  });
});

describe('cdm clean --master with a field kept out of the outputs (retain: false)', () => {
  it('a re-run of the same files reports every golden record unchanged', () => {
    const { work, run } = sampleWork('cdm-incremental-retain-');
    writeFileSync(join(work, 'cdm.yaml'), 'version: 1\nfields:\n  dob: { role: dob, retain: false }\n');
    expect(run(['clean', ...SAMPLE_FILES, '-c', 'cdm.yaml', '--out', 'day1', '-q']).code).toBe(0);
    expect(run(['clean', ...SAMPLE_FILES, '-c', 'cdm.yaml', '--master', 'day1', '--out', 'again', '-q']).code).toBe(0);
    const golden = readCsv(join(work, 'day1/golden.csv')).length;
    const again = JSON.parse(readFileSync(join(work, 'again/report.json'), 'utf8'));
    expect(again.changes).toMatchObject({ new_golden: 0, updated_golden: 0, unchanged_golden: golden, merged_ids: [] });
  });
});

describe('cdm clean --master with other matching.comparisons than the master model was learned with', () => {
  it('learns the model again and says so; the same config again reuses it', () => {
    const { work, run } = sampleWork('cdm-incremental-comparisons-');
    expect(run(['clean', ...SAMPLE_FILES, '--out', 'day1', '-q']).code).toBe(0);
    writeFileSync(join(work, 'cdm.yaml'), 'version: 1\nmatching:\n  comparisons: { phone_2: false }\n');
    const retrained = (dir: string) => readCsv(join(work, dir, 'diagnostics.csv')).filter((d) => d.code === 'model.retrained');
    expect(run(['clean', ...SAMPLE_FILES, '-c', 'cdm.yaml', '--master', 'day1', '--out', 'day2', '-q']).code).toBe(0);
    expect(retrained('day2')[0]?.message).toMatch(/other fields, or with other comparators/);
    const model = JSON.parse(readFileSync(join(work, 'day2/model.json'), 'utf8'));
    expect(model.comparisons.map((c: { field: string }) => c.field)).not.toContain('phone_2');
    expect(run(['clean', ...SAMPLE_FILES, '-c', 'cdm.yaml', '--master', 'day2', '--out', 'day3', '-q']).code).toBe(0);
    expect(retrained('day3')).toEqual([]);
  });
});

describe('cdm clean --master over a source without ids whose rows moved', () => {
  it('keeps every golden id and records no merge when the rows come back reversed, or with one inserted above', () => {
    const { work, run } = sampleWork('cdm-incremental-idless-');
    // The sample's sign-up sheet has no id column: its rows are known by their values, not their place.
    expect(run(['clean', ...SAMPLE_FILES, '--out', 'day1', '-q']).code).toBe(0);
    const ids = (dir: string) => {
      const byRow = new Map(readCsv(join(work, dir, 'crosswalk.csv')).map((r) => [`${r.source}:${r.row}`, r.golden_id!]));
      return (source: string, row: number) => byRow.get(`${source}:${row}`);
    };
    const text = readFileSync(join(work, 'signup-sheet.csv'), 'latin1');
    const [header, ...lines] = text.replace(/\r?\n$/, '').split(/\r?\n/);
    expect(lines.every((l) => !l.includes('"'))).toBe(true); // one line per row: safe to reverse
    writeFileSync(join(work, 'signup-sheet.csv'), [header, ...[...lines].reverse()].join('\r\n') + '\r\n', 'latin1');
    expect(run(['clean', ...SAMPLE_FILES, '--master', 'day1', '--out', 'day2', '-q']).code).toBe(0);
    const day2 = JSON.parse(readFileSync(join(work, 'day2/report.json'), 'utf8'));
    const golden = readCsv(join(work, 'day1/golden.csv')).length;
    expect(day2.changes).toMatchObject({ new_golden: 0, updated_golden: 0, unchanged_golden: golden, merged_ids: [] });
    const [before, after] = [ids('day1'), ids('day2')];
    for (let i = 1; i <= lines.length; i++) expect(after('signup-sheet.csv', lines.length + 1 - i)).toBe(before('signup-sheet.csv', i));
    // A newcomer above every row: one new golden record, nobody else changes.
    const fields = header!.split(';').length > 1 ? ';' : ',';
    const newcomer = header!.split(fields).map((h) => (/mail/i.test(h) ? 'zoe.quinn@example.org' : /name/i.test(h) ? 'Zoe Quinn' : '')).join(fields);
    writeFileSync(join(work, 'signup-sheet.csv'), [header, newcomer, ...[...lines].reverse()].join('\r\n') + '\r\n', 'latin1');
    expect(run(['clean', ...SAMPLE_FILES, '--master', 'day2', '--out', 'day3', '-q']).code).toBe(0);
    const day3 = JSON.parse(readFileSync(join(work, 'day3/report.json'), 'utf8'));
    expect(day3.changes).toMatchObject({ updated_golden: 0, unchanged_golden: golden, merged_ids: [] });
  });
});

describe('cdm clean --master after a source moved its columns', () => {
  it('reports every golden record unchanged: the rows hold the same values', () => {
    const { work, run } = sampleWork('cdm-incremental-moved-');
    expect(run(['clean', ...SAMPLE_FILES, '--out', 'day1', '-q']).code).toBe(0);
    // The CRM export comes back with its last three columns moved to the front (quoted cells kept whole).
    const rows = readCsv(join(work, 'crm-contacts.csv')).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.replace(/^\uFEFF/, ''), v])));
    const header = Object.keys(rows[0]!);
    const columns = [...header.slice(-3), ...header.slice(0, -3)];
    const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
    writeFileSync(join(work, 'crm-contacts.csv'), [columns.map(quote).join(','), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))].join('\n') + '\n');
    expect(run(['clean', ...SAMPLE_FILES, '--master', 'day1', '--out', 'day2', '-q']).code).toBe(0);
    const golden = readCsv(join(work, 'day1/golden.csv')).length;
    const day2 = JSON.parse(readFileSync(join(work, 'day2/report.json'), 'utf8'));
    expect(day2.changes).toMatchObject({ new_golden: 0, updated_golden: 0, unchanged_golden: golden, merged_ids: [] });
  });
});

describe('cdm clean --master over one source of a master', () => {
  it('keeps every field the master has (golden columns, the guard’s date of birth): an unchanged source changes nothing', () => {
    const { work, run } = sampleWork('cdm-incremental-one-source-');
    expect(run(['clean', ...SAMPLE_FILES, '--out', 'day1', '-q']).code).toBe(0);
    // The shop export alone has no date of birth, phone_2 or full name; the master's members do.
    expect(run(['clean', 'shop-customers.ndjson', '--master', 'day1', '--out', 'day2', '-q']).code).toBe(0);
    const header = (dir: string) => readFileSync(join(work, dir, 'golden.csv'), 'utf8').split('\n')[0]!.split(',');
    expect(header('day2')).toEqual(header('day1'));
    const report = JSON.parse(readFileSync(join(work, 'day2/report.json'), 'utf8'));
    expect(report.changes).toMatchObject({ new_golden: 0, updated_golden: 0, merged_ids: [] });
    const ids = (dir: string) => new Map(readCsv(join(work, dir, 'crosswalk.csv')).map((r) => [`${r.source}:${r.row}`, r.golden_id]));
    expect(ids('day2')).toEqual(ids('day1'));
    // Each row keeps its place, so the golden records and the crosswalk are the same files.
    for (const f of ['golden.csv', 'crosswalk.csv']) expect(readFileSync(join(work, 'day2', f), 'utf8'), f).toBe(readFileSync(join(work, 'day1', f), 'utf8'));
    // The next run over the same source finds the same fields in the same order.
    expect(run(['clean', 'shop-customers.ndjson', '--master', 'day2', '--out', 'day3', '-q']).code).toBe(0);
    expect(readFileSync(join(work, 'day3/golden.csv'), 'utf8')).toBe(readFileSync(join(work, 'day2/golden.csv'), 'utf8'));
  });
});

describe('cdm clean --master over one source, with the config naming all of them', () => {
  it('warns only about a config source that neither this run nor the master has', () => {
    const { work, run } = sampleWork('cdm-incremental-config-sources-');
    const sources = [...SAMPLE_FILES, 'legacy-crm.csv'].map((f) => `  - path: "${f}"\n    region: US\n`).join('');
    writeFileSync(join(work, 'cdm.yaml'), `version: 1\nsources:\n${sources}`);
    expect(run(['clean', ...SAMPLE_FILES, '-c', 'cdm.yaml', '--out', 'day1', '-q']).code).toBe(0);
    expect(run(['clean', 'shop-customers.ndjson', '-c', 'cdm.yaml', '--master', 'day1', '--out', 'day2', '-q']).code).toBe(0);
    const unmatched = readCsv(join(work, 'day2/diagnostics.csv')).filter((d) => d.code === 'schema.source_unmatched');
    expect(unmatched.map((d) => d.source)).toEqual(['legacy-crm.csv']);
  });
});

describe('cdm clean --master with quality gates', () => {
  it('judges the run’s own rows: a nightly file with half its rows in error fails --max-error-rate however large the master', () => {
    const { work, run } = sampleWork('cdm-incremental-gates-');
    writeFileSync(join(work, 'nightly.csv'), 'Email,First Name,Last Name\nnot-an-email,Ann,Lee\nalso bad@,Bob,Ray\ncara@example.org,Cara,Moss\ndan@example.net,Dan,Wu\n');
    expect(run(['clean', ...SAMPLE_FILES, '--out', 'day1', '-q']).code).toBe(0);
    const gated = run(['clean', 'nightly.csv', '--master', 'day1', '--out', 'day2', '--max-error-rate', '0.1', '--json']);
    expect(gated.code).toBe(1);
    const report = JSON.parse(gated.stdout);
    expect(report.gates).toEqual([{ gate: 'max_error_rate', threshold: 0.1, actual: 0.5, passed: false }]);
  });
});

describe('cdm clean --master, three runs over one source without the first run’s config', () => {
  it('keeps the master’s config-named fields (crm_id, mobile) and leaves its retain: false field unwritten', () => {
    const { work, run } = sampleWork('cdm-incremental-chain-');
    copyFileSync(join(REPO, 'fixtures/configs/sample.yaml'), join(work, 'cdm.yaml'));
    expect(run(['clean', ...SAMPLE_FILES, '-c', 'cdm.yaml', '--out', 'day1', '-q']).code).toBe(0);
    expect(run(['clean', 'shop-customers.ndjson', '--master', 'day1', '--out', 'day2', '-q']).code).toBe(0);
    expect(run(['clean', 'shop-customers.ndjson', '--master', 'day2', '--out', 'day3', '-q']).code).toBe(0);
    const header = (dir: string) => readFileSync(join(work, dir, 'golden.csv'), 'utf8').split('\n')[0]!.split(',');
    expect(header('day1')).toContain('mobile');
    expect(header('day1')).not.toContain('dob');
    // Without the config the shop's phone maps to `phone`, a field of its own; every master field stays.
    for (const column of header('day1')) expect(header('day2')).toContain(column);
    expect(header('day2')).not.toContain('dob');
    expect(header('day3')).toEqual(header('day2'));
    // The CRM's own ids (a config-named id field) still reach source_ids on the third run.
    expect(readCsv(join(work, 'day3/golden.csv')).some((g) => g.source_ids?.includes('crm-contacts.csv:'))).toBe(true);
    expect(readFileSync(join(work, 'day3/golden.csv'), 'utf8')).toBe(readFileSync(join(work, 'day2/golden.csv'), 'utf8'));
  });
});

describe('cdm clean --master whose model learned nothing (a first night without duplicates)', () => {
  it('learns the model again, says so, and finds the duplicate a later file brings', () => {
    const work = tempDir('cdm-incremental-small-');
    const run = (args: string[]) => cdm(args, { cwd: work });
    const header = 'id,first_name,last_name,email,phone\n';
    writeFileSync(join(work, 'crm.csv'), `${header}1,Ana,Silva,ana.silva@mailbox.org,415-555-0101\n2,Bo,Jensen,bo.jensen@mailbox.org,415-555-0102\n3,Cy,Young,cy.young@mailbox.org,415-555-0103\n`);
    expect(run(['clean', 'crm.csv', '--out', 'night1', '-q']).code).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'night1/model.json'), 'utf8')).training.candidatePairs).toBe(0);
    // Night 2: Bo again under a new CRM id, same email and phone.
    writeFileSync(join(work, 'crm.csv'), `${header}4,Di,Park,di.park@mailbox.org,415-555-0104\n5,Bo,Jensen,bo.jensen@mailbox.org,415-555-0102\n`);
    expect(run(['clean', 'crm.csv', '--master', 'night1', '--out', 'night2', '-q']).code).toBe(0);
    const bo = readCsv(join(work, 'night2/golden.csv')).filter((g) => g.last_name === 'Jensen');
    expect(bo).toHaveLength(1);
    expect(bo[0]!.source_ids).toBe('crm.csv:2; crm.csv:5');
    expect(readCsv(join(work, 'night2/diagnostics.csv')).filter((d) => d.code === 'model.retrained').map((d) => d.source)).toEqual(['night1']);
    // crm.csv row 2 is Bo from night 1 and Bo again (id 5) from night 2: explain asks for a key.
    const ambiguous = run(['explain', 'crm.csv:2', 'crm.csv:1', '--master', 'night2']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/\[explain\.ambiguous_ref\]/);
    expect(ambiguous.stderr).toContain('crm.csv#2');
    expect(ambiguous.stderr).toContain('crm.csv#5');
    const byKey = run(['explain', 'crm.csv#2', 'crm.csv#5', '--master', 'night2', '--json']);
    expect(byKey.code).toBe(0);
    const pair = JSON.parse(byKey.stdout);
    expect(pair.a.golden_id).toBe(pair.b.golden_id);
  });
});

describe('cdm clean --master whose model saw thousands of people and no duplicate', () => {
  it('learns the model again (EM never settled) and finds the duplicates the next file brings', () => {
    const work = tempDir('cdm-incremental-unique-');
    const run = (args: string[]) => cdm(args, { cwd: work });
    writeDataset(join(work, 'first'), { seed: 7, people: 1000, duplicateRate: 0, sources: 1 });
    expect(run(['clean', 'first/crm-contacts.csv', '--out', 'm', '-q']).code).toBe(0);
    const training = JSON.parse(readFileSync(join(work, 'm/model.json'), 'utf8')).training;
    expect(training.candidatePairs).toBeGreaterThan(MIN_TRAINING_PAIRS);
    expect(training.emConverged).toBe(false);
    writeDataset(join(work, 'next'), { seed: 8, people: 600, duplicateRate: 0.1, sources: 1 });
    expect(run(['clean', 'next/crm-contacts.csv', '--master', 'm', '-q']).code).toBe(0);
    const retrained = readCsv(join(work, 'm/diagnostics.csv')).filter((d) => d.code === 'model.retrained');
    expect(retrained.map((d) => d.message)).toEqual([expect.stringContaining('did not converge')]);
    expect(JSON.parse(readFileSync(join(work, 'm/model.json'), 'utf8')).training.emConverged).toBe(true);
    // Every duplicate the generator made in the second file is found.
    const truth = readCsv(join(work, 'next/.truth/truth.csv'));
    const entityOf = new Map(truth.map((t) => [t.row, t.entity]));
    const goldenOf = new Map<string, Set<string>>();
    for (const r of readCsv(join(work, 'm/crosswalk.csv')).filter((c) => c.source === 'next/crm-contacts.csv' && c.golden_id !== '')) {
      const entity = entityOf.get(r.row!)!;
      goldenOf.set(entity, (goldenOf.get(entity) ?? new Set()).add(r.golden_id!));
    }
    const repeated = [...new Set(truth.map((t) => t.entity))].filter((e) => truth.filter((t) => t.entity === e).length > 1);
    expect(repeated.length).toBeGreaterThan(20);
    expect(repeated.filter((e) => goldenOf.get(e)?.size !== 1)).toEqual([]);
  }, 60_000);
});

describe('cdm clean --master on a source that repeats an id', () => {
  it('keeps the two customers apart under stable golden ids, and warns id.duplicate', () => {
    const work = tempDir('cdm-incremental-dup-id-');
    const run = (args: string[]) => cdm(args, { cwd: work });
    writeFileSync(
      join(work, 'crm.csv'),
      'Customer ID,First Name,Last Name,Email,Phone\n100,Anna,Smith,anna.smith@gmail.com,+14155550101\n100,Robert,Brown,rob.brown@yahoo.com,+13125550199\n',
    );
    expect(run(['clean', 'crm.csv', '--out', 'm', '-q']).code).toBe(0);
    const ids = () => new Map(readCsv(join(work, 'm/golden.csv')).map((g) => [g.first_name, g.golden_id]));
    const first = ids();
    expect(first.size).toBe(2);
    const warnings = readCsv(join(work, 'm/diagnostics.csv')).filter((d) => d.code === 'id.duplicate');
    expect(warnings.map((d) => [d.row, d.field, d.value])).toEqual([['2', 'id', '100']]);
    /** Tonight's crm.csv (as given) through an incremental run: golden ids, and the run's changes. */
    const night = (csv?: string) => {
      if (csv !== undefined) writeFileSync(join(work, 'crm.csv'), csv);
      expect(run(['clean', 'crm.csv', '--master', 'm', '-q']).code).toBe(0);
      return { ids: ids(), changes: JSON.parse(readFileSync(join(work, 'm/report.json'), 'utf8')).changes };
    };
    const unchanged = (n: number) => ({ new_golden: 0, updated_golden: 0, unchanged_golden: n });
    for (let k = 0; k < 2; k++) {
      const rerun = night();
      expect(rerun.ids).toEqual(first);
      expect(rerun.changes).toMatchObject(unchanged(2));
    }
    // Re-exported in the other order: each row keeps its key by its values, so nobody changes id.
    const reversed = night('Customer ID,First Name,Last Name,Email,Phone\n100,Robert,Brown,rob.brown@yahoo.com,+13125550199\n100,Anna,Smith,anna.smith@gmail.com,+14155550101\n');
    expect(reversed.ids).toEqual(first);
    expect(reversed.changes).toMatchObject(unchanged(2));
    // Columns moved, and a third customer under the same id.
    const header = 'Customer ID,Email,Phone,First Name,Last Name\n';
    const [anna, rob, carla] = ['100,anna.smith@gmail.com,+14155550101,Anna,Smith\n', '100,rob.brown@yahoo.com,+13125550199,Robert,Brown\n', '100,carla.diaz@mail.com,+16175550123,Carla,Diaz\n'];
    const three = night(header + carla + anna + rob).ids;
    expect(three.get('Anna')).toBe(first.get('Anna'));
    expect(three.get('Robert')).toBe(first.get('Robert'));
    expect(three.size).toBe(3);
    // Tonight's export no longer has Anna: Carla and Robert keep their ids, and Anna's record stays.
    const without = night(header + rob + carla);
    expect(without.ids).toEqual(three);
    expect(without.changes).toMatchObject(unchanged(3));
  });
  it("gives a repeated id a key no other row's own id makes (100, 100, 100#2)", () => {
    const work = tempDir('cdm-incremental-dup-id-');
    writeFileSync(
      join(work, 'crm.csv'),
      'Customer ID,First Name,Last Name,Email\n100,Anna,Smith,anna.smith@gmail.com\n100,Robert,Brown,rob.brown@yahoo.com\n100#2,Carla,Diaz,carla.diaz@mail.com\n',
    );
    expect(cdm(['clean', 'crm.csv', '--out', 'm', '-q'], { cwd: work }).code).toBe(0);
    const keys = readFileSync(join(work, 'm/members.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line).key);
    expect(keys).toEqual(['crm.csv#100', 'crm.csv#100#3', 'crm.csv#100#2']);
    expect(new Set(readCsv(join(work, 'm/golden.csv')).map((g) => g.golden_id)).size).toBe(3);
  });
});
