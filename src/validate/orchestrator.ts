// The per-row validate + normalize loop. For each mapped, non-empty value: junk screening on the raw
// value, the field's normalizer (cached), field rules on the canonical value; then derived parts,
// record rules, and the run-level rules (required, unique). Hot path for a million rows: plans are
// compiled up front, contexts reused, no closures, regexes or object spreads per row.

import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { CustomerRecord, RawRow, RuleRef, Schema, SourceTable } from '../core/record.js';
import type { Role } from '../core/roles.js';
import { maskValue } from '../mask/index.js';
import type { NormalizeContext, NormalizeResult } from '../normalize/definition.js';
import { countryCode } from '../normalize/index.js';
import { NormalizeCache } from './normalize-cache.js';
import type { RuleAction, RuleFinding } from './definition.js';
import { buildFieldsByRole, buildPlans, type FieldPlan, type PlanOptions, type SourcePlan, type ValidateRegistries } from './plan.js';
import { FieldQualityCounter, type FieldQuality } from './quality.js';
import { helperAllowed, helperMayRun, splitAt, ValidateHelper, type HelperOptions, type Split, type TableMeta } from './helper.js';
import { decodeShare, encodeCounter, mergeCounters, type EncodedCounter, type EncodedShare } from './transfer.js';
import { defaultThreads } from '../core/threads.js';

export interface ValidateOptions {
  /** ISO date standing for today (dob plausibility, `range` with 'today'); defaults to the clock. */
  today?: string;
  /** Normalizer id for a role when the field's config names none (else the first registered for it). */
  defaultNormalizerFor?: (role: Role) => string | undefined;
  /** Severity, action and options for record (row) rules, e.g. `{ id: 'row.identifiable', action: 'keep' }`. */
  recordRules?: readonly RuleRef[];
  /** Cached normalizer results per (normalizer, region, date order, options) and generation; default 50,000. */
  cacheSize?: number;
  /** Called every few thousand rows (progress display). */
  onProgress?: (done: number, total: number) => void;
  /** Empty each table's rows once they are records (setting `rowCount`): the cells are held twice
   * otherwise, as rows and as records, until the run ends. */
  releaseRows?: boolean;
  /** Threads validating rows (default: the machine's cores; 1: this thread only). The result is
   * the same whatever the number. */
  threads?: number;
  /** Records returned: every row's ('all', the default), or only the quarantined rows' — what a
   * run that reports on the rows but does not match them needs (`cdm validate`): the others are
   * counted and let go, and a helper thread need not send them back. */
  keep?: KeepRecords;
  /** This thread's share of the rows when a helper takes the rest (default: half). The shares
   * even out anyway (this thread takes the helper's last chunks when it is done first); tests set
   * 0 to make it take most of them. */
  mainShare?: number;
  /** A helper already validating these rows from the first, opened with the same options while
   * the input was read (spawnHelper, beginEarlyHelper): this thread then only takes its last chunks. Closed
   * unused when a helper may not take these rows. */
  helper?: ValidateHelper;
}

export type KeepRecords = 'all' | 'quarantined';

const PROGRESS_EVERY = 5_000;
/** Rows timed to decide on a helper thread (after the first few thousand, which run cold). */
const PROBE_FROM = 5_000;
const PROBE_TO = 20_000;
/** Below this cost a row is cheaper to validate here than to take back from a helper. Measured on
 * the probe rows (caches still cold, so dearer than the average row): the 500k-row bench file
 * 18–24 µs, where a helper made it slower; the three-source bench data 42 µs, where it gains. */
const HELPER_MIN_MICROS_PER_ROW = 30;
/** This thread's share of the rows when a helper takes the rest: half, as this thread also rebuilds
 * the helper's records (~10 µs each at 1M rows) while the helper encodes them and runs slower. If
 * this thread is done first, it takes the helper's last chunks; if the helper is, it waits. */
