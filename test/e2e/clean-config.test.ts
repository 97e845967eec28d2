// `cdm clean` with a config, and the promises every clean run keeps: consent is most restrictive,
// personal data stays masked in reports, report.json matches its schema, plain output off a TTY.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateReport } from '../../src/report/index.js';
import { cdm, csvHeader, readCsv, REPO, SAMPLE, tempDir } from './run-cdm.js';

interface Member {
  source: string;
  row: number;
  golden_id: string;
  raw: Record<string, string>;
  values: Record<string, string>;
}

function members(dir: string): Member[] {
  return readFileSync(join(dir, 'members.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Member);
}

describe('cdm clean -c fixtures/configs/sample.yaml', () => {
  const out = tempDir();
  let run: ReturnType<typeof cdm>;
  beforeAll(() => {
    run = cdm(['clean', ...SAMPLE, '-c', 'fixtures/configs/sample.yaml', '--out', out]);
  });

  it('runs, and reports the config gates as passed', () => {
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.run.config_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.gates.map((g: { gate: string; passed: boolean }) => [g.gate, g.passed])).toEqual([
      ['max_quarantine_rate', true],
      ['min_completeness.email', true],
    ]);
  });

  it('uses the configured field names and keeps a retain: false field out of the golden file', () => {
    const header = csvHeader(join(out, 'golden.csv'));
    expect(header).toContain('mobile');
    expect(header).not.toContain('dob');
    expect(header).not.toContain('crm_id');
  });

  it('fixes email domain typos when the config asks for it', () => {
    const emails = readCsv(join(out, 'golden.csv')).map((g) => g.email);
    expect(emails.some((e) => /@(gmail\.con|gnail\.com|gmial\.com)$/.test(e ?? ''))).toBe(false);
  });

  it('takes a source_priority field from the highest-priority source', () => {
    const byGolden = new Map<string, Member[]>();
    for (const m of members(out)) if (m.golden_id) byGolden.set(m.golden_id, [...(byGolden.get(m.golden_id) ?? []), m]);
    const golden = readCsv(join(out, 'golden.csv'));
    let checked = 0;
    for (const g of golden) {
      const crm = (byGolden.get(g.golden_id!) ?? []).filter((m) => m.source.endsWith('crm-contacts.csv') && m.values.mobile);
      const others = (byGolden.get(g.golden_id!) ?? []).filter((m) => !m.source.endsWith('crm-contacts.csv') && m.values.mobile);
      if (crm.length !== 1 || others.length === 0 || others.every((o) => o.values.mobile === crm[0]!.values.mobile)) continue;
      expect(g.mobile).toBe(crm[0]!.values.mobile);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('every zero-config clean run', () => {
  const out = tempDir();
  let run: ReturnType<typeof cdm>;
  beforeAll(() => {
    // unsubscribes.csv: five sample customers again, with an "Unsubscribed: yes" column.
    run = cdm(['clean', ...SAMPLE, 'fixtures/consent/unsubscribes.csv', '--out', out]);
  });

  it('opts a person out when any of their rows opted out (most_restrictive consent)', () => {
    const byGolden = new Map<string, string[]>();
    for (const m of members(out)) if (m.golden_id && m.values.consent) byGolden.set(m.golden_id, [...(byGolden.get(m.golden_id) ?? []), m.values.consent]);
    const golden = new Map(readCsv(join(out, 'golden.csv')).map((g) => [g.golden_id, g.consent]));
    let mixed = 0;
    for (const [id, consents] of byGolden) {
      if (consents.includes('false')) expect(golden.get(id), id).toBe('false');
      if (consents.includes('false') && consents.includes('true')) mixed++;
    }
    expect(mixed).toBe(5);
  });

  it('writes a report.json that validates against its schema', () => {
    const result = validateReport(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('masks personal data in every report unless --show-pii', () => {
    const emails = members(out).map((m) => m.values.email).filter((e): e is string => Boolean(e));
    expect(emails.length).toBeGreaterThan(100);
    for (const file of ['report.json', 'report.html', 'report.md']) {
      const text = readFileSync(join(out, file), 'utf8');
      const leaked = emails.filter((e) => text.includes(e));
      expect(leaked, file).toEqual([]);
    }
    expect(emails.some((e) => run.stdout.includes(e))).toBe(false);
  });

  it('prints no colour codes when stdout is not a terminal', () => {
    expect(run.stdout).not.toMatch(/\x1b\[/);
    expect(run.stderr).not.toMatch(/\x1b\[/);
  });
});

describe('source_priority follows the ranks the config gives, from any working directory', () => {
  const files = ['crm-contacts.csv', 'shop-customers.ndjson', 'signup-sheet.csv'];
  const work = tempDir('cdm-source-priority-');
  beforeAll(() => {
    mkdirSync(join(work, 'exports'));
    for (const f of files) copyFileSync(join(REPO, 'fixtures/sample', f), join(work, 'exports', f));
  });
  const survivorship = 'merge:\n  survivorship: { email: source_priority }\n';
  const ranked = (trusted: string, other: string) => ({
    'sources[].priority': `version: 1\nsources:\n  - path: ${trusted}\n    priority: 0\n  - path: ${other}\n    priority: 1\n${survivorship}`,
    'merge.sourcePriority': `version: 1\n${survivorship}  sourcePriority: { "${trusted}": 0, "${other}": 1 }\n`,
  });

  it.each(['sources[].priority', 'merge.sourcePriority'] as const)('%s: the trusted source’s email wins, either way round', (form) => {
    for (const [trusted, other] of [['shop-customers.ndjson', 'crm-contacts.csv'], ['crm-contacts.csv', 'shop-customers.ndjson']]) {
      // The config sits in exports/ (paths relative to it); cdm runs from its parent, inputs as exports/….
      const name = `${form === 'merge.sourcePriority' ? 'merge' : 'sources'}-${trusted}`;
      writeFileSync(join(work, 'exports', `${name}.yaml`), ranked(trusted!, other!)[form]);
      expect(cdm(['clean', ...files.map((f) => `exports/${f}`), '-c', `exports/${name}.yaml`, '--out', name, '-q'], { cwd: work }).code).toBe(0);
      const byGolden = new Map<string, Member[]>();
      for (const m of members(join(work, name))) if (m.golden_id) byGolden.set(m.golden_id, [...(byGolden.get(m.golden_id) ?? []), m]);
      let checked = 0;
      for (const g of readCsv(join(work, name, 'golden.csv'))) {
        const from = (file: string) => (byGolden.get(g.golden_id!) ?? []).filter((m) => m.source.endsWith(file) && m.values.email).map((m) => m.values.email);
        const best = from(trusted!);
        if (best.length !== 1 || from(other!).every((e) => e === best[0])) continue;
        expect(g.email, `${name} ${g.golden_id}`).toBe(best[0]);
        checked++;
      }
      expect(checked, name).toBeGreaterThan(0);
    }
  });
});

describe('cdm clean -c with no inputs on the command line', () => {
  it("reads the config's sources, named as a user would type them from the working directory", () => {
    const work = tempDir();
    mkdirSync(join(work, 'exports'));
    for (const f of ['crm-contacts.csv', 'signup-sheet.csv']) copyFileSync(join(REPO, 'fixtures/sample', f), join(work, 'exports', f));
    writeFileSync(join(work, 'exports/cdm.yaml'), 'version: 1\nsources:\n  - path: crm-contacts.csv\n  - path: signup-sheet.csv\n');
    const fromConfig = cdm(['clean', '-c', 'exports/cdm.yaml', '--out', 'a', '-q'], { cwd: work });
    expect(fromConfig.code, fromConfig.stderr).toBe(0);
    const byHand = cdm(['clean', 'exports/crm-contacts.csv', 'exports/signup-sheet.csv', '-c', 'exports/cdm.yaml', '--out', 'b', '-q'], { cwd: work });
    expect(byHand.code).toBe(0);
    const sources = new Set(readCsv(join(work, 'a/crosswalk.csv')).map((r) => r.source));
    expect([...sources].sort()).toEqual(['exports/crm-contacts.csv', 'exports/signup-sheet.csv']);
    expect(readFileSync(join(work, 'a/golden.csv'), 'utf8')).toBe(readFileSync(join(work, 'b/golden.csv'), 'utf8'));
  });

  it('without a config either, exits 2 naming what to do', () => {
    const run = cdm(['validate', '--out', tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\[inputs\.missing\]/);
  });
});

describe('cdm clean with matching settings in the config', () => {
  const run = (yaml: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cdm.yaml'), `version: 1\nmatching:\n${yaml}`);
    const result = cdm(['clean', ...SAMPLE, '-c', join(dir, 'cdm.yaml'), '--out', join(dir, 'out')]);
    const report = result.code === 0 ? JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) : undefined;
    return { ...result, report };
  };

  it('blocks on the configured rules and compares the configured fields', () => {
    const { code, report } = run(
      '  blocking:\n    - [email.match]\n    - { id: name_dob, keys: [last_name:metaphone, dob], maxBlockSize: 50 }\n  comparisons:\n    phone_2: false\n    first_name: { tf: false }\n',
    );
    expect(code).toBe(0);
    expect(report.matching.blocking.rules.map((r: { id: string }) => r.id)).toEqual(['email.match', 'name_dob']);
    const comparisons = report.matching.model.comparisons.map((c: { field: string }) => c.field);
    expect(comparisons).not.toContain('phone_2');
    expect(comparisons).toContain('first_name');
  });

  it('caps the blocks of every rule at matching.maxBlockSize, the names-only rule too', () => {
    const { code, report } = run('  maxBlockSize: 2\n');
    expect(code).toBe(0);
    expect(report.matching.blocking.capped.every((c: { size: number }) => c.size > 2)).toBe(true);
    expect(report.matching.blocking.capped.map((c: { rule: string }) => c.rule)).toContain('firstname_sx+lastname_sx');
  });

  it('keeps the default rules under `defaults` and adds to them', () => {
    const { code, report } = run('  blocking: [defaults, [city, first_name:first1]]\n');
    expect(code).toBe(0);
    const ids = report.matching.blocking.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('email');
    expect(ids.at(-1)).toBe('city+first_name:first1');
  });

  it.each([
    ['  blocking: [[emial]]\n', 'config.unknown_field', "Did you mean 'email'?"],
    ['  blocking: [[last_name:metafone]]\n', 'config.bad_block_key', 'metaphone'],
    ['  comparisons: { email: { comparator: jaro-winkle } }\n', 'config.unknown_comparator', "Did you mean 'jaro-winkler'?"],
    ['  comparisons: { loyalty_no: { tf: true } }\n', 'config.unknown_field', 'no field of this run'],
    ['  blocking: [[email, 3]]\n', 'config.wrong_type', 'matching.blocking.0.1 must be string'],
    ['  blocking: [defaults, { id: email, keys: [phone] }]\n', 'config.duplicate_rule', "named 'email' is already given"],
    ['  blocking: [{ keys: [dob], maxBlockSize: 1 }]\n', 'config.invalid_value', 'maxBlockSize'],
    ['  comparisons: { first_name: { comparator: date } }\n', 'config.comparator_wrong_role', "the 'date' comparator reads"],
  ])('exits 2 on %j, naming the key', (yaml, code, hint) => {
    const result = run(yaml);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`[${code}]`);
    expect(result.stderr).toContain(hint);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
