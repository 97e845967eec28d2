// Killing `cdm clean` at any moment leaves in --out either the previous run's complete outputs or
// this run's — never a mixture or a truncated file (DESIGN §3, atomic writes).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module with JSDoc types
import { writeDataset } from '../../bench/lib/dataset.mjs';
import { BIN, cdm, REPO, tempDir } from './run-cdm.js';

const DATA_FILES = ['golden.csv', 'crosswalk.csv', 'quarantine.csv', 'review.csv', 'diagnostics.csv', 'model.json', 'members.ndjson'];

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

function inputsOf(dir: string): string[] {
  return readdirSync(dir).filter((f) => !f.startsWith('.')).map((f) => join(dir, f)).sort();
}

/** Kills the run's whole process group at once, as a supervisor (systemd, a container stop) ends a
 * run: `cdm` runs in a child of the process started (src/cli/launch.ts). A kill of the launcher
 * alone ends the child within 0.2 s (test/e2e/launch.test.ts). */
function runAndKill(inputs: string[], out: string, afterMs: number): Promise<void> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [BIN, 'clean', ...inputs, '--out', out, '-q'], { cwd: REPO, stdio: 'ignore', detached: process.platform !== 'win32' });
    const killGroup = () => {
      try {
        if (process.platform === 'win32') child.kill('SIGKILL');
        else process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(killGroup, afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
  });
}

describe('SIGKILL during cdm clean', () => {
  const work = tempDir('cdm-kill-');
  const dayA = join(work, 'a');
  const dayB = join(work, 'b');
  const out = join(work, 'out');
  let setA: Record<string, string>;
  let setB: Record<string, string>;
  let fullRunMs = 0;

  beforeAll(() => {
    writeDataset(dayA, { seed: 11, people: 800 });
    writeDataset(dayB, { seed: 12, people: 1500 });
    const refB = join(work, 'ref-b');
    const started = Date.now();
    expect(cdm(['clean', ...inputsOf(dayB), '--out', refB, '-q']).code).toBe(0);
    fullRunMs = Date.now() - started;
    setB = snapshot(refB);
    expect(cdm(['clean', ...inputsOf(dayA), '--out', out, '-q']).code).toBe(0);
    setA = snapshot(out);
  });

  it('leaves the previous or the new complete set at every kill point', async () => {
    const { recoverOutputSet } = (await import(pathToFileURL(join(REPO, 'dist/io/index.js')).href)) as {
      recoverOutputSet: (dir: string) => Promise<void>;
    };
    const fractions = [0.05, 0.2, 0.4, 0.6, 0.75, 0.85, 0.9, 0.95, 1.0, 1.1];
    const seen = new Set<string>();
    for (const f of fractions) {
      await runAndKill(inputsOf(dayB), out, Math.round(fullRunMs * f));
      // A kill between the two renames of the swap leaves the sets beside --out; any later cdm
      // command (or this call) finishes the swap before reading or writing.
      if (!existsSync(out)) await recoverOutputSet(out);
      const now = snapshot(out);
      const isA = DATA_FILES.every((name) => now[name] === setA[name]);
      const isB = DATA_FILES.every((name) => now[name] === setB[name]);
      const differs = DATA_FILES.filter((name) => now[name] !== setA[name] && now[name] !== setB[name]);
      expect(isA || isB, `kill at ${f} of the run left a mixture (${differs.join(', ') || 'files from both runs'})`).toBe(true);
      seen.add(isA ? 'previous' : 'new');
      if (isB) {
        // Start the next kill from the previous state again so later points are tested too.
        expect(cdm(['clean', ...inputsOf(dayA), '--out', out, '-q']).code).toBe(0);
      }
    }
    expect(seen.has('previous')).toBe(true);
  }, 300_000);
});
