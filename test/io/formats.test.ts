// Every format, encoding and delimiter variant in fixtures/formats reads to the same kind of table,
// from a file and from standard input in tiny chunks.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/io/index.js';
import { FORMATS, chunked } from './helpers.js';

const PEOPLE = {
  columns: ['id', 'first_name', 'last_name', 'email', 'city'],
  rows: [
    ['1', 'José', 'Müller', 'jose@example.com', 'Zürich'],
    ['2', 'Zoë', "O'Brien", 'zoe@example.com', 'Kraków'],
  ],
};

const CASES = [
  { file: 'utf8-bom.csv', format: 'csv', encoding: 'utf-8-bom', delimiter: ',', ...PEOPLE },
  { file: 'utf16le.csv', format: 'csv', encoding: 'utf-16le', delimiter: ',', ...PEOPLE },
  { file: 'utf16be-nobom.csv', format: 'csv', encoding: 'utf-16be', delimiter: ',', ...PEOPLE },
  {
    file: 'cp1252-semicolon.csv',
    format: 'csv',
    encoding: 'windows-1252',
    delimiter: ';',
    columns: ['id', 'first_name', 'last_name', 'notes', 'amount'],
    rows: [
      ['1', 'José', 'Müller', 'Preis 5 €; bezahlt', '-12,50'],
      ['2', 'Zoë', 'Straße', '„Zitat“', '3,00'],
    ],
  },
  {
    file: 'tabs.tsv',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: '\t',
    columns: ['id', 'name', 'city'],
    rows: [
      ['1', 'Anna Lind', 'Malmö'],
      ['2', 'Lars, Jr.', 'Göteborg'],
    ],
  },
  {
    file: 'pipes.txt',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: '|',
    columns: ['id', 'name', 'phone'],
    rows: [
      ['1', 'Ana Díaz', '+34 600 000 001'],
      ['2', 'Li | Wei', '555-0100'],
    ],
  },
  {
    file: 'quoted-crlf.csv',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    columns: ['id', 'name', 'notes'],
    rows: [
      ['1', 'Smith, John', 'line one\r\nline two'],
      ['2', 'Say "hi"', 'plain'],
    ],
  },
  {
    file: 'customers.csv.gz',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    columns: ['id', 'first_name', 'email'],
    rows: [
      ['1', 'Renée', 'renee@example.com'],
      ['2', 'Søren', 'soren@example.com'],
      ['3', 'Łukasz', 'lukasz@example.com'],
    ],
  },
  {
    file: 'array.json',
    format: 'json',
    encoding: 'utf-8',
    delimiter: undefined,
    columns: ['id', 'email', 'name.first', 'name.last', 'opt_in', 'phones'],
    rows: [
      ['1', 'a@example.com', 'Åsa', 'Berg', 'false', ''],
      ['2', 'b@example.com', 'Öla', '', '', '+4670000001; +4670000002'],
    ],
  },
  {
    file: 'nested.ndjson',
    format: 'ndjson',
    encoding: 'utf-8',
    delimiter: undefined,
    columns: ['id', 'name', 'default_address.city', 'default_address.zip', 'tags', 'active', 'addresses.0.city', 'addresses.1.city', 'score', 'note'],
    rows: [
      ['1', 'Ana', 'Lisboa', '1000-001', 'vip; b2b', 'true', '', '', '', ''],
      ['2', 'Bo', '', '', '', '', 'Oslo', 'Bergen', '1.5', ''],
    ],
  },
  {
    file: 'records-noext',
    format: 'ndjson',
    encoding: 'utf-8',
    delimiter: undefined,
    columns: ['id', 'name'],
    rows: [
      ['1', 'Sniffed'],
      ['2', 'Lines'],
    ],
  },
  {
    file: 'wrapped.json',
    format: 'json',
    encoding: 'utf-8',
    delimiter: undefined,
    columns: ['id', 'name'],
    rows: [
      ['1', 'Ana'],
      ['2', 'Bo'],
    ],
  },
] as const;

