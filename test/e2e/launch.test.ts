// The `cdm` command runs in a second node started with V8 flags (src/cli/launch.ts): the run gets
// them, and it never outlives the process a user or a supervisor signals or kills.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module with JSDoc types
import { writeDataset } from '../../bench/lib/dataset.mjs';
import { NODE_FLAGS } from '../../src/cli/launch.js';
import { BIN, REPO, tempDir } from './run-cdm.js';

const linux = process.platform === 'linux';

/** The pid of `pid`'s first child process, once it has one (Linux /proc). */
async function childOf(pid: number): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const path = `/proc/${pid}/task/${pid}/children`;
    const listed = existsSync(path) ? readFileSync(path, 'utf8').trim() : '';
    if (listed !== '') return Number(listed.split(' ')[0]);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`process ${pid} started no child`);
}

async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 500; i++) {
    if (!existsSync(`/proc/${pid}`) || readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] === 'Z') return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe.skipIf(!linux)('the cdm launcher (Linux: reads /proc)', () => {
  const work = tempDir('cdm-launch-');
  const data = join(work, 'data');
  let inputs: string[] = [];

  beforeAll(() => {
    writeDataset(data, { seed: 5, people: 3000 });
    inputs = readdirSync(data).filter((f) => !f.startsWith('.')).map((f) => join(data, f)).sort();
  });

  const start = (out: string) => spawn(process.execPath, [BIN, 'clean', ...inputs, '--out', out, '-q'], { cwd: REPO, stdio: 'ignore' });

  it('runs the command in a child node started with its V8 flags', async () => {
    const launcher = start(join(work, 'flags'));
    const child = await childOf(launcher.pid!);
    const argv = readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0');
    expect(argv.slice(1, 1 + NODE_FLAGS.length)).toEqual(NODE_FLAGS);
    expect(argv).toContain('clean');
    expect((await exited(launcher)).code).toBe(0);
  });

  it('a SIGKILL of the launcher ends the run before it writes anything', async () => {
    const out = join(work, 'killed');
    const launcher = start(out);
    const child = await childOf(launcher.pid!);
    await new Promise((r) => setTimeout(r, 500)); // into the run's synchronous stages
    launcher.kill('SIGKILL');
    await exited(launcher);
    expect(await gone(child)).toBe(true);
    expect(existsSync(out)).toBe(false);
  });

  it('a SIGTERM to the launcher reaches the run, and the launcher ends by it', async () => {
    const launcher = start(join(work, 'terminated'));
    const child = await childOf(launcher.pid!);
    launcher.kill('SIGTERM');
    expect(await exited(launcher)).toEqual({ code: null, signal: 'SIGTERM' });
    expect(await gone(child)).toBe(true);
  });
});
