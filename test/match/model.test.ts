import { describe, expect, it } from 'vitest';
import { CdmError } from '../../src/core/errors.js';
import { explainPair, loadModel, match, saveModel } from '../../src/match/index.js';
import { makeRecords, PERSON_FIELDS } from './records.js';
import { population } from './population.js';

const people = population(400, 5);
// Some duplicates with small changes so training has matches to learn from.
const dups = people.slice(0, 60).map((p, i) => ({ ...p, street: i % 2 ? `${p.street}eet` : p.street!, email: i % 3 ? p.email! : '' }));
const records = makeRecords([...people, ...dups].map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ''))));
const trained = match(records, PERSON_FIELDS);

describe('model file', () => {
  it('round-trips through saveModel / loadModel', () => {
    const text = saveModel(trained.model);
    expect(loadModel(text)).toEqual(trained.model);
  });

  it('a loaded model skips training and reproduces the clusters', () => {
    const reused = match(records, PERSON_FIELDS, { model: loadModel(saveModel(trained.model)) });
    expect(Array.from(reused.clusterOf)).toEqual(Array.from(trained.clusterOf));
    expect(reused.model.training).toEqual(trained.model.training);
  });

  it('training is deterministic', () => {
    expect(saveModel(match(records, PERSON_FIELDS).model)).toBe(saveModel(trained.model));
  });

  it('does not depend on the order of the fields (columns moved in an export)', () => {
    expect(saveModel(match(records, [...PERSON_FIELDS].reverse()).model)).toBe(saveModel(trained.model));
  });

  it.each([
    ['not json', '{', 'model.invalid'],
    ['wrong version', JSON.stringify({ ...trained.model, version: 2 }), 'model.invalid'],
    ['prior out of range', JSON.stringify({ ...trained.model, prior: 1.5 }), 'model.invalid'],
    ['unknown comparator', JSON.stringify({ ...trained.model, comparisons: [{ ...trained.model.comparisons[0], comparator: 'nope' }] }), 'model.unknown_comparator'],
    ['level count', JSON.stringify({ ...trained.model, comparisons: [{ ...trained.model.comparisons[0], levels: [{ label: 'x', m: 0.5, u: 0.5 }] }] }), 'model.level_mismatch'],
    ['review above match', JSON.stringify({ ...trained.model, thresholds: { match: 0.5, review: 0.9 } }), 'model.invalid'],
  ])('rejects %s with %s', (_label, text, code) => {
    expect(() => loadModel(text)).toThrow(CdmError);
    try {
      loadModel(text);
    } catch (err) {
      expect((err as CdmError).code).toBe(code);
    }
  });
});

describe('facade', () => {
  it('merges the planted duplicates and reports blocking', () => {
    for (let i = 0; i < 60; i++) expect(trained.clusterOf[400 + i]).toBe(i);
    expect(trained.blocking.totalPairs).toBeGreaterThan(0);
    expect(trained.blocking.rules.map((r) => r.id)).toContain('email');
    expect(trained.stats.multiRecordClusters).toBeGreaterThanOrEqual(60);
    expect(trained.model.prior).toBeGreaterThan(0);
    expect(trained.model.prior).toBeLessThan(0.01);
  });

  it('scored pairs carry their level vectors, also through JSON', () => {
    const pair = trained.pairs[0]!;
    expect(pair.levels).toHaveLength(trained.model.comparisons.length);
    expect(pair.levels.every((l) => Number.isInteger(l) && l >= -1)).toBe(true);
    expect(JSON.parse(JSON.stringify(pair))).toEqual({ a: pair.a, b: pair.b, probability: pair.probability, weight: pair.weight, levels: pair.levels });
  });

  it('never uses the id role as evidence', () => {
    expect(trained.model.comparisons.map((c) => c.field)).not.toContain('customer_id');
  });

  it('excludes quarantined records', () => {
    const q = match(makeRecords([...people, ...dups], [400]), PERSON_FIELDS, { model: trained.model });
    expect(q.clusterOf[400]).toBe(400);
    expect(q.stats.quarantined).toBe(1);
  });

  it('applies reviewer decisions before clustering', () => {
    const r = match(records, PERSON_FIELDS, {
      model: trained.model,
      decisions: [
        { a: 0, b: 400, decision: 'no-match' },
        { a: 100, b: 200, decision: 'match' },
      ],
    });
    expect(r.clusterOf[400]).not.toBe(r.clusterOf[0]);
    expect(r.clusterOf[200]).toBe(100);
  });

  it('labels why a comparison says nothing: a missing value, or no evidence (a name-built mailbox of the same family)', () => {
    const [a, b] = makeRecords([
      { first_name: 'katherine', last_name: 'oneill', email: 'katherine.oneill@yahoo.com' },
      { first_name: 'katherine', last_name: 'oneill', email: 'katherine.oneil@yahoo.com', phone: '+14155550100' },
    ]);
    const levels = Object.fromEntries(explainPair(trained.model, a!, b!, PERSON_FIELDS).comparisons.map((c) => [c.field, c.level]));
    expect(levels.email).toBe('no evidence');
    expect(levels.phone).toBe('null');
  });

  it('explains a pair with per-field weights summing to the total', () => {
    const e = explainPair(trained.model, records[1]!, records[401]!, PERSON_FIELDS);
    const sum = e.comparisons.reduce((s, c) => s + c.weight, e.priorWeight);
    expect(e.totalWeight).toBeCloseTo(sum, 9);
    expect(e.probability).toBeGreaterThan(0.9);
    expect(e.comparisons.find((c) => c.field === 'first_name')?.level).toBe('exact');
  });

  it('puts pairs in the review band into review with their levels', () => {
    const r = match(records, PERSON_FIELDS, { model: trained.model, thresholds: { match: 0.999999, review: 0.01 } });
    for (const p of r.review) {
      expect(p.levels).toHaveLength(trained.model.comparisons.length);
      expect(['match.review_band', 'match.conflict.first_name', 'match.conflict.dob', 'match.conflict.national_id', 'match.conflict.suffix']).toContain(p.reason);
    }
  });
});
