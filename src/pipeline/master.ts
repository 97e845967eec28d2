// Incremental runs (`--master DIR`): an earlier run's member records come back into matching so
// that every person keeps the golden id issued to them, and ids found to be one person are merged
// deterministically with the history kept in merged-ids.csv.

import { InputError } from '../core/errors.js';
import type { CustomerRecord } from '../core/record.js';
import { sha256Hex } from '../core/hash.js';
import { readLines, type MasterField } from '../io/index.js';

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

/** A master as an incremental run reads it, a line at a time: the members this run's rows do not
 * replace, whole; of every member only what golden ids and the change report need. A nightly
 * re-export replaces nearly every member, and holding those (a million parsed members beside the
 * fresh records until the run's end) took a 1M-row rerun to 4.5 GB. */
export interface MasterMembers {
  /** The master's members in order: each one no row of this run replaces, whole, and for each one
   * replaced, its key (the place where the row that replaces it goes). */
  order: (StoredMember | string)[];
  /** The golden id each master member's key carried. */
  previousByKey: Map<string, string>;
  /** Position of each golden id's first member in the master: the smaller, the older the id. */
  ages: Map<string, number>;
  /** How many members each golden id had, and digests of the replaced ones. */
  membership: MasterMembership;
}

/** What an incremental run needs of its master once the records are combined. */
export interface MasterState {
  ages: Map<string, number>;
  membership: MasterMembership;
  mergedIds: { from: string; into: string }[];
  modelText?: string;
  /** The master's fields in its order (MasterFiles.fields), which a run over some of its sources keeps. */
  fields?: MasterField[];
}

/**
 * Each golden id's members as the master had them, to tell unchanged golden records from updated
 * ones: unchanged means exactly the members it had (as many, each with the same key and values).
 * A member carried over from the master is its own evidence (its id and values come back as they
 * were stored); of the members this run replaces, only a digest of (golden id, key, values) is kept.
 */
export class MasterMembership {
  private readonly replaced = new Set<string>();
  private readonly counts = new Map<string, number>();
  private readonly digest = new ValuesDigest();

  /** A master member of `goldenId`; `replaced`: a row of this run takes its place. */
  add(goldenId: string, key: string, values: Record<string, string>, replaced: boolean): void {
    this.counts.set(goldenId, (this.counts.get(goldenId) ?? 0) + 1);
    if (replaced) this.replaced.add(this.digest.of(goldenId, key, values));
  }

  /** Members the golden id had; undefined for an id the master did not have. */
  count(goldenId: string): number | undefined {
    return this.counts.get(goldenId);
  }

  /** Whether a row of this run is a replaced member of `goldenId` with the same key and values. */
  hadReplaced(goldenId: string, key: string, values: Record<string, string>): boolean {
    return this.replaced.size > 0 && this.replaced.has(this.digest.of(goldenId, key, values));
  }
}

/** Values as one text whatever the order of their fields: each field in one sorted list of every
 * field seen so far (a fixed order without sorting each row's keys: a million rows are read), with
 * the value's length, which keeps the text unambiguous whatever characters the values hold. Blank
 * values and the fields `keep` rejects are left out. */
export class CanonicalText {
  private fields: string[] = [];
  private readonly known = new Set<string>();

  of(values: Readonly<Record<string, string>>, keep?: (field: string) => boolean): string {
    let text = '';
    let seen = 0;
    for (const field of this.fields) {
      const value = values[field];
      if (value === undefined) continue;
      seen++;
      if (value === '' || (keep !== undefined && !keep(field))) continue;
      text += `\u0000${field}\u0000${value.length}\u0000${value}`;
    }
    const fields = Object.keys(values);
    if (seen < fields.length && fields.some((f) => !this.known.has(f))) {
      for (const field of fields) this.known.add(field);
      this.fields = [...this.known].sort();
      return this.of(values, keep);
    }
    return text;
  }
}

/** A digest of (golden id, key, values) that ignores the order of the values' fields: a source whose
 * columns moved between two nights holds the same rows. */
export class ValuesDigest {
  private readonly text = new CanonicalText();

  of(goldenId: string, key: string, values: Record<string, string>): string {
    return sha256Hex(`${goldenId}\u0000${key}${this.text.of(values)}`);
  }
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
  for await (const member of memberLines(lines, file)) members.push(member);
  return members;
}

async function* memberLines(lines: AsyncIterable<string> | Iterable<string>, file: string): AsyncGenerator<StoredMember> {
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
    yield member as StoredMember;
  }
}

/** A master's members for an incremental run whose rows have the keys `replaced`: those members
 * are digested and dropped as the lines are read, never held (see MasterMembers). */
