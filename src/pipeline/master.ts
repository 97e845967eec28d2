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

/** `crm.csv:12`, `crm.csv:12#2`: the key of a row of `source` known by its position alone. */
const POSITION = /^\d+(?:#\d+)?$/;
export function positionalSource(key: string, sources: ReadonlySet<string>): string | undefined {
  const colon = key.lastIndexOf(':');
  if (colon < 0 || !POSITION.test(key.slice(colon + 1))) return undefined;
  const source = key.slice(0, colon);
  return sources.has(source) ? source : undefined;
}

/**
 * The keys of the rows of sources without ids (`crm.csv:12`, their row numbers) settled against the
 * master's members of those sources, so that a re-export with rows moved, added or removed keeps each
 * person's key and golden id (a row number names another person once a row is inserted above it):
 *  1. a row whose values a member has unchanged takes that member's key (file order, first free);
 *  2. a changed row takes the key of the member at its own position, when that one is free and
 *     shares at least half the row's telling values (names, date of birth, email, phone; one at
 *     least); else that of a free member holding one of its email, phone or national id that
 *     shares the most, as much at least;
 *  3. any other row is new: its own position's key if no member holds it, else the next free `#N`.
 * `rows`: the positions (in `fresh`) of those rows; `keys` is changed in place. Returns the master
 * keys the rows took over. Linear in rows and members (a nightly file of a million rows): the
 * index of step 2 holds only the members step 1 left free.
 */
export function settlePositionalKeys(
  rows: readonly number[],
  fresh: readonly CustomerRecord[],
  keys: string[],
  members: readonly StoredMember[],
  retained: (field: string) => boolean,
  evidence: PositionEvidence = { identifying: [], personal: [] },
): Set<string> {
  const canonical = new CanonicalText();
  const text = (raw: Readonly<Record<string, string>>) => canonical.of(raw, retained);
  const byValues = new Map<string, number[]>();
  const atKey = new Map<string, number>();
  members.forEach((m, j) => {
    const t = text(m.raw);
    const list = byValues.get(t);
    if (list) list.push(j);
    else byValues.set(t, [j]);
    atKey.set(m.key, j);
  });
  const free = new Uint8Array(members.length).fill(1);
  const assigned = new Map<number, string>();
  const takenOver = new Set<string>();
  const claim = (k: number, j: number) => {
    free[j] = 0;
    assigned.set(k, members[j]!.key);
    takenOver.add(members[j]!.key);
  };
  for (const k of rows) {
    const list = byValues.get(text(fresh[k]!.raw));
    const j = list?.find((x) => free[x] === 1);
    if (j !== undefined) claim(k, j);
  }
  // A changed row is the same person as a stored one when they share most of the values that tell
  // people apart (names, date of birth, email, phone, national id; a city or a consent flag is shared
  // by strangers), or half of them with a name or birth date among them; without such fields, half
  // of all values, two at least.
  const telling = new Set([...evidence.identifying, ...evidence.personal]);
  const personal = new Set(evidence.personal);
  // Canonical values, not raw ones: a placeholder (`n/a`) is none, a phone agrees however it is written.
  const counted = (r: Pick<CustomerRecord, 'raw' | 'values'>) =>
    telling.size === 0 ? comparableRaw(r.raw, retained) : comparableRaw(r.values, retained).filter(([f]) => telling.has(f));
  const enough = (k: number, j: number) => {
    const mine = counted(fresh[k]!);
    const theirs = new Map(counted(members[j]!));
    const same = mine.filter(([f, v]) => theirs.get(f) === v);
    const shared = same.length;
    if (telling.size === 0) return { ok: shared >= 2 && shared * 2 >= mine.length, shared };
    // Half is enough when a name or birth date is among them: a shared phone alone may be a switchboard's.
    const ok = shared * 2 > mine.length || (shared * 2 === mine.length && same.some(([f]) => personal.has(f)));
    return { ok: shared >= 1 && ok, shared };
  };
  for (const k of rows) {
    if (assigned.has(k)) continue;
    const j = atKey.get(keys[k]!);
    if (j !== undefined && free[j] === 1 && enough(k, j).ok) claim(k, j);
  }
  // A changed row that also moved: found by its email, phone or national id among the members still
  // free. A value many of them hold (a switchboard number, `n/a`) points at nobody and is skipped.
  const byIdentifier = new Map<string, number[]>();
  members.forEach((m, j) => {
    if (free[j] === 0) return;
    for (const field of evidence.identifying) {
      const value = m.values[field];
      if (!value) continue;
      const at = `${field}\u0000${value}`;
      const list = byIdentifier.get(at);
      if (list) list.push(j);
      else byIdentifier.set(at, [j]);
    }
  });
  for (const k of byIdentifier.size > 0 ? rows : []) {
    if (assigned.has(k)) continue;
    const values = fresh[k]!.values;
    let best = -1;
    let bestShared = 0;
    for (const field of evidence.identifying) {
      const list = values[field] ? byIdentifier.get(`${field}\u0000${values[field]}`) : undefined;
      if (list === undefined || list.length > MAX_HOLDERS) continue;
      for (const j of list) {
        if (free[j] === 0) continue;
        const { ok, shared } = enough(k, j);
        if (ok && shared > bestShared) [best, bestShared] = [j, shared];
      }
    }
    if (best >= 0) claim(k, best);
  }
  const used = new Set([...atKey.keys(), ...assigned.values()]);
  for (const k of rows) {
    const key = assigned.get(k);
    if (key !== undefined) {
      keys[k] = key;
      continue;
    }
    const base = keys[k]!;
    let next = base;
    for (let n = 2; used.has(next); n++) next = `${base}#${n}`;
    used.add(next);
    keys[k] = next;
  }
  return takenOver;
}

/** An identifying value held by more stored rows than this says nothing about which one a row is. */
const MAX_HOLDERS = 3;

/** The fields that tell people apart, for settlePositionalKeys: `identifying` ones name one person
 * (email, phone, national id), `personal` ones describe them (names, date of birth). */
export interface PositionEvidence {
  identifying: readonly string[];
  personal: readonly string[];
}

/** The plain key (`crm#100`) of a key of a repeated id (`crm#100`, `crm#100#3`), else undefined. */
export function repeatedBase(key: string, bases: ReadonlySet<string>): string | undefined {
  if (bases.has(key)) return key;
  const suffix = /#\d+$/.exec(key);
  return suffix !== null && bases.has(key.slice(0, suffix.index)) ? key.slice(0, suffix.index) : undefined;
}

/** A row's raw values as compared across runs: sorted by field, blanks and fields kept out of every
 * output (`retain: false`, never stored) left out, so that column order does not matter. */
function comparableRaw(raw: Readonly<Record<string, string>>, retained: (field: string) => boolean): [string, string][] {
  return Object.entries(raw)
    .filter(([field, value]) => value !== '' && retained(field))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The keys of rows that share their source's id (`crm#100`, `crm#100#2`, …) settled against the
 * master's members of that id, so that a re-export in another order, with columns moved, or with
 * fewer of those rows keeps each row's key and golden id:
 *  1. a row whose values a member has unchanged takes that member's key;
 *  2. a changed row takes the member left that shares the most values with it (besides the id);
 *  3. any other row is new: it takes the plain key if no member holds it, else the next free `#N`.
 * `groups`: per repeated id, its rows' positions in file order; `keys` is changed in place; `taken`
 * holds every key the run's other rows use. Returns the master keys the rows took over.
 */
export function settleRepeatedKeys(
  groups: readonly (readonly number[])[],
  fresh: readonly CustomerRecord[],
  keys: string[],
  members: readonly StoredMember[],
  retained: (field: string) => boolean,
  taken: ReadonlySet<string>,
): Set<string> {
  const bases = new Set(groups.map((rows) => keys[rows[0]!]!));
  const byBase = new Map<string, StoredMember[]>();
  for (const m of members) {
    const base = repeatedBase(m.key, bases);
    if (base === undefined) continue;
    const list = byBase.get(base);
    if (list) list.push(m);
    else byBase.set(base, [m]);
  }
  const takenOver = new Set<string>();
  const canonical = new CanonicalText();
  for (const rows of groups) {
    const base = keys[rows[0]!]!;
    const held = byBase.get(base) ?? [];
    const stored = held.map((m) => comparableRaw(m.raw, retained));
    const storedText = held.map((m) => canonical.of(m.raw, retained));
    const free = held.map(() => true);
    const rowValues = rows.map((k) => comparableRaw(fresh[k]!.raw, retained));
    const assigned = new Map<number, string>();
    const claim = (i: number, at: number) => {
      assigned.set(i, held[at]!.key);
      free[at] = false;
      takenOver.add(held[at]!.key);
    };
    rows.forEach((k, i) => {
      const text = canonical.of(fresh[k]!.raw, retained);
      const at = storedText.findIndex((t, j) => free[j] && t === text);
      if (at >= 0) claim(i, at);
    });
    rows.forEach((_, i) => {
      if (assigned.has(i)) return;
      let best = -1;
      let bestShared = 1; // the id itself is shared by all: a changed row must share one value more
      stored.forEach((values, j) => {
        if (!free[j]) return;
        const mine = new Set(rowValues[i]!.map(([f, v]) => `${f}\u0000${v}`));
        const shared = values.filter(([f, v]) => mine.has(`${f}\u0000${v}`)).length;
        if (shared > bestShared) [best, bestShared] = [j, shared];
      });
      if (best >= 0) claim(i, best);
    });
    const used = new Set([...held.map((m) => m.key), ...assigned.values()]);
    let n = 1;
    rows.forEach((k, i) => {
      const key = assigned.get(i);
      if (key !== undefined) {
        keys[k] = key;
        return;
      }
      let fresh = n === 1 ? base : `${base}#${n}`;
      while (used.has(fresh) || (fresh !== base && taken.has(fresh))) fresh = `${base}#${++n}`;
      used.add(fresh);
      keys[k] = fresh;
    });
  }
  return takenOver;
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
