// `clean`: the whole pipeline (DESIGN §1) as a library call. Returns the results as data plus the
// rendered output files; writing them is the caller's (the CLI writes them atomically as one set).

import type { Config } from '../config/index.js';
import { CdmError, EXIT } from '../core/errors.js';
import type { CustomerRecord, FieldDef } from '../core/record.js';
import type { Role } from '../core/roles.js';
import { FIELDS_FILE, readTextFile, refuseOverlap, renderFieldsFile } from '../io/index.js';
import { defaultComparisons, explainLevels, levelWeights, loadModel, match, saveModel, type MatchResult, type ReviewPair } from '../match/index.js';
import { matchSettings } from './match-settings.js';
import { goldenIdFor, mergeClusters, type GoldenRecord } from '../merge/index.js';
import { renderHtml, renderMarkdown } from '../report/index.js';
import { configuredPriority } from '../schema/index.js';
import type { Report } from '../report/types.js';
import { buildCrosswalk, type CrosswalkRow } from './crosswalk.js';
import { readDecisions } from './decisions.js';
import { withDerivedFields, withMasterFields } from './fields.js';
import { checkGateFields, evaluateGates, gateInputOf } from './gates.js';
import { describeChanges, distinctKeys, positionEvidence, realMerges, reusableMasterModel, withMaster, withoutMasterSourceWarnings } from './incremental.js';
import { freshOnly, survivingId } from './master.js';
import type { CleanOptions } from './options.js';
import { renderCrosswalk, renderDiagnostics, renderGolden, renderMembers, renderQuarantine, renderReview, type OutputFile } from './outputs.js';
import { prepare } from './prepare.js';
import { buildReport, reportMatching, reportRun } from './report-build.js';
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
