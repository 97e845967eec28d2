// Output paths: an output that is, holds or lies inside a path the run reads is refused, an output
// that cannot be created is a usage error (exit 2) before any work and, if it slips through, at write.

import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refuseOverlap, refuseUnwritable, writeFileAtomic, writeOutputSet } from '../../src/io/index.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdm-io-paths-'));
  mkdirSync(join(dir, 'master'));
  writeFileSync(join(dir, 'master', 'golden.csv'), 'g\n');
  writeFileSync(join(dir, 'in.csv'), 'a\n');
  writeFileSync(join(dir, 'file.csv'), 'f\n');
  symlinkSync(join(dir, 'master'), join(dir, 'link'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('refuseOverlap', () => {
  const guarded = () => [
    { path: join(dir, 'in.csv'), what: 'the input' },
    { path: join(dir, 'master'), what: 'the master' },
  ];
  it.each([
    ['in.csv'],
    ['./in.csv'],
    ['master'],
    ['master/golden.csv'],
    ['master/new/deeper.csv'],
    ['link/golden.csv'],
    ['.'],
  ])('refuses %s', async (target) => {
    await expect(refuseOverlap('--out', join(dir, target), guarded())).rejects.toMatchObject({ code: 'output.overlaps_input', exitCode: 2 });
  });
  it.each([['other.csv'], ['master-golden.csv'], ['masterful/x.csv'], ['in.csv.md']])('allows %s', async (target) => {
    await expect(refuseOverlap('--out', join(dir, target), guarded())).resolves.toBeUndefined();
  });
  it('ignores standard input', async () => {
    await expect(refuseOverlap('--out', '-', [{ path: '-', what: 'the input' }])).resolves.toBeUndefined();
  });
});

describe('refuseUnwritable', () => {
  it.each([
    ['file.csv/out', 'set', 'output.not_writable'],
    ['file.csv/a/b', 'file', 'output.not_writable'],
    ['file.csv', 'set', 'output.not_directory'],
    ['master', 'file', 'output.is_directory'],
    ['master', 'set', 'output.not_cdm_dir'],
  ] as const)('%s as a %s: %s', async (target, kind, code) => {
    await expect(refuseUnwritable('--out', join(dir, target), kind)).rejects.toMatchObject({ code, exitCode: 2 });
  });
  it.each([
    ['new/dir/out', 'set'],
    ['report.md', 'file'],
    ['file.csv', 'file'],
  ] as const)('%s as a %s can be written', async (target, kind) => {
    await expect(refuseUnwritable('--out', join(dir, target), kind)).resolves.toBeUndefined();
  });
  // Root writes through mode 555; the file-in-the-path cases above cover the same path for root.
  it.skipIf(process.getuid?.() === 0)('a directory without write permission', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    try {
      await expect(refuseUnwritable('--out', join(locked, 'out'), 'set')).rejects.toMatchObject({ code: 'output.not_writable', exitCode: 2 });
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe('writers turn a refusal of the file system into output.not_writable', () => {
  it('an output set under a regular file', async () => {
    await expect(writeOutputSet(join(dir, 'file.csv', 'out'), [{ name: 'golden.csv', data: 'g\n' }])).rejects.toMatchObject({ code: 'output.not_writable', exitCode: 2 });
  });
  it('a file under a regular file', async () => {
    await expect(writeFileAtomic(join(dir, 'file.csv', 'report.md'), 'r\n')).rejects.toMatchObject({ code: 'output.not_writable', exitCode: 2 });
  });
  it('a file named like an existing directory', async () => {
    await expect(writeFileAtomic(join(dir, 'master'), 'r\n')).rejects.toMatchObject({ code: 'output.not_writable', exitCode: 2 });
  });
});
