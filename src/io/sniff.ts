// Sniffing what an input is when nobody said: its format (from the extension, else the content) and,
// for CSV, its delimiter (from the first records, counting only outside quotes).

import type { InputFormat } from '../core/record.js';

const EXTENSION_FORMAT: Record<string, InputFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
};

/** Format implied by the file name (`.gz` looked through), or undefined. */
export function formatFromPath(source: string): InputFormat | undefined {
  const name = source.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSION_FORMAT[name.slice(dot + 1)];
}

/**
 * `[` → JSON array. `{` → NDJSON when the first line is a whole object and more lines follow, else
 * JSON (one object, perhaps `{"customers": [...]}`, possibly pretty-printed). Anything else → CSV.
 */
export function formatFromContent(sample: string, truncated = false): InputFormat {
  const text = sample.trimStart();
  if (text[0] === '[') return 'json';
  if (text[0] !== '{') return 'csv';
  const lines = text.split('\n');
  const rest = lines.slice(1).some((line) => line.trim() !== '');
  try {
    JSON.parse(lines[0]!);
  } catch {
    // A first line longer than the sample is still most likely one NDJSON record.
    return truncated && lines.length === 1 ? 'ndjson' : 'json';
  }
  return rest || truncated ? 'ndjson' : 'json';
}

/**
 * The format to read a file in: its extension's, unless the content plainly says otherwise (then
 * `overrides` is the extension's): JSON saved under a .csv name (read as CSV, its records were lost
 * or garbled: the first became the header) or a JSON array under an .ndjson name (every line of it
 * is no record). Without an extension, the content's.
 */
export function formatOf(source: string, sample: string, truncated: boolean): { format: InputFormat; overrides?: InputFormat } {
  const byPath = formatFromPath(source);
  const byContent = formatFromContent(sample, truncated);
  if (byPath === undefined) return { format: byContent };
  if ((byPath === 'csv' && byContent !== 'csv') || (byPath === 'ndjson' && isSpreadArray(sample))) return { format: byContent, overrides: byPath };
  return { format: byPath };
}

/** A JSON array spread over lines (`[` alone, or an element, on the first line): no NDJSON line of
 * it is a record. A first line that is a whole array (`[1,2]`) is an NDJSON line, if a bad one. */
function isSpreadArray(sample: string): boolean {
  const text = sample.trimStart();
  if (!text.startsWith('[')) return false;
  try {
    JSON.parse(text.split('\n', 1)[0]!);
    return false;
  } catch {
    return true;
  }
}

export const DELIMITERS = [',', ';', '\t', '|'] as const;

const SNIFF_RECORDS = 20;

/** Per record, how often each candidate delimiter occurs outside quotes. */
function countDelimiters(sample: string, truncated: boolean): number[][] {
  const records: number[][] = [];
  let counts = [0, 0, 0, 0];
  let inQuotes = false;
  let nonEmpty = false;
  for (let i = 0; i < sample.length && records.length < SNIFF_RECORDS; i++) {
    const ch = sample[i];
    if (ch === '"') {
      inQuotes = !inQuotes; // an escaped "" toggles twice, which is what we want
      nonEmpty = true;
      continue;
    }
    if (inQuotes) continue;
    if (ch === '\n' || ch === '\r') {
      if (nonEmpty) records.push(counts);
      counts = [0, 0, 0, 0];
      nonEmpty = false;
      continue;
    }
    nonEmpty = true;
    const k = DELIMITERS.indexOf(ch as (typeof DELIMITERS)[number]);
    if (k >= 0) counts[k]!++;
  }
  // The last record of a cut-off sample may be partial; only keep it when the input ended there.
  if (nonEmpty && !truncated && records.length < SNIFF_RECORDS) records.push(counts);
  return records;
}

/**
 * The candidate that appears in the header and splits the most records into the header's number of
 * cells; ties go to the earlier of `,` `;` tab `|`. Falls back to `fallback` (one-column files).
 */
export function sniffDelimiter(sample: string, truncated: boolean, fallback = ','): string {
  const records = countDelimiters(sample, truncated);
  if (records.length === 0) return fallback;
  let best = -1;
  let bestScore = -1;
  for (let k = 0; k < DELIMITERS.length; k++) {
    const inHeader = records[0]![k]!;
    if (inHeader === 0) continue;
    let consistent = 0;
    for (const counts of records) if (counts[k] === inHeader) consistent++;
    // Consistency dominates; the header's cell count breaks near-ties (e.g. a `;` inside a notes column).
    const score = (consistent / records.length) * 1000 + Math.min(inHeader, 999);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best < 0 ? fallback : DELIMITERS[best]!;
}

// Excel's `sep=;` first line: the delimiter named before the header (Excel writes and honours it).
const EXCEL_SEPARATOR_LINE = /^\uFEFF?sep=([^\r\n])\r?\n/i;

/** The delimiter a leading `sep=X` line names, or undefined when the file has none. */
export function excelSeparator(sample: string): string | undefined {
  return EXCEL_SEPARATOR_LINE.exec(sample)?.[1];
}
