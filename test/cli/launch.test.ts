import { describe, expect, it } from 'vitest';
import { NODE_FLAGS, shouldRelaunch } from '../../src/cli/launch.js';

describe('shouldRelaunch', () => {
  it.each([
    { execArgv: [], env: {}, relaunch: true },
    { execArgv: [], env: { NODE_OPTIONS: '--max-old-space-size=8192' }, relaunch: true },
    // the child itself
    { execArgv: [...NODE_FLAGS], env: { CDM_LAUNCHED: '1' }, relaunch: false },
    { execArgv: [], env: { CDM_LAUNCHED: '1' }, relaunch: false },
    // node started with the user's own flags: run as started
    { execArgv: ['--inspect'], env: {}, relaunch: false },
    { execArgv: ['--cpu-prof'], env: {}, relaunch: false },
    // NODE_OPTIONS reaches the child too: an inspector port would be taken twice
    { execArgv: [], env: { NODE_OPTIONS: '--inspect=9230' }, relaunch: false },
    { execArgv: [], env: { NODE_OPTIONS: '--inspect-brk' }, relaunch: false },
    { execArgv: [], env: { NODE_OPTIONS: '--max-semi-space-size=32' }, relaunch: false },
  ])('node $execArgv with $env: relaunch $relaunch', ({ execArgv, env, relaunch }) => {
    expect(shouldRelaunch(execArgv, env, 'linux')).toBe(relaunch);
  });

  it('runs as started on Windows', () => {
    expect(shouldRelaunch([], {}, 'win32')).toBe(false);
  });
});
