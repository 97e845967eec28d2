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

import { spawn } from 'node:child_process';

/** The flags the run is started with. */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/** Set in the child's environment (and removed there at start), so that it runs instead of
 * starting another. */
const CHILD_MARK = 'CDM_LAUNCHED';

/** Signals forwarded to the child: a supervisor's SIGTERM, a closed terminal's SIGHUP. A Ctrl-C
 * reaches both processes from the terminal; SIGINT is forwarded too for a `kill -INT` of the first. */
const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

/** Whether this process should start node again with NODE_FLAGS rather than run cdm itself. Not on
 * Windows, whose signals and process groups work otherwise: cdm runs there as started. */
export function shouldRelaunch(
  execArgv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform === 'win32' || env[CHILD_MARK] === '1') return false;
  if (execArgv.length > 0) return false;
  return !/--inspect|--max-semi-space-size/.test(env.NODE_OPTIONS ?? '');
}

/**
 * Runs `script` with `args` in a child node started with NODE_FLAGS, sharing this process's stdio;
 * resolves to its exit status. A child killed by a signal kills this process with the same signal,
 * so a shell or supervisor sees what happened. Resolves to undefined when the child could not be
 * started (the caller then runs cdm here).
 */
export function relaunch(script: string, args: readonly string[]): Promise<number | undefined> {
  return new Promise((resolve) => {
    // The IPC channel tells the child when this process dies, even of SIGKILL (see guardOrphan).
    const child = spawn(process.execPath, [...NODE_FLAGS, script, ...args], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, [CHILD_MARK]: '1' },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of FORWARDED) process.on(signal, forward);
    const stopForwarding = () => {
      for (const s of FORWARDED) process.off(s, forward);
    };
    child.once('error', () => {
      stopForwarding();
      resolve(undefined);
    });
    child.once('exit', (code, signal) => {
      stopForwarding();
      if (signal !== null) {
        process.kill(process.pid, signal);
        return;
      }
      resolve(code ?? 70);
    });
  });
}

/** In the child: forgets the mark (a process it starts is no child of the launcher), and ends the
 * run if the launcher dies, even of SIGKILL — at the next turn of the event loop, before the run
 * replaces any output (its last steps are asynchronous), so no run outlives the process a user
 * killed. */
export function guardOrphan(): void {
  if (process.env[CHILD_MARK] !== '1') return;
  delete process.env[CHILD_MARK];
  if (process.channel === undefined) return;
  process.channel.unref(); // the channel alone does not keep the run alive
  process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}
