// Accuracy on the Febrl benchmark: zero-config (default comparisons and blocking, model learned
// without labels); the truth files only score the result.

import { describe, expect, it } from 'vitest';
import { blockPairs, defaultBlockingRules } from '../../src/match/block/index.js';
import { match } from '../../src/match/index.js';
import { blockingRecall, FEBRL_FIELDS, febrlAvailable, pairwiseScore, readFebrl } from './febrl-adapter.js';

// Measured floors (0.997 / 0.995 / 0.9945). What is left: some Febrl duplicates differ from their
// original exactly as twins or Jr/Sr do (other first name and other id at the same address and
// dob, or a dob decades off with another id), and the guard must keep those apart; and dataset3's
// blocking recall is 0.99.
const FLOORS: [string, number, number][] = [
  ['dataset1', 0.995, 0.995],
  ['dataset2', 0.993, 0.995],
  ['dataset3', 0.992, 0.995],
];

describe.skipIf(!febrlAvailable)('Febrl pairwise accuracy (skipped when ../shared/datasets/febrl is absent)', () => {
  it.each(FLOORS)('%s: F1 >= %f, precision >= %f', (name, minF1, minPrecision) => {
    const { records, entity } = readFebrl(name);
    const result = match(records, FEBRL_FIELDS);
    const score = pairwiseScore(result.clusterOf, entity);
    const candidates = blockPairs(records, defaultBlockingRules(FEBRL_FIELDS));
    const recall = blockingRecall(candidates.left, candidates.right, entity);
    console.log(`${name}: F1 ${score.f1.toFixed(4)} P ${score.precision.toFixed(4)} R ${score.recall.toFixed(4)} blocking recall ${recall.toFixed(4)} pairs ${result.blocking.totalPairs}`);
    expect(score.f1).toBeGreaterThanOrEqual(minF1);
    expect(score.precision).toBeGreaterThanOrEqual(minPrecision);
    expect(recall).toBeGreaterThanOrEqual(0.985);
  });

  it('matches 5,000 records quickly', () => {
    const { records } = readFebrl('dataset3');
    const t = performance.now();
    match(records, FEBRL_FIELDS);
    // Generous for a loaded CI box under vitest; typically ~0.7 s compiled on node.
    expect(performance.now() - t).toBeLessThan(6000);
  });
});
