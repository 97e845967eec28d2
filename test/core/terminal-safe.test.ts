import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/core/terminal-safe.js';

describe('terminalSafe', () => {
  it.each([
    ['Boston', 'Boston'],
    ['José Ñúñez 東京', 'José Ñúñez 東京'],
    ['\u001b[2J', '?[2J'],
    ['\u001b]8;;http://x/\u0007a\u001b]8;;\u0007', '?]8;;http://x/?a?]8;;?'],
    ['a\r\nb\tc', 'a??b?c'],
    ['\u0000\u007f\u0085\u009b', '????'],
  ])('%j → %j', (text, safe) => {
    expect(terminalSafe(text)).toBe(safe);
  });
});