const MAIN_SHARE = 0.5;

// Most rows have no error codes: they share this frozen empty list (frozen so that a stray push
// fails loudly instead of reaching every record); a row's own list is made on its first code.
const NO_CODES: readonly string[] = Object.freeze([]);

/** `email.match`: built once per (field, key), not a fresh string per row that V8 must then look
 * up as a property name. */
function keyName(fp: FieldPlan, key: string): string {
  let names = fp.keyNames;
  if (names === undefined) fp.keyNames = names = new Map();
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = `${fp.name}.${key}`));
  return name;
}

export interface ValidateResult {
  /** Every row's record, or only the quarantined ones (see `keep`); `index` is the row's place
   * among all rows either way. */
  records: CustomerRecord[];
  /** Rows validated, and how many of them were quarantined. */
  rows: number;
  quarantined: number;
  /** Rows with a final value of each field outside the schema that derived parts filled (see
   * RowValidator.extraFilled); `fields` counts the schema's own. */
  extraFilled: Map<string, number>;
  diagnostics: Diagnostic[];
  fields: FieldQuality[];
}

const DEFAULT_CACHE_SIZE = 50_000;

/** The field's normalize context and cache for rows of another country than their source's region. */
function regionalVariant(fp: FieldPlan, region: string, cacheSize: number): { context: NormalizeContext; cache: NormalizeCache } {
  let variants = fp.regional;
  if (variants === undefined) fp.regional = variants = new Map();
  let variant = variants.get(region);
  if (variant === undefined) {
    variant = { context: { ...fp.normalizeContext, region }, cache: new NormalizeCache(cacheSize) };
    variants.set(region, variant);
  }
  return variant;
}

export const REPEATED_HEADER = 'row.repeated_header';
const REPEATED_HEADER_MESSAGE =
  'The row repeats the header line (files joined together, or an export with a header per page); it is not a customer. Remove the extra header lines.';

/** True when a row's filled mapped cells, at least two of them, are each its column's header. */
function repeatsHeader(cells: readonly string[], headerCells: readonly string[], asWritten: readonly string[], n: number): boolean {
  let same = 0;
  for (let j = 0; j < n; j++) {
    const header = headerCells[j]!;
    if (header === '') continue;
    const cell = cells[j];
    if (cell === undefined || cell === '') continue;
    const text = cell.trim();
    if (text === '') continue;
    const written = asWritten[j]!;
    const lower = text.length === header.length || text.length === written.length ? text.toLowerCase() : '';
    if (lower === '' || (lower !== header && lower !== written)) return false;
    same++;
  }
  return same >= 2;
}

export class RowValidator {
  readonly records: CustomerRecord[] = [];
  /** Rows processed, and quarantined, including records not kept. */
  rows = 0;
  quarantined = 0;
  /** Rows with a final value of a field outside the schema, filled by a part derived from another
   * field (a city out of a one-line address where no column is the city): the schema's fields are
   * counted by their FieldQualityCounter. */
  readonly extraFilled = new Map<string, number>();
  readonly diagnostics: Diagnostic[] = [];
  readonly counters: FieldQualityCounter[];
  private readonly counterByField = new Map<string, FieldQualityCounter>();
  private readonly maskedFields: ReadonlySet<string>;
  private readonly derivedTarget: Partial<Record<Role, string>> = {};
  // Per-row scratch, reused: which fields got their own canonical value, and derived parts found.
  private readonly ownValid: Uint8Array;
  private readonly derivedRoles: string[] = [];
  private readonly derivedValues: string[] = [];
  private derivedCount = 0;
  // The row's own country when it differs from its source's default region: a CA customer in a US
  // export has a CA postcode, province and phone, so region-dependent normalizers read it as CA.
  private rowRegion: string | undefined;

