// most_recent: the value from the member whose timestamp is latest (for a timestamp field, the
// latest value itself). Members without a timestamp lose to those with one; among equals, source
// order then row decides.

import { byRecency, pickBest } from '../candidate-order.js';
import type { SurvivorshipDefinition } from '../definition.js';

export const mostRecent: SurvivorshipDefinition = {
  id: 'most_recent',
  description: 'Value from the most recently updated member record; ties by source order, then row.',
  choose: (candidates) => pickBest(candidates, byRecency),
  keepsLoneCandidate: true,
};
