// `cdm subject` refuses what would give a wrong answer or damage the master: a --receipt inside the
// master or over an input, and a query value the pipeline's normalizers reject.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdm, readCsv, REPO, SAMPLE, tempDir } from './run-cdm.js';

const SALT = { CDM_HASH_SALT: 'subject-flags-test-salt' };

/** Every file of a directory with its content, to see that a refused command changed nothing. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('cdm subject erase --receipt', () => {
  // Inputs copied into a scratch directory: a regression must not overwrite the repo's fixtures.
  const cwd = tempDir();
  let goldenId: string;
  beforeAll(() => {
    for (const f of SAMPLE) {
      mkdirSync(join(cwd, 'fixtures/sample'), { recursive: true });
      cpSync(join(REPO, f), join(cwd, f));
    }
    expect(cdm(['clean', ...SAMPLE, '--out', 'm', '-q'], { cwd }).code).toBe(0);
    goldenId = readCsv(join(cwd, 'm/golden.csv'))[0]!.golden_id!;
  });

  it.each([
    ['a file of the master', 'm/suppression.json'],
    ['a new file inside the master', 'm/receipt.json'],
    ['the master directory itself', 'm'],
  ])('refuses %s with exit 2 and erases nothing', (_, receipt) => {
    const before = snapshot(join(cwd, 'm'));
    const run = cdm(['subject', 'erase', '--master', 'm', goldenId, '--receipt', receipt], { cwd, env: SALT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('subject.bad_receipt');
    expect(run.stderr).toContain('--receipt');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(join(cwd, 'm'))).toEqual(before);
  });

  it('refuses an input of the master, by its path or from another directory', () => {
    const input = SAMPLE[0]!;
    const original = readFileSync(join(cwd, input), 'utf8');
    const byPath = cdm(['subject', 'erase', '--master', 'm', goldenId, '--receipt', input], { cwd, env: SALT });
    expect(byPath.code).toBe(2);
    expect(byPath.stderr).toContain('subject.bad_receipt');
    const elsewhere = cdm(['subject', 'erase', '--master', join(cwd, 'm'), goldenId, '--receipt', join(cwd, input)], { cwd: tempDir(), env: SALT });
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('subject.bad_receipt');
    expect(readFileSync(join(cwd, input), 'utf8')).toBe(original);
    expect(existsSync(join(cwd, 'm/suppression.json'))).toBe(false);
  });

  it('writes a receipt outside the master, and the next clean still reads the suppression list', () => {
    const receipt = join(tempDir(), 'receipt.json');
    const run = cdm(['subject', 'erase', '--master', 'm', goldenId, '--receipt', receipt], { cwd, env: SALT });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(receipt, 'utf8')).golden_id).toBe(goldenId);
    const rerun = cdm(['clean', ...SAMPLE, '--master', 'm', '-q'], { cwd, env: SALT });
    expect(rerun.code, rerun.stderr).toBe(0);
  });
});

describe('cdm subject find: a query value the normalizers reject', () => {
  const out = tempDir();
  beforeAll(() => {
    expect(cdm(['clean', ...SAMPLE, '--out', out, '-q']).code).toBe(0);
  });

  it.each([
    ['--email', 'notanemail', 'email.syntax'],
    ['--phone', '12', 'phone.too_short'],
    ['--phone', 'abc', 'phone.not_a_number'],
    ['--dob', '31/31/1999', 'date.invalid'],
    ['--dob', '02/04/1980', 'date.ambiguous'],
  ])('%s %s: exit 2 naming the flag, the value and why (%s)', (flag, value, code) => {
    for (const json of [[], ['--json']]) {
      const run = cdm(['subject', 'find', '--master', out, flag, value, ...json]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('subject.bad_query');
      expect(run.stderr).toContain(flag);
      expect(run.stderr).toContain(value);
      expect(run.stderr).toContain(code);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('one bad value among good ones is still refused (no partial answer)', () => {
    const run = cdm(['subject', 'find', '--master', out, '--email', 'matthew.medina@protonmail.com', '--dob', '1999-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--dob');
  });

  it('a valid query still answers', () => {
    const run = cdm(['subject', 'find', '--master', out, '--email', 'Matthew.Medina@protonmail.com', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).matches.length).toBeGreaterThan(0);
  });
});

describe('cdm subject find --name with one word', () => {
  const out = tempDir();
  beforeAll(() => {
    expect(cdm(['clean', ...SAMPLE, '--out', out, '-q']).code).toBe(0);
  });

  it('tries the word as the family name too, and says how to see weak candidates when none is likely enough', () => {
    const strict = cdm(['subject', 'find', '--master', out, '--name', 'Medina']);
    expect(strict.code).toBe(0);
    expect(strict.stdout).toMatch(/No record in the master matches .* with a probability of at least 0\.2/);
    expect(strict.stdout).toMatch(/A name alone is weak evidence/);
    const loose = cdm(['subject', 'find', '--master', out, '--name', 'Medina', '--min-probability', '0.05', '--json', '--show-pii']);
    expect(loose.code).toBe(0);
    const found = JSON.parse(loose.stdout) as { matches: { golden: Record<string, string> }[] };
    expect(found.matches.map((m) => m.golden.last_name)).toContain('Medina');
  });
});
