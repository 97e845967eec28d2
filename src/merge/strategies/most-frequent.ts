// most_frequent: the value most member records agree on. Ties go to the most recent, then to the
// first by source order — two sources that each say something different are a coin toss otherwise.

import { byFrequency, byRecency, frequencies, pickBestLazily, thenBy } from '../candidate-order.js';
import type { SurvivorshipDefinition } from '../definition.js';

export const mostFrequent: SurvivorshipDefinition = {
  id: 'most_frequent',
  description: 'Value held by the most member records; ties by most recent, then source order.',
  choose: (candidates) => pickBestLazily(candidates, () => thenBy(byFrequency(frequencies(candidates)), byRecency)),
  keepsLoneCandidate: true,
};
