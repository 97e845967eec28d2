// Scoring on tiny clusterings computed by hand: pairwise and B-cubed precision/recall, quarantined
// rows as singletons, Febrl-style truth, and hard-negative merges.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM JavaScript with JSDoc types, outside the TypeScript project
import { blockingRecall, crosswalkFromRecords, readCrosswalk, readTruth, rowKey, score, truthFromRecords } from '../../bench/lib/score.mjs';

type Scores = Record<string, number>;
const tmp = mkdtempSync(join(tmpdir(), 'cdm-score-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** entities and clusters are strings of one letter per row: 'aab' = rows 1,2 are one entity, row 3 another. */
function run(entities: string, clusters: string, groups = ''): Scores {
  const truth = truthFromRecords([...entities].map((entity, i) => ({ row: String(i + 1), entity, hard_negative_group: groups[i] === '.' ? '' : groups[i] ?? '' })), { source: 's' });
  const crosswalk = crosswalkFromRecords([...clusters].map((c, i) => ({ source: 's', row: String(i + 1), golden_id: c === '-' ? '' : c, status: c === '-' ? 'quarantined' : 'golden' })));
  return score(crosswalk.clustering, truth, crosswalk);
}

describe('pairwise and B-cubed scores', () => {
  it.each([
    // entities, clusters, precision, recall, B3 precision, B3 recall
    ['aab', 'xxy', 1, 1, 1, 1],
    ['aab', 'xxx', 1 / 3, 1, 5 / 9, 1], // one true pair of three predicted; B3 P = (2/3+2/3+1/3)/3
    ['aab', 'xyz', 1, 0, 1, 2 / 3], // nothing predicted: precision 1 by convention; B3 R = (1/2+1/2+1)/3
    ['aaab', 'xxyy', 1 / 2, 1 / 3, 3 / 4, 2 / 3], // TP 1 of 2 predicted, of 3 true; B3 R = (2/3+2/3+1/3+1)/4
    ['aaaa', 'xx--', 1, 1 / 6, 1, 6 / 16], // quarantined rows are singletons: B3 R = (2/4+2/4+1/4+1/4)/4
    ['abcd', 'xxxx', 0, 1, 1 / 4, 1],
  ])('entities %s, clusters %s', (entities, clusters, p, r, bp, br) => {
    const s = run(entities, clusters);
    expect(s.precision).toBeCloseTo(p, 10);
    expect(s.recall).toBeCloseTo(r, 10);
    expect(s.bcubedPrecision).toBeCloseTo(bp, 10);
    expect(s.bcubedRecall).toBeCloseTo(br, 10);
    expect(s.f1).toBeCloseTo(p + r ? (2 * p * r) / (p + r) : 0, 10);
  });

  it('counts pairs, quarantined rows and rows missing from the crosswalk', () => {
    const s = run('aab', 'x-y');
    expect([s.truePairs, s.predictedPairs, s.correctPairs, s.quarantined]).toEqual([1, 0, 0, 1]);
    const truth = truthFromRecords([{ row: '1', entity: 'a' }, { row: '2', entity: 'a' }], { source: 's' });
    const partial = crosswalkFromRecords([{ source: 's', row: '1', golden_id: 'g', status: 'golden' }, { source: 'other', row: '1', golden_id: 'g', status: 'merged' }]);
    const m = score(partial.clustering, truth);
    expect([m.rows, m.missing, m.extra, m.predictedPairs]).toEqual([2, 1, 1, 0]);
  });
});

describe('hard-negative merges', () => {
  it.each([
    // entities, clusters, groups, hard-negative pairs, merged
    ['abc', 'xyz', 'hhh', 3, 0],
    ['abc', 'xxz', 'hhh', 3, 1],
    ['aab', 'xxx', 'hhh', 2, 2], // a1-b and a2-b; a1-a2 is a true pair, not a hard negative
    ['abcd', 'xxxx', 'hhtt', 2, 2], // two groups of two; the cross-group pairs are ordinary false merges
    ['ab', 'xx', '..', 0, 0],
  ])('entities %s, clusters %s, groups %s', (entities, clusters, groups, pairs, merged) => {
    const s = run(entities, clusters, groups);
    expect(s.hardNegativePairs).toBe(pairs);
    expect(s.hardNegativeMerged).toBe(merged);
    expect(s.hardNegativeMergedShare).toBeCloseTo(pairs ? merged / pairs : 0, 10);
  });
});

describe('files', () => {
  it('reads our truth.csv and a Febrl-style truth with a given source name, and a crosswalk with a BOM', () => {
    writeFileSync(join(tmp, 'truth.csv'), 'source,row,entity,kind,hard_negative_group\na.csv,1,P1,person,\na.csv,2,P1,person,\nb.ndjson,1,P2,twin,t1\n');
    writeFileSync(join(tmp, 'febrl.truth.csv'), 'row,entity\n1,7\n2,7\n3,9\n');
    writeFileSync(join(tmp, 'crosswalk.csv'), '\uFEFFsource,row,golden_id,status,match_probability\na.csv,1,G1,golden,\na.csv,2,G1,merged,0.97\nb.ndjson,1,G1,merged,0.91\n');
    const ours = readTruth(join(tmp, 'truth.csv'));
    expect(ours.get(rowKey('b.ndjson', 1))).toEqual({ entity: 'P2', group: 't1' });
    const febrl = readTruth(join(tmp, 'febrl.truth.csv'), { source: 'data/f.csv' });
    expect(febrl.get(rowKey('data/f.csv', 3))).toEqual({ entity: '9', group: '' });
    const { clustering, quarantined } = readCrosswalk(join(tmp, 'crosswalk.csv'));
    expect(quarantined).toBe(0);
    const s = score(clustering, ours);
    expect([s.truePairs, s.predictedPairs, s.correctPairs]).toEqual([1, 3, 1]);
  });

  it('refuses a truth without sources when no source name is given', () => {
    expect(() => truthFromRecords([{ row: '1', entity: 'a' }])).toThrow();
  });
});

describe('blocking recall', () => {
  it('counts the distinct true pairs among candidate pairs, in either order', () => {
    const truth = truthFromRecords([...'aaab'].map((entity, i) => ({ row: String(i + 1), entity })), { source: 's' });
    const k = (row: number) => rowKey('s', row);
    const result = blockingRecall([[k(1), k(2)], [k(2), k(1)], [k(3), k(4)], [k(2), k(3)]], truth);
    expect(result).toEqual({ truePairs: 3, found: 2, recall: 2 / 3 });
  });
});

describe('scoring a generated truth', () => {
  // @ts-expect-error -- plain ESM JavaScript
  const load = () => import('../../bench/lib/dataset.mjs');

  it('gives a perfect clustering full marks and counts every hard-negative pair when groups are merged', async () => {
    const { writeDataset } = await load();
    const summary = writeDataset(join(tmp, 'gen'), { seed: 21, people: 2000, sourcePrefix: 'g' });
    const truth = readTruth(summary.truth);
    const rows = [...truth].map(([key, t]: [string, { entity: string; group: string }]) => {
      const [source, row] = key.split('\u0000');
      return { source, row, entity: t.entity, group: t.group };
    });
    const perfect = crosswalkFromRecords(rows.map((r) => ({ source: r.source, row: r.row, golden_id: r.entity, status: 'golden' })));
    const p = score(perfect.clustering, truth);
    expect([p.precision, p.recall, p.bcubedF1, p.hardNegativeMerged]).toEqual([1, 1, 1, 0]);
    expect(p.hardNegativePairs).toBeGreaterThan(50);

    const merged = crosswalkFromRecords(rows.map((r) => ({ source: r.source, row: r.row, golden_id: r.group || r.entity, status: 'golden' })));
    const m = score(merged.clustering, truth);
    expect(m.hardNegativeMerged).toBe(p.hardNegativePairs);
    expect(m.hardNegativeMergedShare).toBe(1);
    expect(m.recall).toBe(1);
    expect(m.precision).toBeLessThan(1);
  });
});
