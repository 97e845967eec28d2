// Governance end to end on the sample exports (issue 9, "What it must show"): views with each
// transform kind, no leaks, partition splits, subject find, erase + suppression on re-run, no plain
// PII in the receipt or the suppression list, and the audit chain.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdm, csvHeader, readCsv, SAMPLE, tempDir } from './run-cdm.js';

const SALT = { CDM_HASH_SALT: 'e2e-test-salt' };

const VIEWS = `version: 1
today: 2025-06-30
stale_after: 5y
views:
  marketing:
    filter: "consent == true"
    fields:
      golden_id: keep
      first_name: keep
      email: mask
      phone: hash
      dob: { transform: generalize, options: { to: age_band } }
      postcode: generalize
      street: drop
  analyst:
    fields:
      state: keep
      dob: generalize
      email: hash
  leaky:
    fields:
      favourite_colour: keep
  hashing:
    fields:
      email: hash
`;

function masterWithConfig(): { out: string; config: string } {
  const dir = tempDir('cdm-gov-');
  const out = join(dir, 'master');
  const config = join(dir, 'cdm.yaml');
  writeFileSync(config, VIEWS);
  const run = cdm(['clean', ...SAMPLE, '--out', out, '-q']);
  expect(run.code, run.stderr).toBe(0);
  return { out, config };
}

