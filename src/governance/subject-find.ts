// Data-subject access (`cdm subject find`, GDPR Art. 15): finds a person in a master with the same
// matcher and model as `clean` — the query is normalized like an input row and scored against the
// member records — so a typo or a nickname still finds them. Candidates come from cheap keys first
// (email, phone, date of birth, surname sound); several people are listed with their probability,
// never guessed between.

import { parse } from 'csv-parse/sync';
import { doubleMetaphone } from 'double-metaphone';
import type { CustomerRecord, FieldDef } from '../core/record.js';
import type { Role } from '../core/roles.js';
import { explainPair, loadModel, type Model } from '../match/index.js';
import { dateNormalizer, emailNormalizer, fullNameNormalizer, phoneNormalizer, type NormalizerDefinition } from '../normalize/index.js';
import { UsageError } from '../core/errors.js';
import type { StoredMember } from '../pipeline/master.js';
import { fieldsWithRole, roleOf, type MasterDir } from './master.js';

export interface SubjectQuery {
  email?: string;
  phone?: string;
  name?: string;
  dob?: string;
  /** Default region for a phone without a country code (ISO alpha-2), default US. */
  region?: string;
}

export interface SubjectSourceRow {
  source: string;
  row: number;
  /** crosswalk status: golden, merged or quarantined. */
  status: string;
  /** Match probability of this row against the query (null when it was not scored itself). */
  probability: number | null;
  /** The row's values as read. */
  values: Record<string, string>;
}

export interface SubjectMatch {
  /** '' for a quarantined row that belongs to no golden record. */
  golden_id: string;
  probability: number;
  /** The golden record's values ({} when none). */
  golden: Record<string, string>;
  sources: SubjectSourceRow[];
}

export interface SubjectResult {
  /** The query as normalized (what was matched). */
  query: Record<string, string>;
  matches: SubjectMatch[];
}

export const DEFAULT_MIN_PROBABILITY = 0.2;

type Normalized = { value: string; keys: Record<string, string>; derived: Record<string, string> };

/** A query value as the pipeline normalizes it. A value it rejects is refused, naming the flag, the
 * value and the normalizer's reason: dropping it would search for less than was asked and answer an
 * access request with a false "no record". A date whose day and month could be swapped is refused
 * too: one value has no column to infer the order from. */
function normalized(flag: string, n: NormalizerDefinition, value: string | undefined, region: string): Normalized | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (!v) throw new UsageError('subject.bad_query', `${flag} is empty; give a value or leave the flag out`);
  const r = n.normalize(v, { region, options: {}, dateOrderAmbiguous: true });
  const refusals = (r.issues ?? []).filter((i) => i.severity === 'error' || i.code === 'date.ambiguous');
  if (r.value === null || refusals.length > 0) {
    const why = refusals.map((i) => `${i.message} (${i.code})`).join('; ') || 'not a usable value.';
    const hint = n === dateNormalizer ? ' Give the date as YYYY-MM-DD.' : '';
    throw new UsageError('subject.bad_query', `${flag} '${v}' was not searched for: ${why}${hint}`);
  }
  return { value: r.value, keys: r.keys ?? {}, derived: (r.derived ?? {}) as Record<string, string> };
}

/** The query as a CustomerRecord, with its phone in `phoneField` (the model compares phone fields
 * pairwise). Throws subject.bad_query for a value the normalizers reject. */
export function queryRecord(query: SubjectQuery, phoneField: string | undefined): CustomerRecord {
  const region = query.region ?? 'US';
  const values: Record<string, string> = {};
  const keys: Record<string, string> = {};
  const email = normalized('--email', emailNormalizer, query.email, region);
  if (email) {
    values.email = email.value;
    if (email.keys.match) keys['email.match'] = email.keys.match;
  }
  const phone = normalized('--phone', phoneNormalizer, query.phone, region);
  // A master without a compared phone field still shows the number in the query it answers.
  if (phone) values[phoneField ?? 'phone'] = phone.value;
  const name = normalized('--name', fullNameNormalizer, query.name, region);
  if (name) for (const part of ['first_name', 'middle_name', 'last_name'] as const) if (name.derived[part]) values[part] = name.derived[part];
  const dob = normalized('--dob', dateNormalizer, query.dob, region);
  if (dob) values.dob = dob.value;
  return { index: 0, source: 'query', row: 0, raw: { ...values }, values, keys, codes: [], quarantine: [] };
}

function metaphones(value: string | undefined): string[] {
  if (!value) return [];
  return doubleMetaphone(value).filter((c) => c !== '');
}

