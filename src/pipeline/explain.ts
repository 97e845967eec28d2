// `explain`: why two records of a master matched (per-field levels and weights, like a waterfall),
// or what a golden record is made of (its members and the pairs that link them).

import { UsageError } from '../core/errors.js';
import type { CustomerRecord, FieldDef } from '../core/record.js';
import type { Role } from '../core/roles.js';
import { readMaster, readTextFile } from '../io/index.js';
import { explainPair, loadModel, TermFrequencies, type Model, type PairExplanation } from '../match/index.js';
import { join } from 'node:path';
import { createSurvivorshipRegistry, mergeClusters } from '../merge/index.js';
import { fromStored, readMembers } from './master.js';
import { withDerivedFields } from './fields.js';

export interface MasterContext {
  records: CustomerRecord[];
  /** Each record's member key (`source#id`, else `source:row`), as in members.ndjson. */
  keys: string[];
  goldenOf: string[];
  fields: FieldDef[];
  model: Model;
  /** Value counts of the master's matched records: explanations weigh exact matches as the run did. */
  frequencies: TermFrequencies;
}

export async function loadMasterContext(dir: string): Promise<MasterContext> {
  const files = await readMaster(dir);
  if (files.model === undefined) throw new UsageError('master.no_model', `${dir} has no model.json; it is written by cdm clean`);
  const members = await readMembers(files.membersPath);
  const records = members.map((m, i) => fromStored(m, i));
  const report = JSON.parse(await readTextFile(join(dir, 'report.json'))) as { fields: { name: string; role: Role }[] };
  const fields = withDerivedFields(report.fields.map((f) => ({ name: f.name, role: f.role })), records);
  return { records, keys: members.map((m) => m.key), goldenOf: members.map((m) => m.golden_id), fields, model: loadModel(files.model), frequencies: new TermFrequencies(records) };
}

/** A member key (`crm.csv#0035…`, as in members.ndjson), else `source:row` (the last colon splits,
 * so Windows-style or odd source names still work). After incremental runs one source:row can name
 * rows of different nights (the file's row 2 then and now): that is refused, with the keys to use. */
export function findRecord(context: MasterContext, ref: string): CustomerRecord {
  const byKey = context.keys.indexOf(ref);
  if (byKey >= 0) return context.records[byKey]!;
  const colon = ref.lastIndexOf(':');
  const source = ref.slice(0, colon);
  const row = Number(ref.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(row)) throw new UsageError('explain.bad_ref', `'${ref}' is not source:row (e.g. crm.csv:12) nor a member key (e.g. crm.csv#0035)`);
  const found = context.records.filter((r) => r.source === source && r.row === row);
  if (found.length === 0) throw new UsageError('explain.not_found', `no row ${row} of ${source} in the master`);
  if (found.length > 1) {
    const keys = found.map((r) => `${context.keys[r.index]} (${context.goldenOf[r.index]})`).join(', ');
    throw new UsageError('explain.ambiguous_ref', `${ref} names ${found.length} rows of the master, read by different runs; give one by its key: ${keys}`);
  }
  return found[0]!;
}

export interface PairReport {
  a: { source: string; row: number; golden_id: string };
  b: { source: string; row: number; golden_id: string };
  explanation: PairExplanation;
}

export function explainRecords(context: MasterContext, a: CustomerRecord, b: CustomerRecord): PairReport {
  return {
    a: { source: a.source, row: a.row, golden_id: context.goldenOf[a.index]! },
    b: { source: b.source, row: b.row, golden_id: context.goldenOf[b.index]! },
    explanation: explainPair(context.model, a, b, context.fields, context.frequencies),
  };
}

export interface GoldenReport {
  golden_id: string;
  members: { source: string; row: number }[];
  /** Each golden value with the member it came from (survivorship recomputed with the given settings). */
  values: { field: string; value: string; source: string; row: number }[];
  /** The strongest link of each member to an earlier member: how the record was held together. */
  links: PairReport[];
}

export function explainGolden(context: MasterContext, goldenId: string, survivorship?: Record<string, string>): GoldenReport {
  const members = context.records.filter((r) => context.goldenOf[r.index] === goldenId);
  if (members.length === 0) throw new UsageError('explain.not_found', `no golden record ${goldenId} in the master`);
  const links: PairReport[] = [];
  for (let i = 1; i < members.length; i++) {
    let best: PairReport | undefined;
    for (let j = 0; j < i; j++) {
      const pair = explainRecords(context, members[j]!, members[i]!);
      if (!best || pair.explanation.probability > best.explanation.probability) best = pair;
    }
    links.push(best!);
  }
  const local = members.map((m, i) => ({ ...m, index: i }));
  const [golden] = mergeClusters(local, new Int32Array(local.length), context.fields, {
    registry: createSurvivorshipRegistry(),
    ...(survivorship ? { survivorship } : {}),
    idOf: () => goldenId,
  });
  const values = Object.entries(golden?.values ?? {}).map(([field, value]) => ({ field, value, ...golden!.provenance[field]! }));
  return { golden_id: goldenId, members: members.map((m) => ({ source: m.source, row: m.row })), values, links };
}
