// Reads a JSON array as it streams: a small scanner cuts the text into top-level elements (tracking
// strings, nesting, line and column) and each element is JSON.parse'd alone, so memory holds one
// element of text at a time. `row` is the element's 1-based position; an element that is no object
// is a finding and a quarantined row.

import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../core/errors.js';
import { FlatTable, type Json } from './flatten.js';
import { addNdjsonLine, type JsonInput } from './ndjson-reader.js';

type State = 'start' | 'before' | 'element' | 'after' | 'end' | 'whole';

const PREVIEW_CHARS = 80;

const WS = new Set([0x20, 0x09, 0x0a, 0x0d, 0xfeff]);

export interface JsonResult {
  table: FlatTable;
  /** 'ndjson' when a `.json` file turned out to hold one object per line. */
  format: 'json' | 'ndjson';
}

class ArrayScanner {
  state: State = 'start';
  line = 1;
  column = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;
  private parts: string[] = [];
  private startLine = 0;
  private startColumn = 0;
  private elements = 0;
  readonly whole: string[] = [];

  constructor(
    private readonly source: string,
    private readonly onElement: (row: number, value: unknown) => void,
  ) {}

  write(text: string): void {
    if (this.state === 'whole') {
      this.whole.push(text);
      return;
    }
    let segment = this.state === 'element' ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.state === 'element') {
        if (this.endsElement(c)) {
          const inclusive = !this.scalar;
          this.parts.push(text.slice(segment, inclusive ? i + 1 : i));
          this.emit();
          segment = -1;
          this.state = 'after';
          if (inclusive) {
            this.advance(c);
            continue;
          }
        } else {
          this.advance(c);
          continue;
        }
      }
      if (WS.has(c)) {
        this.advance(c);
        continue;
      }
      if (this.state === 'start') {
        if (c === 0x7b) {
          // `{`: a single object or NDJSON named .json; collected whole and decided at the end.
          this.state = 'whole';
          this.whole.push(text.slice(i));
          return;
        }
        if (c !== 0x5b) this.fail('the file does not start with [ (a JSON array)');
        this.state = 'before';
      } else if (this.state === 'before' && c === 0x5d) {
        this.state = 'end'; // `[]`, or a trailing comma before `]`, which we tolerate
      } else if (this.state === 'before') {
        this.state = 'element';
        this.startLine = this.line;
        this.startColumn = this.column + 1;
        this.scalar = c !== 0x7b && c !== 0x5b && c !== 0x22;
        this.inString = c === 0x22;
        this.depth = c === 0x7b || c === 0x5b ? 1 : 0;
        this.escaped = false;
        segment = i;
      } else if (this.state === 'after' && c === 0x2c) {
        this.state = 'before';
      } else if (this.state === 'after' && c === 0x5d) {
        this.state = 'end';
      } else {
        this.fail(this.state === 'after' ? 'expected , or ] after an array element' : 'unexpected text after the closing ]');
      }
      this.advance(c);
    }
    if (this.state === 'element' && segment >= 0) this.parts.push(text.slice(segment));
  }

  end(): void {
    if (this.state === 'element' && this.scalar) {
      this.emit();
      this.state = 'after';
    }
    if (this.state === 'start') return; // empty file
    if (this.state !== 'end' && this.state !== 'whole') this.fail('the file ends before the array is closed with ] (truncated export?)');
  }

  private advance(c: number): void {
    if (c === 0x0a) {
      this.line++;
      this.column = 0;
    } else {
      this.column++;
    }
  }

  /** Whether character `c` ends the current element (for a scalar: the character after it). */
  private endsElement(c: number): boolean {
    if (this.scalar) return c === 0x2c || c === 0x5d || WS.has(c);
    if (this.escaped) {
      this.escaped = false;
      return false;
    }
    if (this.inString) {
      if (c === 0x5c) this.escaped = true;
      else if (c === 0x22) {
        this.inString = false;
        return this.depth === 0; // a top-level string element
      }
      return false;
    }
    if (c === 0x22) this.inString = true;
    else if (c === 0x7b || c === 0x5b) this.depth++;
    else if (c === 0x7d || c === 0x5d) return --this.depth === 0;
    return false;
  }

  private emit(): void {
    const text = this.parts.join('');
    this.parts = [];
    this.elements++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const [line, column] = positionIn(text, (err as Error).message, this.startLine, this.startColumn);
      this.fail(`element ${this.elements} is not valid JSON (${(err as Error).message})`, line, column);
    }
    this.onElement(this.elements, value);
  }

  fail(what: string, line = this.line, column = this.column + 1): never {
    throw new InputError('json.syntax', `${this.source}: line ${line}, column ${column}: ${what}. Fix the JSON, or export one object per line (NDJSON).`, this.source, line, column);
  }
}

