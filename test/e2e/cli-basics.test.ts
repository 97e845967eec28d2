// The CLI as a user meets it: help, version, exit codes for usage mistakes, profile on the fixtures.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cdm, FEBRL_DIR, SAMPLE, tempDir } from './run-cdm.js';

describe('cdm --help and --version', () => {
  it('lists every command of DESIGN §2', () => {
    const run = cdm(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['clean', 'validate', 'profile', 'init', 'explain', 'export', 'subject', 'audit']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it.each(['clean', 'validate', 'profile', 'init', 'explain', 'export'])('%s --help has an example', (command) => {
    const run = cdm([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Example/);
    expect(run.stdout).toMatch(new RegExp(`\\$ cdm ${command}`));
  });

  it('without a command, prints the help on stderr and exits 2 (a usage mistake); `cdm help` exits 0', () => {
    const bare = cdm([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^Usage: cdm/m);
    expect(cdm(['help']).code).toBe(0);
  });

  it('prints the package version', () => {
    const run = cdm(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [['bogus'], 2],
    [['clean'], 2],
    [['validate', 'fixtures/sample/crm-contacts.csv', '--max-error-rate', 'lots'], 2],
    [['clean', 'fixtures/sample/crm-contacts.csv', '--format', 'xlsx'], 2],
    [['profile', 'fixtures/does-not-exist.csv'], 3],
  ])('cdm %j exits %i without a stack trace', (args, code) => {
    const run = cdm(args as string[]);
    expect(run.code).toBe(code);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

interface ProfileJson {
  sources: { source: string; rows: number; columns: { name: string; role: string | null; field: string | null }[] }[];
}

function rolesOf(run: { stdout: string }, source: string): Record<string, string | null> {
  const json = JSON.parse(run.stdout) as ProfileJson;
  const found = json.sources.find((s) => s.source === source)!;
  return Object.fromEntries(found.columns.map((c) => [c.name, c.role]));
}

describe('cdm profile --json on the fixtures', () => {
  const run = cdm(['profile', '--json', ...SAMPLE]);

  it('exits 0 with only JSON on stdout', () => {
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('infers the CRM export roles', () => {
    expect(rolesOf(run, SAMPLE[0]!)).toMatchObject({
      'Contact ID': 'id',
      'First Name': 'first_name',
      'Last Name': 'last_name',
      Email: 'email',
      'Mobile Phone': 'phone',
      'Home Phone': 'phone',
      'Mailing Street': 'street',
      'Mailing City': 'city',
      'Mailing State/Province': 'state',
      'Mailing Zip/Postal Code': 'postcode',
      'Mailing Country': 'country',
      Birthdate: 'dob',
      'Email Opt Out': 'consent',
      'Last Modified Date': 'timestamp',
    });
  });

  it('infers the shop NDJSON roles from nested paths', () => {
    expect(rolesOf(run, SAMPLE[1]!)).toMatchObject({
      id: 'id',
      email: 'email',
      first_name: 'first_name',
      last_name: 'last_name',
      phone: 'phone',
      'default_address.address1': 'street',
      'default_address.address2': 'street2',
      'default_address.city': 'city',
      'default_address.province_code': 'state',
      'default_address.zip': 'postcode',
      'default_address.country_code': 'country',
      accepts_marketing: 'consent',
      created_at: 'timestamp',
    });
  });

  it('reads the Windows-1252 sign-up sheet with ; and infers its roles', () => {
    const json = JSON.parse(run.stdout) as ProfileJson & { sources: { encoding?: string; delimiter?: string }[] };
    const signup = json.sources.find((s) => s.source === SAMPLE[2]!)! as ProfileJson['sources'][number] & { encoding?: string; delimiter?: string };
    expect(signup.delimiter).toBe(';');
    expect(signup.encoding).toMatch(/1252/);
    expect(rolesOf(run, SAMPLE[2]!)).toMatchObject({
      Name: 'full_name',
      'E-mail': 'email',
      Phone: 'phone',
      'Date of birth': 'dob',
      Postcode: 'postcode',
      'Newsletter?': 'consent',
      'Signed up': 'timestamp',
    });
  });
});

describe.skipIf(!existsSync(FEBRL_DIR))('cdm profile --json on the public Febrl files (skipped: ../shared/datasets/febrl absent)', () => {
  it.each(['dataset1.csv', 'dataset2.csv', 'dataset3.csv'])('%s: every column gets its role', (file) => {
    const source = `${FEBRL_DIR}/${file}`;
    const run = cdm(['profile', '--json', source]);
    expect(run.code).toBe(0);
    expect(rolesOf(run, source)).toEqual({
      id: 'id',
      given_name: 'first_name',
      surname: 'last_name',
      street_number: 'street_number',
      address_1: 'street',
      address_2: 'street2',
      suburb: 'city',
      postcode: 'postcode',
      state: 'state',
      date_of_birth: 'dob',
      soc_sec_id: 'national_id',
    });
  });
});

describe('cdm init', () => {
  it('writes a config that reproduces the zero-config run', () => {
    const dir = tempDir();
    const config = join(dir, 'cdm.yaml');
    expect(cdm(['init', ...SAMPLE, '-o', config]).code).toBe(0);
    expect(readFileSync(config, 'utf8')).toMatch(/^# /m);
    expect(cdm(['init', ...SAMPLE, '-o', config]).code).toBe(2); // never overwrites without --force
    expect(cdm(['clean', ...SAMPLE, '-c', config, '--out', join(dir, 'with-config'), '-q']).code).toBe(0);
    expect(cdm(['clean', ...SAMPLE, '--out', join(dir, 'zero-config'), '-q']).code).toBe(0);
    for (const f of ['golden.csv', 'crosswalk.csv', 'quarantine.csv']) {
      expect(readFileSync(join(dir, 'with-config', f), 'utf8'), f).toBe(readFileSync(join(dir, 'zero-config', f), 'utf8'));
    }
  });
});