/** Cheap candidate test: shares an email, a phone, the date of birth or a surname sound. */
function isCandidate(q: CustomerRecord, m: StoredMember, phones: readonly string[], qPhone: string | undefined, qSurname: readonly string[]): boolean {
  if (q.values.email && (m.values.email === q.values.email || (q.keys['email.match'] && m.keys['email.match'] === q.keys['email.match']))) return true;
  if (qPhone && phones.some((f) => m.values[f] === qPhone)) return true;
  if (q.values.dob && m.values.dob === q.values.dob) return true;
  if (qSurname.length > 0 && metaphones(m.values.last_name).some((c) => qSurname.includes(c))) return true;
  return false;
}

export function findSubject(master: MasterDir, query: SubjectQuery, options: { minProbability?: number } = {}): SubjectResult {
  if (query.email === undefined && query.phone === undefined && query.name === undefined && query.dob === undefined) {
    throw new UsageError('subject.no_query', 'give at least one of --email, --phone, --name, --dob');
  }
  if (!master.modelText) throw new UsageError('subject.no_model', `${master.dir} has no model.json; re-run \`cdm clean --out ${master.dir}\``);
  const model: Model = loadModel(master.modelText);
  const minProbability = options.minProbability ?? DEFAULT_MIN_PROBABILITY;
  const phones = fieldsWithRole(master, 'phone');
  const compared = new Set(model.comparisons.map((c) => c.field));
  const phoneFields = phones.filter((f) => compared.has(f));
  // One query record per phone field the model compares, so a number on file as phone_2 is found too.
  const variants = (phoneFields.length > 0 && query.phone ? phoneFields : [phoneFields[0]]).map((f) => queryRecord(query, f));
  // A name of one word (`--name Medina`) is as likely the family name as the given one: tried as both.
  for (const q of [...variants]) {
    const { first_name: word, last_name: family, ...rest } = q.values;
    if (word !== undefined && family === undefined) variants.push({ ...q, values: { ...rest, last_name: word }, raw: { ...rest, last_name: word } });
  }
  const base = variants[0]!;
  const qPhone = phoneFields.length > 0 ? base.values[phoneFields[0]!] : undefined;
  const qSurname = [...new Set(variants.flatMap((q) => metaphones(q.values.last_name)))];
  const fields = fieldDefs(master);

  const scored = new Map<number, number>();
  master.members.forEach((m, k) => {
    if (!isCandidate(base, m, phones, qPhone, qSurname)) return;
    const record = memberRecord(m, 1);
    const p = Math.max(...variants.map((q) => explainPair(model, q, record, fields).probability));
    if (p >= minProbability) scored.set(k, p);
  });

  const groups = new Map<string, { probability: number; members: number[] }>();
  const byGolden = new Map<string, number[]>();
  master.members.forEach((m, k) => {
    if (!m.golden_id) return;
    let list = byGolden.get(m.golden_id);
    if (!list) byGolden.set(m.golden_id, (list = []));
    list.push(k);
  });
  for (const [k, p] of scored) {
    const m = master.members[k]!;
    const id = m.golden_id || `\u0000${m.source}:${m.row}`;
    const group = groups.get(id) ?? { probability: 0, members: m.golden_id ? byGolden.get(m.golden_id)! : [k] };
    group.probability = Math.max(group.probability, p);
    groups.set(id, group);
  }
  const goldenById = new Map(master.golden.rows.map((r) => [r.golden_id, r]));
  const statusOf = crosswalkStatus(master.files.get('crosswalk.csv'));
  const matches: SubjectMatch[] = [...groups.entries()].map(([id, g]) => {
    const goldenId = id.startsWith('\u0000') ? '' : id;
    return {
      golden_id: goldenId,
      probability: round(g.probability),
      golden: goldenId ? { ...(goldenById.get(goldenId) ?? {}) } : {},
      sources: g.members.map((k) => {
        const m = master.members[k]!;
        const p = scored.get(k);
        return { source: m.source, row: m.row, status: statusOf.get(`${m.source}\u0000${m.row}`) ?? (m.quarantine.length ? 'quarantined' : ''), probability: p === undefined ? null : round(p), values: { ...m.raw } };
      }),
    };
  });
  matches.sort((a, b) => b.probability - a.probability || (a.golden_id < b.golden_id ? -1 : a.golden_id > b.golden_id ? 1 : 0));
  return { query: { ...base.values }, matches };
}

function memberRecord(m: StoredMember, index: number): CustomerRecord {
  return { index, source: m.source, row: m.row, raw: m.raw, values: m.values, keys: m.keys, codes: m.codes, quarantine: [] };
}

function fieldDefs(master: MasterDir): FieldDef[] {
  const names = new Set<string>(master.roles.keys());
  for (const m of master.members.slice(0, 1000)) for (const n in m.values) names.add(n);
  return [...names].sort().map((name) => ({ name, role: roleOf(master.roles, name) as Role }));
}

function crosswalkStatus(text: string | undefined): Map<string, string> {
  const status = new Map<string, string>();
  if (!text) return status;
  for (const r of parse(text, { bom: true, columns: true }) as Record<string, string>[]) status.set(`${r.source}\u0000${r.row}`, r.status ?? '');
  return status;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
