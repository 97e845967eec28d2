// The `cdm` command starts node again with the V8 flags its runs need: a V8 heap is configured when
// node starts, and V8's young generation (16 MB semi-spaces by default) is far too small for a run
// that builds a million records: scavenges then cost ~12 s of a 1M-row `cdm clean` on two cores.
// With 64 MB semi-spaces (1M-row bench run, alternating, two runs each, 2026-12-04): 74.9 and 79.9 s
// against 78.8 and 83.6 s, 97 s of CPU against 105–111 s, for ~240 MB more peak memory; `cdm validate` on 500k rows,
// alternating runs: 5.33 s against 5.56 s on average. Starting node twice costs ~60 ms.
//
// The first process only waits: it forwards the signals it gets and exits as its child did. When
// node was started with flags of the user's own (`node --inspect bin/cdm.js`, `--cpu-prof`) or
// NODE_OPTIONS asks for the inspector or the same flag, and on Windows, cdm runs in the first process,
// as started.
// Deliberately small: no import of the CLI, so the first process loads nothing it does not need.

import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { Worker } from 'node:worker_threads';

/** The flags the run is started with. */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/** Set in the child's environment to the launcher's pid (and removed there at start), so that it
 * runs instead of starting another, and knows whose death ends it. */
const CHILD_MARK = 'CDM_LAUNCHED';

/** Signals forwarded to the child: a supervisor's SIGTERM, a closed terminal's SIGHUP. A Ctrl-C
 * reaches both processes from the terminal; SIGINT is forwarded too for a `kill -INT` of the first. */
const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

/** How often the child looks whether its launcher is still there (see guardOrphan). */
const ORPHAN_POLL_MS = 200;

/** An argument naming a file descriptor past stdio (`/dev/fd/3`, `--config=/proc/self/fd/4`): the
 * child gets only stdin, stdout and stderr. */
const FD_PATH = /(?:^|=)\/(?:dev|proc\/self)\/fd\/(?:[3-9]|[1-9]\d+)$/;

/** Whether this process should start node again with NODE_FLAGS rather than run cdm itself. Not on
 * Windows, whose signals and process groups work otherwise, nor for arguments naming inherited file
 * descriptors: cdm runs there as started. */
export function shouldRelaunch(
  execArgv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  args: readonly string[] = [],
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform === 'win32' || env[CHILD_MARK] !== undefined) return false;
  if (execArgv.length > 0 || args.some((a) => FD_PATH.test(a))) return false;
  // Node reads `--max_semi_space_size` and `--inspect_brk` too.
  return !/--inspect|--max-semi-space-size/.test((env.NODE_OPTIONS ?? '').replaceAll('_', '-'));
}

/**
 * Runs `script` with `args` in a child node started with NODE_FLAGS, sharing this process's stdio;
 * resolves to its exit status. A child killed by a signal kills this process with the same signal,
 * so a shell or supervisor sees what happened (as PID 1 of a container, where the kernel ignores
 * that, it resolves to 128 + the signal's number, as a shell reports it). Resolves to undefined when
 * the child could not be started (the caller then runs cdm here).
 */
export function relaunch(script: string, args: readonly string[]): Promise<number | undefined> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(process.execPath, [...NODE_FLAGS, script, ...args], {
        stdio: 'inherit',
        env: { ...process.env, [CHILD_MARK]: String(process.pid) },
      });
    } catch {
      resolve(undefined); // ENOMEM, E2BIG: spawn throws rather than emitting 'error'
      return;
    }
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of FORWARDED) process.on(signal, forward);
    const stopForwarding = () => {
      for (const s of FORWARDED) process.off(s, forward);
    };
    child.on('error', () => {
      // Only a child that never started is run here instead: a failed kill() also lands here.
      if (child.pid !== undefined) return;
      stopForwarding();
      resolve(undefined);
    });
    child.once('exit', (code, signal) => {
      stopForwarding();
      if (signal !== null) {
        process.kill(process.pid, signal);
        resolve(128 + (constants.signals[signal] ?? 0));
        return;
      }
      resolve(code ?? 70);
    });
  });
}

/**
 * In the child: forgets the mark (a process it starts is no child of the launcher), and ends the
 * run if the launcher dies, even of SIGKILL, so that no run outlives the process a user or a
 * supervisor killed: a small thread looks every 200 ms whether the launcher is still its parent,
 * and kills this process if not (the run's own thread may be busy for tens of seconds at a time).
 * A kill lands wherever the run is, as it would without a launcher: outputs are replaced as a set
 * (DESIGN §3), so the previous set or the new one is what a later run finds.
 */
export function guardOrphan(): void {
  const mark = process.env[CHILD_MARK];
  if (mark === undefined) return;
  delete process.env[CHILD_MARK];
  const launcher = Number(mark);
  if (!Number.isInteger(launcher) || launcher <= 0) return;
  if (process.ppid !== launcher) process.kill(process.pid, 'SIGKILL');
  const watch = `const { workerData } = require('node:worker_threads');
setInterval(() => { if (process.ppid !== workerData.launcher) process.kill(process.pid, 'SIGKILL'); }, workerData.every);`;
  const watcher = new Worker(watch, { eval: true, workerData: { launcher, every: ORPHAN_POLL_MS }, resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 } });
  watcher.unref(); // it never keeps the run alive
}
