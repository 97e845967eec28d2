// `cdm init` writes a config whose commented examples are valid: a user who uncomments them gets a
// config that `cdm validate` and `cdm clean` accept.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cdm, SAMPLE, tempDir } from './run-cdm.js';

/** The init text with every example uncommented (the per-field one under `fields:`), plugins aside. */
function uncommented(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('# Rules, normalizer options'));
  const fieldExample = lines.slice(start + 1).filter((l, i, all) => l.startsWith('#   ') && all.slice(0, i).every((x) => x.startsWith('#   ')));
  const rest = lines.slice(start + 1 + fieldExample.length);
  const fieldsAt = lines.findIndex((l) => l === 'fields:');
  const withoutEmail = lines.slice(0, start).filter((l, i) => !(i > fieldsAt && /^ {2}email:/.test(l)));
  const examples = rest.filter((l) => !l.startsWith('# plugins')).map((l) => (/^# [a-z]+:/.test(l) || l.startsWith('#   ') ? l.slice(2) : l));
  const at = withoutEmail.indexOf('fields:') + 1;
  withoutEmail.splice(at, 0, ...fieldExample.map((l) => l.slice(2)));
  return [...withoutEmail, ...examples].join('\n');
}

describe('cdm init', () => {
  it('writes examples that validate and clean accept once uncommented', () => {
    const dir = tempDir();
    const init = cdm(['init', ...SAMPLE]);
    expect(init.code).toBe(0);
    const config = uncommented(init.stdout);
    expect(config).toContain('\nmatching:\n  blocking: [defaults');
    expect(config).toMatch(/\nfields:\n {2}email:\n {4}role: email\n {4}rules: \[\{ id: email/);
    const path = join(dir, 'cdm.yaml');
    writeFileSync(path, config);
    const validate = cdm(['validate', ...SAMPLE, '-c', path, '--out', join(dir, 'v'), '-q']);
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
    const clean = cdm(['clean', ...SAMPLE, '-c', path, '--out', join(dir, 'c'), '-q']);
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
  });
});

describe('cdm init takes the common flags', () => {
  it('accepts --no-color and -q (no message after writing --output)', () => {
    const dir = tempDir('cdm-init-flags-');
    const out = join(dir, 'cdm.yaml');
    const run = cdm(['init', 'fixtures/sample/crm-contacts.csv', '--no-color', '-q', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^# cdm config/);
  });
});
