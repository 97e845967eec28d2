// Encoding and delimiter sniffing, including the cases a fixed sniff window gets wrong: an accented
// name far down an otherwise ASCII file, and multi-byte characters split across chunks.

import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readSource } from '../../src/io/index.js';
import { sniffEncoding } from '../../src/io/encoding.js';
import { formatFromContent, formatFromPath, formatOf, sniffDelimiter } from '../../src/io/sniff.js';
import { chunked } from './helpers.js';

const asciiRows = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1},Name${i},city${i}\n`).join('');

describe('encoding decided by the first non-ASCII bytes, wherever they are', () => {
  const header = 'id,name,city\n';
  const prefix = asciiRows(20_000); // ≈ 400 KB of ASCII before the first accent
  it.each([
    { name: 'Windows-1252', bytes: Buffer.concat([Buffer.from(header + prefix), iconv.encode('20001,Müller,Zürich\n', 'win1252')]), encoding: 'windows-1252' },
    { name: 'UTF-8', bytes: Buffer.from(`${header}${prefix}20001,Müller,Zürich\n`), encoding: 'utf-8' },
  ])('$name after 400 KB of ASCII', async ({ bytes, encoding }) => {
    const table = await readSource('-', { stdin: chunked(bytes, 65_536) });
    expect(table.encoding).toBe(encoding);
    expect(table.rows.at(-1)!.values).toEqual(['20001', 'Müller', 'Zürich']);
    expect(table.diagnostics).toEqual([]);
  });

  it.each([1, 2, 3])('UTF-8 split across %i-byte chunks is not reported as invalid', async (size) => {
    const table = await readSource('-', { stdin: chunked(Buffer.from('id,name\n1,Łukasz Żółć 😀\n'), size) });
    expect(table.rows[0]!.values[1]).toBe('Łukasz Żółć 😀');
    expect(table.diagnostics).toEqual([]);
  });

  it('a file cut inside a multi-byte character reports invalid bytes', async () => {
    const bytes = Buffer.from('id,name\n1,José\n2,Zoë');
    const table = await readSource('-', { stdin: chunked(bytes.subarray(0, bytes.length - 1), 4) });
    expect(table.diagnostics.map((d) => [d.code, d.row, d.field])).toEqual([['encoding.invalid_bytes', 2, 'name']]);
  });

  it.each([
    { name: 'UTF-8 BOM', bytes: [0xef, 0xbb, 0xbf, 0x61], guess: 'utf-8-bom' },
    { name: 'UTF-16LE BOM', bytes: [0xff, 0xfe, 0x61, 0x00], guess: 'utf-16le' },
    { name: 'UTF-16BE BOM', bytes: [0xfe, 0xff, 0x00, 0x61], guess: 'utf-16be' },
    { name: 'UTF-16LE zero bytes', bytes: [...Buffer.from('id,name\n', 'utf16le')], guess: 'utf-16le' },
    { name: 'UTF-16BE zero bytes', bytes: [...iconv.encode('id,name\n', 'utf16-be')], guess: 'utf-16be' },
    { name: 'ASCII', bytes: [...Buffer.from('id,name\n')], guess: 'auto' },
  ])('sniffEncoding: $name', ({ bytes, guess }) => {
    expect(sniffEncoding(Buffer.from(bytes))).toBe(guess);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['id,name,city\n1,a,b\n', ','],
    ['id;name;city\n1;a;b\n', ';'],
    ['id\tname\n1\tb\n', '\t'],
    ['id|name\n1|b\n', '|'],
    // commas inside quotes do not count; the semicolon splits every record the same way
    ['id;name;note\n1;"Smith, John";"a, b, c"\n2;Bo;x\n', ';'],
    // a European export: decimal commas in the data, semicolons between cells
    ['id;amount\n1;12,50\n2;3,00\n', ';'],
    // a single column: nothing to split on, so the fallback
    ['email\na@x.com\n', ','],
    ['', ','],
  ])('%j → %j', (sample, expected) => {
    expect(sniffDelimiter(sample, false)).toBe(expected);
  });

  it('falls back to the given default', () => {
    expect(sniffDelimiter('email\na@x.com\n', false, '\t')).toBe('\t');
  });
});

describe('format sniffing', () => {
  it.each([
    ['a.csv', 'csv'],
    ['a.TSV', 'csv'],
    ['a.txt.gz', 'csv'],
    ['a.jsonl', 'ndjson'],
    ['a.ndjson.gz', 'ndjson'],
    ['a.json', 'json'],
    ['a.xlsx', undefined],
    ['noext', undefined],
  ])('formatFromPath(%j) → %j', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });

  it.each([
    ['[{"a":1}]', 'json'],
    ['  \n{"a":1}\n{"a":2}\n', 'ndjson'],
    ['{"customers":[{"a":1}]}', 'json'],
    ['{\n  "a": 1\n}\n', 'json'],
    ['id,name\n', 'csv'],
  ])('formatFromContent(%j) → %j', (sample, format) => {
    expect(formatFromContent(sample)).toBe(format);
  });

  it.each([
    // the extension decides, unless the content plainly says otherwise
    ['a.csv', 'id,name\n1,x\n', { format: 'csv' }],
    ['a.csv', '[{"a":1}]', { format: 'json', overrides: 'csv' }],
    ['a.csv', '{"a":1}\n{"a":2}\n', { format: 'ndjson', overrides: 'csv' }],
    ['a.ndjson', '[\n{"a":1},\n{"a":2}\n]\n', { format: 'json', overrides: 'ndjson' }],
    ['a.ndjson', '{"a":1}\n{"a":2}\n', { format: 'ndjson' }],
    ['a.ndjson', '[1,2,3]\n{"a":2}\n', { format: 'ndjson' }],
    // a .json file holding NDJSON is read by the JSON reader, which takes both
    ['a.json', '{"a":1}\n{"a":2}\n', { format: 'json' }],
    ['noext', '[{"a":1}]', { format: 'json' }],
  ])('formatOf(%j, %j) → %j', (path, sample, expected) => {
    expect(formatOf(path, sample, false)).toEqual(expected);
  });
});