describe('readSource over fixtures/formats', () => {
  it.each(CASES)('$file', async (c) => {
    const path = FORMATS + c.file;
    const table = await readSource(path);
    expect(table.source).toBe(path);
    expect(table.format).toBe(c.format);
    expect(table.encoding).toBe(c.encoding);
    expect(table.delimiter).toBe(c.delimiter);
    expect(table.columns).toEqual(c.columns);
    expect(table.rows.map((r) => r.values)).toEqual(c.rows);
    expect(table.diagnostics).toEqual([]);
    const bytes = readFileSync(path);
    expect(table.bytes).toBe(bytes.length);
    expect(table.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it("reads Excel's sep= first line as the delimiter, not as the header", async () => {
    const table = await readSource(FORMATS + 'excel-sep-line.csv');
    expect(table.delimiter).toBe(';');
    expect(table.columns).toEqual(['id', 'name', 'city']);
    expect(table.rows).toEqual([
      { row: 1, values: ['1', 'Anna Lind', 'Malmö'] },
      { row: 2, values: ['2', 'Lars, Jr.', 'Göteborg'] },
    ]);
    expect(table.diagnostics.map((d) => [d.code, d.severity])).toEqual([['csv.separator_line', 'info']]);
    expect(table.diagnostics[0]!.message).toContain('read as the delimiter');
  });

  it('skips the sep= line under a delimiter given on the command line, and says which delimiter is used', async () => {
    const table = await readSource(FORMATS + 'excel-sep-line.csv', { delimiter: ',' });
    expect(table.delimiter).toBe(',');
    expect(table.columns).toEqual(['id;name;city']);
    expect(table.diagnostics[0]!.code).toBe('csv.separator_line');
    expect(table.diagnostics[0]!.message).toContain('the delimiter given, ",", is used instead');
  });

  it('numbers NDJSON rows by line, blank lines included', async () => {
    const table = await readSource(FORMATS + 'nested.ndjson');
    expect(table.rows.map((r) => r.row)).toEqual([1, 3]);
  });

  it.each(CASES.filter((c) => c.file !== 'records-noext').flatMap((c) => [1, 3, 7].map((size) => ({ ...c, size }))))(
    'reads $file from standard input in $size-byte chunks',
    async (c) => {
      const bytes = readFileSync(FORMATS + c.file);
      // Standard input has no extension; only the content tells the format.
      const table = await readSource('-', { stdin: chunked(bytes, c.size) });
      expect(table.source).toBe('-');
      expect(table.format).toBe(c.format);
      expect(table.columns).toEqual(c.columns);
      expect(table.rows.map((r) => r.values)).toEqual(c.rows);
      expect(table.bytes).toBe(bytes.length);
    },
  );

  it.each([
    { options: { delimiter: ';' }, columns: ['id', 'first_name', 'last_name', 'notes', 'amount'] },
    { options: { delimiter: ',' }, columns: ['id;first_name;last_name;notes;amount'] },
  ])('honours an explicit delimiter $options.delimiter', async ({ options, columns }) => {
    const table = await readSource(FORMATS + 'cp1252-semicolon.csv', options);
    expect(table.columns).toEqual(columns);
  });

  it('honours an explicit encoding (latin1 reads the € byte as a C1 control)', async () => {
    const table = await readSource(FORMATS + 'cp1252-semicolon.csv', { encoding: 'latin1' });
    expect(table.encoding).toBe('latin1');
    expect(table.rows[0]!.values[1]).toBe('José');
    expect(table.rows[0]!.values[3]).toBe('Preis 5 \u0080; bezahlt');
  });

  it('rejects an unknown encoding name as a usage error', async () => {
    await expect(readSource(FORMATS + 'tabs.tsv', { encoding: 'klingon-8' })).rejects.toMatchObject({ code: 'input.unknown_encoding', exitCode: 2 });
  });

  it('honours an explicit format', async () => {
    const table = await readSource(FORMATS + 'records-noext', { format: 'ndjson' });
    expect(table.rows).toHaveLength(2);
  });
});

describe('a JSON object that wraps its records', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdm-wrapped-'));
  it.each([
    ['an API page: the one collection key beside metadata', '{"meta":{"count":2},"data":[{"id":"1","name":"Ana"},{"id":"2","name":"Bo"}],"next":null}', [['1', 'Ana'], ['2', 'Bo']]],
    ['a collection key in capitals', '{"total":2,"Customers":[{"id":"1","name":"Ana"},{"id":"2","name":"Bo"}]}', [['1', 'Ana'], ['2', 'Bo']]],
  ])('%s: each element is a record', async (_name, text, rows) => {
    const file = join(dir, 'page.json');
    writeFileSync(file, text);
    const table = await readSource(file);
    expect(table.rows.map((r) => r.values.slice(table.columns.indexOf('id'), table.columns.indexOf('id') + 2))).toEqual(rows);
  });

  it('an object that is itself a record keeps its nested list as columns', async () => {
    const file = join(dir, 'one.json');
    writeFileSync(file, '{"id":"1","name":"Ana","addresses":[{"city":"Boston"},{"city":"Austin"}]}');
    const table = await readSource(file);
    expect(table.rows).toHaveLength(1);
    expect(table.columns).toEqual(['id', 'name', 'addresses.0.city', 'addresses.1.city']);
  });

  it('two collections: no guess, one record', async () => {
    const file = join(dir, 'two.json');
    writeFileSync(file, '{"customers":[{"id":"1"}],"orders":[{"id":"9"}],"items":[{"id":"8"}]}');
    expect((await readSource(file)).rows).toHaveLength(1);
  });
});
