// Erasure (`cdm subject erase GOLDEN_ID`, GDPR Art. 17): the person leaves every file of the master
// — golden, crosswalk, members, quarantine, review, diagnostics, the report's examples — their
// identifiers join the suppression list as salted hashes, and a receipt (no plain PII) records
// what was removed and which source rows the source systems must delete. Pure: returns the new
// file set; the caller writes it as one atomic set.

import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { UsageError } from '../core/errors.js';
import { MEMBERS_FILE, toCsv, toJson, toNdjsonChunks, type OutputData } from '../io/index.js';
import { renderHtml, renderMarkdown, type Report } from '../report/index.js';
import { appendAudit, AUDIT_FILE, type AuditFacts } from './audit.js';
import { fieldsWithRole, type MasterDir } from './master.js';
import type { StoredMember } from '../pipeline/master.js';
import { sha256Hex } from './salt.js';
import { maskValue } from '../mask/index.js';
import {
  addToSuppression,
  checkSalt,
  emptySuppression,
  hashIdentifiers,
  identifiersOf,
  parseSuppression,
  renderSuppression,
  SUPPRESSION_FILE,
  type IdentifierFields,
  type SuppressionEntry,
} from './suppression.js';

export const ERASURES_FILE = 'erasures.ndjson';

export interface ErasureReceipt {
  receipt: 'erasure';
  run_id: string;
  erased_at: string;
  golden_id: string;
  /** The rows the source systems must delete (cdm never writes to them). */
  source_rows: { source: string; row: number; source_id?: string }[];
  /** Rows (or records) removed, by file. */
  removed: Record<string, number>;
  /** How many salted identifier hashes were added to the suppression list, by kind. */
  suppressed: Record<string, number>;
}

export interface ErasureResult {
  receipt: ErasureReceipt;
  files: { name: string; data: OutputData }[];
  goldenBefore: number;
  goldenAfter: number;
}

const rowKey = (source: string, row: string | number) => `${source}\u0000${row}`;

export function identifierFieldsOf(master: Pick<MasterDir, 'roles' | 'golden'>): IdentifierFields {
  return { email: fieldsWithRole(master, 'email'), phone: fieldsWithRole(master, 'phone'), national_id: fieldsWithRole(master, 'national_id') };
}

/** The current id of `goldenId`, following merged-ids.csv when it was merged into another. */
export function resolveGoldenId(master: MasterDir, goldenId: string): string {
  const into = new Map<string, string>();
  for (const line of (master.files.get('merged-ids.csv') ?? '').split('\n').slice(1)) {
    const [from, to] = line.split(',');
    if (from && to) into.set(from, to);
  }
  let id = goldenId;
  for (let hops = 0; into.has(id) && hops < 100; hops++) id = into.get(id)!;
  return id;
}

/** Whether a diagnostic's value was read from this raw cell: as written, trimmed, or masked. */
function findingValueOf(raw: string | undefined, value: string): boolean {
  if (raw === undefined) return false;
  const trimmed = raw.trim();
  return raw === value || trimmed === value || (trimmed !== '' && maskValue(trimmed, 'national_id') === value);
}

