import { describe, expect, it } from 'vitest';
import { TypedBuffer } from '../../src/core/typed-buffer.js';

describe('TypedBuffer', () => {
  it.each([
    ['Int32', () => new TypedBuffer((n) => new Int32Array(n), 2), [5, -1, 7, 2 ** 31 - 1, 0]],
    ['Float64 (pair keys past 2^31)', () => new TypedBuffer((n) => new Float64Array(n), 1), [2 ** 40 + 3, 0.5, -2]],
    ['nothing pushed', () => new TypedBuffer((n) => new Int32Array(n)), []],
  ] as const)('%s: keeps every value through growth, done() is exactly as long', (_, make, values) => {
    const buffer = make();
    for (const v of values) buffer.push(v);
    expect(buffer.length).toBe(values.length);
    expect([...buffer.done()]).toEqual(values);
  });
});