describe('cdm export --view', () => {
  let out: string;
  let config: string;
  let golden: Record<string, string>[];
  beforeAll(() => {
    ({ out, config } = masterWithConfig());
    golden = readCsv(join(out, 'golden.csv'));
  });

  it('writes exactly the columns the view names (drop leaves one out) and nothing else', () => {
    const file = join(tempDir(), 'marketing.csv');
    const run = cdm(['export', '--master', out, '-c', config, '--view', 'marketing', '--out', file], { env: SALT });
    expect(run.code, run.stderr).toBe(0);
    expect(csvHeader(file)).toEqual(['golden_id', 'first_name', 'email', 'phone', 'dob', 'postcode']);
    const rows = readCsv(file);
    // The row filter: only consenting people.
    const byId = new Map(golden.map((g) => [g.golden_id, g]));
    expect(rows.length).toBe(golden.filter((g) => g.consent === 'true').length);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const g = byId.get(r.golden_id!)!;
      expect(g.consent).toBe('true');
      // No cell of the view holds a value of a column the view does not name.
      const hidden = ['last_name', 'street', 'city', 'state', 'phone_2', 'timestamp'].map((c) => g[c]).filter((v): v is string => Boolean(v && v.length > 3));
      for (const cell of Object.values(r)) for (const h of hidden) expect(cell).not.toBe(h);
    }
  });

  it.each([
    ['mask', 'email', (value: string, original: string) => original === '' || (value.includes('*') && value.split('@')[1] === original.split('@')[1])],
    ['hash', 'phone', (value: string, original: string) => original === '' || /^[0-9a-f]{64}$/.test(value)],
    ['generalize (age band)', 'dob', (value: string, original: string) => original === '' || /^\d+-\d+$/.test(value)],
    ['generalize (postcode prefix)', 'postcode', (value: string, original: string) => original === '' || (value.length <= 3 && original.replace(/\s/g, '').startsWith(value))],
    ['keep', 'first_name', (value: string, original: string) => value === original],
  ])('applies %s to %s', (_kind, column, holds) => {
    const file = join(tempDir(), 'marketing.csv');
    expect(cdm(['export', '--master', out, '-c', config, '--view', 'marketing', '--out', file], { env: SALT }).code).toBe(0);
    const byId = new Map(golden.map((g) => [g.golden_id, g]));
    for (const r of readCsv(file)) expect(holds(r[column]!, byId.get(r.golden_id!)![column]!), `${column}: ${r[column]}`).toBe(true);
  });

  it('hash is salted: another salt, other hashes; the same salt, the same hashes', () => {
    const a = join(tempDir(), 'a.csv');
    const b = join(tempDir(), 'b.csv');
    const c = join(tempDir(), 'c.csv');
    cdm(['export', '--master', out, '-c', config, '--view', 'hashing', '--out', a], { env: SALT });
    cdm(['export', '--master', out, '-c', config, '--view', 'hashing', '--out', b], { env: SALT });
    cdm(['export', '--master', out, '-c', config, '--view', 'hashing', '--out', c], { env: { CDM_HASH_SALT: 'other' } });
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(readFileSync(a, 'utf8')).not.toBe(readFileSync(c, 'utf8'));
  });

  it.each([
    ['a view naming an unknown field', ['--view', 'leaky'], {}],
    ['a hash transform without a salt', ['--view', 'hashing'], { CDM_HASH_SALT: '' }],
    ['an undeclared view', ['--view', 'nope'], SALT],
  ])('%s is a config error (exit 2, no stack trace)', (_name, args, env) => {
    const file = join(tempDir(), 'x.csv');
    const run = cdm(['export', '--master', out, '-c', config, ...args, '--out', file], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('json and ndjson carry the same rows', () => {
    const dir = tempDir();
    expect(cdm(['export', '--master', out, '-c', config, '--view', 'analyst', '--out', join(dir, 'a.json')], { env: SALT }).code).toBe(0);
    expect(cdm(['export', '--master', out, '-c', config, '--view', 'analyst', '--out', join(dir, 'a.ndjson')], { env: SALT }).code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as Record<string, string>[];
    const ndjson = readFileSync(join(dir, 'a.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(json).toEqual(ndjson);
    expect(json.length).toBe(golden.length);
    for (const r of json) expect(Object.keys(r)).toEqual(['state', 'dob', 'email']);
  });

  it('without a view, personal fields are masked unless --show-pii', () => {
    const file = join(tempDir(), 'all.csv');
    expect(cdm(['export', '--master', out, '--out', file]).code).toBe(0);
    const rows = readCsv(file);
    const emails = new Set(golden.map((g) => g.email).filter(Boolean));
    for (const r of rows) expect(emails.has(r.email!)).toBe(false);
  });
});

describe('cdm export --partition-by', () => {
  it('writes one file per value whose rows add up to the whole, unassigned for empty values', () => {
    const { out, config } = masterWithConfig();
    const golden = readCsv(join(out, 'golden.csv'));
    const split = join(tempDir(), 'by-state');
    const run = cdm(['export', '--master', out, '--partition-by', 'state', '--out', split, '--show-pii']);
    expect(run.code, run.stderr).toBe(0);
    const summary = readCsv(join(split, 'partitions.csv'));
    expect(summary.reduce((n, s) => n + Number(s.rows), 0)).toBe(golden.length);
    const ids: string[] = [];
    for (const s of summary) {
      const rows = readCsv(join(split, s.file!));
      expect(rows.length).toBe(Number(s.rows));
      for (const r of rows) expect(r.state || 'unassigned').toBe(s.partition);
      ids.push(...rows.map((r) => r.golden_id!));
    }
    expect(ids.sort()).toEqual(golden.map((g) => g.golden_id!).sort());
    if (golden.some((g) => g.state === '')) expect(summary.map((s) => s.partition)).toContain('unassigned');

    // Combined with a view: the view's filter and columns in every file.
    const viewSplit = join(tempDir(), 'marketing-by-state');
    expect(cdm(['export', '--master', out, '-c', config, '--view', 'marketing', '--partition-by', 'state', '--out', viewSplit], { env: SALT }).code).toBe(0);
    const viewSummary = readCsv(join(viewSplit, 'partitions.csv'));
    expect(viewSummary.reduce((n, s) => n + Number(s.rows), 0)).toBe(golden.filter((g) => g.consent === 'true').length);
    for (const s of viewSummary) expect(csvHeader(join(viewSplit, s.file!))).toEqual(['golden_id', 'first_name', 'email', 'phone', 'dob', 'postcode']);
  });

  it('an unknown partition field is a usage error', () => {
    const { out } = masterWithConfig();
    expect(cdm(['export', '--master', out, '--partition-by', 'division', '--out', join(tempDir(), 'x')]).code).toBe(2);
  });
});

describe('cdm export to JSON of a golden.csv with guarded cells', () => {
  it("writes the values, not the CSV guard's quote, and source_count as a number", () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.csv'), 'id,first_name,last_name,email,company\n1,Ann,Lee,ann.lee@gmail.com,@Acme\n2,Bo,Chu,bo.chu@yahoo.com,+Plus Corp\n');
    expect(cdm(['clean', join(dir, 'in.csv'), '--out', join(dir, 'm'), '-q']).code).toBe(0);
    expect(readCsv(join(dir, 'm/golden.csv')).map((g) => g.company).sort()).toEqual(["'+Plus Corp", "'@Acme"]);
    expect(cdm(['export', '--master', join(dir, 'm'), '--out', join(dir, 'x.json'), '--show-pii']).code).toBe(0);
    const rows = JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')) as Record<string, unknown>[];
    expect(rows.map((r) => r.company).sort()).toEqual(['+Plus Corp', '@Acme']);
    expect(rows.every((r) => r.source_count === 1)).toBe(true);
    // Written back to CSV, the guard is applied again.
    expect(cdm(['export', '--master', join(dir, 'm'), '--out', join(dir, 'x.csv'), '--show-pii']).code).toBe(0);
    expect(readCsv(join(dir, 'x.csv')).map((r) => r.company).sort()).toEqual(["'+Plus Corp", "'@Acme"]);
  });
});

describe('cdm export --hashed and --stale', () => {
  it('hashed: sha256 of the lower-cased email and E.164 phone, consenting people only', async () => {
    const { createHash } = await import('node:crypto');
    const { out } = masterWithConfig();
    const golden = readCsv(join(out, 'golden.csv'));
    const file = join(tempDir(), 'audience.csv');
    expect(cdm(['export', '--master', out, '--hashed', '--out', file]).code).toBe(0);
    const rows = readCsv(file);
    const sha = (v: string) => createHash('sha256').update(v).digest('hex');
    const consenting = golden.filter((g) => g.consent === 'true' && (g.email || g.phone));
    expect(rows.length).toBe(consenting.length);
    const expected = new Set(consenting.map((g) => `${g.email ? sha(g.email.trim().toLowerCase()) : ''}|${g.phone ? sha(g.phone) : ''}`));
    for (const r of rows) expect(expected.has(`${r.email_sha256}|${r.phone_sha256}`)).toBe(true);
    const text = readFileSync(file, 'utf8');
    for (const g of golden) if (g.email) expect(text).not.toContain(g.email);
  });

  it('hashed: an opt-out column saying "opted out" or "unsubscribed" keeps the person out of the audience', async () => {
    const dir = tempDir();
    const input = join(dir, 'opt.csv');
    writeFileSync(
      input,
      'Email,First Name,Last Name,Marketing Opt-Out\nanna.smith@gmail.com,Anna,Smith,opted out\ndan.kim@gmail.com,Dan,Kim,no\nli.wu@gmail.com,Li,Wu,Unsubscribed\nbo.ek@gmail.com,Bo,Ek,1\n',
    );
    const out = join(dir, 'out');
    expect(cdm(['clean', input, '--out', out, '-q']).code).toBe(0);
    const consent = new Map(readCsv(join(out, 'golden.csv')).map((g) => [g.first_name, g.consent]));
    expect(Object.fromEntries(consent)).toEqual({ Anna: 'false', Dan: 'true', Li: 'false', Bo: 'false' });
    const file = join(dir, 'audience.csv');
    expect(cdm(['export', '--master', out, '--hashed', '--out', file]).code).toBe(0);
    const { createHash } = await import('node:crypto');
    expect(readCsv(file).map((r) => r.email_sha256)).toEqual([createHash('sha256').update('dan.kim@gmail.com').digest('hex')]);
  });

  it('stale: the records with no activity since stale_after, and the report lists them', () => {
    const { out, config } = masterWithConfig();
    const rerun = cdm(['clean', ...SAMPLE, '--out', out, '-c', config, '-q']);
    expect(rerun.code, rerun.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.stale.after).toBe('5y');
    expect(report.stale.cutoff).toBe('2020-06-30');
    const file = join(tempDir(), 'stale.csv');
    expect(cdm(['export', '--master', out, '-c', config, '--stale', '--out', file, '--show-pii']).code).toBe(0);
    const rows = readCsv(file);
    expect(rows.length).toBe(report.stale.count);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.last_activity === '' || r.last_activity! < '2020-06-30').toBe(true);
  });
});

describe('cdm subject find', () => {
  it('finds the person by a misspelled name plus date of birth', () => {
    const { out } = masterWithConfig();
    // signup-sheet row 1 is "Rifchawd Gabriel King", 08/03/1961 (day first), richard.king@vandelayrealty.com
    const run = cdm(['subject', 'find', '--master', out, '--name', 'Richrd King', '--dob', '1961-03-08', '--json', '--show-pii']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.matches.length).toBeGreaterThan(0);
    const best = result.matches[0];
    expect(best.golden.email).toBe('richard.king@vandelayrealty.com');
    expect(best.sources.map((s: { source: string; row: number }) => `${s.source}:${s.row}`)).toContain('fixtures/sample/signup-sheet.csv:1');
    for (const s of best.sources) expect(Object.keys(s.values).length).toBeGreaterThan(0);
    for (let k = 1; k < result.matches.length; k++) expect(result.matches[k].probability).toBeLessThanOrEqual(result.matches[k - 1].probability);
  });

  it('no match is exit 0 with an empty result', () => {
    const { out } = masterWithConfig();
    const run = cdm(['subject', 'find', '--master', out, '--email', 'nobody.here@example.org', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).matches).toEqual([]);
  });

  it('masks the values unless --show-pii', () => {
    const { out } = masterWithConfig();
    const run = cdm(['subject', 'find', '--master', out, '--email', 'richard.king@vandelayrealty.com']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/G-[0-9a-f]+/);
    expect(run.stdout).not.toContain('richard.king@');
  });
});

describe('cdm subject erase, then clean --master', () => {
  const email = 'richard.king@vandelayrealty.com';
  let out: string;
  let id: string;
  let phone: string;
  let receiptFile: string;
  beforeAll(() => {
    ({ out } = masterWithConfig());
    const found = JSON.parse(cdm(['subject', 'find', '--master', out, '--email', email, '--json', '--show-pii']).stdout);
    id = found.matches[0].golden_id;
    phone = found.matches[0].golden.phone;
    receiptFile = join(tempDir(), 'receipt.json');
  });

  it('needs the salt (exit 2 without it)', () => {
    expect(cdm(['subject', 'erase', '--master', out, id], { env: { CDM_HASH_SALT: '' } }).code).toBe(2);
  });

  it('removes the person, and a re-run quarantines their rows as privacy.suppressed', () => {
    const rowsBefore = readCsv(join(out, 'crosswalk.csv')).filter((r) => r.golden_id === id).map((r) => `${r.source}:${r.row}`);
    expect(rowsBefore.length).toBeGreaterThan(0);
    const run = cdm(['subject', 'erase', '--master', out, id, '--receipt', receiptFile], { env: SALT });
    expect(run.code, run.stderr).toBe(0);
    for (const f of ['golden.csv', 'crosswalk.csv', 'members.ndjson', 'quarantine.csv', 'review.csv', 'diagnostics.csv', 'report.json']) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text, f).not.toContain(id);
      expect(text, f).not.toContain(email);
    }
    const rerun = cdm(['clean', ...SAMPLE, '--master', out, '-q'], { env: SALT });
    expect(rerun.code, rerun.stderr).toBe(0);
    const crosswalk = readCsv(join(out, 'crosswalk.csv'));
    for (const key of rowsBefore) {
      const row = crosswalk.find((r) => `${r.source}:${r.row}` === key)!;
      expect(row.status).toBe('quarantined');
    }
    const quarantine = readCsv(join(out, 'quarantine.csv'));
    for (const key of rowsBefore) expect(quarantine.find((r) => `${r.source}:${r.row}` === key)?.codes).toContain('privacy.suppressed');
    for (const f of ['golden.csv', 'crosswalk.csv', 'members.ndjson', 'quarantine.csv', 'diagnostics.csv', 'review.csv']) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text, f).not.toContain(id);
      expect(text, f).not.toContain(email);
      expect(text, f).not.toContain(phone);
    }
    // A re-run without the salt cannot recognise them: refused rather than letting them back in.
    expect(cdm(['clean', ...SAMPLE, '--master', out, '-q'], { env: { CDM_HASH_SALT: '' } }).code).toBe(2);
  });

  it('the receipt and the suppression list hold no plain email or phone', () => {
    const receipt = readFileSync(receiptFile, 'utf8');
    const files = [receipt, readFileSync(join(out, 'suppression.json'), 'utf8'), readFileSync(join(out, 'erasures.ndjson'), 'utf8')];
    const digits = phone.replace(/\D/g, '');
    for (const text of files) {
      expect(text.toLowerCase()).not.toContain(email);
      expect(text).not.toContain('vandelayrealty');
      expect(text).not.toContain(phone);
      expect(text).not.toContain(digits.slice(-10));
    }
    const parsed = JSON.parse(receipt);
    expect(parsed.golden_id).toBe(id);
    expect(parsed.source_rows.length).toBeGreaterThan(0);
    expect(parsed.removed['golden.csv']).toBe(1);
  });
});

