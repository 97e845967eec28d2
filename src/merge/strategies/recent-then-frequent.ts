// recent_then_frequent: the default for contact points (email, phone). People change addresses and
// numbers, so the latest record wins; when timestamps say nothing (none, or equal), the value most
// members share beats a one-off typo.

import { byFrequency, byRecency, frequencies, pickBestLazily, thenBy } from '../candidate-order.js';
import type { SurvivorshipDefinition } from '../definition.js';

export const recentThenFrequent: SurvivorshipDefinition = {
  id: 'recent_then_frequent',
  description: 'Most recent value; ties (or no timestamps) by most frequent, then source order.',
  choose: (candidates) => pickBestLazily(candidates, () => thenBy(byRecency, byFrequency(frequencies(candidates)))),
  keepsLoneCandidate: true,
};
