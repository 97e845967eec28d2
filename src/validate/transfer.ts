// Records, findings and field counters validated by a helper thread, in a form that crosses threads
// cheaply (a batch every few thousand rows). Structured clone of record objects costs the receiving thread about as much as
// validating them (a hash map per object, every string copied one by one). Here the values travel
// as one joined string with their lengths, names (fields, codes, sources) as a small table, and
// the rest as integers in typed arrays. Decoding builds objects with the same keys in the same
// order as the helper's, so outputs are byte-identical to one thread's.

import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { CustomerRecord } from '../core/record.js';
import { TypedBuffer } from '../core/typed-buffer.js';
import type { FieldQualityCounter } from './quality.js';

/** One thread's share of validation, encoded. */
export interface EncodedShare {
  /** Field names, key names, sources, codes, severities, messages. */
  names: string[];
  /** The records' values, in the order the record stream uses them. */
  recordText: EncodedText;
  /** The findings' values, in order. */
  diagnosticText: EncodedText;
  /** Per record: index (among the sender's rows), source, row, then raw, values and keys as (count, name…) with their values taken
   * from `recordText` in order (a value equal to the raw one is -(name + 1), no text), then codes
   * and quarantine as (count, name…). */
  records: Int32Array;
  recordCount: number;
  /** Per finding: source, row, field, code, severity, message (names), has-value (0/1); its value
   * comes from `diagnosticText`. */
  diagnostics: Int32Array;
  diagnosticCount: number;
  counters: EncodedCounter[];
  /** RowValidator.extraFilled, with the last batch. */
  extraFilled: [string, number][];
}

/** Strings joined (in segments of at most SEGMENT_PIECES pieces: one string of a million rows'
 * values could pass V8's string limit), with the length of each. */
export interface EncodedText {
  segments: string[];
  lengths: Int32Array;
}

export interface EncodedCounter {
  present: number;
  valid: number;
  filled: number;
  changed: number;
  issues: [string, number][];
  hashes: Float64Array;
}

const intStream = () => new TypedBuffer((n) => new Int32Array(n));

const SEGMENT_PIECES = 1 << 20;

class TextStream {
  private pieces: string[] = [];
  private readonly segments: string[] = [];
  private readonly lengths = intStream();

  push(value: string): void {
    this.pieces.push(value);
    this.lengths.push(value.length);
    if (this.pieces.length === SEGMENT_PIECES) {
      this.segments.push(this.pieces.join(''));
      this.pieces = [];
    }
  }

  done(): EncodedText {
    if (this.pieces.length > 0) this.segments.push(this.pieces.join(''));
    this.pieces = [];
    return { segments: this.segments, lengths: this.lengths.done() };
  }
}

/** Reads an EncodedText back, piece by piece. */
function textReader(text: EncodedText): () => string {
  const { segments, lengths } = text;
  let segment = segments[0] ?? '';
  let at = 0;
  let piece = 0;
  return () => {
    if (piece % SEGMENT_PIECES === 0 && piece > 0) {
      segment = segments[piece / SEGMENT_PIECES]!;
      at = 0;
    }
    const end = at + lengths[piece++]!;
    const value = segment.slice(at, end);
    at = end;
    return value;
  };
}

class NameTable {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

/** Builds an EncodedShare from records and findings added in any number of calls; the helper makes
 * one per batch of rows, encoded while hot and then let go (a smaller heap to collect). */
export class ShareEncoder {
  private readonly names = new NameTable();
  private readonly recordText = new TextStream();
  private readonly diagnosticText = new TextStream();
  private readonly records = intStream();
  private readonly diagnostics = intStream();
  private recordCount = 0;
  private diagnosticCount = 0;

  // A value equal to the record's raw value of the same field (most canonical values) is sent as
  // a reference to it: -(name + 1) instead of the name, and no piece of text.
  private object(o: Readonly<Record<string, string>>, raw?: Readonly<Record<string, string>>): void {
    const out = this.records;
    const at = out.length;
    out.push(0);
    let n = 0;
    for (const key in o) {
      const value = o[key]!;
      if (raw !== undefined && raw[key] === value) out.push(-this.names.id(key) - 1);
      else {
        out.push(this.names.id(key));
        this.recordText.push(value);
      }
      n++;
    }
    out.data[at] = n;
  }

  private list(codes: readonly string[]): void {
    this.records.push(codes.length);
    for (const code of codes) this.records.push(this.names.id(code));
  }

