import { describe, expect, it } from 'vitest';
import { tuneHeap } from '../../src/cli/heap.js';

describe('tuneHeap', () => {
  it.each([
    [[], true],
    [['--heap-growing-percent=80'], false],
    [['--heap_growing_percent=20'], false],
    [['--max-old-space-size=8192'], true],
  ] as const)('node arguments %j: sets the flag %s', (execArgv, set) => {
    const tighten = tuneHeap(execArgv);
    expect(tighten !== undefined).toBe(set);
    tighten?.();
  });
});
