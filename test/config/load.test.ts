import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, EXIT } from '../../src/core/errors.js';
import { configDir, configHash, loadConfig, parseConfig } from '../../src/config/index.js';

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

const full = `
version: 1
today: 2024-06-30
sources:
  - path: exports/crm-*.csv
    name: crm
    region: US
    dateOrder: MDY
    priority: 0
    columns:
      "Email Opt Out": { field: consent, invert: true }
      Mobile: phone
    ignore: [Lead Source]
fields:
  email:
    role: email
    rules:
      - email.syntax
      - { id: email.disposable, severity: warning, action: keep, options: { extra: [x.com] } }
    normalize: { options: { fixTypos: true } }
    survivorship: most_recent
  consent: { role: consent, survivorship: most_restrictive }
  ssn: { role: national_id, retain: true }
matching:
  blocking: [ defaults, [email.match], { id: name_zip, keys: [last_name:metaphone, postcode], maxBlockSize: 50 } ]
  matchThreshold: 0.9
  reviewThreshold: 0.6
  comparisons: { email: { comparator: email, tf: false }, phone_2: false }
  maxBlockSize: 500
merge:
  survivorship: { phone: most_frequent }
  sourcePriority: { crm: 0 }
gates:
  maxErrorRate: 0.05
  maxQuarantineRate: 0.02
  minCompleteness: { email: 0.8 }
output: { format: csv, csvGuard: true }
plugins: [./plugins/loyalty.js]
views:
  marketing: { fields: { email: true }, filter: { consent: true } }
`;

