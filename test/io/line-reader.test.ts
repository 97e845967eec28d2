// readLines: a file's lines read a few bytes at a time (members.ndjson of a million-row master is
// longer than a string can be), split in the bytes and decoded per line, whatever the read size.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLines, toNdjsonChunks } from '../../src/io/index.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdm-io-lines-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function linesOf(text: string, readBytes: number): Promise<string[]> {
  const path = join(dir, 'f.ndjson');
  writeFileSync(path, text);
  const lines: string[] = [];
  for await (const line of readLines(path, readBytes)) lines.push(line);
  return lines;
}

describe('readLines', () => {
  const cases: [string, string, string[]][] = [
    ['empty file', '', []],
    ['one line with LF', 'a\n', ['a']],
    ['last line without LF', 'a\nbc', ['a', 'bc']],
    ['blank lines kept', 'a\n\n\nb\n', ['a', '', '', 'b']],
    ['multi-byte characters across reads', 'José Müller\nŁukasiewicz 😀\nZoë\n', ['José Müller', 'Łukasiewicz 😀', 'Zoë']],
    ['a line longer than many reads', `${'x'.repeat(100)}\ny\n`, ['x'.repeat(100), 'y']],
    ['CR kept (LF only splits)', 'a\r\nb\r\n', ['a\r', 'b\r']],
  ];
  it.each(cases)('%s', async (_name, text, expected) => {
    for (const readBytes of [1, 2, 3, 7, 64, 1 << 20]) expect(await linesOf(text, readBytes)).toEqual(expected);
  });

  it('a missing file is input.unreadable', async () => {
    await expect(async () => {
      for await (const _ of readLines(join(dir, 'nope.ndjson'))) void _;
    }).rejects.toMatchObject({ code: 'input.unreadable' });
  });

  it('a directory (opens, then fails to read) is input.unreadable', async () => {
    await expect(async () => {
      for await (const _ of readLines(dir)) void _;
    }).rejects.toMatchObject({ code: 'input.unreadable' });
  });

  it('reads back what toNdjsonChunks wrote', async () => {
    const items = Array.from({ length: 5_000 }, (_, i) => ({ row: i, name: i % 7 === 0 ? 'Siobhán' : `n${i}` }));
    const path = join(dir, 'm.ndjson');
    writeFileSync(path, Buffer.concat([...toNdjsonChunks(items, (x) => x)]));
    const back: unknown[] = [];
    for await (const line of readLines(path, 4096)) if (line !== '') back.push(JSON.parse(line));
    expect(back).toEqual(items);
  });
});

describe('toNdjsonChunks', () => {
  it('gives the bytes of toNdjson, on every iteration', async () => {
    const { toNdjson } = await import('../../src/io/index.js');
    const items = [{ a: 1 }, { b: 'é' }];
    const data = toNdjsonChunks(items, (x) => x);
    expect(Buffer.concat([...data]).toString('utf8')).toBe(toNdjson(items));
    expect(Buffer.concat([...data]).toString('utf8')).toBe(toNdjson(items));
  });
  it('an empty list is one newline', () => {
    expect(Buffer.concat([...toNdjsonChunks([], (x) => x)]).toString('utf8')).toBe('\n');
  });
});
