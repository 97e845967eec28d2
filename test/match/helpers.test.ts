// Compare helpers (worker threads) must not change any result: the same clusters, pairs and review
// with one thread or two. Workers run the built JavaScript, so these tests load dist/ (built by the
// test setup before any test runs).
import { describe, expect, it } from 'vitest';
import type * as MatchModule from '../../src/match/index.js';
import type * as HelpersModule from '../../src/match/compare/helpers.js';
import type * as ColumnsModule from '../../src/match/compare/columns.js';
import { makeRecords, PERSON_FIELDS } from './records.js';
import { population } from './population.js';
import { fromDist, isBuilt } from '../built.js';

describe.skipIf(!isBuilt('match/compare/compare-worker.js'))('compare helpers (worker threads)', () => {
  const load = async () => ({
    match: await fromDist<typeof MatchModule>('match/index.js'),
    helpers: await fromDist<typeof HelpersModule>('match/compare/helpers.js'),
    columns: await fromDist<typeof ColumnsModule>('match/compare/columns.js'),
  });

  /** `n` pairs of records (x, step·x + offset), and where their levels go (shared with helpers). */
  const pairsOf = (n: number, step: number, offset: number) => ({
    left: Int32Array.from({ length: n }, (_, x) => x % records.length),
    right: Int32Array.from({ length: n }, (_, x) => (step * x + offset) % records.length),
    out: new Uint8Array(new SharedArrayBuffer(n)),
  });

  // 24,000 people, and a duplicate with a typo for every tenth: enough records for helpers to start.
  const people = population(24_000, 5);
  const rows = [...people, ...people.filter((_, i) => i % 10 === 0).map((p) => ({ ...p, first_name: `${p.first_name}e`, email: '' }))];
  const records = makeRecords(rows);

  it('gives the same clusters, scored pairs and review pairs with 1 and 2 threads', async () => {
    const { match } = await load();
    const one = match.match(records, PERSON_FIELDS, { threads: 1 });
    const two = match.match(records, PERSON_FIELDS, { threads: 2 });
    expect(one.stats.candidatePairs).toBeGreaterThan(2 * 8192); // several chunks to share
    expect([...two.clusterOf]).toEqual([...one.clusterOf]);
    expect(JSON.stringify(two.pairs)).toBe(JSON.stringify(one.pairs));
    expect(JSON.stringify(two.review)).toBe(JSON.stringify(one.review));
    expect(two.model).toEqual(one.model);
  }, 60_000);

  it('starts no helper for one thread, few records, or a comparator that is not built in', async () => {
    const { helpers, columns } = await load();
    const prepared = [columns.prepareComparison(records, { field: 'last_name', comparator: 'jaro-winkler', levels: ['exact', 'close', 'different'] })];
    expect(helpers.CompareHelpers.start(prepared, records.length, 1)).toBeUndefined();
    expect(helpers.CompareHelpers.start(prepared, helpers.MIN_RECORDS_FOR_HELPERS - 1, 2)).toBeUndefined();
    const plugin = { ...prepared[0]!, comparator: { ...prepared[0]!.comparator, id: 'plugin-jw' } };
    expect(helpers.CompareHelpers.start([plugin], records.length, 2)).toBeUndefined();
    const started = helpers.CompareHelpers.start(prepared, records.length, 2);
    expect(started).toBeDefined();
    started!.close();
  });

  it('shares the chunks with a helper that is ready, and the levels are the same', async () => {
    const { helpers, columns } = await load();
    const column = columns.prepareComparison(records, { field: 'last_name', comparator: 'jaro-winkler', levels: ['exact', 'close', 'different'] });
    const started = helpers.CompareHelpers.start([column], records.length, 2)!;
    await started.ready();
    const n = 400 * helpers.CHUNK_PAIRS + 5;
    const expected = new Uint8Array(n);
    const { left, right } = pairsOf(n, 13, 3);
    columns.compareRange([column], left, right, expected, 0, n);
    // Whether the helper claims a chunk before this thread has claimed them all depends on how busy
    // the machine is (CI runs many test files at once), so it gets several jobs to take part in;
    // every job's levels must be right whoever compared them.
    let byHelper = 0;
    for (let attempt = 0; attempt < 8 && byHelper === 0; attempt++) {
      const { out } = pairsOf(n, 13, 3);
      const result = started.compareAll([column], left, right, out);
      expect(result.fellBack).toBe(false);
      expect(Buffer.compare(Buffer.from(out), Buffer.from(expected))).toBe(0);
      byHelper = result.byHelpers;
      if (byHelper === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    started.close();
    expect(byHelper).toBeGreaterThan(0);
  }, 60_000);

  it('compares every pair itself when a helper fails', async () => {
    const { helpers, columns } = await load();
    const good = columns.prepareComparison(records, { field: 'first_name', comparator: 'first-name', crossField: 'last_name', levels: ['exact', 'nickname', 'jw>=0.92', 'swapped', 'initial', 'jw>=0.80|phonetic', 'different'] });
    // The helper gets texts its comparator cannot prepare (no value at all), so it fails.
    const broken = { ...good, inputs: { values: [undefined as unknown as string], cross: { values: [], valueIds: Int32Array.of(0), crossIds: Int32Array.of(-1) } } };
    const started = helpers.CompareHelpers.start([broken], records.length, 2)!;
    await started.ready();
    const n = 5 * helpers.CHUNK_PAIRS + 17;
    const { left, right, out } = pairsOf(n, 7, 1);
    // Whether this thread had to wait for the failure report depends on timing; either way nothing
    // came from the helper and every level is right.
    expect(started.compareAll([good], left, right, out).byHelpers).toBe(0);
    started.close();
    const expected = new Uint8Array(n);
    columns.compareRange([good], left, right, expected, 0, n);
    expect([...out]).toEqual([...expected]);
  }, 60_000);
});
