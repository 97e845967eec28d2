// What `cdm clean` does beside the pipeline on a run against a master (`--master`, the nightly
// scrub): each row's member key, the master's members combined with this run's rows, the master's
// model reused or learned again, and what changed since the last run.

import { configDir, sourcePatternMatches, type Config } from '../config/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { CustomerRecord, FieldDef } from '../core/record.js';
import type { Role } from '../core/roles.js';
import { readLines, readMaster } from '../io/index.js';
import { loadModel, type Comparison, type Model } from '../match/index.js';
import type { GoldenRecord } from '../merge/index.js';
import type { ReportChanges } from '../report/types.js';
import { REPEATED_HEADER } from '../validate/index.js';
import { sameComparisons } from './match-settings.js';
import { combineWithMaster, memberKey, readMasterMembers, type Combined, type MasterState, type RepeatedIds } from './master.js';
import { positionalSource, repeatedBase, settlePositionalKeys, settleRepeatedKeys, type PositionEvidence } from './member-keys.js';

/** The master's members combined with this run's records, and what the run needs of the master
 * afterwards. The members this run replaces are dropped while the master is read and the rest
 * become records here: of members.ndjson, only those records and `MasterState` outlive this call. */
export async function withMaster(
  dir: string,
  fresh: CustomerRecord[],
  freshKeys: string[],
  repeated: readonly number[][],
  retained: (field: string) => boolean,
  evidence: PositionEvidence,
): Promise<{ combined: Combined; master: MasterState }> {
  const files = await readMaster(dir);
  // The keys of rows sharing an id, and of rows known by their position alone, are settled against
  // the master's members of that id or source by their values, once those members are read.
  const inGroups = new Set(repeated.flat());
  const positional = fresh.flatMap((r, k) => (freshKeys[k] === `${r.source}:${r.row}` && !inGroups.has(k) ? [k] : []));
  const others = new Set(freshKeys.filter((_, k) => !inGroups.has(k)));
  const bases = new Set(repeated.map((rows) => freshKeys[rows[0]!]!));
  const idless = new Set(positional.map((k) => fresh[k]!.source));
  const settle: RepeatedIds | undefined =
    repeated.length === 0 && positional.length === 0
      ? undefined
      : {
          defers: (key) => repeatedBase(key, bases) !== undefined || positionalSource(key, idless) !== undefined,
          settle: (members) => {
            const byId = members.filter((m) => repeatedBase(m.key, bases) !== undefined);
            const byPlace = members.filter((m) => repeatedBase(m.key, bases) === undefined);
            const taken = settleRepeatedKeys(repeated, fresh, freshKeys, byId, retained, others);
            for (const key of settlePositionalKeys(positional, fresh, freshKeys, byPlace, retained, evidence)) taken.add(key);
            return taken;
          },
        };
  const members = await readMasterMembers(readLines(files.membersPath), files.membersPath, new Set(freshKeys), settle);
  return {
    combined: combineWithMaster(members, fresh, freshKeys),
    master: {
      ages: members.ages,
      membership: members.membership,
      ...(files.fields !== undefined ? { fields: files.fields } : {}),
      mergedIds: files.mergedIds
        .split('\n')
        .slice(1)
        .filter((l) => l.includes(','))
        .map((l) => {
          const [from, into] = l.split(',');
          return { from: from!, into: into! };
        }),
      ...(files.model !== undefined ? { modelText: files.model } : {}),
    },
  };
}

export function describeChanges(
  master: MasterState,
  combined: Combined,
  golden: readonly GoldenRecord[],
  mergedIds: { from: string; into: string }[],
  retained: (field: string) => boolean,
): ReportChanges {
  // A row's values as members.ndjson holds them: without the fields kept out of every output
  // (`retain: false`), else an identical rerun would see every such row as changed.
  const stored = (values: Record<string, string>) => (Object.keys(values).every(retained) ? values : Object.fromEntries(Object.entries(values).filter(([k]) => retained(k))));
  // A golden record is unchanged when it has exactly the members it had, with the same values
  // (MasterMembership): members carried over from the master by their id, this run's rows by digest.
  let fresh = 0;
  let updated = 0;
  let unchanged = 0;
  for (const g of golden) {
    const previous = master.membership.count(g.golden_id);
    if (previous === undefined) {
      fresh++;
      continue;
    }
    const same =
      previous === g.members.length &&
      g.members.every((m) =>
        combined.fresh[m.index] === 0
          ? combined.previousId[m.index] === g.golden_id
          : master.membership.hadReplaced(g.golden_id, combined.keys[m.index]!, stored(combined.records[m.index]!.values)),
      );
    if (same) unchanged++;
    else updated++;
  }
  return { new_golden: fresh, updated_golden: updated, unchanged_golden: unchanged, merged_ids: [...mergedIds].sort((a, b) => a.from.localeCompare(b.from)) };
}

/** Fields that tell people apart: how a changed row of a source without ids finds its stored row. */
export function positionEvidence(fields: readonly FieldDef[]): PositionEvidence {
  const named = (roles: readonly Role[]) => fields.filter((f) => roles.includes(f.role)).map((f) => f.name);
  return { identifying: named(['email', 'phone', 'national_id']), personal: named(['first_name', 'middle_name', 'last_name', 'full_name', 'dob']) };
}

/** The ids merged away this run: an id some members took into another golden record is merged
 * only if no golden record keeps it (a person split in two keeps it on one side: that is no
 * merge), and once, into the first record that took it. */
