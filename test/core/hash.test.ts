import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/hash.js';

describe('sha256Hex', () => {
  it.each(['', 'a.csv:9', 'José\u0000Zoë', '😀 emoji', 'x'.repeat(10_000)])('%j hashes as UTF-8, like a Hash object', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
