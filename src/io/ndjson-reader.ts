// Reads NDJSON (JSON Lines) line by line as it streams: a bad line is a finding and a quarantined
// row (blank lines are no rows), the other lines are read; `row` is the line number.

import type { Readable } from 'node:stream';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Transcoder } from './encoding.js';
import { FlatTable, type Json } from './flatten.js';

export interface JsonInput {
  source: string;
  stream: Readable;
  transcoder: Transcoder;
}

const PREVIEW_CHARS = 80;

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses one line into the table (shared with the JSON reader's NDJSON fallback). */
export function addNdjsonLine(table: FlatTable, text: string, line: number, transcoder: Transcoder): void {
  const trimmed = text.trim();
  if (trimmed === '') return;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    table.diagnostics.push(lineDiagnostic(table.source, line, 'ndjson.syntax', `Line is not valid JSON (${(err as Error).message}); the row is quarantined. Fix or remove the line.`, trimmed));
    table.reject(line, 'ndjson.syntax');
    return;
  }
  if (!isObject(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    table.diagnostics.push(lineDiagnostic(table.source, line, 'ndjson.not_object', `Line holds ${kind}, not an object; the row is quarantined. Each line must be one {…} record.`, trimmed));
    table.reject(line, 'ndjson.not_object');
    return;
  }
  table.add(line, value, transcoder.sawInvalid, transcoder.encoding);
}

function lineDiagnostic(source: string, row: number, code: string, message: string, text: string): Diagnostic {
  return { source, row, field: '', code, severity: 'error', message, value: text.slice(0, PREVIEW_CHARS) };
}

export async function readNdjson(input: JsonInput): Promise<FlatTable> {
  const table = new FlatTable(input.source, []);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  const consume = (text: string): void => {
    let start = 0;
    for (;;) {
      const newline = text.indexOf('\n', start);
      if (newline < 0) break;
      addNdjsonLine(table, text.slice(start, newline), ++line, input.transcoder);
      start = newline + 1;
    }
    pending = text.slice(start);
  };
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      consume(pending + decoder.write(chunk));
      done();
    },
    final(done) {
      consume(pending + decoder.end());
      if (pending !== '') addNdjsonLine(table, pending, ++line, input.transcoder);
      done();
    },
  });
  await pipeline(input.stream, input.transcoder, sink);
  table.finish();
  return table;
}
