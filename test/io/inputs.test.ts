// expandInputs: globs sorted within each pattern, argument order kept, duplicates (one file by any
// spelling or link) dropped, and a
// missing path or an empty glob is an input error.

import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/io/index.js';

describe('expandInputs', () => {
  it.each([
    { patterns: ['fixtures/formats/*.json'], expected: ['fixtures/formats/array.json', 'fixtures/formats/wrapped.json'] },
    { patterns: ['fixtures/formats/tabs.tsv', 'fixtures/formats/*.json', 'fixtures/formats/array.json'], expected: ['fixtures/formats/tabs.tsv', 'fixtures/formats/array.json', 'fixtures/formats/wrapped.json'] },
    { patterns: ['-', 'fixtures/malformed/empty.csv'], expected: ['-', 'fixtures/malformed/empty.csv'] },
    { patterns: ['fixtures/formats/{pipes.txt,tabs.tsv}'], expected: ['fixtures/formats/pipes.txt', 'fixtures/formats/tabs.tsv'] },
    // one file spelled twice is read once, under its first spelling
    { patterns: ['fixtures/formats/tabs.tsv', './fixtures/formats/tabs.tsv', 'fixtures/../fixtures/formats/tabs.tsv'], expected: ['fixtures/formats/tabs.tsv'] },
  ])('$patterns', async ({ patterns, expected }) => {
    expect(await expandInputs(patterns)).toEqual(expected);
  });

  it('a link to a file given is the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdm-inputs-'));
    writeFileSync(join(dir, 'a.csv'), 'id\n1\n');
    symlinkSync(join(dir, 'a.csv'), join(dir, 'link.csv'));
    expect(await expandInputs([join(dir, 'a.csv'), join(dir, 'link.csv')])).toEqual([join(dir, 'a.csv')]);
  });

  it.each([['fixtures/formats/missing.csv'], ['fixtures/formats/*.xlsx']])('%s is input.not_found', async (pattern) => {
    await expect(expandInputs([pattern])).rejects.toMatchObject({ name: 'InputError', code: 'input.not_found', exitCode: 3, file: pattern });
  });
});
