import { describe, expect, it } from 'vitest';
import { builtinSurvivorship, createSurvivorshipRegistry, type SurvivorshipCandidate } from '../../src/merge/index.js';

type Partial_ = Partial<SurvivorshipCandidate> & { value: string };

/** A candidate with neutral provenance; `row` defaults to its position so the order is explicit. */
function candidates(...specs: Partial_[]): SurvivorshipCandidate[] {
  return specs.map((spec, i) => ({
    source: 'a.csv',
    row: i + 1,
    index: i,
    priority: Number.POSITIVE_INFINITY,
    completeness: 1,
    slot: 0,
    ...spec,
  }));
}

const registry = createSurvivorshipRegistry();
const context = { field: 'f', role: 'text' as const };
const T1 = Date.UTC(2020, 0, 1);
const T2 = Date.UTC(2023, 5, 1);

interface Case {
  name: string;
  strategy: string;
  candidates: SurvivorshipCandidate[];
  expected: number;
}

const cases: Case[] = [
  // most_recent
  { name: 'latest timestamp wins', strategy: 'most_recent', candidates: candidates({ value: 'a', recency: T1 }, { value: 'b', recency: T2 }), expected: 1 },
  { name: 'timestamp beats none', strategy: 'most_recent', candidates: candidates({ value: 'a' }, { value: 'b', recency: T1 }), expected: 1 },
  { name: 'no timestamps: source order then row', strategy: 'most_recent', candidates: candidates({ value: 'a', source: 'b.csv', row: 1 }, { value: 'b', source: 'a.csv', row: 9 }, { value: 'c', source: 'a.csv', row: 2 }), expected: 2 },
  { name: 'equal timestamps: priority first', strategy: 'most_recent', candidates: candidates({ value: 'a', recency: T2, priority: 2 }, { value: 'b', recency: T2, priority: 1 }), expected: 1 },
  // most_frequent
  { name: 'majority wins', strategy: 'most_frequent', candidates: candidates({ value: 'x', recency: T2 }, { value: 'y' }, { value: 'y' }), expected: 1 },
  { name: 'tie → most recent', strategy: 'most_frequent', candidates: candidates({ value: 'x', recency: T1 }, { value: 'y', recency: T2 }), expected: 1 },
  { name: 'tie, no recency → first', strategy: 'most_frequent', candidates: candidates({ value: 'x' }, { value: 'y' }), expected: 0 },
  { name: 'one record twice votes once', strategy: 'most_frequent', candidates: candidates({ value: 'x', index: 7, slot: 0 }, { value: 'x', index: 7, slot: 1 }, { value: 'y', index: 8 }, { value: 'y', index: 9 }), expected: 2 },
  { name: 'winning value: most recent of its holders kept', strategy: 'most_frequent', candidates: candidates({ value: 'y', recency: T1 }, { value: 'y', recency: T2 }, { value: 'x' }), expected: 1 },
  // recent_then_frequent
  { name: 'recent beats frequent', strategy: 'recent_then_frequent', candidates: candidates({ value: 'old' }, { value: 'old' }, { value: 'new', recency: T2 }), expected: 2 },
  { name: 'no recency → frequent', strategy: 'recent_then_frequent', candidates: candidates({ value: 'x' }, { value: 'y' }, { value: 'y' }), expected: 1 },
  // most_complete
  { name: 'fullest record', strategy: 'most_complete', candidates: candidates({ value: 'a', completeness: 3 }, { value: 'b', completeness: 8 }), expected: 1 },
  { name: 'tie → most recent', strategy: 'most_complete', candidates: candidates({ value: 'a', completeness: 5 }, { value: 'b', completeness: 5, recency: T1 }), expected: 1 },
  // source_priority
  { name: 'lower number wins', strategy: 'source_priority', candidates: candidates({ value: 'a', priority: 3 }, { value: 'b', priority: 1 }, { value: 'c', priority: 2 }), expected: 1 },
  { name: 'ranked beats unranked', strategy: 'source_priority', candidates: candidates({ value: 'a' }, { value: 'b', priority: 9 }), expected: 1 },
  { name: 'same source → most recent row', strategy: 'source_priority', candidates: candidates({ value: 'a', priority: 1, recency: T1 }, { value: 'b', priority: 1, recency: T2 }), expected: 1 },
  // longest
  { name: 'longest', strategy: 'longest', candidates: candidates({ value: 'Rob' }, { value: 'Robert' }, { value: 'Bob' }), expected: 1 },
  { name: 'code points, not UTF-16 units', strategy: 'longest', candidates: candidates({ value: '𝒜𝒜' }, { value: 'abc' }), expected: 1 },
  { name: 'tie → first', strategy: 'longest', candidates: candidates({ value: 'abc', source: 'z.csv' }, { value: 'xyz', source: 'm.csv' }), expected: 1 },
  // first_non_null
  { name: 'first by source order', strategy: 'first_non_null', candidates: candidates({ value: 'a', source: 'crm.csv', row: 5 }, { value: 'b', source: 'crm.csv', row: 2 }), expected: 1 },
  { name: 'priority before source name', strategy: 'first_non_null', candidates: candidates({ value: 'a', source: 'a.csv' }, { value: 'b', source: 'z.csv', priority: 1 }), expected: 1 },
  // most_restrictive
  { name: 'any false wins', strategy: 'most_restrictive', candidates: candidates({ value: 'true', recency: T2 }, { value: 'true' }, { value: 'false' }), expected: 2 },
  { name: 'latest opt-out is the provenance', strategy: 'most_restrictive', candidates: candidates({ value: 'false', recency: T1 }, { value: 'false', recency: T2 }), expected: 1 },
  { name: 'all true → true', strategy: 'most_restrictive', candidates: candidates({ value: 'true' }, { value: 'true', recency: T1 }), expected: 1 },
  { name: 'unknown value ranks after true', strategy: 'most_restrictive', candidates: candidates({ value: 'maybe', recency: T2 }, { value: 'true' }), expected: 1 },
];

describe('built-in survivorship strategies', () => {
  it.each(cases)('$strategy: $name', ({ strategy, candidates: list, expected }) => {
    const definition = registry.get(strategy)!;
    expect(definition.choose(list, context)).toBe(expected);
    // Determinism: the same winner whatever order the candidates come in.
    const reversed = [...list].reverse();
    expect(reversed[definition.choose(reversed, context)]).toBe(list[expected]);
  });

  it.each(builtinSurvivorship.map((d) => [d.id]))('%s returns -1 for no candidates', (id) => {
    expect(registry.get(id)!.choose([], context)).toBe(-1);
  });

  it('registers every strategy DESIGN names', () => {
    expect(registry.ids()).toEqual(
      expect.arrayContaining(['most_recent', 'most_frequent', 'most_complete', 'source_priority', 'longest', 'first_non_null', 'most_restrictive']),
    );
  });
});
