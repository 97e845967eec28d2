// most_complete: the value from the member record that has the most fields filled in — a fuller
// record is usually the better-kept one. Ties by most recent, then source order.

import { byRecency, pickBest, thenBy, type CandidateOrder } from '../candidate-order.js';
import type { SurvivorshipDefinition } from '../definition.js';

const byCompleteness: CandidateOrder = (a, b) => b.completeness - a.completeness;

const mostCompleteOrder = thenBy(byCompleteness, byRecency);

export const mostComplete: SurvivorshipDefinition = {
  id: 'most_complete',
  description: 'Value from the member record with the most non-empty fields; ties by most recent, then source order.',
  choose: (candidates) => pickBest(candidates, mostCompleteOrder),
  keepsLoneCandidate: true,
};
