// Probability bounds and conversions shared by training and prediction.

/** m and u never reach 0 or 1: one unseen level must not make a pair impossible or certain. */
export const PROBABILITY_FLOOR = 1e-6;

export function clampProbability(p: number): number {
  if (!(p > PROBABILITY_FLOOR)) return PROBABILITY_FLOOR;
  if (p > 1 - PROBABILITY_FLOOR) return 1 - PROBABILITY_FLOOR;
  return p;
}

export function weightToProbability(weight: number): number {
  const odds = 2 ** weight;
  return odds === Infinity ? 1 : odds / (1 + odds);
}

export function priorWeight(prior: number): number {
  return Math.log2(prior / (1 - prior));
}
