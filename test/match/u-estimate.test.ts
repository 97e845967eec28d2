import { describe, expect, it } from 'vitest';
import { defaultComparisons, prepareComparison } from '../../src/match/compare/index.js';
import { match } from '../../src/match/index.js';
import { estimateU } from '../../src/match/score/index.js';
import { makeRecords, PERSON_FIELDS } from './records.js';
import { population } from './population.js';

const person = { first_name: 'marta', last_name: 'kowalczyk', email: 'marta.k@gmail.com', phone: '+13127884410', dob: '1980-04-12' };
const copies = (n: number) => Array.from({ length: n }, () => ({ ...person }));

function exactU(rows: Record<string, string>[], field: string): number {
  const records = makeRecords(rows);
  const prepared = defaultComparisons(PERSON_FIELDS).map((c) => prepareComparison(records, c));
  const k = prepared.findIndex((p) => p.comparison.field === field);
  return estimateU(prepared, 100_000, 1).u[k]![0]!;
}

describe('u from random pairs', () => {
  it('leaves out copies: random pairs that hold the same value in every field', () => {
    const strangers = population(300, 9).map((p) => ({ first_name: p.first_name!, last_name: p.last_name!, email: p.email!, phone: p.phone!, dob: p.dob! }));
    const withCopies = exactU([...strangers, ...copies(300)], 'email');
    expect(withCopies).toBeCloseTo(exactU(strangers, 'email'), 3);
    expect(withCopies).toBeLessThan(0.01);
  });

  it('still counts identical records with too few values to call them copies', () => {
    const names = Array.from({ length: 50 }, () => ({ first_name: 'john', last_name: 'smith' }));
    expect(exactU(names, 'first_name')).toBeGreaterThan(0.9);
  });

  it('merges a file that is one person copied 300 times', () => {
    const result = match(makeRecords(copies(300)), PERSON_FIELDS);
    expect(new Set(result.clusterOf).size).toBe(1);
  });
});