export function eraseSubject(master: MasterDir, goldenIdGiven: string, salt: string, facts: AuditFacts): ErasureResult {
  const goldenId = resolveGoldenId(master, goldenIdGiven);
  const members = master.members.filter((m) => m.golden_id === goldenId);
  const goldenRows = master.golden.rows.filter((r) => r.golden_id === goldenId);
  if (members.length === 0 && goldenRows.length === 0) {
    throw new UsageError('subject.unknown_id', `no golden record ${goldenIdGiven} in ${master.dir} (find the id with \`cdm subject find\`)`);
  }
  const rows = new Set(members.map((m) => rowKey(m.source, m.row)));
  // After incremental runs one source:row can be rows of different nights (a re-exported file's row
  // 2 then and now): such a row is the erased person's only where its values are theirs.
  const shared = new Set(master.members.filter((m) => m.golden_id !== goldenId && rows.has(rowKey(m.source, m.row))).map((m) => rowKey(m.source, m.row)));
  const erasedAt = new Map<string, StoredMember[]>();
  const othersAt = new Map<string, StoredMember[]>();
  for (const m of master.members) {
    const key = rowKey(m.source, m.row);
    const at = m.golden_id === goldenId ? erasedAt : shared.has(key) ? othersAt : undefined;
    at?.set(key, [...(at.get(key) ?? []), m]);
  }
  /** The erased person's row: theirs alone, or a shared one whose values `sameValues` finds theirs. */
  const erasedRow = (source: string, row: string, sameValues: (m: StoredMember) => boolean) => {
    const key = rowKey(source, row);
    if (!rows.has(key)) return false;
    return !shared.has(key) || erasedAt.get(key)!.some(sameValues);
  };
  /**
   * A finding is the erased person's at a row of theirs alone; at a shared row it stays only when
   * its value is another member's there and not theirs. A finding that cannot be told apart (a
   * row-level one, a value both share) goes: erasure errs on the side of removing.
   */
  const erasedFinding = (r: Record<string, string>) => {
    const key = rowKey(r.source ?? '', r.row ?? '');
    if (!rows.has(key)) return false;
    if (!shared.has(key)) return true;
    const field = r.field ?? '';
    if (field === '') return true;
    const holds = (m: StoredMember) => findingValueOf(m.raw[field], r.value ?? '');
    return erasedAt.get(key)!.some(holds) || !othersAt.get(key)!.some(holds);
  };
  const fields = identifierFieldsOf(master);
  const idFields = fieldsWithRole(master, 'id');
  const masterKeys = new Set(master.members.map((m) => m.key));
  const identifiers = [
    ...members.flatMap((m) => identifiersOf(m.values, m.keys, fields)),
    ...goldenRows.flatMap((g) => identifiersOf(g, {}, fields)),
  ];
  const entries: SuppressionEntry[] = hashIdentifiers(identifiers, salt);
  const previous = parseSuppression(master.files.get(SUPPRESSION_FILE)) ?? emptySuppression(salt);
  checkSalt(previous, salt);
  const suppression = addToSuppression(previous, entries);

  const removed: Record<string, number> = {};
  const out = new Map(master.files);
  const note = (name: string, before: number, after: number) => {
    if (before !== after) removed[name] = before - after;
  };

  const golden = master.golden;
  const goldenText = master.files.get(golden.file)!;
  const keptGolden = rewriteGolden(golden.format, goldenText, goldenId);
  out.set(golden.file, keptGolden.text);
  note(golden.file, keptGolden.before, keptGolden.after);

  const byRow = (source = 'source', row = 'row') => (r: Record<string, string>) => !rows.has(rowKey(r[source] ?? '', r[row] ?? ''));
  const BOOKKEEPING = new Set(['source', 'row', 'codes']);
  const csvFilters: [string, (r: Record<string, string>) => boolean][] = [
    // Each crosswalk row names its golden record: the erased person's rows are theirs by that id.
    ['crosswalk.csv', (r) => r.golden_id !== goldenId],
    ['quarantine.csv', (r) => !erasedRow(r.source ?? '', r.row ?? '', (m) => Object.keys(r).every((f) => BOOKKEEPING.has(f) || (m.raw[f] ?? '') === r[f]))],
    ['diagnostics.csv', (r) => !erasedFinding(r)],
    // A review pair naming a shared row goes too: the next run proposes it again if it still holds.
    ['review.csv', (r) => byRow('a_source', 'a_row')(r) && byRow('b_source', 'b_row')(r)],
    ['merged-ids.csv', (r) => r.from !== goldenId && r.into !== goldenId],
  ];
  for (const [name, keep] of csvFilters) {
    const text = out.get(name);
    if (text === undefined) continue;
    const filtered = filterCsv(text, keep);
    out.set(name, filtered.text);
    note(name, filtered.before, filtered.after);
  }
  // Each kept member is written back as read: JSON.parse keeps key order, so its JSON is its line.
  const keptMembers = master.members.filter((m) => m.golden_id !== goldenId);
  note(MEMBERS_FILE, master.members.length, keptMembers.length);
  scrubReports(out, rows);

  const receipt: ErasureReceipt = {
    receipt: 'erasure',
    run_id: facts.run_id,
    erased_at: facts.time,
    golden_id: goldenId,
    source_rows: members
      .map((m) => ({ source: m.source, row: m.row, ...sourceIdOf(m, idFields, masterKeys, identifiers.map((i) => i.value)) }))
      .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.row - b.row)),
    removed,
    suppressed: countByKind(entries),
  };
  out.set(SUPPRESSION_FILE, renderSuppression(suppression));
  out.set(ERASURES_FILE, `${out.get(ERASURES_FILE) ?? ''}${JSON.stringify(receipt)}\n`);
  const goldenBefore = golden.rows.length;
  const goldenAfter = goldenBefore - goldenRows.length;
  // The audit entry's input is the golden file as it was; its counts are golden records before/after.
  out.set(
    AUDIT_FILE,
    appendAudit(out.get(AUDIT_FILE), {
      ...facts,
      inputs: [{ path: join(master.dir, golden.file), sha256: sha256Hex(goldenText) }],
      counts: { in: goldenBefore, out: goldenAfter },
    }),
  );
  const files: { name: string; data: OutputData }[] = [...out.entries()].map(([name, data]) => ({ name, data }));
  files.push({ name: MEMBERS_FILE, data: toNdjsonChunks(keptMembers, (m) => m) });
  return { receipt, files, goldenBefore, goldenAfter };
}

