// A stray quote that swallows the rows after it into one cell is a csv.stray_quote warning on that
// row and column; real multi-line cells (addresses, notes) are not.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/io/index.js';
import { swallowedRowsCell } from '../../src/io/cell-checks.js';

const STRAY = 'id,first_name,last_name,email,city\n1,"Ann,Lee,a@b.org,X\n2,Bo,Chu,b@c.org,Y\n3,Cy",Dee,c@d.org,Z\n4,Di,Eve,d@e.org,W\n';

const CASES = [
  { name: 'a stray quote swallowing two rows', text: STRAY, findings: [[1, 'first_name']], rows: 2 },
  { name: 'the same with CR LF', text: STRAY.replace(/\n/g, '\r\n'), findings: [[1, 'first_name']], rows: 2 },
  {
    name: 'a stray quote in a later column, semicolons',
    text: 'id;name;street;city\n1;Ann;"12 Main;X\n2;Bo;5 Elm;Y\n3;Cy";Z\n',
    findings: [[1, 'street']],
    rows: 1,
  },
  {
    name: 'addresses with line breaks',
    text: 'id,name,street,city\n1,Ann,"12 Main St\nApt 4",X\n2,Bo,"5 Elm St\r\nUnit 2, Rear\r\nBuilding C",Y\n3,Cy,"PO Box 9\n\nc/o Dee, Ltd",Z\n',
    findings: [],
    rows: 3,
  },
  { name: 'a two-column file with a comma in a note line', text: 'id,note\n1,"called back\nsays: yes, later"\n2,x\n', findings: [], rows: 2 },
  { name: 'a notes cell with a comma-separated list on its own line', text: 'id,name,email,notes\n1,Ann,a@b.org,"likes:\ntea, cake"\n', findings: [], rows: 1 },
];

describe('csv.stray_quote', () => {
  it.each(CASES)('$name', async ({ text, findings, rows }) => {
    const dir = mkdtempSync(join(tmpdir(), 'cdm-io-'));
    const path = join(dir, 'quotes.csv');
    writeFileSync(path, text);
    const table = await readSource(path);
    rmSync(dir, { recursive: true });
    expect(table.rows).toHaveLength(rows);
    const stray = table.diagnostics.filter((d) => d.code === 'csv.stray_quote');
    expect(stray.map((d) => [d.row, d.field])).toEqual(findings);
    for (const d of stray) {
      expect(d.severity).toBe('warning');
      expect(d.source).toBe(path);
    }
  });

  it.each([
    { cells: ['1', 'a\n2,b,c'], width: 3, at: 1 },
    { cells: ['1', 'a\n2,b'], width: 3, at: -1 },
    { cells: ['1', 'a,b,c\nd'], width: 3, at: -1 }, // delimiters on the first line only
    { cells: ['a\nb,c', 'x'], width: 2, at: -1 }, // two columns: one comma is no row
    { cells: ['a\nb,c,d', 'x'], width: 2, at: 0 },
    { cells: ['x', 'y\r\n1;2;3;4'], width: 4, delimiter: ';', at: 1 },
  ])('swallowedRowsCell($cells, width $width) = $at', ({ cells, width, delimiter, at }) => {
    expect(swallowedRowsCell(cells, delimiter ?? ',', width)).toBe(at);
  });
});