  constructor(
    schema: Schema,
    private readonly cacheSize: number,
    rows: number,
    private readonly keep: KeepRecords = 'all',
  ) {
    this.counters = schema.fields.map((f) => new FieldQualityCounter(f, rows));
    for (const c of this.counters) this.counterByField.set(c.field.name, c);
    this.maskedFields = new Set(schema.fields.filter((f) => f.role === 'national_id').map((f) => f.name));
    const byRole = buildFieldsByRole(schema);
    for (const role of Object.keys(byRole) as Role[]) this.derivedTarget[role] = byRole[role]![0]!;
    this.ownValid = new Uint8Array(schema.fields.length);
  }

  /** `index`: the row's place among all rows, when this validator sees them out of turn. */
  processRow(plan: SourcePlan, input: RawRow, index = this.rows): void {
    this.rows++;
    const record: CustomerRecord = {
      index,
      source: plan.source,
      row: input.row,
      raw: {},
      values: {},
      keys: {},
      codes: NO_CODES as string[],
      quarantine: NO_CODES as string[],
    };
    if (input.rejected !== undefined) {
      this.quarantineRejected(record, input.rejected);
      return;
    }
    this.ownValid.fill(0);
    this.derivedCount = 0;
    const cells = input.values;
    const columnField = plan.columnField;
    const n = cells.length < columnField.length ? cells.length : columnField.length;
    if (plan.headerCells !== undefined && repeatsHeader(cells, plan.headerCells, plan.headerAsWritten!, n)) {
      this.quarantineHeaderCopy(plan, record, cells, n);
      return;
    }
    this.rowRegion = this.regionOf(plan, cells);
    for (let j = 0; j < n; j++) {
      const fi = columnField[j]!;
      if (fi < 0) continue;
      const cell = cells[j];
      if (cell === undefined || cell === '') continue;
      const trimmed = cell.trim();
      if (trimmed === '') continue;
      const fp = plan.fields[fi]!;
      if (record.raw[fp.name] !== undefined) continue; // two columns on one field: the first wins
      record.raw[fp.name] = cell;
      this.processField(fp, trimmed, record);
    }
    this.applyDerived(record);
    this.runRecordRules(plan, record);
    this.finishFields(plan, record);
    if (this.derivedCount > 0) this.countExtraFills(record);
    if (record.quarantine.length > 0) this.quarantined++;
    else if (this.keep !== 'all') return;
    this.records.push(record);
  }

  /** A copy of the header line is no customer: its cells are kept as raw values for quarantine.csv,
   * never validated (they would only add findings about "E-mail" not being an email). */
  private quarantineHeaderCopy(plan: SourcePlan, record: CustomerRecord, cells: readonly string[], n: number): void {
    for (let j = 0; j < n; j++) {
      const fi = plan.columnField[j]!;
      const cell = cells[j];
      if (fi < 0 || cell === undefined || cell.trim() === '') continue;
      const name = plan.fields[fi]!.name;
      if (record.raw[name] === undefined) record.raw[name] = cell;
    }
    this.report(record, '', REPEATED_HEADER, 'error', REPEATED_HEADER_MESSAGE, undefined, false, undefined);
    this.act(record, REPEATED_HEADER, 'quarantine');
    this.quarantined++;
    this.records.push(record);
  }

  /** A line the reader could not turn into a record: quarantined with the reader's code, which
   * already reported it (no second finding), so that it is counted like every other row. */
  private quarantineRejected(record: CustomerRecord, code: string): void {
    this.act(record, code, 'quarantine');
    this.quarantined++;
    this.records.push(record);
  }

