// How this run's rows take the keys of a master's stored members when a key alone does not say
// which member a row is: rows of a source without ids (known by their row numbers) and rows that
// share their source's id. Both are settled by the rows' values, so a re-export in another order,
// with rows added or removed or columns moved, keeps each person's key and golden id.

import type { CustomerRecord } from '../core/record.js';
import { CanonicalText, type StoredMember } from './master.js';

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
