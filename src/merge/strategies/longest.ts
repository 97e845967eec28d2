// longest: the longest value (in characters) — 'Robert' over 'Rob', a street with its unit over one
// without. Ties by source order.

import { pickBest, type CandidateOrder } from '../candidate-order.js';
import type { SurvivorshipDefinition } from '../definition.js';

/** Code points, not UTF-16 units, so an emoji or a supplementary-plane letter counts once. */
function length(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

const byLength: CandidateOrder = (a, b) => length(b.value) - length(a.value);

export const longest: SurvivorshipDefinition = {
  id: 'longest',
  description: 'Longest value; ties by source order, then row.',
  choose: (candidates) => pickBest(candidates, byLength),
  keepsLoneCandidate: true,
};