  private processField(fp: FieldPlan, value: string, record: CustomerRecord): void {
    const counter = this.counters[fp.index]!;
    counter.present++;
    // A value in the normalize cache passed this field's raw rules before (only passing values are
    // cached); when those rules are pure, they are not run again.
    let cached: NormalizeResult | undefined;
    if (fp.normalizer !== undefined && fp.rawRulesPure) {
      const cache = this.cacheOf(fp);
      if (cache.enabled) {
        cached = cache.get(value);
        // The raw value is kept as the one string it was cached under (see NormalizeCache.hitKey).
        if (cached !== undefined && record.raw[fp.name] === value) record.raw[fp.name] = cache.hitKey;
      }
    }
    if (cached === undefined && this.rawJunk(fp, value, record, counter)) return; // not data: absent, never normalized, never evidence

    let result: NormalizeResult | undefined;
    let canonical: string | null = value;
    if (fp.normalizer !== undefined) {
      result = cached ?? this.normalize(fp, value, fp.rawRulesPure);
      canonical = result.value;
      const issues = result.issues;
      if (issues !== undefined) {
        for (const issue of issues) {
          // The config softens the normalizer's errors; its warnings become errors only when the
          // config names the normalizer alone (see FieldPlan.normalizerPromotes).
          const severity = issue.severity === 'error' ? (fp.normalizerSeverity ?? 'error') : fp.normalizerPromotes === true && issue.severity === 'warning' ? 'error' : issue.severity;
          this.report(record, fp.name, issue.code, severity, issue.message, value, fp.masked, counter);
          if (severity === 'error' && this.act(record, issue.code, fp.normalizerAction ?? 'null')) canonical = null;
        }
      }
      if (result.value === null && (issues === undefined || issues.length === 0)) {
        this.report(record, fp.name, 'normalize.rejected', 'error', `The ${fp.normalizer.id} normalizer could not read the value.`, value, fp.masked, counter);
      }
    }
    if (canonical === null) return;

    for (const use of fp.valueRules) {
      use.context.raw = value;
      use.context.row = record.row;
      const findings: readonly RuleFinding[] = use.rule.check(canonical, use.context);
      for (const f of findings) {
        const severity = use.severity ?? f.severity ?? use.rule.defaultSeverity;
        this.report(record, fp.name, f.code, severity, f.message, value, fp.masked, counter);
        if (f.fix !== undefined && f.fix !== canonical) {
          // Re-normalize the corrected value so keys (e.g. the email match key) follow the fix.
          // Not cached: the fix did not pass this field's raw rules, and the cache holds only values that did.
          const fixed: NormalizeResult | undefined = fp.normalizer === undefined ? undefined : this.normalize(fp, f.fix, false, false);
          if (fixed === undefined) canonical = f.fix;
          else if (fixed.value !== null) {
            result = fixed;
            canonical = fixed.value;
          }
        }
        if (severity === 'error' && this.act(record, f.code, use.action ?? use.rule.defaultAction ?? 'null')) canonical = null;
      }
      if (canonical === null) return;
    }

    if (canonical !== value) counter.changed++;
    record.values[fp.name] = canonical;
    this.ownValid[fp.index] = 1;
    if (result === undefined) return;
    const keys = result.keys;
    if (keys !== undefined) for (const k in keys) record.keys[keyName(fp, k)] = keys[k]!;
    const derived = result.derived;
    if (derived !== undefined) {
      for (const role in derived) {
        const part = derived[role as Role];
        if (part === undefined || part === '') continue;
        this.derivedRoles[this.derivedCount] = role;
        this.derivedValues[this.derivedCount++] = part;
      }
    }
  }

  /** Runs the raw rules (junk screening); true when a rule found the value is not data. */
  private rawJunk(fp: FieldPlan, value: string, record: CustomerRecord, counter: FieldQualityCounter): boolean {
    let junk = false;
    for (const use of fp.rawRules) {
      use.context.raw = value;
      use.context.row = record.row;
      const findings = use.rule.check(value, use.context);
      for (const f of findings) {
        junk = true;
        const severity = use.severity ?? f.severity ?? use.rule.defaultSeverity;
        this.report(record, fp.name, f.code, severity, f.message, value, fp.masked, counter);
        if (severity === 'error') this.act(record, f.code, use.action ?? use.rule.defaultAction ?? 'null');
      }
    }
    return junk;
  }

