// Lines and elements that are no usable record stay rows of the table, marked `rejected` with the
// reader's code (validation quarantines them), so that no input row drops out of the accounting.
// Blank lines are no rows.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/io/index.js';
import { CsvCollector } from '../../src/io/csv-collector.js';
import { Transcoder } from '../../src/io/encoding.js';

const CASES = [
  {
    name: 'NDJSON: array, string, null, trailing comma, blank line, a good object',
    file: 'a.ndjson',
    text: '[1,2,3]\n"just a string"\nnull\n{"id":3,"name":"Cy",}\n\n{"id":5,"name":"Di"}\n',
    rows: [
      [1, 'ndjson.not_object'],
      [2, 'ndjson.not_object'],
      [3, 'ndjson.not_object'],
      [4, 'ndjson.syntax'],
      [6, undefined],
    ],
  },
  {
    name: 'NDJSON: a bad last line without a final newline',
    file: 'b.ndjson',
    text: '{"id":1}\n   \n42',
    rows: [
      [1, undefined],
      [3, 'ndjson.not_object'],
    ],
  },
  {
    name: 'JSON array: elements that are no objects',
    file: 'c.json',
    text: '[{"id":1}, [1], "s", 7, true, null, {"id":7}]',
    rows: [
      [1, undefined],
      [2, 'json.not_object'],
      [3, 'json.not_object'],
      [4, 'json.not_object'],
      [5, 'json.not_object'],
      [6, 'json.not_object'],
      [7, undefined],
    ],
  },
  {
    name: 'JSON wrapper object: its one array of records',
    file: 'd.json',
    text: '{"customers": [{"id":1}, {"id":2}]}',
    rows: [
      [1, undefined],
      [2, undefined],
    ],
  },
  {
    name: '.json holding NDJSON: the fallback rejects the same way',
    file: 'e.json',
    text: '{"id":1}\n[2]\n\n{"id":4,}\n',
    rows: [
      [1, undefined],
      [2, 'ndjson.not_object'],
      [4, 'ndjson.syntax'],
    ],
  },
];

describe('records that are no objects are rejected rows', () => {
  it.each(CASES)('$name', async ({ file, text, rows }) => {
    const dir = mkdtempSync(join(tmpdir(), 'cdm-io-'));
    const path = join(dir, file);
    writeFileSync(path, text);
    const table = await readSource(path);
    rmSync(dir, { recursive: true });
    expect(table.rows.map((r) => [r.row, r.rejected])).toEqual(rows);
    for (const r of table.rows) {
      expect(r.values).toHaveLength(table.columns.length);
      if (r.rejected) expect(r.values.every((v) => v === '')).toBe(true);
    }
    // Each rejected row has its finding, with the same code at the same row.
    const findings = table.diagnostics.filter((d) => d.row > 0).map((d) => [d.row, d.code]);
    expect(findings).toEqual(rows.filter(([, code]) => code !== undefined));
  });

  it('a CSV record the parser drops is a rejected row, and later rows keep their numbers', () => {
    const collector = new CsvCollector('x.csv', new Transcoder({} as never, 'utf-8'), ',');
    collector.add(['id', 'name']);
    collector.add(['1', 'Ana']);
    expect(collector.skip('csv.unparsable_row')).toBe(2);
    collector.add(['3', 'Cy']);
    expect(collector.rows).toEqual([
      { row: 1, values: ['1', 'Ana'] },
      { row: 2, values: ['', ''], rejected: 'csv.unparsable_row' },
      { row: 3, values: ['3', 'Cy'] },
    ]);
  });
});