function rewriteGolden(format: string, text: string, goldenId: string): { text: string; before: number; after: number } {
  if (format === 'csv') {
    const r = filterCsv(text, (row) => row.golden_id !== goldenId);
    return r;
  }
  if (format === 'json') {
    const objects = JSON.parse(text) as { golden_id?: string }[];
    const kept = objects.filter((o) => o.golden_id !== goldenId);
    return { text: toJson(kept), before: objects.length, after: kept.length };
  }
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const kept = lines.filter((l) => (JSON.parse(l) as { golden_id?: string }).golden_id !== goldenId);
  return { text: kept.map((l) => `${l}\n`).join(''), before: lines.length, after: kept.length };
}

/** Keeps the rows `keep` accepts; values are written back exactly as read (already guarded). */
function filterCsv(text: string, keep: (row: Record<string, string>) => boolean): { text: string; before: number; after: number } {
  const records = parse(text, { bom: true, relax_column_count: true }) as string[][];
  const columns = records[0] ?? [];
  const body = records.slice(1);
  const kept = body.filter((cells) => keep(Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']))));
  return { text: toCsv(columns, kept, { formulaGuard: false }), before: body.length, after: kept.length };
}

/** The report keeps its totals (they describe that run) but loses every example that could be the
 * erased person's: review pairs naming their rows, and the issue examples (masked, not attributable). */
function scrubReports(files: Map<string, string>, rows: ReadonlySet<string>): void {
  const text = files.get('report.json');
  if (text === undefined) return;
  let report: Report;
  try {
    report = JSON.parse(text) as Report;
  } catch {
    files.delete('report.json');
    files.delete('report.html');
    files.delete('report.md');
    return;
  }
  for (const issue of report.issues ?? []) issue.examples = [];
  if (report.matching?.review_top) {
    report.matching.review_top = report.matching.review_top.filter((p) => !rows.has(rowKey(p.a.source, p.a.row)) && !rows.has(rowKey(p.b.source, p.b.row)));
  }
  files.set('report.json', `${JSON.stringify(report, null, 2)}\n`);
  if (files.has('report.html')) files.set('report.html', renderHtml(report));
  if (files.has('report.md')) files.set('report.md', renderMarkdown(report));
}

/** The source's own record id from a member key (`crm.csv#0035…`), unless it is itself contact
 * data (a source keyed by email or phone): the receipt holds no plain PII. */
function sourceIdOf(member: StoredMember, idFields: readonly string[], masterKeys: ReadonlySet<string>, identifiers: readonly string[]): { source_id?: string } {
  // The key is `source#id`, or `source#id#2` for a later row of an id its source repeats
  // (id.duplicate): the id is the member's own id cell the key was made of (an id may hold `#`).
  // A `retain: false` id is in no stored cell: then the key says it, less a `#N` that only a
  // repeated id (whose first row's key the master holds too) was given.
  const prefix = `${member.source}#`;
  if (!member.key.startsWith(prefix)) return {};
  const cell = idFields.map((f) => member.raw[f]).find((v) => v !== undefined && v !== '' && (member.key === prefix + v || member.key.startsWith(`${prefix}${v}#`)));
  const suffix = /#\d+$/.exec(member.key);
  const id = cell ?? (suffix !== null && masterKeys.has(member.key.slice(0, suffix.index)) ? member.key.slice(prefix.length, suffix.index) : member.key.slice(prefix.length));
  const digits = id.replace(/\D/g, '');
  const isContact = id.includes('@') || identifiers.some((v) => v.toLowerCase() === id.toLowerCase() || (digits.length >= 7 && v.replace(/\D/g, '').endsWith(digits)));
  return isContact ? {} : { source_id: id };
}

function countByKind(entries: readonly SuppressionEntry[]): Record<string, number> {
  const unique = new Map<string, string>();
  for (const e of entries) unique.set(`${e.kind}:${e.hash}`, e.kind);
  const counts: Record<string, number> = {};
  for (const kind of unique.values()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
