// Writers: atomic single files, whole output sets swapped in, and deterministic CSV/JSON/NDJSON bytes
// with the spreadsheet formula guard.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_BYTES, OUTPUT_MARKER, Utf8Chunks, guardFormula, recoverOutputSet, unguardFormula, toCsv, toCsvChunks, toCsvReference, toJson, toNdjson, writeFileAtomic, writeOutputSet, type CsvCell } from '../../src/io/index.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdm-io-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('guardFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+cmd|\' /C calc\'!A0', `'+cmd|' /C calc'!A0`],
    ['-2+3+cmd|x', `'-2+3+cmd|x`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\rfoo', `'\rfoo`],
    // A lone sign is text in every spreadsheet; `-` is also standard input's source name.
    ['-', '-'],
    ['+', '+'],
    // Plain numbers and phone-like values cannot call anything; guarding them would corrupt them.
    ['-12.50', '-12.50'],
    ['+14155550123', '+14155550123'],
    ['+1 (415) 555-0123', '+1 (415) 555-0123'],
    ['-1,000', '-1,000'],
    ['Smith', 'Smith'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
    // Read back (an export of golden.csv), the guarded cell is the value again.
    expect(unguardFormula(guardFormula(input))).toBe(input);
  });

  it.each([
    // Not what the guard writes: a value that begins with a quote of its own stays whole.
    ["'quoted'", "'quoted'"],
    ["'-12.50", "'-12.50"],
    ["'", "'"],
  ])('unguardFormula leaves %j as %j', (input, expected) => {
    expect(unguardFormula(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it.each([
    { formulaGuard: true, expected: 'id,name,note\n1,"Smith, John",\'=1+2\n2,,-5\n' },
    { formulaGuard: false, expected: 'id,name,note\n1,"Smith, John",=1+2\n2,,-5\n' },
  ])('formulaGuard $formulaGuard', ({ formulaGuard, expected }) => {
    expect(toCsv(['id', 'name', 'note'], [[1, 'Smith, John', '=1+2'], [2, null, -5]], { formulaGuard })).toBe(expected);
  });

  it('quotes quotes and line breaks and pads short rows', () => {
    expect(toCsv(['a', 'b'], [['say "hi"', 'x\ny'], ['only']])).toBe('a,b\n"say ""hi""","x\ny"\nonly,\n');
  });

  it('guards the header too', () => {
    expect(toCsv(['=evil'], [])).toBe(`'=evil\n`);
  });
});

describe('toJson / toNdjson', () => {
  const objects = [{ golden_id: 'g1', name: 'Åsa', n: 1 }, { golden_id: 'g2', name: null }];
  it('toJson is a 2-space array with a final newline', () => {
    expect(toJson(objects)).toBe('[\n  {\n    "golden_id": "g1",\n    "name": "Åsa",\n    "n": 1\n  },\n  {\n    "golden_id": "g2",\n    "name": null\n  }\n]\n');
  });
  it('toNdjson is one object per line', () => {
    expect(toNdjson(objects)).toBe('{"golden_id":"g1","name":"Åsa","n":1}\n{"golden_id":"g2","name":null}\n');
    expect(toNdjson([])).toBe('');
  });
});

describe('writeFileAtomic', () => {
  it('writes, replaces and leaves no temp file behind', async () => {
    const path = join(dir, 'sub', 'golden.csv');
    await writeFileAtomic(path, 'a\n1\n');
    await writeFileAtomic(path, Buffer.from('a\n2\n'));
    expect(readFileSync(path, 'utf8')).toBe('a\n2\n');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['golden.csv']);
  });

  it('leaves the previous file intact when the write fails', async () => {
    const path = join(dir, 'golden.csv');
    writeFileSync(path, 'old\n');
    mkdirSync(join(dir, 'golden.csv.blocker'));
    await expect(writeFileAtomic(join(dir, 'golden.csv.blocker'), 'x')).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).sort()).toEqual(['golden.csv', 'golden.csv.blocker']);
  });
});

