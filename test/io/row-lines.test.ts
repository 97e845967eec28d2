// Where each CSV row starts in the file (for annotations): quoted cells spanning lines, blank lines,
// CR LF inside and outside cells, Excel's `sep=` line and the unclosed-quote recovery all shift the
// rows after them; a plain file stores no shifts at all.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOfRow, placeOnLines, readSource } from '../../src/io/index.js';
import { gzipSync } from 'node:zlib';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { defaultLineOf } from '../../src/report/index.js';
import { chunked } from './helpers.js';

const CASES = [
  { name: 'a plain file', text: 'id,name\n1,a\n2,b\n3,c', lines: [2, 3, 4], shifted: false },
  { name: 'a plain CR LF file', text: 'id,name\r\n1,a\r\n2,b\r\n', lines: [2, 3], shifted: false },
  { name: 'a quoted cell spanning lines', text: 'id,name\n1,"a\nb"\n2,c\n3,d\n', lines: [2, 4, 5], shifted: true },
  { name: 'blank lines between rows', text: 'id,name\n1,a\n\n\n2,b\n3,c\n', lines: [2, 5, 6], shifted: true },
  { name: 'blank lines before the header', text: '\n\nid,name\n1,a\n2,b\n', lines: [4, 5], shifted: true },
  { name: 'CR LF rows with CR LF inside cells', text: 'id,name\r\n1,"a\r\nb\r\nc"\r\n2,d\r\n\r\n3,"e\r\nf"\r\n4,g\r\n', lines: [2, 5, 7, 9], shifted: true },
  { name: 'CR LF rows with LF inside cells (Excel)', text: 'id,name\r\n1,"a\nb"\r\n2,c\r\n', lines: [2, 4], shifted: true },
  { name: 'LF rows with CR LF inside cells', text: 'id,name\n1,"a\r\nb"\n2,c\n', lines: [2, 4], shifted: true },
  { name: "Excel's sep= line", text: 'sep=;\nid;name\n1;a\n2;"b\nc"\n3;d\n', lines: [3, 4, 6], shifted: true },
  { name: 'a multi-line last row without a final newline', text: 'id,name\n1,a\n2,"b\nc"', lines: [2, 3], shifted: false },
  {
    name: 'an unclosed quote (recovered on a second pass)',
    text: 'id,name\n1,"a\nb"\n2,"Bo\n3,Cy\n\n4,Di\n5,E\n',
    lines: [2, 4, 5, 7, 8],
    shifted: true,
  },
];

describe('the line each CSV row starts on', () => {
  it.each(CASES)('$name', async ({ text, lines, shifted }) => {
    const dir = mkdtempSync(join(tmpdir(), 'cdm-io-'));
    const path = join(dir, 'lines.csv');
    writeFileSync(path, text);
    const table = await readSource(path);
    rmSync(dir, { recursive: true });
    expect(table.rows.map((r) => lineOfRow(table.rowLines, r.row))).toEqual(lines);
    expect(table.rowLines !== undefined).toBe(shifted);
  });

  it.each([1, 2, 3, 7])('is the same when the input arrives in %i-byte chunks', async (size) => {
    for (const c of CASES.filter((k) => !k.name.includes('unclosed'))) {
      const table = await readSource('-', { stdin: chunked(Buffer.from(c.text), size), format: 'csv' });
      expect(table.rows.map((r) => lineOfRow(table.rowLines, r.row)), c.name).toEqual(c.lines);
    }
  });

  it('on a large file, after many multi-line cells, matches the lines counted from the text', async () => {
    const parts = ['id,name,note'];
    for (let i = 1; i <= 30_000; i++) parts.push(i % 7 === 0 ? `${i},n${i},"line one\nline two"` : i % 11 === 0 ? `${i},n${i},x\n` : `${i},n${i},x`);
    const text = `${parts.join('\n')}\n`;
    const expected: number[] = [];
    let line = 2;
    for (const part of parts.slice(1)) {
      expected.push(line);
      line += part.split('\n').length;
    }
    const dir = mkdtempSync(join(tmpdir(), 'cdm-io-'));
    const path = join(dir, 'big.csv');
    writeFileSync(path, text);
    const table = await readSource(path);
    rmSync(dir, { recursive: true });
    expect(table.rows.map((r) => lineOfRow(table.rowLines, r.row))).toEqual(expected);
  });

  it('placeOnLines sets `line` only on row findings of shifted tables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdm-io-'));
    writeFileSync(join(dir, 'a.csv'), 'id,name\n1,"a\nb"\n2,c\n');
    writeFileSync(join(dir, 'b.csv'), 'id,name\n1,a\n2,c\n');
    const tables = [await readSource(join(dir, 'a.csv')), await readSource(join(dir, 'b.csv'))];
    rmSync(dir, { recursive: true });
    const finding = (source: string, row: number): Diagnostic => ({ source, row, field: '', code: 'x.y', severity: 'error', message: 'm' });
    const diagnostics = [finding(tables[0]!.source, 2), finding(tables[0]!.source, 0), finding(tables[1]!.source, 2)];
    placeOnLines(diagnostics, tables);
    expect(diagnostics.map((d) => d.line)).toEqual([4, undefined, undefined]);
  });

  it('placeOnLines places rows by the format read, not the name: NDJSON rows on their line, JSON elements on none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdm-io-'));
    // Compressed: the names do not end in .ndjson or .json.
    writeFileSync(join(dir, 'lines.ndjson.gz'), gzipSync('{"id":"1"}\n{"id":"2"}\n'));
    writeFileSync(join(dir, 'array.json.gz'), gzipSync('[{"id":"1"},{"id":"2"}]'));
    const tables = [await readSource(join(dir, 'lines.ndjson.gz')), await readSource(join(dir, 'array.json.gz'))];
    rmSync(dir, { recursive: true });
    expect(tables.map((t) => t.format)).toEqual(['ndjson', 'json']);
    const finding = (source: string, row: number): Diagnostic => ({ source, row, field: '', code: 'x.y', severity: 'error', message: 'm' });
    const diagnostics = [finding(tables[0]!.source, 2), finding(tables[1]!.source, 2)];
    placeOnLines(diagnostics, tables);
    expect(diagnostics.map((d) => d.line)).toEqual([2, 0]);
    expect(diagnostics.map(defaultLineOf)).toEqual([2, undefined]);
  });
});
