// Orderings that survivorship strategies combine. Every strategy ends with `byProvenance`, so ties
// always break the same way — by (source priority, source, row, slot) — and merging is deterministic.

import type { SurvivorshipCandidate } from './definition.js';

/** Negative when `a` ranks before (is preferred to) `b`. */
export type CandidateOrder = (a: SurvivorshipCandidate, b: SurvivorshipCandidate) => number;

/** Plain code-unit comparison: locale collation would make the order depend on the machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const byProvenance: CandidateOrder = (a, b) => {
  if (a.priority !== b.priority) return a.priority < b.priority ? -1 : 1;
  const bySource = compareText(a.source, b.source);
  if (bySource !== 0) return bySource;
  if (a.row !== b.row) return a.row - b.row;
  return a.slot - b.slot;
};

/** Later first; a candidate with a timestamp beats one without. */
export const byRecency: CandidateOrder = (a, b) => {
  const ra = a.recency ?? Number.NEGATIVE_INFINITY;
  const rb = b.recency ?? Number.NEGATIVE_INFINITY;
  return ra === rb ? 0 : ra > rb ? -1 : 1;
};

/** Lower source priority number first; ties keep their order (byProvenance finishes the job). */
export const byPriority: CandidateOrder = (a, b) => (a.priority === b.priority ? 0 : a.priority < b.priority ? -1 : 1);

/** How many distinct member records carry each value. Counting records, not candidates, so one
 * record holding the same phone in `phone` and `phone_2` does not vote twice. */
export function frequencies(candidates: readonly SurvivorshipCandidate[]): Map<string, number> {
  const members = new Map<string, Set<number>>();
  for (const candidate of candidates) {
    let set = members.get(candidate.value);
    if (!set) members.set(candidate.value, (set = new Set()));
    set.add(candidate.index);
  }
  const counts = new Map<string, number>();
  for (const [value, set] of members) counts.set(value, set.size);
  return counts;
}

/** More frequent first, given precomputed counts. */
export function byFrequency(counts: ReadonlyMap<string, number>): CandidateOrder {
  return (a, b) => (counts.get(b.value) ?? 0) - (counts.get(a.value) ?? 0);
}

/** Chains orders: the first that separates two candidates decides. */
export function thenBy(...orders: CandidateOrder[]): CandidateOrder {
  return (a, b) => {
    for (const order of orders) {
      const result = order(a, b);
      if (result !== 0) return result;
    }
    return 0;
  };
}

/** Like pickBest, but builds the order only when there is a choice to make: most clusters are
 * singletons, and an order may cost a frequency count. */
export function pickBestLazily(candidates: readonly SurvivorshipCandidate[], makeOrder: () => CandidateOrder): number {
  if (candidates.length < 2) return candidates.length - 1;
  return pickBest(candidates, makeOrder());
}

/** Index of the candidate that ranks first under `order` (always finished by byProvenance), -1 when
 * there are none. A linear scan: clusters are small and sorting would allocate. */
export function pickBest(candidates: readonly SurvivorshipCandidate[], order: CandidateOrder): number {
  let best = -1;
  for (let i = 0; i < candidates.length; i++) {
    if (best === -1) {
      best = i;
      continue;
    }
    const result = order(candidates[i]!, candidates[best]!);
    if (result < 0 || (result === 0 && byProvenance(candidates[i]!, candidates[best]!) < 0)) best = i;
  }
  return best;
}
