import { describe, expect, it } from 'vitest';
import { NODE_FLAGS, shouldRelaunch } from '../../src/cli/launch.js';

describe('shouldRelaunch', () => {
  it.each([
    { execArgv: [], env: {}, relaunch: true },
    { execArgv: [], env: { NODE_OPTIONS: '--max-old-space-size=8192' }, relaunch: true },
    // the child itself
    { execArgv: [...NODE_FLAGS], env: { CDM_LAUNCHED: '1' }, relaunch: false },
    { execArgv: [], env: { CDM_LAUNCHED: '4242' }, relaunch: false },
    // node started with the user's own flags: run as started
    { execArgv: ['--inspect'], env: {}, relaunch: false },
    { execArgv: ['--cpu-prof'], env: {}, relaunch: false },
    // NODE_OPTIONS reaches the child too: an inspector port would be taken twice
    { execArgv: [], env: { NODE_OPTIONS: '--inspect=9230' }, relaunch: false },
    { execArgv: [], env: { NODE_OPTIONS: '--inspect-brk' }, relaunch: false },
    { execArgv: [], env: { NODE_OPTIONS: '--max-semi-space-size=32' }, relaunch: false },
    // node reads underscores as dashes
    { execArgv: [], env: { NODE_OPTIONS: '--max_semi_space_size=32' }, relaunch: false },
    { execArgv: [], env: { NODE_OPTIONS: '--inspect_brk' }, relaunch: false },
  ])('node $execArgv with $env: relaunch $relaunch', ({ execArgv, env, relaunch }) => {
    expect(shouldRelaunch(execArgv, env, ['clean', 'crm.csv'], 'linux')).toBe(relaunch);
  });

  it.each([
    [['validate', '/dev/fd/3'], false],
    [['clean', 'a.csv', '--config=/proc/self/fd/4'], false],
    [['clean', '/dev/fd/12'], false],
    // stdin, and paths that only look alike, are no reason
    [['validate', '/dev/fd/0'], true],
    [['validate', '/dev/stdin'], true],
    [['validate', 'exports/dev/fd/3.csv'], true],
  ])('arguments %j: relaunch %s (the child gets stdio alone)', (args, relaunch) => {
    expect(shouldRelaunch([], {}, args, 'linux')).toBe(relaunch);
  });

  it('runs as started on Windows', () => {
    expect(shouldRelaunch([], {}, [], 'win32')).toBe(false);
  });
});
