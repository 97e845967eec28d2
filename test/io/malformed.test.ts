// Bad input is reported, never fatal for the rest: each fixture in fixtures/malformed yields its
// stable codes at the right rows and fields, and what can be read is read.

import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, TRUNCATED_CELL_MARKER, readSource } from '../../src/io/index.js';
import { MALFORMED, chunked } from './helpers.js';

const CASES = [
  {
    file: 'ragged.csv',
    rows: [
      ['1', 'Ana', 'ana@example.com'],
      ['2', 'Bo', ''],
      ['3', 'Cy', 'cy@example.com'],
      ['4', 'Di', 'di@example.com'],
    ],
    findings: [
      { code: 'csv.ragged_row', row: 2, field: '', severity: 'warning' },
      { code: 'csv.ragged_row', row: 3, field: '', severity: 'warning', value: 'extra,more' },
      { code: 'csv.ragged_row', row: 4, field: '', severity: 'info', value: '' },
    ],
  },
  {
    file: 'unterminated-quote.csv',
    rows: [
      ['1', 'Ana', 'ana@example.com'],
      ['2', '"Bo', 'bo@example.com'],
      ['3', 'Cy', 'cy@example.com'],
      ['4', 'Di', 'di@example.com'],
    ],
    findings: [{ code: 'csv.unterminated_quote', row: 2, field: 'name', severity: 'error' }],
  },
  {
    file: 'invalid-utf8.csv',
    rows: [
      ['1', 'José', 'Zürich'],
      ['2', 'Bad\uFFFDname', 'Oslo'],
      ['3', 'Zoë', 'Kraków'],
    ],
    findings: [{ code: 'encoding.invalid_bytes', row: 2, field: 'name', severity: 'warning', value: 'Bad\uFFFDname' }],
  },
  {
    file: 'duplicate-headers.csv',
    columns: ['id', 'email', 'email_2', 'name', 'email_3'],
    rows: [['1', 'a@x.com', 'b@x.com', 'Ana', 'c@x.com']],
    findings: [
      { code: 'header.duplicate', row: 0, field: 'email_2', severity: 'warning', value: 'email' },
      { code: 'header.duplicate', row: 0, field: 'email_3', severity: 'warning', value: 'email' },
    ],
  },
  {
    file: 'empty-header.csv',
    columns: ['id', 'column_2', 'name', 'column_4'],
    rows: [['1', 'x', 'Ana', 'y']],
    findings: [
      { code: 'header.empty', row: 0, field: 'column_2', severity: 'warning' },
      { code: 'header.empty', row: 0, field: 'column_4', severity: 'warning' },
    ],
  },
  { file: 'empty.csv', columns: [], rows: [], findings: [{ code: 'file.empty', row: 0, field: '', severity: 'warning' }] },
  { file: 'header-only.csv', columns: ['id', 'name', 'email'], rows: [], findings: [{ code: 'file.header_only', row: 0, field: '', severity: 'warning' }] },
  {
    file: 'bad-lines.ndjson',
    rows: [
      ['1', 'Ana'],
      ['', ''],
      ['3', 'Cy'],
      ['', ''],
    ],
    rowNumbers: [1, 2, 3, 4],
    rejected: [undefined, 'ndjson.syntax', undefined, 'ndjson.syntax'],
    findings: [
      { code: 'ndjson.syntax', row: 2, field: '', severity: 'error' },
      { code: 'ndjson.syntax', row: 4, field: '', severity: 'error' },
    ],
  },
  {
    file: 'not-object.ndjson',
    rows: [['1', 'Ana'], ['', ''], ['', ''], ['', ''], ['', ''], ['6', 'Fay']],
    rowNumbers: [1, 2, 3, 4, 5, 6],
    rejected: [undefined, 'ndjson.not_object', 'ndjson.not_object', 'ndjson.not_object', 'ndjson.not_object', undefined],
    findings: [2, 3, 4, 5].map((row) => ({ code: 'ndjson.not_object', row, field: '', severity: 'error' })),
  },
];

