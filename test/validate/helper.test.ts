// A helper thread validating part of the rows must not change any result. Its worker runs the
// built JavaScript, so the two-thread test loads dist/ (built by the test setup before any test).
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { CustomerRecord, Schema, SourceTable } from '../../src/core/record.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { FieldQualityCounter } from '../../src/validate/quality.js';
import { decodeShare, mergeCounters, ShareEncoder, type EncodedShare } from '../../src/validate/transfer.js';
import type * as ValidateModule from '../../src/validate/index.js';
import type * as PluginsModule from '../../src/plugins/index.js';
import type * as NormalizeModule from '../../src/normalize/index.js';
import type * as HelperModule from '../../src/validate/helper.js';
import type * as PlanModule from '../../src/validate/plan.js';
import { f, schemaFor, table } from './fixtures.js';
import { fromDist, isBuilt } from '../built.js';

const NO_CODES: string[] = [];

function record(index: number, raw: Record<string, string>, values: Record<string, string>, extra: Partial<CustomerRecord> = {}): CustomerRecord {
  return { index, source: 'a.csv', row: index + 1, raw, values, keys: {}, codes: NO_CODES, quarantine: NO_CODES, ...extra };
}

/** One share of these records, findings and counters, as a helper's batches make it. */
function encodeShare(records: readonly CustomerRecord[], diagnostics: readonly Diagnostic[], counters: readonly FieldQualityCounter[]): EncodedShare {
  const encoder = new ShareEncoder();
  encoder.addRecords(records);
  encoder.addDiagnostics(diagnostics);
  return encoder.finish(counters);
}

describe('transfer of a share (ShareEncoder / decodeShare)', () => {
  it('gives back the same records, findings and counts, keys in the same order', () => {
    const records = [
      record(0, { name: 'JOSÉ', email: 'A@X.COM' }, { name: 'José', email: 'a@x.com' }, { keys: { 'email.match': 'a@x.com' } }),
      record(1, { email: 'b@x.com', name: 'Łukasz 😀' }, { email: 'b@x.com', name: 'Łukasz 😀' }, { codes: ['email.syntax'], quarantine: ['row.unidentifiable'] }),
      record(2, { name: '' }, {}),
    ];
    const diagnostics: Diagnostic[] = [
      { source: 'a.csv', row: 2, field: 'email', code: 'email.syntax', severity: 'error', message: 'Not a valid email address.', value: 'b@x' },
      { source: 'a.csv', row: 3, field: '', code: 'row.unidentifiable', severity: 'error', message: 'Nothing identifies the person.' },
    ];
    const counter = new FieldQualityCounter(f('email'), 10);
    counter.present = 2;
    counter.issue('email.syntax');
    counter.distinctValues.add('a@x.com');
    const share = structuredClone(encodeShare(records, diagnostics, [counter]));

    const into = [record(0, { name: 'first' }, { name: 'First' })];
    const findings: Diagnostic[] = [];
    const mine = new FieldQualityCounter(f('email'), 10);
    mine.present = 1;
    mine.distinctValues.add('c@x.com');
    decodeShare(share, into, findings, NO_CODES, 1);
    mergeCounters(share.counters, [mine]);
    expect(into.slice(1)).toEqual(records.map((r, i) => ({ ...r, index: i + 1 })));
    expect(into.slice(1).map((r) => [Object.keys(r.raw), Object.keys(r.values)])).toEqual(records.map((r) => [Object.keys(r.raw), Object.keys(r.values)]));
    expect(into[3]!.codes).toBe(NO_CODES);
    expect(findings).toEqual(diagnostics);
    expect(mine.present).toBe(3);
    expect(mine.issues.get('email.syntax')).toBe(1);
    expect(mine.distinctValues.count()).toBe(2);
  });

  it('carries more values than one text segment holds', () => {
    const records = Array.from({ length: 100_000 }, (_, i) =>
      record(i, Object.fromEntries(Array.from({ length: 11 }, (_, k) => [`f${k}`, `v${i}-${k}`])), { f0: `V${i}` }),
    );
    const into: CustomerRecord[] = [];
    decodeShare(encodeShare(records, [], []), into, [], NO_CODES);
    expect(into).toEqual(records);
  });
});

