// `clean`: the whole pipeline (DESIGN §1) as a library call. Returns the results as data plus the
// rendered output files; writing them is the caller's (the CLI writes them atomically as one set).

import { normalize } from 'node:path';
import { configDir, sourcePatternMatches, type Config } from '../config/index.js';
import { CdmError, ConfigError, EXIT } from '../core/errors.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { CustomerRecord, FieldDef } from '../core/record.js';
import type { Role } from '../core/roles.js';
import { FIELDS_FILE, readLines, readMaster, readSource, readTextFile, refuseOverlap, renderFieldsFile } from '../io/index.js';
import { defaultComparisons, explainLevels, levelWeights, loadModel, match, saveModel, type Comparison, type Decision, type MatchResult, type Model, type ReviewPair } from '../match/index.js';
import { matchSettings, sameComparisons } from './match-settings.js';
import { goldenIdFor, mergeClusters, type GoldenRecord } from '../merge/index.js';
import { renderHtml, renderMarkdown } from '../report/index.js';
import { configuredPriority } from '../schema/index.js';
import type { Report, ReportChanges } from '../report/types.js';
import { buildCrosswalk, type CrosswalkRow } from './crosswalk.js';
import { withDerivedFields, withMasterFields } from './fields.js';
import { checkGateFields, evaluateGates, gateInputOf } from './gates.js';
import { combineWithMaster, freshOnly, memberKey, positionalSource, readMasterMembers, repeatedBase, settlePositionalKeys, settleRepeatedKeys, survivingId, type Combined, type MasterState, type PositionEvidence, type RepeatedIds } from './master.js';
import type { CleanOptions } from './options.js';
import { renderCrosswalk, renderDiagnostics, renderGolden, renderMembers, renderQuarantine, renderReview, type OutputFile } from './outputs.js';
import { prepare } from './prepare.js';
import { buildReport, reportMatching, reportRun } from './report-build.js';
import { REPEATED_HEADER } from '../validate/index.js';
// governance hook (issue 9): suppression, retention, stale records, carried audit/suppression files.
import { carriedFiles, governedDiagnostics, isRetained, readCarriedState, staleSection, suppressForClean } from '../governance/index.js';

export interface CleanResult {
  golden: GoldenRecord[];
  crosswalk: CrosswalkRow[];
  records: CustomerRecord[];
  fields: FieldDef[];
  match: MatchResult;
  report: Report;
  /** Rendered outputs, ready to be written as one set into the output directory. */
  files: OutputFile[];
}

