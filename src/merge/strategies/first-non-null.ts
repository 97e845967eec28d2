// first_non_null: the first value by source order (priority, then source name, then row). Useful
// with a deliberate source ranking, or for a key that should come from one place.

import { pickBest } from '../candidate-order.js';
import type { SurvivorshipDefinition } from '../definition.js';

const noPreference = (): number => 0;

export const firstNonNull: SurvivorshipDefinition = {
  id: 'first_non_null',
  description: 'First non-empty value by source order (priority, source, row).',
  choose: (candidates) => pickBest(candidates, noPreference),
  keepsLoneCandidate: true,
};