  /** Parts found inside another field fill a field only where the row has no value of its own. */
  private applyDerived(record: CustomerRecord): void {
    for (let i = 0; i < this.derivedCount; i++) {
      const target = this.derivedTarget[this.derivedRoles[i] as Role];
      if (target !== undefined && record.values[target] === undefined) record.values[target] = this.derivedValues[i]!;
    }
  }

  /** Appends rows validated elsewhere (a helper's, or chunks taken from it), which follow this
   * validator's: their records and findings in order, their counts. Quarantined records are always
   * among the records passed (whatever `keep`), so they are counted here. */
  absorb(share: {
    rows: number;
    records: Iterable<CustomerRecord>;
    diagnostics: Iterable<Diagnostic>;
    counters: readonly EncodedCounter[];
    extraFilled: Iterable<[string, number]>;
  }): void {
    this.rows += share.rows;
    for (const record of share.records) {
      this.records.push(record);
      if (record.quarantine.length > 0) this.quarantined++;
    }
    for (const diagnostic of share.diagnostics) this.diagnostics.push(diagnostic);
    mergeCounters(share.counters, this.counters);
    for (const [name, n] of share.extraFilled) this.extraFilled.set(name, (this.extraFilled.get(name) ?? 0) + n);
  }

  private countExtraFills(record: CustomerRecord): void {
    outer: for (let i = 0; i < this.derivedCount; i++) {
      const target = this.derivedTarget[this.derivedRoles[i] as Role];
      if (target === undefined || this.counterByField.has(target) || record.values[target] === undefined) continue;
      for (let j = 0; j < i; j++) if (this.derivedTarget[this.derivedRoles[j] as Role] === target) continue outer;
      this.extraFilled.set(target, (this.extraFilled.get(target) ?? 0) + 1);
    }
  }

  private runRecordRules(plan: SourcePlan, record: CustomerRecord): void {
    for (const use of plan.recordRules) {
      use.context.row = record.row;
      const findings = use.rule.check(record, use.context);
      for (const f of findings) {
        const field = f.field ?? '';
        const severity = use.severity ?? f.severity ?? use.rule.defaultSeverity;
        const raw = field === '' ? undefined : record.raw[field];
        this.report(record, field, f.code, severity, f.message, raw, this.maskedFields.has(field), this.counterByField.get(field));
        if (severity === 'error' && this.act(record, f.code, use.action ?? use.rule.defaultAction ?? 'null') && field !== '') {
          delete record.values[field];
        }
      }
    }
  }

  /** Run-level rules on final values, then the field quality counters. */
  private finishFields(plan: SourcePlan, record: CustomerRecord): void {
    for (const fp of plan.fields) {
      const counter = this.counters[fp.index]!;
      if (fp.finalRules.length > 0) {
        const value = record.values[fp.name] ?? '';
        const raw = record.raw[fp.name];
        for (const use of fp.finalRules) {
          use.context.raw = raw === undefined ? '' : raw.trim();
          use.context.row = record.row;
          const findings = use.rule.check(value, use.context);
          for (const f of findings) {
            const severity = use.severity ?? f.severity ?? use.rule.defaultSeverity;
            this.report(record, fp.name, f.code, severity, f.message, raw, fp.masked, counter);
            if (severity === 'error' && this.act(record, f.code, use.action ?? use.rule.defaultAction ?? 'null')) {
              delete record.values[fp.name];
            }
          }
        }
      }
      const final = record.values[fp.name];
      if (final === undefined) continue;
      counter.filled++;
      counter.distinctValues.add(final);
      if (this.ownValid[fp.index] === 1) counter.valid++;
    }
  }

  /** Applies an error's action; true when the value must be nulled. */
  private act(record: CustomerRecord, code: string, action: RuleAction): boolean {
    if (action === 'quarantine') {
      if (record.quarantine === NO_CODES) record.quarantine = [code];
      else if (!record.quarantine.includes(code)) record.quarantine.push(code);
      return false;
    }
    return action === 'null';
  }