describe('toCsv agrees byte for byte with csv-stringify', () => {
  it.each([
    ['plain', ['a', 'b'], [['1', '2']]],
    ['no rows', ['a', 'b'], []],
    ['empty cells and a lone empty cell', ['a'], [[''], [null], [undefined]]],
    ['numbers', ['p', 'n'], [[0.5, 0], [-3, 1e21]]],
    ['quotes, commas, line breaks', ['x,y', 'say "hi"'], [['a,b', 'he said "no"'], ['line\nbreak', 'cr\rlf\r\n'], ['"', ',']]],
    ['formulas', ['=SUM(A1)', 'b'], [['=1+2', '+14155550123'], ['@cmd', '-2+3+cmd|x'], ['\tx', '-12.5']]],
    ['unicode', ['名前', 'é'], [['Zoë', '“curly”'], ['\u2028', '\ufeffbom']]],
  ] as [string, string[], CsvCell[][]][])('%s', (_, columns, rows) => {
    for (const formulaGuard of [true, false]) {
      expect(toCsv(columns, rows, { formulaGuard })).toBe(toCsvReference(columns, rows, { formulaGuard }));
    }
  });

  it('on seeded random cells of the characters that matter', () => {
    const alphabet = ['a', 'Z', '0', ',', '"', '\n', '\r', ' ', '=', '+', '-', '@', '\t', "'", ';', 'é'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const cell = () => Array.from({ length: Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const columns = ['c1', 'c2', 'c3'];
    const rows = Array.from({ length: 3000 }, () => columns.map(() => cell()));
    expect(toCsv(columns, rows)).toBe(toCsvReference(columns, rows));
    expect(toCsv(columns, rows, { formulaGuard: false })).toBe(toCsvReference(columns, rows, { formulaGuard: false }));
  });
});

describe('writeOutputSet', () => {
  const list = (path: string) => readdirSync(path).sort();

  it('creates the set, then replaces it whole', async () => {
    const out = join(dir, 'cdm-out');
    await writeOutputSet(out, [
      { name: 'golden.csv', data: 'g\n' },
      { name: 'quarantine.csv', data: 'q\n' },
    ]);
    expect(list(out)).toEqual([OUTPUT_MARKER, 'golden.csv', 'quarantine.csv']);
    await writeOutputSet(out, [{ name: 'golden.csv', data: 'g2\n' }]);
    expect(list(out)).toEqual([OUTPUT_MARKER, 'golden.csv']);
    expect(readFileSync(join(out, 'golden.csv'), 'utf8')).toBe('g2\n');
    expect(list(dir)).toEqual(['cdm-out']);
  });

  it.each([
    ['one string', 'a,b\n1,2\n', 'a,b\n1,2\n'],
    ['one buffer', Buffer.from('é\n'), 'é\n'],
    ['chunks in order', [Buffer.from('{"a":1}\n'), Buffer.from('{"b":"ü"}\n'), Buffer.from('{"c":3}\n')], '{"a":1}\n{"b":"ü"}\n{"c":3}\n'],
    ['no chunks', [], ''],
  ] as const)('writes data given as %s', async (_, data, expected) => {
    const out = join(dir, 'cdm-out');
    await writeOutputSet(out, [{ name: 'members.ndjson', data }]);
    expect(readFileSync(join(out, 'members.ndjson'), 'utf8')).toBe(expected);
  });

  it('keeps the previous set and reports the error when a file fails while being rendered', async () => {
    const out = join(dir, 'cdm-out');
    await writeOutputSet(out, [{ name: 'golden.csv', data: 'old\n' }]);
    function* failing(): Generator<Buffer> {
      yield Buffer.from('first chunk\n');
      throw new Error('render failed');
    }
    const files = [
      { name: 'golden.csv', data: 'new\n' },
      { name: 'members.ndjson', data: { [Symbol.iterator]: failing } },
    ];
    await expect(writeOutputSet(out, files)).rejects.toThrow('render failed');
    expect(readFileSync(join(out, 'golden.csv'), 'utf8')).toBe('old\n');
    await writeOutputSet(out, [{ name: 'golden.csv', data: 'next\n' }]);
    expect(list(dir)).toEqual(['cdm-out']);
  });

  it('refuses to replace a directory that cdm did not write', async () => {
    const out = join(dir, 'documents');
    mkdirSync(out);
    writeFileSync(join(out, 'thesis.docx'), 'precious');
    await expect(writeOutputSet(out, [{ name: 'golden.csv', data: 'g\n' }])).rejects.toMatchObject({ code: 'output.not_cdm_dir', exitCode: 2 });
    expect(list(out)).toEqual(['thesis.docx']);
  });

  it('writes into an existing empty directory', async () => {
    const out = join(dir, 'empty');
    mkdirSync(out);
    await writeOutputSet(out, [{ name: 'golden.csv', data: 'g\n' }]);
    expect(list(out)).toEqual([OUTPUT_MARKER, 'golden.csv']);
  });

  it.each(['../escape.csv', 'a/b.csv', '', OUTPUT_MARKER])('rejects the file name %j', async (name) => {
    await expect(writeOutputSet(join(dir, 'out'), [{ name, data: 'x' }])).rejects.toThrow();
  });

  // The states a run killed at each step leaves behind, and what recovery makes of them.
  it.each([
    { state: 'killed between the renames', target: null, old: 'previous', fresh: 'new', expected: 'new' },
    { state: 'killed between the renames, new set lost', target: null, old: 'previous', fresh: null, expected: 'previous' },
    { state: 'killed before deleting the old set', target: 'new', old: 'previous', fresh: null, expected: 'new' },
    { state: 'killed while writing the new set', target: 'previous', old: null, fresh: 'half', expected: 'previous' },
  ])('recovers when $state', async ({ target, old, fresh, expected }) => {
    const out = join(dir, 'cdm-out');
    const make = (path: string, content: string | null) => {
      if (content === null) return;
      mkdirSync(path);
      writeFileSync(join(path, 'golden.csv'), content);
      writeFileSync(join(path, OUTPUT_MARKER), '');
    };
    make(out, target);
    make(`${out}.cdm-old`, old);
    make(`${out}.cdm-new`, fresh);
    await recoverOutputSet(out);
    expect(readFileSync(join(out, 'golden.csv'), 'utf8')).toBe(expected);
    expect(existsSync(`${out}.cdm-old`)).toBe(false);
    expect(existsSync(`${out}.cdm-new`)).toBe(false);
  });
});

describe('toCsvChunks', () => {
  it.each([
    ['no rows', 0],
    ['a few rows', 3],
    ['rows past one chunk', 120_000],
  ])('%s: the chunks are the bytes of toCsv', (_, count) => {
    const columns = ['id', 'name', 'note'];
    const rows = (): Generator<CsvCell[]> =>
      (function* () {
        for (let i = 0; i < count; i++) yield [i, `Zoë "${i}"`, i % 7 === 0 ? '=SUM(A1)' : 'line\nbreak, comma'];
      })();
    const chunks = [...toCsvChunks(columns, rows())];
    expect(Buffer.concat(chunks).toString('utf8')).toBe(toCsv(columns, [...rows()]));
    if (count > 100_000) expect(chunks.length).toBeGreaterThan(1);
  });
});

describe('Utf8Chunks', () => {
  const drain = (lines: string[]) => {
    const chunks = new Utf8Chunks();
    const out: Buffer[] = [];
    for (const line of lines) {
      const full = chunks.push(line);
      if (full) out.push(full);
    }
    const last = chunks.take();
    if (last) out.push(last);
    return out;
  };

  it.each([
    ['no lines', []],
    ['short ASCII lines', ['a,b\n', '1,2\n']],
    ['multi-byte text', ['José,Zoë,Łukasiewicz\n', '😀 emoji\n', 'ß\n']],
    ['a line longer than a chunk', ['x'.repeat(CHUNK_BYTES + 10) + '\n', 'é\n']],
    ['many lines over several chunks', Array.from({ length: 50_000 }, (_, i) => `row ${i},é,${'y'.repeat(i % 40)}\n`)],
  ])('%s: the chunks are the UTF-8 of the lines, in order', (_, lines) => {
    const chunks = drain(lines);
    expect(Buffer.concat(chunks).equals(Buffer.from(lines.join(''), 'utf8'))).toBe(true);
    for (const c of chunks.slice(0, -1)) expect(c.length).toBeGreaterThan(0);
    if (lines.length === 50_000) expect(chunks.length).toBeGreaterThan(3);
  });
});