describe.skipIf(!isBuilt('validate/validate-worker.js'))('validation with a helper thread', () => {
  const load = async () => ({
    validate: await fromDist<typeof ValidateModule>('validate/index.js'),
    plugins: await fromDist<typeof PluginsModule>('plugins/index.js'),
    normalize: await fromDist<typeof NormalizeModule>('normalize/index.js'),
    helper: await fromDist<typeof HelperModule>('validate/helper.js'),
    plan: await fromDist<typeof PlanModule>('validate/plan.js'),
  });
  const FIRST = ['James', 'MARY', 'josé', "o'brien", 'n/a', 'Zoë', 'asdf', ''];
  const rowsOf = (n: number, offset: number) =>
    Array.from({ length: n }, (_, i) => {
      const k = i + offset;
      return [
        FIRST[k % FIRST.length]!,
        `Smith${k % 97}`,
        k % 13 === 0 ? 'not-an-email' : `User${k}@Example.org`,
        k % 7 === 0 ? '000-000-0000' : `+1 (415) 555-${String(k % 10000).padStart(4, '0')}`,
        k % 11 === 0 ? '02/30/1980' : `19${50 + (k % 50)}-0${1 + (k % 9)}-1${k % 10}`,
        k % 5 === 0 ? '' : 'US',
      ];
    });
  const columns = ['first_name', 'last_name', 'email', 'phone', 'dob', 'country'];
  const fields = [f('first_name'), f('last_name'), f('email'), f('phone'), f('dob'), f('country')];
  const tables = (): SourceTable[] => [table('a.csv', columns, rowsOf(40_000, 0)), table('b.csv', columns, rowsOf(35_000, 40_000))];

  it('gives the same records, findings and field quality with one thread and two', async () => {
    const { validate, plugins, normalize } = await load();
    const run = (threads: number, keep: 'all' | 'quarantined' = 'all') => {
      const t = tables();
      const schema: Schema = schemaFor(t, fields);
      return validate.validateAndNormalize(t, schema, plugins.createRegistries(), { today: '2026-01-01', defaultNormalizerFor: normalize.defaultNormalizerFor, threads, keep });
    };
    const one = run(1);
    const two = run(2);
    expect(one.records.length).toBe(75_000);
    expect(one.rows).toBe(75_000);
    expect(one.quarantined).toBe(one.records.filter((r) => r.quarantine.length > 0).length);
    expect(one.diagnostics.length).toBeGreaterThan(10_000);
    expect(JSON.stringify(two.records)).toBe(JSON.stringify(one.records));
    expect(JSON.stringify(two.diagnostics)).toBe(JSON.stringify(one.diagnostics));
    expect(two.fields).toEqual(one.fields);
    expect([two.rows, two.quarantined]).toEqual([one.rows, one.quarantined]);

    // Keeping only the quarantined records: the same counts and findings, and those records (with
    // their index among all rows), whether or not a helper validated them.
    const quarantinedOnly = JSON.stringify(one.records.filter((r) => r.quarantine.length > 0));
    for (const threads of [1, 2]) {
      const kept = run(threads, 'quarantined');
      expect(kept.quarantined).toBeGreaterThan(0);
      expect(kept.records.length).toBe(kept.quarantined);
      expect(JSON.stringify(kept.records)).toBe(quarantinedOnly);
      expect([kept.rows, kept.quarantined]).toEqual([one.rows, one.quarantined]);
      expect(JSON.stringify(kept.diagnostics)).toBe(JSON.stringify(one.diagnostics));
      expect(kept.fields).toEqual(one.fields);
    }
  }, 180_000);

  it('gives the same results when this thread takes most of the helper\'s chunks, across a table boundary', async () => {
    const { validate, plugins, normalize } = await load();
    // 40,500 + 35,250 rows: chunks of 1,000 from the split straddle the boundary and the last is short.
    // A one-line address gives street, city, state and postcode, fields outside this schema.
    const withStreet = (rows: string[][], from: number) => rows.map((r, i) => [...r, (from + i) % 3 === 0 ? `${i + 1} Main St, Springfield, IL 62701` : `${i + 1} Oak Ave`]);
    const run = (threads: number, mainShare?: number) => {
      const cols = [...columns, 'address'];
      const t = [table('a.csv', cols, withStreet(rowsOf(40_500, 0), 0)), table('b.csv', cols, withStreet(rowsOf(35_250, 40_500), 40_500))];
      return validate.validateAndNormalize(t, schemaFor(t, [...fields, f('address')]), plugins.createRegistries(), {
        today: '2026-01-01',
        defaultNormalizerFor: normalize.defaultNormalizerFor,
        threads,
        ...(mainShare !== undefined ? { mainShare } : {}),
      });
    };
    const one = run(1);
    expect(one.extraFilled.get('city')).toBeGreaterThan(20_000);
    for (const mainShare of [0, 0.3]) {
      const two = run(2, mainShare);
      expect(two.records.map((r) => r.index)).toEqual(one.records.map((_, i) => i));
      expect(JSON.stringify(two.records)).toBe(JSON.stringify(one.records));
      expect(JSON.stringify(two.diagnostics)).toBe(JSON.stringify(one.diagnostics));
      expect(two.fields).toEqual(one.fields);
      expect([two.rows, two.quarantined]).toEqual([one.rows, one.quarantined]);
      expect([...two.extraFilled].sort()).toEqual([...one.extraFilled].sort());
    }
  }, 180_000);

  it('marks a helper that dies of an uncaught error as failed at once, not after the stall timeout', async () => {
    const signal = new Int32Array(new SharedArrayBuffer(12));
    const helperModule = new URL('../../dist/validate/helper.js', import.meta.url).href;
    const worker = new Worker(
      `import(${JSON.stringify(helperModule)}).then(({ failOnExit }) => {
        const { workerData } = require('node:worker_threads');
        failOnExit(workerData);
        setTimeout(() => { throw new Error('helper crashed'); }, 10);
      });`,
      { eval: true, workerData: signal },
    );
    worker.on('error', () => {});
    const started = Date.now();
    await new Promise((resolve) => worker.once('exit', resolve));
    expect(signal[0]).toBe(2); // failed
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('claims each chunk once, from either end', async () => {
    const { helper } = await load();
    const signal = new Int32Array(new SharedArrayBuffer(12));
    signal[2] = 7; // seven chunks, none claimed (the helper's start packs it so)
    const front: number[] = [];
    const back: number[] = [];
    for (let i = 0; ; i++) {
      const c = i % 3 === 0 ? helper.claimBack(signal) : helper.claimFront(signal);
      if (c === undefined) break;
      (i % 3 === 0 ? back : front).push(c);
    }
    expect(front).toEqual([0, 1, 2, 3]);
    expect(back).toEqual([6, 5, 4]);
    expect(helper.claimFront(signal)).toBeUndefined();
  });

  it('allows a helper only for built-in rules without `unique`, and enough rows', async () => {
    const { plugins, normalize, helper, plan } = await load();
    const allowed = (withFields: typeof fields, rows = 75_000, threads = 2) => {
      const t = [table('a.csv', columns, rowsOf(rows, 0))];
      const plans = plan.buildPlans(t, schemaFor(t, withFields), plugins.createRegistries(), { today: '2026-01-01', cacheSize: 100, defaultNormalizerFor: normalize.defaultNormalizerFor });
      return helper.helperAllowed(t, plans, threads, { defaultNormalizerFor: normalize.defaultNormalizerFor });
    };
    expect(allowed(fields)).toBe(true);
    expect(allowed(fields, 75_000, 1)).toBe(false);
    expect(allowed(fields, helper.MIN_ROWS_FOR_HELPER - 1)).toBe(false);
    expect(allowed([...fields.slice(0, 2), f('email', 'email', [{ id: 'unique' }]), ...fields.slice(3)])).toBe(false);
  });
});