export async function clean(inputs: readonly string[], options: CleanOptions = {}): Promise<CleanResult> {
  const prepared = await prepare(inputs, options);
  const { stopwatch, config } = prepared;
  await refuseOverlap('--out', options.out ?? 'cdm-out', prepared.inputs.map((path) => ({ path, what: 'the input' })));
  // Derived parts are never ids: the schema's own fields say which one is.
  const idField = prepared.schema.fields.find((f) => f.role === 'id')?.name;

  const { keys: freshKeys, repeated } = distinctKeys(prepared.records, idField, prepared.diagnostics);
  // Reading the master (a million members is ~800 MB of JSON) is its own stage in the timings.
  if (options.master) stopwatch.start('master');
  const { combined, master } = options.master
    ? await withMaster(options.master, prepared.records, freshKeys, repeated, isRetained(prepared.schema.fields), positionEvidence(prepared.schema.fields))
    : { combined: freshOnly(prepared.records, freshKeys), master: undefined };
  const fields = master?.fields
    ? withDerivedFields(withMasterFields(prepared.schema.fields, master.fields), combined.records)
    : withDerivedFields(prepared.schema.fields, combined.records);
  if (master) prepared.diagnostics = withoutMasterSourceWarnings(prepared.diagnostics, combined, config);
  const roleOf = (name: string): Role | undefined => fields.find((f) => f.name === name)?.role;
  const gateSettings = { ...config?.gates, ...options.gates };
  checkGateFields(gateSettings, fields.map((f) => f.name), prepared.schema.sources); // before matching: a misspelt gate fails fast
  const settings = matchSettings(config, fields);
  stopwatch.start('match');
  // governance hook (issue 9): erased people are quarantined (privacy.suppressed) before matching.
  const carried = await readCarriedState(options.master ?? options.out ?? 'cdm-out');
  const suppression = suppressForClean(combined.records, fields, carried);
  const records = suppression.records;
  const diagnostics = governedDiagnostics(prepared.diagnostics, records, suppression.suppressed, fields);
  const retained = isRetained(fields);
  const model = options.model
    ? loadModel(await readTextFile(options.model))
    : reusableMasterModel(master?.modelText, options.master, diagnostics, settings.comparisons ?? defaultComparisons(fields));
  const decisions = options.decisions ? await readDecisions(options.decisions, records, combined.keys, diagnostics) : [];
  const matchConfig = config?.matching as { matchThreshold?: number; reviewThreshold?: number } | undefined;
  const thresholds = {
    ...(matchConfig?.matchThreshold !== undefined ? { match: matchConfig.matchThreshold } : {}),
    ...(matchConfig?.reviewThreshold !== undefined ? { review: matchConfig.reviewThreshold } : {}),
  };
  const result = match(records, fields, { ...settings, ...(model ? { model } : {}), decisions, thresholds, ...(options.onCandidates ? { onCandidates: options.onCandidates } : {}), ...(options.threads !== undefined ? { threads: options.threads } : {}) });
  // A no-match the clusters could not keep: other links (a reviewer's matches among them) join the two rows.
  for (const d of decisions) {
    if (d.decision !== 'no-match' || result.clusterOf[d.a] !== result.clusterOf[d.b]) continue;
    const [a, b] = [records[d.a]!, records[d.b]!];
    diagnostics.push({
      source: options.decisions ?? '',
      row: 0,
      field: 'decision',
      code: 'decisions.overruled',
      severity: 'warning',
      message: `${a.source}:${a.row} and ${b.source}:${b.row} are decided no-match, but other links join them in one golden record (a match decided through a third row?); decide the links between them.`,
    });
  }

  stopwatch.start('merge');
  const absorbed: { from: string; into: string }[] = [];
  const ages = master?.ages ?? new Map<string, number>();
  const golden = mergeClusters(records, result.clusterOf, fields, {
    registry: prepared.registries.survivorship,
    ...(config?.merge?.survivorship ? { survivorship: config.merge.survivorship } : {}),
    sourcePriority: sourceRanks(config, records),
    idOf: (members) => {
      const previous = survivingId(members.map((m) => combined.previousId[m.index]!), ages);
      if (!previous) return goldenIdFor(members.map((m) => combined.keys[m.index]!));
      for (const from of previous.absorbed) absorbed.push({ from, into: previous.id });
      return previous.id;
    },
  });
  const mergedIds = realMerges(absorbed, golden);
  const crosswalk = buildCrosswalk(records, golden, result.pairs);

  stopwatch.start('report');
  // governance hook (issue 9): values of `retain: false` fields never reach review.csv or the report.
  const weights = levelWeights(result.model);
  const explain = (p: ReviewPair) =>
    explainLevels(result.model, records[p.a]!, records[p.b]!, p.levels, weights).map((c) => (retained(c.field) ? c : { ...c, valueA: undefined, valueB: undefined }));
  const counts = gateInputOf(records, diagnostics);
  // Gates judge this run's import: on an incremental run its own rows, never diluted by the master's
  // (a nightly file with half its rows in error passed --max-error-rate 0.1 against a master of 500).
  const gateInput = !master
    ? counts
    : gateInputOf(
        records.filter((r) => combined.fresh[r.index] === 1),
        governedDiagnostics(prepared.diagnostics, records, new Set([...suppression.suppressed].filter((i) => combined.fresh[i] === 1)), fields),
      );
  const gates = evaluateGates(gateSettings, gateInput);
  const changes = master ? describeChanges(master, combined, golden, mergedIds, retained) : null;
  const csvGuard = options.csvGuard ?? config?.output?.csvGuard ?? true;
  const format = options.format ?? config?.output?.format ?? 'csv';
  // The big data files (golden, crosswalk, review, diagnostics, members) are rendered while they
  // are written, one at a time, so a million rows' outputs are never in memory together; their
  // cost falls in the write, after the stage timings, which cover computing what they hold.
  const allMergedIds = [...(master?.mergedIds ?? []), ...mergedIds];
  const dataFiles: OutputFile[] = [
    renderGolden(golden, fields, format, csvGuard),
    renderCrosswalk(crosswalk, csvGuard),
    renderQuarantine(records, fields, csvGuard),
    renderReview(result.review, records, combined.keys, result.model, explain, csvGuard),
    renderDiagnostics(diagnostics, csvGuard),
    { name: 'model.json', data: saveModel(result.model) },
    { name: FIELDS_FILE, data: renderFieldsFile(fields) },
    renderMembers(records, combined.keys, crosswalk.map((c) => c.golden_id), fields),
    { name: 'merged-ids.csv', data: ['from,into', ...allMergedIds.map((m) => `${m.from},${m.into}`)].join('\n') + '\n' },
  ];
  stopwatch.stop();
  const report = buildReport({
    run: reportRun('clean', prepared, options, master !== undefined),
    rows: counts.rows,
    quarantined: counts.quarantined,
    fields,
    diagnostics,
    quality: prepared.fields,
    roleOf,
    golden,
    matching: reportMatching({ result, records, explain, roleOf, showPii: Boolean(options.showPii) }),
    gates,
    changes,
  });
  if (!report.totals.reconciled) {
    throw new CdmError(
      'totals.unreconciled',
      `internal check failed: ${report.totals.input_rows} input rows but ${report.totals.golden_records} golden + ${report.totals.merged_rows} merged + ${report.totals.quarantined} quarantined`,
      EXIT.gateFailed,
    );
  }

  // governance hook (issue 9): stale golden records (config `stale_after`) listed in the report.
  const stale = staleSection(config?.stale_after, prepared.today, golden.map((g) => g.golden_id), records.map((r, i) => ({ golden_id: crosswalk[i]!.golden_id, values: r.values })), fields);
  if (stale) report.stale = stale;

  const files: OutputFile[] = [
    ...dataFiles,
    { name: 'report.json', data: `${JSON.stringify(report, null, 2)}\n` },
    { name: 'report.html', data: renderHtml(report) },
    { name: 'report.md', data: renderMarkdown(report) },
    // governance hook (issue 9): the audit log, suppression list and receipts outlive every run.
    ...carriedFiles(carried, {
      command: 'clean',
      inputs: report.run.inputs.map((i) => ({ path: i.source, sha256: i.sha256 })),
      configSha256: prepared.configHash,
      counts: { in: report.totals.input_rows, out: report.totals.golden_records },
    }),
  ];
  return { golden, crosswalk, records, fields, match: result, report, files };
}