  private report(
    record: CustomerRecord,
    field: string,
    code: string,
    severity: Severity,
    message: string,
    raw: string | undefined,
    masked: boolean,
    counter: FieldQualityCounter | undefined,
  ): void {
    const diagnostic: Diagnostic = { source: record.source, row: record.row, field, code, severity, message };
    if (raw !== undefined) diagnostic.value = masked ? maskValue(raw, 'national_id') : raw;
    this.diagnostics.push(diagnostic);
    if (severity === 'error') {
      if (record.codes === NO_CODES) record.codes = [code];
      else if (!record.codes.includes(code)) record.codes.push(code);
    }
    counter?.issue(code);
  }

  private regionOf(plan: SourcePlan, cells: readonly string[]): string | undefined {
    for (const j of plan.countryColumns) {
      const cell = cells[j];
      if (cell === undefined || cell.trim() === '') continue;
      const code = countryCode(cell.trim());
      return code !== undefined && code !== plan.region ? code : undefined;
    }
    return undefined;
  }

  /** The field's normalize cache for this row's region. */
  private cacheOf(fp: FieldPlan): NormalizeCache {
    return this.rowRegion === undefined ? fp.cache! : regionalVariant(fp, this.rowRegion, this.cacheSize).cache;
  }

  /** The field's normalize context for this row's region. */
  private contextOf(fp: FieldPlan): NormalizeContext {
    return this.rowRegion === undefined ? fp.normalizeContext : regionalVariant(fp, this.rowRegion, this.cacheSize).context;
  }

  /** Normalizers are pure, so equal raw values share one result (see NormalizeCache). `looked`:
   * the caller already missed the cache for this value; `store`: the value passed the raw rules. */
  private normalize(fp: FieldPlan, value: string, looked = false, store = true): NormalizeResult {
    const cache = this.cacheOf(fp);
    const context = this.contextOf(fp);
    if (!cache.enabled) return fp.normalizer!.normalize(value, context);
    let result = looked ? undefined : cache.get(value);
    if (result !== undefined) return result;
    result = fp.normalizer!.normalize(value, context);
    if (store) cache.set(value, result);
    return result;
  }
}

/** The plan options of a run with these options. */
function planOptionsOf(options: ValidateOptions): PlanOptions {
  const planOptions: PlanOptions = { today: options.today ?? new Date().toISOString().slice(0, 10), cacheSize: Math.max(1, options.cacheSize ?? DEFAULT_CACHE_SIZE) };
  if (options.defaultNormalizerFor !== undefined) planOptions.defaultNormalizerFor = options.defaultNormalizerFor;
  if (options.recordRules !== undefined) planOptions.recordRules = options.recordRules;
  return planOptions;
}

function helperOptionsOf(options: ValidateOptions, planOptions: PlanOptions): HelperOptions {
  return { today: planOptions.today, cacheSize: planOptions.cacheSize, defaultNormalizers: options.defaultNormalizerFor !== undefined, keep: options.keep ?? 'all' };
}

/** A helper thread for a run whose rows are not read yet (beginEarlyHelper gives it its job);
 * undefined when no thread can start. */
export function spawnHelper(): ValidateHelper | undefined {
  return ValidateHelper.spawn();
}

/**
 * Gives a spawned helper the job of validating one table still being read, for a run with these
 * options and this schema (see ValidateOptions.helper): it is then sent the rows so far and those
 * read after (ValidateHelper.post, then end). False when a helper may not take these rows (plugins,
 * `unique`, one thread: see helperMayRun); a run of too few rows drops it later (helperAllowed).
 */
