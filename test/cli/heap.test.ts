import { describe, expect, it } from 'vitest';
import { tuneHeap } from '../../src/cli/heap.js';

describe('tuneHeap', () => {
  it.each([
    [[], '', true],
    [['--heap-growing-percent=80'], '', false],
    [[], '--max-old-space-size=8192 --heap-growing-percent=20', false],
    [['--max-old-space-size=8192'], '--enable-source-maps', true],
  ] as const)('execArgv %j, NODE_OPTIONS %j: sets the flag %s', (execArgv, nodeOptions, set) => {
    expect(tuneHeap(execArgv, nodeOptions)).toBe(set);
  });
});
