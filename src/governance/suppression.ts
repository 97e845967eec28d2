// The suppression list of a master (suppression.json): salted hashes of the normalized identifiers
// of every erased person — email (and its match key), phone, national id — and nothing in plain.
// Every later `cdm clean` of the master quarantines rows carrying one of them (`privacy.suppressed`),
// so an erased person never comes back with the next import. The salt's fingerprint is kept so that
// a run with a different salt (which would silently match no one) is refused.

import { ConfigError } from '../core/errors.js';
import type { CustomerRecord } from '../core/record.js';
import { saltCheck, saltedHash } from './salt.js';

export const SUPPRESSION_FILE = 'suppression.json';
export const SUPPRESSED_CODE = 'privacy.suppressed';

export type IdentifierKind = 'email' | 'email_key' | 'phone' | 'national_id';

export interface SuppressionEntry {
  kind: IdentifierKind;
  hash: string;
}

export interface SuppressionList {
  salt_check: string;
  entries: SuppressionEntry[];
}

/** Field names by the role they play, for the identifiers that suppression reads. */
export interface IdentifierFields {
  email: readonly string[];
  phone: readonly string[];
  national_id: readonly string[];
}

/** The normalized identifiers of one record's values and match keys, unhashed. */
export function identifiersOf(values: Readonly<Record<string, string>>, keys: Readonly<Record<string, string>>, fields: IdentifierFields): { kind: IdentifierKind; value: string }[] {
  const found: { kind: IdentifierKind; value: string }[] = [];
  for (const f of fields.email) {
    const email = values[f]?.trim().toLowerCase();
    if (email) found.push({ kind: 'email', value: email });
    // The match key folds gmail dots and +tags: the same mailbox written another way is still them.
    const key = keys[`${f}.match`]?.trim().toLowerCase();
    if (key) found.push({ kind: 'email_key', value: key });
  }
  for (const f of fields.phone) {
    const phone = values[f]?.replace(/[^\d+]/g, '');
    if (phone) found.push({ kind: 'phone', value: phone });
  }
  for (const f of fields.national_id) {
    const id = values[f]?.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
    if (id) found.push({ kind: 'national_id', value: id });
  }
  return found;
}

export function hashIdentifiers(identifiers: readonly { kind: IdentifierKind; value: string }[], salt: string): SuppressionEntry[] {
  return identifiers.map(({ kind, value }) => ({ kind, hash: saltedHash(salt, `${kind}:${value}`) }));
}

export function emptySuppression(salt: string): SuppressionList {
  return { salt_check: saltCheck(salt), entries: [] };
}

export function parseSuppression(text: string | undefined, file = SUPPRESSION_FILE): SuppressionList | undefined {
  if (text === undefined) return undefined;
  try {
    const list = JSON.parse(text) as SuppressionList;
    if (typeof list.salt_check === 'string' && Array.isArray(list.entries)) return list;
  } catch {
    // fall through to the error below
  }
  throw new ConfigError('privacy.suppression_corrupt', `${file} is not a cdm suppression list; restore it from a backup (without it, erased people would come back)`);
}

/** Checks that `salt` is the one the list was written with. */
export function checkSalt(list: SuppressionList, salt: string): void {
  if (list.salt_check !== saltCheck(salt)) {
    throw new ConfigError('privacy.salt_mismatch', `CDM_HASH_SALT is not the salt this master's ${SUPPRESSION_FILE} was written with; erased people could not be recognised — set the original salt`);
  }
}

/** The list with `entries` added: deduplicated and sorted, so the file is deterministic. */
export function addToSuppression(list: SuppressionList, entries: readonly SuppressionEntry[]): SuppressionList {
  const all = new Map<string, SuppressionEntry>();
  for (const e of [...list.entries, ...entries]) all.set(`${e.kind}:${e.hash}`, { kind: e.kind, hash: e.hash });
  const sorted = [...all.values()].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  return { salt_check: list.salt_check, entries: sorted };
}

export function renderSuppression(list: SuppressionList): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}

/**
 * Quarantines every record that carries a suppressed identifier, and strips its data: a suppressed
 * row's values must not reach quarantine.csv, members.ndjson or any other output. Returns new
 * records (same indexes) and the indexes suppressed.
 */
export function applySuppression(
  records: readonly CustomerRecord[],
  list: SuppressionList,
  salt: string,
  fields: IdentifierFields,
): { records: CustomerRecord[]; suppressed: Set<number> } {
  const hashes = new Set(list.entries.map((e) => `${e.kind}:${e.hash}`));
  const suppressed = new Set<number>();
  const out = records.map((r) => {
    const own = hashIdentifiers(identifiersOf(r.values, r.keys, fields), salt);
    if (!own.some((e) => hashes.has(`${e.kind}:${e.hash}`))) return r;
    suppressed.add(r.index);
    return { ...r, raw: {}, values: {}, keys: {}, codes: [SUPPRESSED_CODE], quarantine: [SUPPRESSED_CODE] };
  });
  return { records: out, suppressed };
}