export function beginEarlyHelper(helper: ValidateHelper, head: TableMeta, schema: Schema, registries: ValidateRegistries, options: ValidateOptions): boolean {
  const planOptions = planOptionsOf(options);
  const plans = buildPlans([{ ...head, rows: [], diagnostics: [], sha256: '', bytes: 0 }], schema, registries, planOptions);
  if (!helperMayRun(plans, options.threads ?? defaultThreads(), options)) return false;
  helper.begin([head], schema, helperOptionsOf(options, planOptions));
  return true;
}

/** Calls `each` on the helper's rows [from, to) (counted from the split), in order. */
function forHelperRows(tables: readonly SourceTable[], split: Split, from: number, to: number, each: (table: number, row: RawRow) => void): void {
  let k = 0;
  for (let t = split.table; t < tables.length && k < to; t++) {
    const rows = tables[t]!.rows;
    const first = t === split.table ? split.row : 0;
    const skip = Math.max(0, Math.min(from - k, rows.length - first));
    for (let r = first + skip, j = k + skip; r < rows.length && j < to; r++, j++) each(t, rows[r]!);
    k += rows.length - first;
  }
}

interface StolenChunk {
  records: CustomerRecord[];
  diagnostics: Diagnostic[];
}

/** Validates the helper's chunks that this thread can claim, last first (see helper.ts); undefined
 * when it claims none. */
function stealChunks(
  helper: ValidateHelper,
  tables: readonly SourceTable[],
  split: Split,
  mine: number,
  plans: readonly SourcePlan[],
  newValidator: () => RowValidator,
  between: (rowsTaken: number) => void,
): { validator: RowValidator; chunks: StolenChunk[] } | undefined {
  let stolen: { validator: RowValidator; chunks: StolenChunk[] } | undefined;
  for (let c = helper.steal(); c !== undefined; c = helper.steal()) {
    stolen ??= { validator: newValidator(), chunks: [] };
    const thief = stolen.validator;
    const from = c * helper.chunkRows;
    let k = from;
    forHelperRows(tables, split, from, Math.min(from + helper.chunkRows, helper.rows), (t, row) => thief.processRow(plans[t]!, row, mine + k++));
    stolen.chunks.push({ records: thief.records.splice(0), diagnostics: thief.diagnostics.splice(0) });
    between(thief.rows);
  }
  return stolen;
}

/**
 * Validates and normalizes every row of every table into CustomerRecords, with diagnostics and
 * per-field quality. `tables[i]` pairs with `schema.sources[i]` (or the source of the same path).
 */