  addRecords(records: readonly CustomerRecord[]): void {
    for (const r of records) {
      this.records.push(r.index);
      this.records.push(this.names.id(r.source));
      this.records.push(r.row);
      this.object(r.raw);
      this.object(r.values, r.raw);
      this.object(r.keys);
      this.list(r.codes);
      this.list(r.quarantine);
    }
    this.recordCount += records.length;
  }

  addDiagnostics(diagnostics: readonly Diagnostic[]): void {
    const out = this.diagnostics;
    for (const d of diagnostics) {
      out.push(this.names.id(d.source));
      out.push(d.row);
      out.push(this.names.id(d.field));
      out.push(this.names.id(d.code));
      out.push(this.names.id(d.severity));
      // Messages repeat (one per code, mostly): a name each, shared like the helper's own.
      out.push(this.names.id(d.message));
      out.push(d.value === undefined ? 0 : 1);
      if (d.value !== undefined) this.diagnosticText.push(d.value);
    }
    this.diagnosticCount += diagnostics.length;
  }

  /** The share so far; `counters` and `extraFilled` only with the last batch of a helper. */
  finish(counters: readonly FieldQualityCounter[] = [], extraFilled: ReadonlyMap<string, number> = new Map()): EncodedShare {
    return {
      names: this.names.names,
      recordText: this.recordText.done(),
      diagnosticText: this.diagnosticText.done(),
      records: this.records.done(),
      recordCount: this.recordCount,
      diagnostics: this.diagnostics.done(),
      diagnosticCount: this.diagnosticCount,
      counters: counters.map(encodeCounter),
      extraFilled: [...extraFilled],
    };
  }
}

/** Appends a share's records and findings; a record's index is its index in the sender plus
 * `indexOffset` (the rows before the sender's). `noCodes` is the shared empty code list records
 * without codes hold. */
export function decodeShare(share: EncodedShare, records: CustomerRecord[], diagnostics: Diagnostic[], noCodes: string[], indexOffset = 0): void {
  const { names } = share;
  let next = textReader(share.recordText);
  const data = share.records;
  let p = 0;
  const object = (raw?: Record<string, string>): Record<string, string> => {
    const o: Record<string, string> = {};
    const n = data[p++]!;
    for (let k = 0; k < n; k++) {
      const id = data[p++]!;
      if (id < 0) {
        const name = names[-id - 1]!;
        o[name] = raw![name]!;
      } else o[names[id]!] = next();
    }
    return o;
  };
  const list = (): string[] => {
    const n = data[p++]!;
    if (n === 0) return noCodes;
    const codes: string[] = [];
    for (let k = 0; k < n; k++) codes.push(names[data[p++]!]!);
    return codes;
  };
  for (let k = 0; k < share.recordCount; k++) {
    const index = indexOffset + data[p++]!;
    const source = names[data[p++]!]!;
    const row = data[p++]!;
    const raw = object();
    const values = object(raw);
    const keys = object();
    const codes = list();
    const quarantine = list();
    records.push({ index, source, row, raw, values, keys, codes, quarantine });
  }
  next = textReader(share.diagnosticText);
  const d = share.diagnostics;
  for (let k = 0, q = 0; k < share.diagnosticCount; k++, q += 7) {
    const diagnostic: Diagnostic = {
      source: names[d[q]!]!,
      row: d[q + 1]!,
      field: names[d[q + 2]!]!,
      code: names[d[q + 3]!]!,
      severity: names[d[q + 4]!]! as Severity,
      message: names[d[q + 5]!]!,
    };
    if (d[q + 6] === 1) diagnostic.value = next();
    diagnostics.push(diagnostic);
  }
}

export function encodeCounter(c: FieldQualityCounter): EncodedCounter {
  return { present: c.present, valid: c.valid, filled: c.filled, changed: c.changed, issues: [...c.issues], hashes: c.distinctValues.hashes() };
}

/** Adds a helper's field counts to this thread's counters. */
export function mergeCounters(encoded: readonly EncodedCounter[], counters: readonly FieldQualityCounter[]): void {
  encoded.forEach((c, i) => {
    const counter = counters[i]!;
    counter.present += c.present;
    counter.valid += c.valid;
    counter.filled += c.filled;
    counter.changed += c.changed;
    for (const [code, count] of c.issues) counter.issues.set(code, (counter.issues.get(code) ?? 0) + count);
    counter.distinctValues.addHashes(c.hashes);
  });
}