describe('parseConfig', () => {
  it('accepts a full config', () => {
    const config = parseConfig(full);
    expect(config.sources![0]!.columns!['Email Opt Out']).toEqual({ field: 'consent', invert: true });
    expect(config.fields!.email!.rules).toHaveLength(2);
    expect(config.today).toBe('2024-06-30');
  });

  it('accepts JSON', () => {
    expect(parseConfig('{"version": 1, "fields": {"email": {"role": "email"}}}').fields!.email!.role).toBe('email');
  });

  it.each([
    ['unknown key in a field', 'version: 1\nfields:\n  email:\n    role: email\n    rule: [x]\n', 'config.unknown_key', 'fields.email.rule'],
    ['unknown top-level key', 'version: 1\nmatchng: {}\n', 'config.unknown_key', 'matchng'],
    ['unknown key in a source', 'version: 1\nsources:\n  - path: a.csv\n    colums: {}\n', 'config.unknown_key', 'sources.0.colums'],
    ['unknown role', 'version: 1\nfields:\n  email:\n    role: e-mail\n', 'config.invalid_value', 'fields.email.role'],
    ['wrong type', 'version: 1\ngates:\n  maxErrorRate: "5%"\n', 'config.wrong_type', 'gates.maxErrorRate'],
    ['out of range', 'version: 1\ngates:\n  maxErrorRate: 5\n', 'config.invalid_value', 'gates.maxErrorRate'],
    ['missing role', 'version: 1\nfields:\n  email: {}\n', 'config.missing_key', 'fields.email.role'],
    ['missing version', 'fields: {}\n', 'config.missing_key', 'version'],
    ['wrong version', 'version: 2\n', 'config.invalid_value', 'version'],
    ['a list where an object belongs', 'version: 1\nfields: [email]\n', 'config.wrong_type', 'fields'],
    ['bad column target', 'version: 1\nsources:\n  - path: a.csv\n    columns:\n      Mobile: 7\n', 'config.wrong_type', 'sources.0.columns.Mobile'],
    ['bad field name', 'version: 1\nsources:\n  - path: a.csv\n    columns:\n      Mobile: "mobile phone"\n', 'config.invalid_value', 'sources.0.columns.Mobile'],
    ['lower-case region', 'version: 1\nsources:\n  - path: a.csv\n    region: au\n', 'config.invalid_value', 'sources.0.region'],
    ['bad today', 'version: 1\ntoday: 30/06/2024\n', 'config.invalid_value', 'today'],
    ['review above match', 'version: 1\nmatching:\n  matchThreshold: 0.5\n  reviewThreshold: 0.8\n', 'config.invalid_value', 'matching.reviewThreshold'],
    ['two columns into one field', 'version: 1\nsources:\n  - path: a.csv\n    columns:\n      Mobile: phone\n      Cell: phone\n', 'config.duplicate_mapping', 'sources.0.columns.Cell'],
    ['a YAML syntax error', 'version: 1\nfields:\n  email: { role: email\n', 'config.syntax', undefined],
    ['a duplicate key', 'version: 1\nversion: 1\n', 'config.syntax', '2:1'],
    ['a JSON syntax error', '{"version": 1,,}', 'config.syntax', undefined],
    ['an empty file', '# nothing\n', 'config.empty', undefined],
  ])('%s → %s at %s', (_name, text, code, path) => {
    const err = errorOf(() => parseConfig(text, 'cdm.yaml'));
    expect(err.code).toBe(code);
    expect(err.exitCode).toBe(EXIT.usage);
    if (path !== undefined) expect(err.path).toBe(path);
  });

  it('YAML syntax errors carry line:column', () => {
    const err = errorOf(() => parseConfig('version: 1\nfields:\n  email: [\n', 'cdm.yaml'));
    expect(err.path).toMatch(/^\d+:\d+$/);
    expect(err.message).toContain('cdm.yaml:');
  });

  it.each([
    ['a top-level slip', 'version: 1\nmatchng: {}\n', '"matchng"', 'did you mean "matching"?'],
    ['snake case for camel case', 'version: 1\nmatching:\n  match_threshold: 0.9\n', 'match_threshold', 'did you mean "matchThreshold"?'],
    ['a key of a field', 'version: 1\nfields:\n  email:\n    role: email\n    rule: [x]\n', '"rule"', 'did you mean "rules"?'],
    ['a key of a source (in a list)', 'version: 1\nsources:\n  - path: a.csv\n    colums: {}\n', '"colums"', 'did you mean "columns"?'],
    ['a column object (a union branch)', 'version: 1\nsources:\n  - path: a.csv\n    columns:\n      Opt: { field: consent, invrt: true }\n', '"invrt"', 'did you mean "invert"?'],
  ])('an unknown key, %s, names the closest allowed one', (_name, text, key, hint) => {
    const err = errorOf(() => parseConfig(text, 'cdm.yaml'));
    expect(err.code).toBe('config.unknown_key');
    const line = err.message.split('\n').find((l) => l.includes(key));
    expect(line).toContain(hint);
  });

  it.each([
    ['a role with two letters swapped', 'version: 1\nfields:\n  email: { role: emial }\n', 'fields.email.role: "emial" is not allowed; did you mean "email"?'],
    ['a role one letter off', 'version: 1\nfields:\n  dob: { role: dobb }\n', 'fields.dob.role: "dobb" is not allowed; did you mean "dob"?'],
    ['a role like none', 'version: 1\nfields:\n  x: { role: zzzzzz }\n', 'fields.x.role: "zzzzzz" is not allowed. Allowed (25 values; see the README).'],
  ])('a value outside a list, %s, names the value once and the closest allowed one', (_name, text, line) => {
    const err = errorOf(() => parseConfig(text, 'cdm.yaml'));
    expect(err.code).toBe('config.invalid_value');
    const reported = err.message.split('\n')[1]!.trim();
    expect(reported.startsWith(line)).toBe(true);
    expect(reported.split(line.split(':')[0]!)).toHaveLength(2); // the path once, not twice
  });

  it('suggests nothing for a key unlike any allowed one', () => {
    const err = errorOf(() => parseConfig('version: 1\nfoo: 1\n'));
    expect(err.message).not.toContain('did you mean');
  });

  it('lists every issue, not only the first', () => {
    const err = errorOf(() => parseConfig('version: 1\nfoo: 1\nbar: 2\n'));
    expect(err.message).toContain('foo');
    expect(err.message).toContain('bar');
  });
});

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdm-config-'));

  it('reads a file and remembers its directory', async () => {
    const file = join(dir, 'cdm.yaml');
    writeFileSync(file, '\uFEFFversion: 1\n');
    const config = await loadConfig(file);
    expect(config).toEqual({ version: 1 });
    expect(configDir(config)).toBe(dir);
  });

  it('a missing file is a config error', async () => {
    await expect(loadConfig(join(dir, 'nope.yaml'))).rejects.toMatchObject({ code: 'config.unreadable', exitCode: EXIT.usage });
  });
});

describe('configHash', () => {
  it('ignores key order and layout, not values', () => {
    const a = parseConfig('version: 1\ngates: { maxErrorRate: 0.1, maxQuarantineRate: 0.2 }\n');
    const b = parseConfig('{"gates": {"maxQuarantineRate": 0.2, "maxErrorRate": 0.1}, "version": 1}');
    const c = parseConfig('version: 1\ngates: { maxErrorRate: 0.1, maxQuarantineRate: 0.3 }\n');
    expect(configHash(a)).toBe(configHash(b));
    expect(configHash(a)).not.toBe(configHash(c));
    expect(configHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});
