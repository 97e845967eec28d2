// Runs the built `cdm` binary the way a user does, capturing exit code, stdout and stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

export const REPO = resolve(import.meta.dirname, '../..');
export const BIN = join(REPO, 'bin/cdm.js');

export interface CdmRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function cdm(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CdmRun {
  const inherited: Record<string, string> = { ...(process.env as Record<string, string>) };
  delete inherited.GITHUB_STEP_SUMMARY;
  delete inherited.FORCE_COLOR;
  const env: Record<string, string> = { ...inherited, NO_COLOR: '1', ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env,
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'cdm-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A CSV output's rows as objects keyed by header. */
export function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];
}

export function csvHeader(path: string): string[] {
  return (parse(readFileSync(path, 'utf8'), { to_line: 1 }) as string[][])[0] ?? [];
}

export const SAMPLE = ['fixtures/sample/crm-contacts.csv', 'fixtures/sample/shop-customers.ndjson', 'fixtures/sample/signup-sheet.csv'];
export const FEBRL_DIR = resolve(REPO, '../shared/datasets/febrl');
