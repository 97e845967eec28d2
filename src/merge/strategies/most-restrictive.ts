// most_restrictive: for consent. One opt-out anywhere wins (a 'false' from any member), because
// contacting someone who said no is the costly mistake. Among opt-outs, the most recent is kept as
// the provenance; with no opt-out, the most recent 'true'.

import { byRecency, pickBest, thenBy, type CandidateOrder } from '../candidate-order.js';
import type { SurvivorshipDefinition } from '../definition.js';

/** Canonical consent is 'true'/'false'; anything else ranks after both. */
function restriction(value: string): number {
  return value === 'false' ? 0 : value === 'true' ? 1 : 2;
}

const byRestriction: CandidateOrder = (a, b) => restriction(a.value) - restriction(b.value);

const restrictiveOrder = thenBy(byRestriction, byRecency);

export const mostRestrictive: SurvivorshipDefinition = {
  id: 'most_restrictive',
  description: "Consent: any 'false' (opt-out) wins; ties by most recent, then source order.",
  choose: (candidates) => pickBest(candidates, restrictiveOrder),
  keepsLoneCandidate: true,
};