/** Line and column of JSON.parse's "at position N" inside an element that starts at line:column. */
function positionIn(text: string, message: string, line: number, column: number): [number, number] {
  const match = /at position (\d+)/.exec(message);
  if (!match) return [line, column];
  const before = text.slice(0, Number(match[1]));
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return [line, column + before.length];
  return [line + newlines, before.length - before.lastIndexOf('\n')];
}

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function readJson(input: JsonInput): Promise<JsonResult> {
  const table = new FlatTable(input.source, []);
  const { transcoder } = input;
  const addElement = (row: number, value: unknown): void => {
    if (isObject(value)) {
      table.add(row, value, transcoder.sawInvalid, transcoder.encoding);
      return;
    }
    table.diagnostics.push({
      source: input.source,
      row,
      field: '',
      code: 'json.not_object',
      severity: 'error',
      message: `Element is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}, not an object; the row is quarantined. Each element must be one {…} record.`,
      value: JSON.stringify(value).slice(0, PREVIEW_CHARS),
    });
    table.reject(row, 'json.not_object');
  };
  const scanner = new ArrayScanner(input.source, addElement);
  const decoder = new StringDecoder('utf8');
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      try {
        scanner.write(decoder.write(chunk));
        done();
      } catch (err) {
        done(err as Error);
      }
    },
    final(done) {
      try {
        scanner.write(decoder.end());
        scanner.end();
        done();
      } catch (err) {
        done(err as Error);
      }
    },
  });
  await pipeline(input.stream, transcoder, sink);
  if (scanner.state !== 'whole') {
    table.finish();
    return { table, format: 'json' };
  }
  return readWholeObject(scanner.whole.join(''), table, input, addElement, scanner);
}

/** Keys under which an export or an API page wraps its records. */
const COLLECTION_KEYS: ReadonlySet<string> = new Set(['data', 'items', 'results', 'records', 'rows', 'entries', 'customers', 'contacts', 'clients', 'users', 'people', 'persons', 'members', 'leads', 'accounts', 'subscribers']);

/** The records a top-level object wraps: the array of objects under its only key
 * (`{"customers": [...]}`), or under the one collection key of an API page
 * (`{"meta": {...}, "data": [...], "next": "…"}`, read as one record it merged different people).
 * Undefined for an object that is itself a record (`{"id": 1, "addresses": [...]}`). */
function wrappedRecords(record: { [key: string]: Json }): Json[] | undefined {
  const isList = (v: Json | undefined): v is Json[] => Array.isArray(v) && v.length > 0 && v.every(isObject);
  const keys = Object.keys(record);
  const candidates = keys.length === 1 ? keys : keys.filter((k) => COLLECTION_KEYS.has(k.toLowerCase()));
  const lists = candidates.map((k) => record[k]).filter(isList);
  return lists.length === 1 ? lists[0] : undefined;
}

/**
 * A top-level object: `{"customers": [...]}` (one array of records, read as the array), a single
 * record, or — when it does not parse as one value but its first line does — NDJSON named `.json`.
 */
function readWholeObject(text: string, table: FlatTable, input: JsonInput, addElement: (row: number, value: unknown) => void, scanner: ArrayScanner): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const lines = text.split('\n');
    let firstLineIsObject = false;
    try {
      firstLineIsObject = isObject(JSON.parse(lines[0]!));
    } catch {
      firstLineIsObject = false;
    }
    if (!firstLineIsObject) scanner.fail(`the file does not parse as JSON (${(err as Error).message})`, 1, 1);
    lines.forEach((line, i) => addNdjsonLine(table, line, i + 1, input.transcoder));
    table.finish();
    return { table, format: 'ndjson' };
  }
  const record = value as { [key: string]: Json };
  const only = wrappedRecords(record);
  if (only !== undefined) only.forEach((item, i) => addElement(i + 1, item));
  else addElement(1, record);
  table.finish();
  return { table, format: 'json' };
}
