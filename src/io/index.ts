// TEMPORARY minimal reader (UTF-8 CSV, JSON array, NDJSON) so that other stages can be built against
// the io contract; the io engineer replaces it with the streaming, sniffing readers.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { InputFormat, SourceTable } from '../core/record.js';

export interface ReadOptions {
  format?: InputFormat;
  delimiter?: string;
  encoding?: string;
}

export async function readSource(source: string, options: ReadOptions = {}): Promise<SourceTable> {
  const buffer = readFileSync(source);
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const format: InputFormat = options.format ?? (source.endsWith('.ndjson') ? 'ndjson' : source.endsWith('.json') ? 'json' : 'csv');
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  if (format === 'csv') {
    const rows = parse(text, { relax_column_count: true, delimiter: options.delimiter ?? ',' }) as string[][];
    const columns = rows.shift() ?? [];
    return { source, format, columns, rows: rows.map((values, i) => ({ row: i + 1, values })), diagnostics: [], sha256, bytes: buffer.length };
  }
  const objects: Record<string, unknown>[] = format === 'json' ? JSON.parse(text) : text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const columns = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  const rows = objects.map((o, i) => ({ row: i + 1, values: columns.map((c) => (o[c] == null ? '' : String(o[c]))) }));
  return { source, format, columns, rows, diagnostics: [], sha256, bytes: buffer.length };
}