export function realMerges(absorbed: readonly { from: string; into: string }[], golden: readonly GoldenRecord[]): { from: string; into: string }[] {
  const kept = new Set(golden.map((g) => g.golden_id));
  const seen = new Set<string>();
  return absorbed.filter((m) => !kept.has(m.from) && !seen.has(m.from) && seen.add(m.from));
}

/** Fewer candidate pairs than this teach a model little: a master's model learned from fewer is
 * learned again (from the master's members and the new rows together) instead of being reused. */
export const MIN_TRAINING_PAIRS = 100;

/** The master's model, unless it was learned from too little: a first run over a few hundred rows
 * with no duplicates yet learns nothing (every level equally likely), and reused night after night
 * it would never find the duplicates that later files bring. A file of thousands of distinct people
 * gives enough pairs but nothing to tell matches from: there EM does not settle (emConverged false),
 * and that model is learned again too, as is one that compares other fields than the config now
 * asks for (matching.comparisons). Says so in a `model.retrained` finding. */
export function reusableMasterModel(modelText: string | undefined, masterDir: string | undefined, diagnostics: Diagnostic[], wanted: readonly Comparison[]): Model | undefined {
  if (modelText === undefined) return undefined;
  const model = loadModel(modelText);
  const why = retrainReason(model, wanted);
  if (why === undefined) return model;
  diagnostics.push({
    source: masterDir ?? '',
    row: 0,
    field: '',
    code: 'model.retrained',
    severity: 'info',
    message: `The master's model ${why}: it is learned again from the master's members and this run's rows. Give --model to keep a model fixed.`,
  });
  return undefined;
}

function retrainReason(model: Model, wanted: readonly Comparison[]): string | undefined {
  if (!sameComparisons(model.comparisons, wanted)) return `compares other fields, or with other comparators, than this run's fields and config call for`;
  const training = model.training;
  if (training === undefined) return undefined;
  if (training.candidatePairs < MIN_TRAINING_PAIRS) return `was learned from ${training.candidatePairs} candidate pair(s), fewer than ${MIN_TRAINING_PAIRS}`;
  if (!training.emConverged) return 'did not converge (its rows held too few duplicates to tell matches from non-matches)';
  return undefined;
}

/** An incremental run over some of the master's sources: a config entry for a source this run did
 * not read but the master holds is no mistake, so its `schema.source_unmatched` warning is dropped. */
export function withoutMasterSourceWarnings(diagnostics: Diagnostic[], combined: Combined, config: Config | undefined): Diagnostic[] {
  if (config === undefined || !diagnostics.some((d) => d.code === 'schema.source_unmatched')) return diagnostics;
  const masterSources = new Set<string>();
  for (const r of combined.records) if (combined.fresh[r.index] !== 1) masterSources.add(r.source);
  const base = configDir(config);
  const held = (pattern: string) => [...masterSources].some((source) => sourcePatternMatches(pattern, source, base));
  return diagnostics.filter((d) => d.code !== 'schema.source_unmatched' || !held(d.source));
}

/**
 * Each row's member key, made distinct: a source's id that several rows share (two customers filed
 * under one CRM number) would give them one key, and each run would hand the golden id of one to
 * the other. The second and later rows of an id get `#2`, `#3` in file order (skipping a suffix
 * another row's own id already makes); an incremental run then hands a group's keys out again by
 * the master's members (settleRepeatedKeys), so a re-export in another order keeps each row's key.
 * Each is reported (`id.duplicate`, warning). A copy of the header line is no customer: it is keyed
 * by its row and not reported. `repeated`: per repeated id, its rows' positions in file order.
 */
export function distinctKeys(records: readonly CustomerRecord[], idField: string | undefined, diagnostics: Diagnostic[]): { keys: string[]; repeated: number[][] } {
  const isHeaderCopy = (record: CustomerRecord) => record.quarantine.length > 0 && record.quarantine.includes(REPEATED_HEADER);
  const plain = records.map((record) => (isHeaderCopy(record) ? memberKey(record, undefined) : memberKey(record, idField)));
  // Each key's first row, and a group only for a key that repeats: a million rows are a million
  // keys, and an object and a list for each cost more than the rest of this function.
  const firstRow = new Map<string, number>();
  const groups = new Map<string, { count: number; rows: number[] }>();
  let taken: Set<string> | undefined; // every plain key, needed only once an id repeats
  const keys = records.map((record, i) => {
    const key = plain[i]!;
    if (isHeaderCopy(record)) return key;
    const at = firstRow.get(key);
    if (at === undefined) {
      firstRow.set(key, i);
      return key;
    }
    taken ??= new Set(plain);
    let first = groups.get(key);
    if (first === undefined) {
      first = { count: 1, rows: [at] };
      groups.set(key, first);
    }
    first.count++;
    first.rows.push(i);
    while (taken.has(`${key}#${first.count}`)) first.count++;
    taken.add(`${key}#${first.count}`);
    diagnostics.push({
      source: record.source,
      row: record.row,
      field: idField ?? '',
      code: 'id.duplicate',
      severity: 'warning',
      message: `The id is also row ${records[first.rows[0]!]!.row}'s; the rows are kept as separate records. Give each customer its own id in the source.`,
      value: record.raw[idField ?? ''] ?? '',
    });
    return `${key}#${first.count}`;
  });
  // In the order of each id's first row.
  const repeated = [...groups.values()].map((g) => g.rows).sort((a, b) => a[0]! - b[0]!);
  return { keys, repeated };
}
