import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../src/core/record.js';
import { compareAll, defaultComparisons, inferImplications, NULL_LEVEL, prepareComparison } from '../../src/match/compare/index.js';
import { explainPair, match } from '../../src/match/index.js';
import { estimateU, mulberry32 } from '../../src/match/score/index.js';
import { makeRecords } from './records.js';

const PLACE_FIELDS: FieldDef[] = [
  { name: 'first_name', role: 'first_name' },
  { name: 'postcode', role: 'postcode' },
  { name: 'city', role: 'city' },
  { name: 'state', role: 'state' },
];

// Places where each postcode lies in one city and each city in one state (a national postal
// system), or where the three are drawn independently (Febrl's generator).
function places(size: number, nested: boolean, seed = 3): Record<string, string>[] {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  return Array.from({ length: size }, (_, i) => {
    const postcode = 1000 + int(60);
    const city = nested ? Math.floor(postcode / 6) : int(10);
    const state = nested ? Math.floor(city / 4) : int(3);
    return { first_name: `name${i % 97}`, postcode: String(postcode), city: `city${city}`, state: `s${state}` };
  });
}

function implications(rows: Record<string, string>[]) {
  const records = makeRecords(rows);
  const comparisons = defaultComparisons(PLACE_FIELDS);
  const prepared = comparisons.map((c) => prepareComparison(records, c));
  const inferred = inferImplications(comparisons, prepared);
  prepared.forEach((p, k) => (p.comparison = inferred[k]!));
  return { records, prepared, comparisons: inferred };
}

const impliedBy = (cs: ReturnType<typeof implications>['comparisons'], field: string) => cs.find((c) => c.field === field)?.impliedBy ?? [];

describe('nested location evidence', () => {
  it('finds postcode → city → state where the data nests them', () => {
    const { comparisons } = implications(places(600, true));
    expect(impliedBy(comparisons, 'postcode')).toEqual([]);
    expect(impliedBy(comparisons, 'city')).toEqual(['postcode']);
    expect(impliedBy(comparisons, 'state')).toEqual(['city', 'postcode']);
    // Names are not a place: never implied, whatever the data.
    expect(impliedBy(comparisons, 'first_name')).toEqual([]);
  });

  it('assumes the postal hierarchy where too few records share a place to measure it', () => {
    // 40 records, two per postcode: 20 pairs share one, too few to tell nesting from chance.
    const rows = Array.from({ length: 40 }, (_, i) => ({ first_name: `name${i}`, postcode: String(1000 + (i >> 1)), city: `city${i % 7}`, state: `s${i % 3}` }));
    const records = makeRecords(rows);
    const comparisons = defaultComparisons(PLACE_FIELDS);
    const prepared = comparisons.map((c) => prepareComparison(records, c));
    const roleOf = (field: string) => PLACE_FIELDS.find((f) => f.name === field)?.role;
    const inferred = inferImplications(comparisons, prepared, roleOf);
    expect(impliedBy(inferred, 'city')).toEqual(['postcode']);
    // Records sharing a city are many enough to measure: here the state varies within one.
    expect(impliedBy(inferred, 'state')).toEqual(['postcode']);
    expect(impliedBy(inferred, 'postcode')).toEqual([]);
    // Without roles nothing is assumed.
    expect(impliedBy(inferImplications(comparisons, prepared), 'city')).toEqual([]);
  });

  it('keeps every comparison where the fields vary independently', () => {
    const { comparisons } = implications(places(600, false));
    for (const field of ['postcode', 'city', 'state']) expect(impliedBy(comparisons, field)).toEqual([]);
  });

  it.each([
    // [postcode a, b, city a, b, state a, b] → city and state levels (null when implied)
    [['1000', '1000'], ['salem', 'salem'], ['s0', 's0'], [NULL_LEVEL, NULL_LEVEL]],
    [['1000', '1001'], ['salem', 'salem'], ['s0', 's0'], [0, NULL_LEVEL]],
    [['1000', '2000'], ['salem', 'madison'], ['s0', 's0'], [3, 0]],
    [['1000', '2000'], ['salem', 'madison'], ['s0', 's1'], [3, 1]],
  ] as const)('a shared postcode silences city and state: %j %j %j', (postcode, city, state, expected) => {
    const { prepared, comparisons } = implications(places(600, true));
    const pair = makeRecords([0, 1].map((i) => ({ first_name: 'x', postcode: postcode[i]!, city: city[i]!, state: state[i]! })));
    const local = comparisons.map((c) => prepareComparison(pair, c));
    const vectors = compareAll(local, Int32Array.of(0), Int32Array.of(1));
    const at = (field: string) => vectors[comparisons.findIndex((c) => c.field === field)];
    expect([at('city'), at('state')]).toEqual(expected);
    expect(prepared.length).toBe(comparisons.length);
  });

  it('measures u of an implied comparison where no finer field agrees', () => {
    const { prepared } = implications(places(600, true));
    const cityK = prepared.findIndex((p) => p.comparison.field === 'city');
    const plain = estimateU(prepared.map((p) => ({ ...p, comparison: { ...p.comparison, impliedBy: undefined } })) as typeof prepared, 200_000, 1).u[cityK]![0]!;
    const conditional = estimateU(prepared, 200_000, 1).u[cityK]![0]!;
    // Six postcodes per city: one in six same-city pairs shares the postcode and is left out.
    expect(conditional).toBeLessThan(plain);
    expect(conditional / plain).toBeGreaterThan(0.7);
  });

  it('strangers sharing a postcode do not match on the place alone', () => {
    const rows = places(800, true).map((r, i) => ({ ...r, last_name: `family${i % 151}`, email: `person${i}@example.com` }));
    const fields: FieldDef[] = [...PLACE_FIELDS, { name: 'last_name', role: 'last_name' }, { name: 'email', role: 'email' }];
    const dups = rows.slice(0, 80).map((r) => ({ ...r }));
    const result = match(makeRecords([...rows, ...dups]), fields);
    // Every planted duplicate is found, and nothing else merges.
    for (let i = 0; i < 80; i++) expect(result.clusterOf[800 + i]).toBe(result.clusterOf[i]);
    expect(result.stats.multiRecordClusters).toBe(80);
    const city = result.model.comparisons.find((c) => c.field === 'city')!;
    expect(city.impliedBy).toEqual(['postcode']);
    // explain agrees with scoring: the city of two records sharing a postcode is not evidence.
    const explained = explainPair(result.model, makeRecords([rows[0]!])[0]!, makeRecords([rows[0]!])[0]!, fields);
    expect(explained.comparisons.find((c) => c.field === 'city')!.level).toBe('implied by postcode');
  });
});
