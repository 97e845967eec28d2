// u-probabilities (how often non-matches land on each level) from seeded random pairs: almost all
// random pairs are non-matches, so their level frequencies estimate u. Each comparison samples
// among the records that have its field, so u is "given both values present" (missing values
// weigh 0 anyway) and a sparse field still gets a full sample. Small files count every pair.
// A random pair holding the same value in every field (three or more of them) is a copy, not a
// non-match, and is left out: in a file dominated by one person's copies, counting them would put
// u of "exact" near 1 and no copy would ever merge.

import { compareAt, implierIndices, type PreparedComparison } from '../compare/index.js';
import { mulberry32 } from './prng.js';
import { clampProbability } from './probability.js';

export interface UEstimate {
  /** u per comparison, per level. */
  u: number[][];
  /** Pairs compared per comparison (the largest). */
  sampledPairs: number;
}

function presentPositions(p: PreparedComparison): Int32Array {
  let count = 0;
  for (let i = 0; i < p.ids.length; i++) if (p.ids[i]! >= 0) count++;
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < p.ids.length; i++) if (p.ids[i]! >= 0) out[k++] = i;
  return out;
}

/** Fewest present fields for two identical records to count as copies of one record. */
const COPY_MIN_FIELDS = 3;

/** Per record, a hash of its value ids across comparisons, or 0 when it has too few values to
 * call two identical records copies; `isCopy` confirms a hash match field by field. */
function copyDetector(prepared: readonly PreparedComparison[]): (i: number, j: number) => boolean {
  const n = prepared[0]?.ids.length ?? 0;
  const hash = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    let h = 0x811c9dc5;
    let present = 0;
    for (const p of prepared) {
      const id = p.ids[r]!;
      if (id >= 0) present++;
      h = Math.imul(h ^ id, 0x01000193);
    }
    hash[r] = present >= COPY_MIN_FIELDS ? h | 1 : 0;
  }
  return (i, j) => hash[i] !== 0 && hash[i] === hash[j] && prepared.every((p) => p.ids[i] === p.ids[j]);
}

export function estimateU(prepared: readonly PreparedComparison[], sampleSize: number, seed: number): UEstimate {
  let sampledPairs = 0;
  const impliers = implierIndices(prepared);
  const isCopy = copyDetector(prepared);
  const u = prepared.map((p, k) => {
    const counts = new Float64Array(p.comparison.levels.length);
    const present = presentPositions(p);
    const m = present.length;
    const allPairs = (m * (m - 1)) / 2;
    // An implied comparison (city under a postcode) only counts where no finer field agrees, so its
    // u is measured on those pairs too: "same city, other postcode" is rarer than "same city".
    const finer = impliers[k]!;
    const implied = (i: number, j: number) => finer.some((f) => compareAt(prepared[f]!, i, j) === prepared[f]!.comparator.exactLevel);
    let sampled = 0;
    if (allPairs <= sampleSize) {
      for (let x = 0; x < m; x++) {
        for (let y = x + 1; y < m; y++) {
          if (isCopy(present[x]!, present[y]!) || (finer.length > 0 && implied(present[x]!, present[y]!))) continue;
          counts[compareAt(p, present[x]!, present[y]!)]!++;
          sampled++;
        }
      }
    } else {
      // One stream per comparison, so adding a field does not change another field's sample.
      const random = mulberry32(seed + k * 7919);
      for (let attempt = 0; sampled < sampleSize && attempt < 2 * sampleSize; attempt++) {
        const x = Math.floor(random() * m);
        let y = Math.floor(random() * (m - 1));
        if (y >= x) y++;
        if (isCopy(present[x]!, present[y]!) || (finer.length > 0 && implied(present[x]!, present[y]!))) continue;
        counts[compareAt(p, present[x]!, present[y]!)]!++;
        sampled++;
      }
    }
    sampledPairs = Math.max(sampledPairs, sampled);
    // Half a pseudo-count per level: a level never seen among random pairs is rare, not impossible.
    const total = sampled + 0.5 * counts.length;
    return Array.from(counts, (x) => clampProbability((x + 0.5) / total));
  });
  return { u, sampledPairs };
}
