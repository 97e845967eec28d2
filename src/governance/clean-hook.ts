// What `cdm clean` does for governance (issue 9), kept here so that the pipeline only calls in:
// suppressed people are quarantined before matching with their data stripped, fields marked
// `retain: false` are kept out of members, diagnostics and review values, stale golden records are
// listed, and the files that outlive a run (audit log, suppression list, erasure receipts) are
// carried into the new output set with one audit entry appended.

import type { Diagnostic } from '../core/diagnostic.js';
import type { CustomerRecord, FieldDef } from '../core/record.js';
import type { ReportStale } from '../report/types.js';
import type { StoredMember } from '../pipeline/master.js';
import { appendAudit, AUDIT_FILE, maskCommandLine, runIdentity, type AuditInput } from './audit.js';
import { ERASURES_FILE } from './erase.js';
import type { CarriedState } from './master.js';
import { requireSalt } from './salt.js';
import { parseDuration, staleCutoff, staleRecords } from './stale.js';
import { applySuppression, checkSalt, parseSuppression, SUPPRESSED_CODE, SUPPRESSION_FILE, type IdentifierFields } from './suppression.js';

/** The report lists at most this many stale ids; its `count` is always the full number. */
export const STALE_LIST_LIMIT = 1000;

function identifierFields(fields: readonly FieldDef[]): IdentifierFields {
  const named = (role: string) => fields.filter((f) => f.role === role).map((f) => f.name);
  return { email: named('email'), phone: named('phone'), national_id: named('national_id') };
}

/** Quarantines records of suppressed people (`privacy.suppressed`); needs CDM_HASH_SALT only when
 * the master has a non-empty suppression list. */
export function suppressForClean(
  records: readonly CustomerRecord[],
  fields: readonly FieldDef[],
  carried: CarriedState,
  env: NodeJS.ProcessEnv = process.env,
): { records: CustomerRecord[]; suppressed: Set<number> } {
  const list = parseSuppression(carried.suppression);
  if (!list || list.entries.length === 0) return { records: [...records], suppressed: new Set() };
  const salt = requireSalt(`this master's ${SUPPRESSION_FILE} (erased people must stay out)`, env);
  checkSalt(list, salt);
  return applySuppression(records, list, salt, identifierFields(fields));
}

/** Diagnostics fit to write: no value of a suppressed row or of a `retain: false` field, and one
 * `privacy.suppressed` finding per suppressed row (without the value that matched). */
export function governedDiagnostics(
  diagnostics: readonly Diagnostic[],
  records: readonly CustomerRecord[],
  suppressed: ReadonlySet<number>,
  fields: readonly FieldDef[],
): Diagnostic[] {
  const dropped = new Set(fields.filter((f) => f.retain === false).map((f) => f.name));
  const rows = new Set([...suppressed].map((i) => `${records[i]!.source}\u0000${records[i]!.row}`));
  const out = diagnostics.map((d) => {
    if (d.value === undefined || (!dropped.has(d.field) && !rows.has(`${d.source}\u0000${d.row}`))) return d;
    const { value: _value, ...rest } = d;
    return rest;
  });
  for (const i of [...suppressed].sort((a, b) => a - b)) {
    const r = records[i]!;
    out.push({ source: r.source, row: r.row, field: '', code: SUPPRESSED_CODE, severity: 'error', message: 'this person was erased from the master; the row is kept out (delete it in the source system)' });
  }
  return out;
}

/** A member record without the fields marked `retain: false`. */
export function retainedMember(member: StoredMember, fields: readonly FieldDef[]): StoredMember {
  const dropped = fields.filter((f) => f.retain === false).map((f) => f.name);
  if (dropped.length === 0) return member;
  const strip = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([k]) => !dropped.includes(k)));
  const keys = Object.fromEntries(Object.entries(member.keys).filter(([k]) => !dropped.includes(k.split('.')[0]!)));
  return { ...member, raw: strip(member.raw), values: strip(member.values), keys };
}

/** Which fields' values may appear in review.csv and the report's pair examples. */
export function isRetained(fields: readonly FieldDef[]): (field: string) => boolean {
  const dropped = new Set(fields.filter((f) => f.retain === false).map((f) => f.name));
  return (field) => !dropped.has(field);
}

/** The report's stale section, when the config sets `stale_after`. */
export function staleSection(
  staleAfter: string | undefined,
  today: string,
  goldenIds: readonly string[],
  members: readonly { golden_id: string; values: Readonly<Record<string, string>> }[],
  fields: readonly FieldDef[],
): ReportStale | undefined {
  if (!staleAfter) return undefined;
  const cutoff = staleCutoff(today, parseDuration(staleAfter));
  const activity = fields.filter((f) => f.role === 'timestamp').map((f) => f.name);
  const stale = staleRecords(goldenIds, members, activity, cutoff);
  return { after: staleAfter, cutoff, count: stale.length, records: stale.slice(0, STALE_LIST_LIMIT) };
}

/** The carried files with this run's audit entry appended. */
export function carriedFiles(
  carried: CarriedState,
  run: { command: string; inputs: AuditInput[]; configSha256: string | null; counts: { in: number; out: number }; argv?: readonly string[] },
): { name: string; data: string }[] {
  const facts = {
    ...runIdentity(),
    command: run.command,
    argv: maskCommandLine(run.argv ?? process.argv.slice(2)),
    inputs: run.inputs,
    config_sha256: run.configSha256,
    counts: run.counts,
  };
  const files = [{ name: AUDIT_FILE, data: appendAudit(carried.audit, facts) }];
  if (carried.suppression !== undefined) files.push({ name: SUPPRESSION_FILE, data: carried.suppression });
  if (carried.erasures !== undefined) files.push({ name: ERASURES_FILE, data: carried.erasures });
  return files;
}