/** Each source's rank for `source_priority` survivorship, as the config sets it (`sources[].priority`,
 * `merge.sourcePriority` by name or path, relative to the config file): the sources of this run's
 * inputs and, on an incremental run, the master's others. A source the config does not rank comes
 * after every ranked one. */
function sourceRanks(config: Config | undefined, records: readonly CustomerRecord[]): Record<string, number> {
  const ranks: Record<string, number> = {};
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.source)) continue;
    seen.add(r.source);
    const rank = configuredPriority(config, r.source);
    if (rank !== undefined) ranks[r.source] = rank;
  }
  return ranks;
}

/** The master's members combined with this run's records, and what the run needs of the master
 * afterwards. The members this run replaces are dropped while the master is read and the rest
 * become records here: of members.ndjson, only those records and `MasterState` outlive this call. */
async function withMaster(
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

/** review.csv with a filled `decision` column → forced match / no-match pairs by record index. */
const MATCH_WORDS: ReadonlySet<string> = new Set(['match', 'matched', 'yes', 'y', 'same', 'same-person', 'duplicate', 'merge', '1', 'true']);
const NO_MATCH_WORDS: ReadonlySet<string> = new Set(['no-match', 'nomatch', 'not-a-match', 'no', 'n', 'different', 'distinct', 'separate', 'keep-apart', '0', 'false']);

/**
 * A reviewer's decisions (review.csv with its `decision` column filled). A blank decision is none;
 * a word that says neither match nor no-match, and a row naming no record of this run, are reported
 * (`decisions.unrecognized`, `decisions.unresolved`) rather than dropped in silence; what was
 * applied is reported too (`decisions.applied`, info). Sources compare as paths (`./crm.csv`).
 */
async function readDecisions(path: string, records: readonly CustomerRecord[], keys: readonly string[], diagnostics: Diagnostic[]): Promise<Decision[]> {
  const table = await readSource(path);
  const col = (name: string) => table.columns.indexOf(name);
  const [as, ar, bs, br, dc, ak, bk] = ['a_source', 'a_row', 'b_source', 'b_row', 'decision', 'a_key', 'b_key'].map(col);
  if ([as, ar, bs, br, dc].some((c) => c === undefined || c < 0)) {
    throw new ConfigError('decisions.columns', `${path} needs the columns a_source, a_row, b_source, b_row and decision (a review.csv with decisions filled in)`);
  }
  const pathKey = (source: string | undefined, row: string | undefined) => `${source === undefined || source === '-' ? source : normalize(source)}\u0000${row?.trim()}`;
  // After incremental runs one source:row can be rows of several nights (-1: ambiguous); the
  // member keys review.csv also writes tell them apart.
  const indexOf = new Map<string, number>();
  for (const r of records) {
    const at = pathKey(r.source, String(r.row));
    indexOf.set(at, indexOf.has(at) ? -1 : r.index);
  }
  const byKey = new Map(records.map((r) => [keys[r.index]!, r.index]));
  // A key given is the answer: one that names no row of this run (the contact was deleted or
  // erased since) leaves the decision unplaced rather than guessing by a row number. Only a sheet
  // without keys is read by source:row.
  const resolve = (values: readonly string[], source: number, row: number, key: number) => {
    const k = key >= 0 ? (values[key] ?? '') : '';
    if (k.trim() === '') return indexOf.get(pathKey(values[source], values[row]));
    return byKey.get(k) ?? byKey.get(k.trim());
  };
  const finding = (row: number, code: string, message: string, value?: string) => {
    const d: Diagnostic = { source: path, row, field: 'decision', code, severity: 'warning', message };
    if (value !== undefined) d.value = value;
    diagnostics.push(d);
  };
  type MutableDecision = Omit<Decision, 'decision'> & { decision: Decision['decision'] | 'cancelled' };
  const decisions: MutableDecision[] = [];
  const decided = new Map<string, { row: number; said: Decision['decision']; decision: MutableDecision }>();
  for (const { row, values } of table.rows) {
    const given = values[dc!]!.trim();
    if (given === '') continue;
    const word = given.toLowerCase().replace(/[\s_]+/g, '-');
    const decision = MATCH_WORDS.has(word) ? 'match' : NO_MATCH_WORDS.has(word) ? 'no-match' : undefined;
    if (decision === undefined) {
      finding(row, 'decisions.unrecognized', 'The decision is neither match nor no-match; it is not applied. Write "match" or "no-match".', given);
      continue;
    }
    const a = resolve(values, as!, ar!, ak!);
    const b = resolve(values, bs!, br!, bk!);
    if (a === undefined || b === undefined || a < 0 || b < 0) {
      const bad = a === undefined || a < 0 ? a : b;
      const keyOf = (column: number) => (column >= 0 ? (values[column] ?? '').trim() : '');
      const named = bad === a ? keyOf(ak!) || `${values[as!]}:${values[ar!]}` : keyOf(bk!) || `${values[bs!]}:${values[br!]}`;
      const why =
        bad === undefined
          ? `${named} is no row of this run; the decision is not applied. Name the inputs as the run that wrote review.csv did.`
          : `${named} names rows of more than one run; the decision is not applied. Keep review.csv's a_key and b_key columns, which tell them apart.`;
      finding(row, 'decisions.unresolved', why);
      continue;
    }
    if (a === b) {
      finding(row, 'decisions.unresolved', 'The decision pairs a row with itself; it is not applied.');
      continue;
    }
    // The same pair decided twice: one answer stands, two different ones cancel (a reviewer must say which).
    const pair = a < b ? `${a}:${b}` : `${b}:${a}`;
    const earlier = decided.get(pair);
    if (earlier !== undefined) {
      if (earlier.said !== decision) {
        finding(row, 'decisions.conflict', `The pair is also decided ${earlier.said} on row ${earlier.row}; neither is applied. Keep one decision per pair.`, given);
        earlier.decision.decision = 'cancelled';
      }
      continue;
    }
    const made: MutableDecision = { a, b, decision };
    decided.set(pair, { row, said: decision, decision: made });
    decisions.push(made);
  }
  const applied = decisions.filter((d): d is Decision => d.decision !== 'cancelled');
  if (applied.length > 0) {
    const matches = applied.filter((d) => d.decision === 'match').length;
    diagnostics.push({ source: path, row: 0, field: '', code: 'decisions.applied', severity: 'info', message: `${applied.length} decision(s) applied: ${matches} match, ${applied.length - matches} no-match.` });
  }
  return applied;
}

function describeChanges(
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
function positionEvidence(fields: readonly FieldDef[]): PositionEvidence {
  const named = (roles: readonly Role[]) => fields.filter((f) => roles.includes(f.role)).map((f) => f.name);
  return { identifying: named(['email', 'phone', 'national_id']), personal: named(['first_name', 'middle_name', 'last_name', 'full_name', 'dob']) };
}

/** The ids merged away this run: an id some members took into another golden record is merged
 * only if no golden record keeps it (a person split in two keeps it on one side: that is no
 * merge), and once, into the first record that took it. */
function realMerges(absorbed: readonly { from: string; into: string }[], golden: readonly GoldenRecord[]): { from: string; into: string }[] {
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
function reusableMasterModel(modelText: string | undefined, masterDir: string | undefined, diagnostics: Diagnostic[], wanted: readonly Comparison[]): Model | undefined {
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
function withoutMasterSourceWarnings(diagnostics: Diagnostic[], combined: Combined, config: Config | undefined): Diagnostic[] {
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
function distinctKeys(records: readonly CustomerRecord[], idField: string | undefined, diagnostics: Diagnostic[]): { keys: string[]; repeated: number[][] } {
  const isHeaderCopy = (record: CustomerRecord) => record.quarantine.length > 0 && record.quarantine.includes(REPEATED_HEADER);
  const plain = records.map((record) => (isHeaderCopy(record) ? memberKey(record, undefined) : memberKey(record, idField)));
  const taken = new Set(plain);
  const seen = new Map<string, { count: number; rows: number[] }>();
  const keys = records.map((record, i) => {
    const key = plain[i]!;
    if (isHeaderCopy(record)) return key;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, { count: 1, rows: [i] });
      return key;
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
  const repeated = [...seen.values()].filter((s) => s.rows.length > 1).map((s) => s.rows);
  return { keys, repeated };
}