export async function readMasterMembers(
  lines: AsyncIterable<string> | Iterable<string>,
  file: string,
  replaced: ReadonlySet<string>,
  repeated?: RepeatedIds,
): Promise<MasterMembers> {
  const order: (StoredMember | string)[] = [];
  const previousByKey = new Map<string, string>();
  const ages = new Map<string, number>();
  const membership = new MasterMembership();
  // Members of an id this run repeats: whether a row replaces them is settled once all are read.
  const deferred: number[] = [];
  let position = 0;
  for await (const m of memberLines(lines, file)) {
    previousByKey.set(m.key, m.golden_id);
    if (repeated !== undefined && repeated.defers(m.key)) {
      if (m.golden_id !== '' && !ages.has(m.golden_id)) ages.set(m.golden_id, position);
      deferred.push(order.length);
      order.push(m);
      position++;
      continue;
    }
    const isReplaced = replaced.has(m.key);
    if (m.golden_id !== '') {
      if (!ages.has(m.golden_id)) ages.set(m.golden_id, position);
      membership.add(m.golden_id, m.key, m.values, isReplaced);
    }
    order.push(isReplaced ? m.key : m);
    position++;
  }
  if (repeated !== undefined) {
    const members = deferred.map((at) => order[at] as StoredMember);
    const taken = repeated.settle(members);
    deferred.forEach((at, i) => {
      const m = members[i]!;
      const isReplaced = taken.has(m.key);
      if (m.golden_id !== '') membership.add(m.golden_id, m.key, m.values, isReplaced);
      if (isReplaced) order[at] = m.key;
    });
  }
  return { order, previousByKey, ages, membership };
}

/** Keys a run settles against the master's members by their values, not their names: the keys of
 * an id its source repeats, and the positional keys of a source without ids. `defers` says which
 * master members wait for that; `settle` returns the master keys the run's rows take over. */
export interface RepeatedIds {
  defers(key: string): boolean;
  settle(members: readonly StoredMember[]): ReadonlySet<string>;
}

export interface Combined {
  records: CustomerRecord[];
  keys: string[];
  /** The golden id each record had in the master ('' for new rows). */
  previousId: string[];
  /** 1 for a row of this run, 0 for a member carried over from the master; by record index. */
  fresh: Uint8Array;
}

/** This run's records alone, as a Combined (no master). */
export function freshOnly(records: CustomerRecord[], keys: string[]): Combined {
  return { records, keys, previousId: keys.map(() => ''), fresh: new Uint8Array(records.length).fill(1) };
}

/**
 * The master's members and this run's rows as one list, reindexed (each record's `index` is set to
 * its place in it): in the master's order, a row that replaces a member taking that member's place,
 * then the rows with new keys in their own order. A run over some of the sources, or over a file
 * re-exported in another order, so keeps every record where it was: the same golden order, the same
 * earliest member ("golden" in the crosswalk), the same tie-breaks.
 */
export function combineWithMaster(master: Pick<MasterMembers, 'order' | 'previousByKey'>, fresh: readonly CustomerRecord[], freshKeys: readonly string[]): Combined {
  const records: CustomerRecord[] = [];
  const keys: string[] = [];
  const previousId: string[] = [];
  const isFresh: number[] = [];
  // This run's rows by key; several rows can share one (a source's id repeated).
  const rowsOfKey = new Map<string, number | number[]>();
  freshKeys.forEach((key, k) => {
    const seen = rowsOfKey.get(key);
    if (seen === undefined) rowsOfKey.set(key, k);
    else if (typeof seen === 'number') rowsOfKey.set(key, [seen, k]);
    else seen.push(k);
  });
  const placed = new Uint8Array(fresh.length);
  const place = (k: number) => {
    if (placed[k]) return;
    placed[k] = 1;
    const r = fresh[k]!;
    // Reindexed in place, not copied: the fresh records are this run's own, and a copy of each
    // would be a million more objects beside the originals.
    r.index = records.length;
    records.push(r);
    keys.push(freshKeys[k]!);
    previousId.push(master.previousByKey.get(freshKeys[k]!) ?? '');
    isFresh.push(1);
  };
  for (const m of master.order) {
    if (typeof m === 'string') {
      const rows = rowsOfKey.get(m);
      if (typeof rows === 'number') place(rows);
      else if (rows !== undefined) for (const k of rows) place(k);
      continue;
    }
    records.push(fromStored(m, records.length));
    keys.push(m.key);
    previousId.push(m.golden_id);
    isFresh.push(0);
  }
  for (let k = 0; k < fresh.length; k++) place(k);
  return { records, keys, previousId, fresh: Uint8Array.from(isFresh) };
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
