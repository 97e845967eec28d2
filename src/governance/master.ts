// Reads a master directory (an earlier `cdm clean --out`) for the governance commands: every file
// by name (erasure rewrites them as one set), the golden table in whichever format it was written,
// the member records, and each field's role (the master's field list; zero-config names are roles).

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { InputError } from '../core/errors.js';
import { isRole } from '../core/roles.js';
import { GOLDEN_BOOKKEEPING, MEMBERS_FILE, readMaster, unguardFormula, type MasterField } from '../io/index.js';
import { readMembers, type StoredMember } from '../pipeline/master.js';

export type GoldenFormat = 'csv' | 'json' | 'ndjson';

export interface GoldenTable {
  file: string;
  format: GoldenFormat;
  /** Column order as written (CSV header; JSON: golden_id, fields, source_count, source_ids). */
  columns: string[];
  /** One row per golden record, every value as text ('' when absent). */
  rows: Record<string, string>[];
}

export interface MasterDir {
  dir: string;
  /** Every file of the set by name, as text (dot files excluded), but members.ndjson: past a string's
   * length at a million rows, it is read a line at a time into `members`. */
  files: Map<string, string>;
  golden: GoldenTable;
  members: StoredMember[];
  /** Field name → role. */
  roles: Map<string, string>;
  modelText?: string;
}

const GOLDEN_FILES: [string, GoldenFormat][] = [
  ['golden.csv', 'csv'],
  ['golden.json', 'json'],
  ['golden.ndjson', 'ndjson'],
];
/** Keys of a golden JSON object that are provenance, not customer data. */
const JSON_ONLY_KEYS = new Set(['members', 'provenance']);

export async function openMaster(dir: string): Promise<MasterDir> {
  const base = await readMaster(dir);
  const files = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) {
    if (name.startsWith('.') || name === MEMBERS_FILE) continue;
    files.set(name, await readFile(join(dir, name), 'utf8'));
  }
  const found = GOLDEN_FILES.find(([name]) => files.has(name));
  if (!found) throw new InputError('master.incomplete', `${dir} has no golden.csv, golden.json or golden.ndjson`, dir);
  const [file, format] = found;
  return {
    dir,
    files,
    golden: parseGolden(file, format, files.get(file)!),
    members: await readMembers(base.membersPath),
    roles: rolesOf(base.fields),
    ...(base.model !== undefined ? { modelText: base.model } : {}),
  };
}

/** Field name → role, from the master's field list (readMaster: fields.json, else report.json and
 * golden.csv's header); a name whose role is not a known one is left to roleOf's fallbacks. */
function rolesOf(fields: readonly MasterField[] | undefined): Map<string, string> {
  return new Map((fields ?? []).filter((f) => isRole(f.role)).map((f) => [f.name, f.role]));
}

export function parseGolden(file: string, format: GoldenFormat, text: string): GoldenTable {
  if (format === 'csv') {
    const records = parse(text, { bom: true }) as string[][];
    const columns = records[0] ?? [];
    const rows = records.slice(1).map((cells) => Object.fromEntries(columns.map((c, i) => [c, unguardFormula(cells[i] ?? '')])));
    return { file, format, columns, rows };
  }
  let objects: Record<string, unknown>[];
  try {
    objects =
      format === 'json'
        ? (JSON.parse(text) as Record<string, unknown>[])
        : text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
  } catch (err) {
    throw new InputError('master.corrupt', `${file} is not valid JSON: ${(err as Error).message}`, file);
  }
  const columns: string[] = [];
  const seen = new Set<string>();
  const rows = objects.map((o) => {
    const row: Record<string, string> = {};
    for (const [key, value] of Object.entries(o)) {
      if (JSON_ONLY_KEYS.has(key)) continue;
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
      row[key] = Array.isArray(value) ? value.join('; ') : value === null || value === undefined ? '' : String(value);
    }
    return row;
  });
  // source_count and source_ids close the row, as in golden.csv.
  const tail = ['source_count', 'source_ids'].filter((c) => seen.has(c));
  const ordered = [...columns.filter((c) => !tail.includes(c)), ...tail];
  for (const row of rows) for (const c of ordered) row[c] ??= '';
  return { file, format, columns: ordered, rows };
}

/** The role of a field: the master's field list's, else its name (`phone_2` → `phone`), else `text`. */
export function roleOf(roles: ReadonlyMap<string, string>, field: string): string {
  if (GOLDEN_BOOKKEEPING.has(field)) return 'id';
  const known = roles.get(field);
  if (known) return known;
  if (isRole(field)) return field;
  const base = field.replace(/_\d+$/, '');
  return isRole(base) ? base : 'text';
}

/** Fields of `role` among the golden columns and member values (phone, phone_2, a config's `mobile`). */
export function fieldsWithRole(master: Pick<MasterDir, 'roles' | 'golden'>, role: string): string[] {
  const names = new Set([...master.golden.columns, ...master.roles.keys()]);
  return [...names].filter((n) => roleOf(master.roles, n) === role).sort();
}

/** The files of a master that must outlive every run (clean replaces the whole set). */
export interface CarriedState {
  audit?: string;
  erasures?: string;
  suppression?: string;
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The carried files of `dir` (none when it does not exist yet: a first run). */
export async function readCarriedState(dir: string): Promise<CarriedState> {
  const [audit, erasures, suppression] = await Promise.all(
    ['audit.ndjson', 'erasures.ndjson', 'suppression.json'].map((name) => readIfPresent(join(dir, name))),
  );
  return {
    ...(audit !== undefined ? { audit } : {}),
    ...(erasures !== undefined ? { erasures } : {}),
    ...(suppression !== undefined ? { suppression } : {}),
  };
}
