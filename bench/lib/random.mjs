// Seeded randomness for the generator: mulberry32, so a seed always yields the same dataset on every
// machine (Math.random is neither seedable nor stable across engines).

/**
 * @typedef {object} Random
 * @property {() => number} next            uniform in [0, 1)
 * @property {(min: number, max: number) => number} int   integer in [min, max], both inclusive
 * @property {(p: number) => boolean} chance true with probability p
 * @property {<T>(items: readonly T[]) => T} pick  one element, uniformly
 * @property {<T>(items: T[]) => T[]} shuffle  Fisher–Yates in place; returns the same array
 * @property {(weights: readonly number[]) => number} weighted  an index drawn by weight
 */

/**
 * @param {number} seed any integer; the same seed gives the same sequence
 * @returns {Random}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i];
        items[i] = items[j];
        items[j] = tmp;
      }
      return items;
    },
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
  };
}