export function validateAndNormalize(
  tables: readonly SourceTable[],
  schema: Schema,
  registries: ValidateRegistries,
  options: ValidateOptions = {},
): ValidateResult {
  const planOptions = planOptionsOf(options);
  const plans = buildPlans(tables, schema, registries, planOptions);
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  const keep = options.keep ?? 'all';
  const validator = new RowValidator(schema, planOptions.cacheSize, total, keep);
  const onProgress = options.onProgress;
  // A helper thread may take the last part of the rows (see helper.ts). Whether it pays depends on
  // what a row costs: sharing costs this thread 4–10 µs a row to take the helper's records back, and
  // the helper is slower than this thread; rows of one cheap file (~14 µs) gain nothing, rows of a
  // multi-source export (~35 µs) gain a quarter to a third. So the first rows are timed, then it is
  // decided.
  // Threads asked for explicitly are used without the probe, and so are they when only the
  // quarantined records are kept.
  const allowed = helperAllowed(tables, plans, options.threads ?? defaultThreads(), options);
  let helper: ValidateHelper | undefined;
  let split: Split | undefined;
  let mine = total;
  let probeStart = 0;
  let done = 0;
  const startHelper = (before: number) => {
    split = splitAt(tables, before);
    if (split === undefined) return;
    helper = ValidateHelper.start(tables, schema, split, helperOptionsOf(options, planOptions));
    if (helper !== undefined) mine = split.before;
  };
  // Without records to take back (keep: 'quarantined'), a helper costs this thread only its findings,
  // so it pays whatever a row costs.
  const early = options.helper;
  const probing = allowed && options.threads === undefined && keep === 'all' && early === undefined;
  const mainShare = options.mainShare ?? MAIN_SHARE;
  if (early !== undefined) {
    // It has every row, from the first: this thread's share is none.
    if (allowed && early.rows === total) {
      helper = early;
      split = { table: 0, row: 0, before: 0 };
      mine = 0;
    } else early.close();
  } else if (allowed && !probing) startHelper(Math.floor(total * mainShare));
  // The helper's batches are taken in between this thread's rows (every PROGRESS_EVERY rows) and
  // kept apart until the end, when they follow this thread's records and findings.
  const helperRecords: CustomerRecord[] = [];
  const helperDiagnostics: Diagnostic[] = [];
  let helperCounters: EncodedCounter[] = [];
  let helperExtraFilled: Iterable<[string, number]> = [];
  const take = (share: EncodedShare) => {
    decodeShare(share, helperRecords, helperDiagnostics, NO_CODES as string[], mine);
    if (share.counters.length > 0) helperCounters = share.counters;
    if (share.extraFilled.length > 0) helperExtraFilled = share.extraFilled;
  };
  try {
    outer: for (let t = 0; t < tables.length; t++) {
      const plan = plans[t]!;
      const rows = tables[t]!.rows;
      for (let r = 0; r < rows.length; r++) {
        if (done === mine) break outer;
        validator.processRow(plan, rows[r]!);
        done++;
        if (done % PROGRESS_EVERY === 0) {
          helper?.drain(take);
          onProgress?.(done + (helper?.progress() ?? 0), total);
        }
        if (probing && done === PROBE_FROM) probeStart = performance.now();
        else if (probing && done === PROBE_TO) {
          const microsPerRow = ((performance.now() - probeStart) * 1000) / (PROBE_TO - PROBE_FROM);
          if (microsPerRow >= HELPER_MIN_MICROS_PER_ROW) startHelper(Math.max(done, Math.floor(total * mainShare)));
        }
      }
    }
    if (helper !== undefined) {
      // This thread's rows are done: it takes the helper's last chunks until none is left, into a
      // validator of their own (they follow the helper's rows), then waits for the helper.
      const stolen = stealChunks(helper, tables, split!, mine, plans, () => new RowValidator(schema, planOptions.cacheSize, total - mine, keep), (taken) => {
        helper!.drain(take);
        onProgress?.(done + taken + helper!.progress(), total);
      });
      const left = Math.min(total - mine, helper.limit() * helper.chunkRows); // rows the helper validates
      if (helper.finish(take)) {
        validator.absorb({ rows: left, records: helperRecords, diagnostics: helperDiagnostics, counters: helperCounters, extraFilled: helperExtraFilled });
      } else {
        // The helper failed or stalled: the rows left to it are validated here, as without one,
        // and what it sent is dropped.
        forHelperRows(tables, split!, 0, left, (t, row) => validator.processRow(plans[t]!, row));
      }
      if (stolen !== undefined) {
        const chunks = stolen.chunks.reverse(); // taken last first
        validator.absorb({
          rows: stolen.validator.rows,
          records: chunks.flatMap((c) => c.records),
          diagnostics: chunks.flatMap((c) => c.diagnostics),
          counters: stolen.validator.counters.map(encodeCounter),
          extraFilled: stolen.validator.extraFilled,
        });
      }
    }
  } finally {
    helper?.close();
  }
  if (options.releaseRows === true) {
    for (const table of tables) {
      table.rowCount = table.rows.length;
      table.rows = [];
    }
  }
  onProgress?.(total, total);
  const { rows, quarantined, extraFilled } = validator;
  return { records: validator.records, rows, quarantined, extraFilled, diagnostics: validator.diagnostics, fields: validator.counters.map((c) => c.result(rows)) };
}
