// `cdm export` as a library call: a master's golden records through a view, as a hashed audience
// file, only the stale ones, split by a field — rendered as files for the caller to write.

import { UsageError } from '../core/errors.js';
import type { Config } from '../config/schema.js';
import { toCsv, toJson, toNdjson } from '../io/index.js';
import { maskIf } from '../mask/index.js';
import type { Registry } from '../plugins/registry.js';
import { hashedAudience } from './hashed-export.js';
import { fieldsWithRole, roleOf, type MasterDir } from './master.js';
import { partitionRows } from './partition.js';
import { parseDuration, staleCutoff, staleRecords } from './stale.js';
import type { TransformDefinition } from './transforms/index.js';
import { applyView, compileView } from './views.js';

export type ExportFormat = 'csv' | 'json' | 'ndjson';

export interface ExportOptions {
  view?: string;
  partitionBy?: string;
  hashed?: boolean;
  stale?: boolean;
  format: ExportFormat;
  config?: Config;
  transforms: Registry<TransformDefinition>;
  /** Without a view, personal fields are masked unless this is set. */
  showPii?: boolean;
  /** ISO date: "today" for age bands and staleness. */
  today: string;
  csvGuard?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface ExportTable {
  columns: string[];
  rows: Record<string, string>[];
}

export interface ExportResult {
  table: ExportTable;
  /** With partitionBy: one entry per partition, in file order. */
  partitions?: { partition: string; file: string; rows: number }[];
  /** The rendered files: one (`name` as given) or, split, one per partition plus partitions.csv. */
  files: { name: string; data: string }[];
}

export const PARTITION_SUMMARY = 'partitions.csv';

export function exportMaster(master: MasterDir, name: string, options: ExportOptions): ExportResult {
  if (options.hashed && options.view) throw new UsageError('flag.conflict', '--hashed writes its own two columns; it does not combine with --view');
  const golden = master.golden;
  if (options.partitionBy !== undefined && !golden.columns.includes(options.partitionBy)) {
    throw new UsageError('flag.unknown_field', `--partition-by ${options.partitionBy}: the master has no such field (fields: ${golden.columns.join(', ')})`);
  }
  let rows = golden.rows;
  let lastActivity: Map<string, string | null> | undefined;
  if (options.stale) {
    const after = options.config?.stale_after;
    if (!after) throw new UsageError('export.no_stale_after', '--stale needs `stale_after` (e.g. 3y) in the config (-c)');
    const cutoff = staleCutoff(options.today, parseDuration(after));
    const stale = staleRecords(golden.rows.map((r) => r.golden_id!), master.members, fieldsWithRole(master, 'timestamp'), cutoff);
    lastActivity = new Map(stale.map((s) => [s.golden_id, s.last_activity]));
    rows = rows.filter((r) => lastActivity!.has(r.golden_id!));
  }

  const view = options.view ? compileViewFor(master, options) : undefined;
  // The view's row filter runs first, so that every later step sees exactly the rows written.
  if (view) rows = rows.filter((r) => view.accepts(r));

  const render = (input: readonly Record<string, string>[]): ExportTable => {
    if (options.hashed) {
      return hashedAudience(input, { email: fieldsWithRole(master, 'email'), phone: fieldsWithRole(master, 'phone'), consent: fieldsWithRole(master, 'consent') });
    }
    let table: ExportTable;
    if (view) {
      table = applyView(view, input);
    } else {
      const show = Boolean(options.showPii);
      table = {
        columns: golden.columns,
        rows: input.map((r) => Object.fromEntries(golden.columns.map((c) => [c, maskIf(show, r[c] ?? '', roleOf(master.roles, c))]))),
      };
    }
    if (!lastActivity) return table;
    // The review list says why each record is there (last_activity); a view still decides whether
    // the golden id is shown, since a view never writes a field it does not name.
    return {
      columns: [...table.columns, 'last_activity'],
      rows: table.rows.map((r, k) => ({ ...r, last_activity: lastActivity!.get(input[k]!.golden_id!) ?? '' })),
    };
  };

  if (options.partitionBy === undefined) {
    const table = render(rows);
    return { table, files: [{ name, data: serialize(table, options.format, options.csvGuard ?? true) }] };
  }
  const parts = partitionRows(rows, options.partitionBy);
  const files: { name: string; data: string }[] = [];
  const summary: { partition: string; file: string; rows: number }[] = [];
  const all: ExportTable = { columns: [], rows: [] };
  for (const p of parts) {
    const table = render(p.rows);
    if (table.rows.length === 0) continue;
    const file = `${p.stem}.${options.format}`;
    files.push({ name: file, data: serialize(table, options.format, options.csvGuard ?? true) });
    summary.push({ partition: p.label, file, rows: table.rows.length });
    all.columns = table.columns;
    for (const r of table.rows) all.rows.push(r);
  }
  files.push({ name: PARTITION_SUMMARY, data: toCsv(['partition', 'file', 'rows'], summary.map((s) => [s.partition, s.file, s.rows]), { formulaGuard: options.csvGuard ?? true }) });
  return { table: all, partitions: summary, files };
}

function compileViewFor(master: MasterDir, options: ExportOptions) {
  return compileView(options.view!, options.config?.views, {
    transforms: options.transforms,
    columns: master.golden.columns,
    roleOf: (f) => roleOf(master.roles, f),
    today: options.today,
    ...(options.env ? { env: options.env } : {}),
  });
}

export function serialize(table: ExportTable, format: ExportFormat, csvGuard: boolean): string {
  if (format === 'csv') return toCsv(table.columns, table.rows.map((r) => table.columns.map((c) => r[c] ?? '')), { formulaGuard: csvGuard });
  // source_count is a count in golden.json; an export of it in JSON keeps it one.
  const cell = (r: Readonly<Record<string, string>>, c: string) => (c === 'source_count' && /^\d+$/.test(r[c] ?? '') ? Number(r[c]) : (r[c] ?? ''));
  const objects = table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c, cell(r, c)])));
  return format === 'json' ? toJson(objects) : toNdjson(objects);
}
