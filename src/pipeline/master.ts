// Incremental runs (`--master DIR`): an earlier run's member records come back into matching so
// that every person keeps the golden id issued to them, and ids found to be one person are merged
// deterministically with the history kept in merged-ids.csv.

import { InputError } from '../core/errors.js';
import type { CustomerRecord } from '../core/record.js';
import { readLines } from '../io/index.js';

/** A member record as stored in a master's members.ndjson. */
export interface StoredMember {
  key: string;
  source: string;
  row: number;
  golden_id: string;
  raw: Record<string, string>;
  values: Record<string, string>;
  keys: Record<string, string>;
  codes: string[];
  quarantine: string[];
}

export interface MasterState {
  members: StoredMember[];
  mergedIds: { from: string; into: string }[];
  modelText?: string;
}

/** A row's identity across runs: its source's own record key when it has one (row numbers shift
 * when a file is re-exported), else its position. */
export function memberKey(record: Pick<CustomerRecord, 'source' | 'row' | 'raw'>, idField: string | undefined): string {
  const id = idField ? record.raw[idField] : undefined;
  return id ? `${record.source}#${id}` : `${record.source}:${record.row}`;
}

export function toStored(record: CustomerRecord, key: string, goldenId: string): StoredMember {
  return {
    key,
    source: record.source,
    row: record.row,
    golden_id: goldenId,
    raw: record.raw,
    values: record.values,
    keys: record.keys,
    codes: record.codes,
    quarantine: record.quarantine,
  };
}

export function fromStored(member: StoredMember, index: number): CustomerRecord {
  return {
    index,
    source: member.source,
    row: member.row,
    raw: member.raw,
    values: member.values,
    keys: member.keys,
    codes: member.codes,
    quarantine: member.quarantine,
  };
}

/** A master's members.ndjson, read a line at a time (at a million rows it is longer than a string can be). */
export function readMembers(path: string): Promise<StoredMember[]> {
  return parseMembers(readLines(path), path);
}

/** members.ndjson's records from its lines (`file` names it in an error). Throws InputError
 * `master.corrupt` at the first line that is not a JSON object. */
export async function parseMembers(lines: AsyncIterable<string> | Iterable<string>, file: string): Promise<StoredMember[]> {
  const members: StoredMember[] = [];
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let member: unknown;
    try {
      member = JSON.parse(text);
    } catch {
      member = undefined;
    }
    if (member === null || typeof member !== 'object' || Array.isArray(member)) {
      throw new InputError('master.corrupt', `${file} line ${line} is not a member record (one JSON object a line); restore the master from a complete \`cdm clean\` run`, file, line);
    }
    members.push(member as StoredMember);
  }
  return members;
}

export interface Combined {
  records: CustomerRecord[];
  keys: string[];
  /** The golden id each record had in the master ('' for new rows). */
  previousId: string[];
  /** How many records came from the master untouched. */
  fromMaster: number;
}

/** Position of each golden id's first member in the master: the smaller, the older the id. */
export function idAges(master: MasterState): Map<string, number> {
  const ages = new Map<string, number>();
  master.members.forEach((m, i) => {
    if (m.golden_id !== '' && !ages.has(m.golden_id)) ages.set(m.golden_id, i);
  });
  return ages;
}

/** Master members first (minus those this run's rows replace), then this run's rows, reindexed. */
export function combineWithMaster(master: MasterState, fresh: readonly CustomerRecord[], freshKeys: readonly string[]): Combined {
  const replaced = new Set(freshKeys);
  const previousByKey = new Map(master.members.map((m) => [m.key, m.golden_id]));
  const records: CustomerRecord[] = [];
  const keys: string[] = [];
  const previousId: string[] = [];
  for (const m of master.members) {
    if (replaced.has(m.key)) continue;
    records.push(fromStored(m, records.length));
    keys.push(m.key);
    previousId.push(m.golden_id);
  }
  const fromMaster = records.length;
  fresh.forEach((r, k) => {
    records.push({ ...r, index: records.length });
    keys.push(freshKeys[k]!);
    previousId.push(previousByKey.get(freshKeys[k]!) ?? '');
  });
  return { records, keys, previousId, fromMaster };
}

/**
 * Chooses a cluster's golden id among the master ids its members carry: the id most members carry,
 * ties going to the id that the master lists first (`age`: position of an id's first member in the
 * master, i.e. the older person record), so the choice never depends on hash values or input order.
 * Returns undefined when no member comes from the master.
 */
export function survivingId(previous: readonly string[], age: ReadonlyMap<string, number>): { id: string; absorbed: string[] } | undefined {
  const counts = new Map<string, { count: number; first: number }>();
  for (const id of previous) {
    if (id === '') continue;
    const seen = counts.get(id);
    if (seen) seen.count++;
    else counts.set(id, { count: 1, first: age.get(id) ?? Number.MAX_SAFE_INTEGER });
  }
  if (counts.size === 0) return undefined;
  const ranked = [...counts.entries()].sort(([, x], [, y]) => y.count - x.count || x.first - y.first);
  return { id: ranked[0]![0], absorbed: ranked.slice(1).map(([id]) => id) };
}
