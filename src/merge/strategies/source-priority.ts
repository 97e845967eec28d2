// source_priority: the value from the most trusted source (config `sources.<name>.priority`, lower
// wins). Within one source, the most recent row; then the first row.

import { byPriority, byRecency, pickBest, thenBy } from '../candidate-order.js';
import type { SurvivorshipDefinition } from '../definition.js';

const priorityOrder = thenBy(byPriority, byRecency);

export const sourcePriority: SurvivorshipDefinition = {
  id: 'source_priority',
  description: 'Value from the highest-ranked source (lowest priority number); ties by most recent, then row.',
  choose: (candidates) => pickBest(candidates, priorityOrder),
  keepsLoneCandidate: true,
};
