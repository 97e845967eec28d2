// Reads the state an earlier `cdm clean` left in its output directory, for incremental runs
// (`--master DIR`) and the commands that work on a master (explain, export, subject, audit).

import { access, readFile, stat } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { recoverOutputSet } from './atomic-write.js';
import { readLines } from './line-reader.js';

/** The master's member records, one JSON object a line (written by `cdm clean`, read by `--master`). */
export const MEMBERS_FILE = 'members.ndjson';

export interface MasterFiles {
  /** members.ndjson's path: read it with `readLines`, as at a million rows it is longer than a string can be. */
  membersPath: string;
  mergedIds: string;
  model?: string;
  /** The master's fields in its order, from golden.csv's header and report.json (absent when neither can be read). */
  fields?: MasterField[];
}

export interface MasterField {
  name: string;
  role: string;
  /** `false`: the field is never written (FieldDef.retain). */
  retain?: boolean;
}

/** The run's fields in order (name, role, retain), so that the next incremental run over only some of
 * the sources keeps them all: report.json lists only the fields of that run's inputs. */
export const FIELDS_FILE = 'fields.json';

/** fields.json's text for a run's fields. */
export function renderFieldsFile(fields: readonly { name: string; role: string; retain?: boolean }[]): string {
  return `${JSON.stringify(fields.map((f) => ({ name: f.name, role: f.role, ...(f.retain === false ? { retain: false } : {}) })), null, 2)}\n`;
}

/** Reads a whole small text file; a missing or unreadable one is an InputError naming it. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError('input.unreadable', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, path);
  }
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

export async function readMaster(dir: string): Promise<MasterFiles> {
  // A run killed mid-swap leaves the previous or the next complete set beside DIR: finish it first.
  await recoverOutputSet(dir);
  const entry = await stat(dir).catch(() => undefined);
  if (entry !== undefined && !entry.isDirectory()) {
    throw new InputError('master.not_found', `--master ${dir} is a file, not a master directory; give the --out directory of a cdm clean run`, dir);
  }
  if (entry === undefined) throw new InputError('master.not_found', `master directory ${dir} does not exist; run \`cdm clean … --out ${dir}\` first`, dir);
  const membersPath = join(dir, MEMBERS_FILE);
  const readable = await access(membersPath).then(() => true, () => false);
  if (!readable) {
    throw new InputError('master.incomplete', `${dir} is not a cdm master: members.ndjson is missing (it is written by \`cdm clean --out\`)`, dir);
  }
  const mergedIds = (await readOptional(join(dir, 'merged-ids.csv'))) ?? 'from,into\n';
  const model = await readOptional(join(dir, 'model.json'));
  const fields =
    fieldsOfFile(await readOptional(join(dir, FIELDS_FILE))) ??
    masterFields(await readOptional(join(dir, 'report.json')), await firstLine(join(dir, 'golden.csv')));
  return { membersPath, mergedIds, ...(model !== undefined ? { model } : {}), ...(fields !== undefined ? { fields } : {}) };
}

/** fields.json's list; undefined when it is missing or not a list of fields. */
function fieldsOfFile(text: string | undefined): MasterField[] | undefined {
  return parsedFields(text, (json) => json);
}

/** A list of fields out of a JSON file (`pick` finds it in the parsed value): the entries with a
 * name and a role; undefined when the text is missing, not JSON, or holds no list. */
function parsedFields(text: string | undefined, pick: (json: unknown) => unknown): MasterField[] | undefined {
  if (text === undefined) return undefined;
  let list: unknown;
  try {
    list = pick(JSON.parse(text));
  } catch {
    return undefined;
  }
  if (!Array.isArray(list)) return undefined;
  return list
    .filter((f): f is MasterField => typeof f?.name === 'string' && typeof f?.role === 'string')
    .map((f) => ({ name: f.name, role: f.role, ...(f.retain === false ? { retain: false } : {}) }));
}

/**
 * A master written before fields.json existed: its fields in its order from golden.csv's columns (every golden field, in the order the next
 * run must keep), with report.json's other fields (ids, fields kept out of the outputs: the report
 * lists the fields of that run's inputs) each put where the report has it, before the column the
 * report lists next. Roles come from the report, else from the name (zero-config names are roles:
 * `phone_2`). Undefined when neither file can be read.
 */
function masterFields(report: string | undefined, goldenHeader: string | undefined): MasterField[] | undefined {
  const listed = fieldsOfReport(report);
  const header = goldenHeader === undefined ? undefined : headerColumns(goldenHeader);
  if (header === undefined) return listed;
  const columns = header.filter((c) => !GOLDEN_BOOKKEEPING.has(c));
  const inHeader = new Set(columns);
  const roles = new Map((listed ?? []).map((f) => [f.name, f.role]));
  const out: MasterField[] = [];
  const emitted = new Set<string>();
  const emit = (name: string) => {
    emitted.add(name);
    out.push({ name, role: roles.get(name) ?? name.replace(/_\d+$/, '') });
  };
  let next = 0;
  for (const f of listed ?? []) {
    if (emitted.has(f.name)) continue;
    if (!inHeader.has(f.name)) {
      emit(f.name);
      continue;
    }
    while (next < columns.length && !emitted.has(f.name)) {
      const column = columns[next++]!;
      if (!emitted.has(column)) emit(column);
    }
  }
  for (; next < columns.length; next++) if (!emitted.has(columns[next]!)) emit(columns[next]!);
  return out;
}

/** A CSV header line's cells; undefined when it does not parse (a cut-off file). */
function headerColumns(line: string): string[] | undefined {
  try {
    return parseCsv(line, { bom: true, to_line: 1 })[0] as string[] | undefined;
  } catch {
    return undefined;
  }
}

/** Columns cdm adds to golden records: identifiers and counts, not fields, never personal data. */
export const GOLDEN_BOOKKEEPING: ReadonlySet<string> = new Set(['golden_id', 'source_count', 'source_ids']);

/** A file's first line, or undefined when it cannot be read. */
async function firstLine(path: string): Promise<string | undefined> {
  try {
    for await (const line of readLines(path, 64 * 1024)) return line;
  } catch {
    // A missing or unreadable golden.csv only costs its column order.
  }
  return undefined;
}

/** report.json's field list; undefined when the report is missing or not a cdm report. */
function fieldsOfReport(text: string | undefined): MasterField[] | undefined {
  return parsedFields(text, (json) => (json as { fields?: unknown } | null)?.fields);
}
