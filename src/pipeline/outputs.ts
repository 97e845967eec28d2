// Renders the data files of DESIGN §3 from a run's results. Pure: returns names and contents;
// the CLI (or a library user) writes them with io's atomic output-set writer.

import type { Diagnostic } from '../core/diagnostic.js';
import type { CustomerRecord, FieldDef } from '../core/record.js';
import { MEMBERS_FILE, toCsv, toCsvChunks, toJson, toNdjson, toNdjsonChunks, type CsvCell, type OutputData } from '../io/index.js';
import { retainedMember } from '../governance/index.js';
import type { GoldenRecord } from '../merge/index.js';
import type { ExplainedComparison, Model, ReviewPair } from '../match/index.js';
import type { CrosswalkRow } from './crosswalk.js';
import { toStored } from './master.js';
import type { GoldenFormat } from './options.js';

export interface OutputFile {
  name: string;
  data: OutputData;
}

/** members.ndjson (read back by --master): one record a line, in record order, its chunks built
 * while the file is written: at a million rows the file is ~800 MB, past V8's string limit, and
 * holding it whole would add as much to the run's peak memory. */
export function renderMembers(
  records: readonly CustomerRecord[],
  keys: readonly string[],
  goldenIds: readonly string[],
  fields: readonly FieldDef[],
): OutputFile {
  const dropsFields = fields.some((f) => f.retain === false);
  const member = (record: CustomerRecord, i: number) => {
    const stored = toStored(record, keys[i]!, goldenIds[i]!);
    return dropsFields ? retainedMember(stored, fields) : stored;
  };
  return { name: MEMBERS_FILE, data: toNdjsonChunks(records, member) };
}

/** A CSV file rendered in chunks while it is written, afresh on each iteration: the big outputs of
 * a run (golden, crosswalk, review, diagnostics: hundreds of MB at a million rows) never exist as
 * whole strings, nor do their rows, which `rows` yields one at a time. */
function csvOnWrite(columns: string[], rows: () => Iterable<CsvCell[]>, csvGuard: boolean): Iterable<Buffer> {
  return { [Symbol.iterator]: () => toCsvChunks(columns, rows(), { formulaGuard: csvGuard }) };
}

/** Maps lazily: one row at a time. */
function* mapped<T>(items: readonly T[], row: (item: T) => CsvCell[]): Generator<CsvCell[]> {
  for (const item of items) yield row(item);
}

/** Fields written to golden records: not the sources' own keys (those go to `source_ids`), not
 * fields marked `retain: false`. */
export function goldenFields(fields: readonly FieldDef[]): FieldDef[] {
  return fields.filter((f) => f.role !== 'id' && f.retain !== false);
}

export function renderGolden(golden: readonly GoldenRecord[], fields: readonly FieldDef[], format: GoldenFormat, csvGuard: boolean): OutputFile {
  const written = goldenFields(fields).map((f) => f.name);
  if (format === 'csv') {
    const columns = ['golden_id', ...written, 'source_count', 'source_ids'];
    const rows = () => mapped(golden, (g) => [g.golden_id, ...written.map((f) => g.values[f] ?? ''), g.source_count, (g.source_ids ?? []).join('; ')]);
    return { name: 'golden.csv', data: csvOnWrite(columns, rows, csvGuard) };
  }
  // JSON carries provenance: where each golden value came from (source, row).
  const objects = golden.map((g) => {
    const values: Record<string, string> = {};
    const provenance: Record<string, { source: string; row: number }> = {};
    for (const f of written) {
      const v = g.values[f];
      if (v === undefined) continue;
      values[f] = v;
      const p = g.provenance[f];
      if (p) provenance[f] = { source: p.source, row: p.row };
    }
    return {
      golden_id: g.golden_id,
      ...values,
      source_count: g.source_count,
      source_ids: g.source_ids ?? [],
      members: g.members.map((m) => ({ source: m.source, row: m.row })),
      provenance,
    };
  });
  return format === 'json' ? { name: 'golden.json', data: toJson(objects) } : { name: 'golden.ndjson', data: toNdjson(objects) };
}

export function renderCrosswalk(rows: readonly CrosswalkRow[], csvGuard: boolean): OutputFile {
  const columns = ['source', 'row', 'golden_id', 'status', 'match_probability'];
  const cells = () => mapped(rows, (r) => [r.source, r.row, r.golden_id, r.status, r.match_probability]);
  return { name: 'crosswalk.csv', data: csvOnWrite(columns, cells, csvGuard) };
}

export function renderQuarantine(records: readonly CustomerRecord[], fields: readonly FieldDef[], csvGuard: boolean): OutputFile {
  const names = fields.filter((f) => f.retain !== false).map((f) => f.name);
  const rows = records
    .filter((r) => r.quarantine.length > 0)
    .map((r) => [r.source, r.row, r.quarantine.join(' '), ...names.map((f) => r.raw[f] ?? '')]);
  return { name: 'quarantine.csv', data: toCsv(['source', 'row', 'codes', ...names], rows, { formulaGuard: csvGuard }) };
}

export function renderDiagnostics(diagnostics: readonly Diagnostic[], csvGuard: boolean): OutputFile {
  const columns = ['source', 'row', 'field', 'code', 'severity', 'message', 'value'];
  const rows = () => mapped(diagnostics, (d) => [d.source, d.row, d.field, d.code, d.severity, d.message, d.value ?? '']);
  return { name: 'diagnostics.csv', data: csvOnWrite(columns, rows, csvGuard) };
}

/** review.csv: one uncertain pair a row, both rows' values per compared field, and an empty
 * `decision` column for a reviewer to fill with `match` or `no-match` (read back by --decisions). */
export function renderReview(
  review: readonly ReviewPair[],
  records: readonly CustomerRecord[],
  /** Each record's member key: a decision names its rows by them when source:row is not enough. */
  keys: readonly string[],
  model: Model,
  explain: (pair: ReviewPair) => ExplainedComparison[],
  csvGuard: boolean,
): OutputFile {
  const compared = model.comparisons.map((c) => c.field);
  const columns = ['a_source', 'a_row', 'b_source', 'b_row', 'match_probability', 'match_weight', 'reason'];
  for (const f of compared) columns.push(`${f}_a`, `${f}_b`, `${f}_level`);
  // After the decision: what a reviewer reads comes first. The keys tell rows of different nights
  // apart that share a source:row (a re-exported file), so a decision still lands after a rerun.
  columns.push('decision', 'a_key', 'b_key');
  const rows = () =>
    mapped(review, (p) => {
      const a = records[p.a]!;
      const b = records[p.b]!;
      const cells: (string | number)[] = [a.source, a.row, b.source, b.row, round(p.probability), round(p.weight), p.reason];
      const explained = explain(p);
      compared.forEach((_, k) => {
        const c = explained[k];
        cells.push(c?.valueA ?? '', c?.valueB ?? '', c?.level ?? '');
      });
      cells.push('', keys[p.a] ?? '', keys[p.b] ?? '');
      return cells;
    });
  return { name: 'review.csv', data: csvOnWrite(columns, rows, csvGuard) };
}

export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