describe('cdm audit verify', () => {
  it('passes on an intact chain, then fails naming the entry after one byte of an old entry changes', () => {
    const { out } = masterWithConfig();
    expect(cdm(['clean', ...SAMPLE, '--master', out, '-q']).code).toBe(0);
    expect(cdm(['clean', ...SAMPLE, '--master', out, '-q']).code).toBe(0);
    const log = join(out, 'audit.ndjson');
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.length).toBe(3);
    const entries = lines.map((l) => JSON.parse(l));
    for (const e of entries) {
      expect(e.run_id).toBeTruthy();
      expect(e.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(e.user).toBeTruthy();
      expect(e.inputs.length).toBe(3);
      for (const i of e.inputs) expect(i.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(e.counts.in).toBeGreaterThan(0);
    }
    const ok = cdm(['audit', 'verify', '--master', out, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, entries: 3 });

    // One byte of the first entry: its count, 5 → 6 style, keeping the JSON valid.
    const tampered = lines[0]!.replace(/"in":(\d)/, (_m, d: string) => `"in":${(Number(d) + 1) % 10}`);
    expect(tampered).not.toBe(lines[0]);
    writeFileSync(log, [tampered, ...lines.slice(1)].join('\n') + '\n');
    const bad = cdm(['audit', 'verify', '--master', out, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).broken).toMatchObject({ line: 1, run_id: entries[0].run_id, reason: 'hash_mismatch' });
  });

  it('the audit log masks personal values on the command line', () => {
    const { out } = masterWithConfig();
    const found = JSON.parse(cdm(['subject', 'find', '--master', out, '--email', 'richard.king@vandelayrealty.com', '--json']).stdout);
    expect(cdm(['subject', 'erase', '--master', out, found.matches[0].golden_id], { env: SALT }).code).toBe(0);
    const log = readFileSync(join(out, 'audit.ndjson'), 'utf8');
    expect(log).toContain('subject erase');
    expect(log).not.toContain('richard.king');
    expect(cdm(['audit', 'verify', '--master', out]).code).toBe(0);
  });
});

describe('retain: false', () => {
  it('a field marked retain: false is written to no output', () => {
    const dir = tempDir('cdm-retain-');
    const config = join(dir, 'cdm.yaml');
    writeFileSync(config, 'version: 1\nfields:\n  dob: { role: dob, retain: false }\n');
    const plain = join(dir, 'plain');
    const kept = join(dir, 'kept');
    expect(cdm(['clean', ...SAMPLE, '--out', plain, '-q']).code).toBe(0);
    const run = cdm(['clean', ...SAMPLE, '--out', kept, '-c', config, '-q']);
    expect(run.code, run.stderr).toBe(0);
    const dobs = new Set<string>();
    for (const line of readFileSync(join(plain, 'members.ndjson'), 'utf8').trim().split('\n')) {
      const m = JSON.parse(line) as { raw: Record<string, string>; values: Record<string, string> };
      for (const v of [m.raw.dob, m.values.dob]) if (v && v.length >= 8) dobs.add(v);
    }
    expect(dobs.size).toBeGreaterThan(10);
    for (const f of ['golden.csv', 'crosswalk.csv', 'quarantine.csv', 'review.csv', 'diagnostics.csv', 'members.ndjson']) {
      const text = readFileSync(join(kept, f), 'utf8');
      for (const d of dobs) expect(text.includes(d), `${f} holds ${d}`).toBe(false);
    }
    expect(csvHeader(join(kept, 'golden.csv'))).not.toContain('dob');
  });
});

describe('cdm subject erase: the receipt names each row by its source id', () => {
  it.each([
    ['kept', 'version: 1\n'],
    ['retain: false', 'version: 1\nfields:\n  id: { role: id, retain: false }\n'],
  ])('with the id %s, an id holding # and a repeated id', (_label, yaml) => {
    const work = tempDir('cdm-erase-ids-');
    const run = (args: string[]) => cdm(args, { cwd: work, env: SALT });
    writeFileSync(join(work, 'cdm.yaml'), yaml);
    writeFileSync(join(work, 'crm.csv'), 'Customer ID,First Name,Last Name,Email\nINV#2,Alice,Moreau,alice@mailbox.org\nA7,Al,Lund,al.lund@mailbox.org\nA7,Bea,Ruiz,bea.ruiz@mailbox.org\n');
    expect(run(['clean', 'crm.csv', '-c', 'cdm.yaml', '--out', 'm', '-q']).code).toBe(0);
    const golden = readCsv(join(work, 'm/golden.csv'));
    for (const name of ['Alice', 'Bea']) expect(run(['subject', 'erase', '--master', 'm', golden.find((g) => g.first_name === name)!.golden_id!, '-q']).code).toBe(0);
    const receipts = readFileSync(join(work, 'm/erasures.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(receipts.map((r) => r.source_rows)).toEqual([[{ source: 'crm.csv', row: 1, source_id: 'INV#2' }], [{ source: 'crm.csv', row: 3, source_id: 'A7' }]]);
  });
});

describe('cdm subject erase after incremental runs over one re-exported file', () => {
  it("removes the erased person's rows only, though another night's rows have the same numbers", () => {
    const work = tempDir();
    const run = (args: string[]) => cdm(args, { cwd: work, env: SALT });
    const header = 'Partner ID,First Name,Last Name,Email,Phone\n';
    writeFileSync(join(work, 'partners.csv'), `${header}A1,Alice,Moreau,alice.moreau@mailbox.org,415-555-0111\nC1,Carol,Diaz,carol.diaz@mailbox.org,415-555-0133\n`);
    expect(run(['clean', 'partners.csv', '--out', 'm', '-q']).code).toBe(0);
    writeFileSync(join(work, 'partners.csv'), `${header}B1,Bob,Ng,bo.ng@mailbox.org,not a phone\nD1,Dan,Ito,dan.ito@mailbox.org,415-555-0144\n`);
    expect(run(['clean', 'partners.csv', '--master', 'm', '-q']).code).toBe(0);
    const crosswalk = () => readCsv(join(work, 'm/crosswalk.csv'));
    const golden = readCsv(join(work, 'm/golden.csv'));
    const alice = golden.find((g) => g.first_name === 'Alice')!.golden_id!;
    const bob = golden.find((g) => g.first_name === 'Bob')!.golden_id!;
    const bobDiagnostics = readCsv(join(work, 'm/diagnostics.csv')).filter((d) => d.value === 'not a phone');
    expect(bobDiagnostics.length).toBeGreaterThan(0);
    expect(run(['subject', 'erase', '--master', 'm', alice, '-q']).code).toBe(0);
    expect(crosswalk().map((r) => r.golden_id)).not.toContain(alice);
    expect(crosswalk().filter((r) => r.golden_id === bob)).toHaveLength(1);
    expect(crosswalk()).toHaveLength(3);
    expect(readCsv(join(work, 'm/diagnostics.csv')).filter((d) => d.value === 'not a phone')).toEqual(bobDiagnostics);
    expect(readFileSync(join(work, 'm/diagnostics.csv'), 'utf8')).not.toContain('alice');
    expect(run(['audit', 'verify', '--master', 'm']).code).toBe(0);
  });

  it("removes the erased person's findings whose values were padded or masked, and keeps another night's", () => {
    const work = tempDir();
    const run = (args: string[]) => cdm(args, { cwd: work, env: SALT });
    const header = 'Partner ID,First Name,Last Name,Email,Phone,SSN\n';
    writeFileSync(join(work, 'partners.csv'), `${header}B1,Bob,Ng,bo.ng@mailbox.org,415-555-0122,\n`);
    expect(run(['clean', 'partners.csv', '--out', 'm', '-q']).code).toBe(0);
    // Tonight's row 1 is Alice's, with a padded bad email and an SSN the diagnostics show masked.
    writeFileSync(join(work, 'partners.csv'), `${header}A1,Alice,Moreau, alice@@mailbox ,415-555-0111, 000-12-3456 \n`);
    expect(run(['clean', 'partners.csv', '--master', 'm', '-q']).code).toBe(0);
    const findingsAtRow1 = () => readCsv(join(work, 'm/diagnostics.csv')).filter((d) => d.source === 'partners.csv' && d.row === '1');
    expect(findingsAtRow1().map((d) => d.field).sort()).toEqual(['email', 'national_id']);
    const golden = readCsv(join(work, 'm/golden.csv'));
    const bob = golden.find((g) => g.first_name === 'Bob')!.golden_id!;
    const alice = golden.find((g) => g.first_name === 'Alice')!.golden_id!;
    cpSync(join(work, 'm'), join(work, 'copy'), { recursive: true });
    // Erasing Alice removes them, though neither value is her cell as written ...
    expect(run(['subject', 'erase', '--master', 'm', alice, '-q']).code).toBe(0);
    expect(findingsAtRow1()).toEqual([]);
    // ... and erasing Bob, who had row 1 another night, leaves them alone.
    expect(run(['subject', 'erase', '--master', 'copy', bob, '-q']).code).toBe(0);
    expect(readCsv(join(work, 'copy/diagnostics.csv')).filter((d) => d.row === '1').map((d) => d.field).sort()).toEqual(['email', 'national_id']);
  });
});
