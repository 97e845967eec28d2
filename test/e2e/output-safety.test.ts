// Outputs never land on what a run reads or replaces, and output problems are usage errors with a
// message, never a stack trace.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cdm, REPO, SAMPLE, tempDir } from './run-cdm.js';

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

describe('an output that cannot be written is a usage error before the run', () => {
  let work: string;
  beforeAll(() => {
    work = tempDir('cdm-unwritable-');
    writeFileSync(join(work, 'plain.csv'), 'not a directory\n');
  });
  const blocked = () => join(work, 'plain.csv', 'out');

  it.each([
    ['clean', () => ['clean', SAMPLE[0]!, '--out', blocked()]],
    ['validate', () => ['validate', SAMPLE[0]!, '--out', blocked()]],
    ['export to a file', () => ['export', '--master', join(work, 'no-master'), '--out', join(blocked(), 'golden.csv')]],
    ['export split', () => ['export', '--master', join(work, 'no-master'), '--partition-by', 'country', '--out', blocked()]],
  ])('%s: exit 2, output.not_writable naming the file in the way, no stack trace', (_name, args) => {
    const run = cdm(args());
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('[output.not_writable]');
    expect(run.stderr).toContain(join(work, 'plain.csv'));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('clean checks --out before reading its inputs', () => {
    const run = cdm(['clean', join(work, 'missing.csv'), '--out', blocked()]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('[output.not_writable]');
  });

  it.skipIf(process.getuid?.() === 0)('a directory without write permission (mode 555)', () => {
    const locked = join(work, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    try {
      const run = cdm(['clean', SAMPLE[0]!, '--out', join(locked, 'out')]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('[output.not_writable]');
      expect(run.stderr).toContain(locked);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe('--report-md never replaces what the run reads or writes', () => {
  let work: string;
  let input: string;
  let config: string;
  beforeAll(() => {
    work = tempDir('cdm-report-md-');
    input = join(work, 'victim.csv');
    cpSync(SAMPLE[0]!, input);
    config = join(work, 'cdm.yaml');
    writeFileSync(config, 'version: 1\nsources:\n  - path: victim.csv\n');
    mkdirSync(join(work, 'a-directory'));
  });

  it.each([
    ['clean', 'an input', () => ['clean', input, '--out', join(work, 'out'), '--report-md', input]],
    ['clean', 'a source of the config', () => ['clean', '-c', config, '--out', join(work, 'out'), '--report-md', input]],
    ['clean', 'the config', () => ['clean', input, '-c', config, '--out', join(work, 'out'), '--report-md', config]],
    ['clean', 'a file inside --out', () => ['clean', input, '--out', join(work, 'out'), '--report-md', join(work, 'out', 'notes.md')]],
    ['validate', 'an input', () => ['validate', input, '--out', join(work, 'out'), '--report-md', input]],
    ['validate', 'the config', () => ['validate', input, '-c', config, '--out', join(work, 'out'), '--report-md', config]],
  ])('%s --report-md %s: exit 2, output.overlaps_input, nothing replaced', (_command, _what, args) => {
    const before = { input: readFileSync(input, 'latin1'), config: readFileSync(config, 'utf8') };
    const run = cdm(args());
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('[output.overlaps_input]');
    expect(run.stderr).toContain('--report-md');
    expect({ input: readFileSync(input, 'latin1'), config: readFileSync(config, 'utf8') }).toEqual(before);
  });

  it.each(['clean', 'validate'])('%s --report-md naming a directory: exit 2, output.is_directory, no stack trace', (command) => {
    const run = cdm([command, input, '--out', join(work, 'out'), '--report-md', join(work, 'a-directory')]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('[output.is_directory]');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a --report-md beside the inputs is written', () => {
    const report = join(work, 'report.md');
    const run = cdm(['clean', input, '--out', join(work, 'out'), '--report-md', report, '-q']);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('cdm clean report');
  });
});

/** Runs the binary with a stdout whose reader goes away at once, like `cdm … | head -3`. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.GITHUB_STEP_SUMMARY;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('a reader that stops early (| head)', () => {
  it.each([
    ['validate --json', 0, (out: string) => ['validate', ...SAMPLE, '--json', '--out', out]],
    ['validate --json, a failed gate', 1, (out: string) => ['validate', ...SAMPLE, '--json', '--max-error-rate', '0', '--out', out]],
    ['validate --format github', 0, (out: string) => ['validate', ...SAMPLE, '--format', 'github', '--out', out]],
    ['clean (the summary)', 0, (out: string) => ['clean', ...SAMPLE, '--out', out]],
  ])('%s: no EPIPE error, the exit status the run decided (%i)', async (_name, expected, args) => {
    const out = join(tempDir(), 'out');
    const run = await withClosedStdout(args(out));
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code, run.stderr).toBe(expected);
    expect(readdirSync(out)).toContain('report.json');
  });
});