describe('malformed inputs become diagnostics', () => {
  it.each(CASES)('$file', async (c) => {
    const table = await readSource(MALFORMED + c.file);
    if (c.columns) expect(table.columns).toEqual(c.columns);
    expect(table.rows.map((r) => r.values)).toEqual(c.rows);
    if (c.rowNumbers) expect(table.rows.map((r) => r.row)).toEqual(c.rowNumbers);
    expect(table.rows.map((r) => r.rejected)).toEqual(c.rejected ?? c.rows.map(() => undefined));
    expect(table.diagnostics).toEqual(c.findings.map((f) => expect.objectContaining({ source: MALFORMED + c.file, ...f })));
    for (const d of table.diagnostics) expect(d.message.length).toBeGreaterThan(0);
  });

  it('reports an unterminated quote on standard input and keeps the rows before it', async () => {
    const table = await readSource('-', { stdin: chunked(readFileSync(MALFORMED + 'unterminated-quote.csv'), 5) });
    expect(table.rows.map((r) => r.values[0])).toEqual(['1']);
    expect(table.diagnostics.map((d) => [d.code, d.row])).toEqual([['csv.unterminated_quote', 2]]);
  });

  it.each([
    {
      name: 'in the header',
      text: 'id,"name\n1,Ana\n2,Bo\n',
      columns: ['id', '"name'],
      rows: [['1', 'Ana'], ['2', 'Bo']],
      findings: [['csv.unterminated_quote', 0, '']],
    },
    {
      name: 'on the last line, without a final newline',
      text: 'id,name\n1,Ana\n2,"Bo',
      columns: ['id', 'name'],
      rows: [['1', 'Ana'], ['2', '"Bo']],
      findings: [['csv.unterminated_quote', 2, 'name']],
    },
    {
      name: 'after a quoted multi-line cell, with CRLF',
      text: 'id,name\r\n1,"Ana\r\nMaria"\r\n2,"Bo\r\n3,Cy\r\n',
      columns: ['id', 'name'],
      rows: [['1', 'Ana\r\nMaria'], ['2', '"Bo'], ['3', 'Cy']],
      findings: [['csv.unterminated_quote', 2, 'name']],
    },
  ])('recovers from an unterminated quote $name', async ({ text, columns, rows, findings }) => {
    const dir = mkdtempSync(join(tmpdir(), 'cdm-io-'));
    const path = join(dir, 'quotes.csv');
    writeFileSync(path, text);
    const table = await readSource(path);
    rmSync(dir, { recursive: true });
    expect(table.columns).toEqual(columns);
    expect(table.rows.map((r) => r.values)).toEqual(rows);
    expect(table.diagnostics.map((d) => [d.code, d.row, d.field])).toEqual(findings);
  });

  it.each([
    { file: 'broken.json', line: 3, column: 26 },
    { file: 'truncated.json', line: 3, column: 16 },
  ])('$file is an input error naming line $line, column $column', async ({ file, line, column }) => {
    await expect(readSource(MALFORMED + file)).rejects.toMatchObject({ name: 'InputError', code: 'json.syntax', exitCode: 3, row: line, column });
  });
});

describe('huge cells', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cdm-io-'));
    const blob = 'x'.repeat(MAX_CELL_CHARS + 200_000);
    writeFileSync(join(dir, 'huge-cell.csv'), `id,notes,email\n1,"${blob}",a@example.com\n2,short,b@example.com\n`);
    writeFileSync(join(dir, 'huge-cell.ndjson'), `${JSON.stringify({ id: 1, notes: blob })}\n${JSON.stringify({ id: 2, notes: 'short' })}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['huge-cell.csv', 'huge-cell.ndjson'])('%s: the cell is replaced by the marker, the rest is read', async (file) => {
    const table = await readSource(join(dir, file));
    expect(table.rows.map((r) => r.values[1])).toEqual([TRUNCATED_CELL_MARKER, 'short']);
    expect(table.diagnostics.map((d) => [d.code, d.row, d.field, d.severity])).toEqual([['cell.too_large', 1, 'notes', 'error']]);
    expect(table.diagnostics[0]!.value!.length).toBeLessThanOrEqual(80);
  });
});

describe('inputs that cannot be read at all', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdm-io-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a directory', async () => {
    await expect(readSource(dir)).rejects.toMatchObject({ name: 'InputError', code: 'input.unreadable', exitCode: 3, file: dir });
  });

  it('a missing file', async () => {
    await expect(readSource(join(dir, 'nope.csv'))).rejects.toMatchObject({ code: 'input.unreadable', exitCode: 3 });
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const path = join(dir, 'secret.csv');
    writeFileSync(path, 'a\n1\n');
    chmodSync(path, 0o000);
    await expect(readSource(path)).rejects.toMatchObject({ code: 'input.unreadable', exitCode: 3 });
  });

  it('a .gz file whose body is corrupt', async () => {
    const path = join(dir, 'corrupt.csv.gz');
    writeFileSync(path, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xde, 0xad, 0xbe, 0xef]));
    await expect(readSource(path)).rejects.toMatchObject({ name: 'InputError', exitCode: 3 });
  });
});

describe('a spreadsheet workbook given as an input', () => {
  it.each([
    ['an xlsx (a ZIP file) named .csv', 'book.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])],
    ['an xls (OLE2) named .xls', 'book.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00])],
  ])('%s is refused with input.spreadsheet (not read as text)', async (_name, file, bytes) => {
    const dir = mkdtempSync(join(tmpdir(), 'cdm-workbook-'));
    writeFileSync(join(dir, file), Buffer.concat([bytes, Buffer.from('garbage,more\ngarbage\n')]));
    await expect(readSource(join(dir, file))).rejects.toMatchObject({ code: 'input.spreadsheet', exitCode: 3 });
    rmSync(dir, { recursive: true });
  });
});
