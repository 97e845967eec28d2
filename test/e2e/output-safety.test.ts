// Outputs never land on what a run reads or replaces, and output problems are usage errors with a
// message, never a stack trace.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdm, SAMPLE, tempDir } from './run-cdm.js';

/** Every file of a directory with its bytes, to prove that a refused command left it alone. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) files[name] = readFileSync(join(dir, name), 'latin1');
  return files;
}

describe('cdm export refuses to write over its master', () => {
  let master: string;
  beforeAll(() => {
    master = join(tempDir('cdm-safety-'), 'master');
    const run = cdm(['clean', ...SAMPLE, '--out', master, '-q']);
    expect(run.code, run.stderr).toBe(0);
  });

  it.each([
    ['the master directory, split', (m: string) => ['--partition-by', 'country', '--out', m]],
    ['a directory inside the master, split', (m: string) => ['--partition-by', 'country', '--out', join(m, 'by-country')]],
    ['members.ndjson', (m: string) => ['--out', join(m, 'members.ndjson')]],
    ['golden.csv', (m: string) => ['--out', join(m, 'golden.csv')]],
    ['the master directory spelt another way', (m: string) => ['--out', join(m, '..', 'master')]],
    ['a directory that holds the master, split', (m: string) => ['--partition-by', 'country', '--out', join(m, '..')]],
  ])('--out %s: exit 2, output.overlaps_input, the master untouched', (_name, args) => {
    const before = snapshot(master);
    const run = cdm(['export', '--master', master, ...args(master)]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('[output.overlaps_input]');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(master)).toEqual(before);
  });

  it('an export beside the master still works', () => {
    const out = join(tempDir(), 'by-country');
    const run = cdm(['export', '--master', master, '--partition-by', 'country', '--out', out, '-q']);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out)).toContain('partitions.csv');
  });

  it('a file beside the master whose name starts with the master\'s is not inside it', () => {
    const copy = join(tempDir(), 'copy');
    cpSync(master, copy, { recursive: true });
    const run = cdm(['export', '--master', copy, '--out', `${copy}-golden.csv`, '-q']);
    expect(run.code, run.stderr).toBe(0);
  });
});
