// Golden ids: deterministic, short, and independent of input order.
//
// The id hashes the cluster's EARLIEST member key (natural order of `source:row` keys, or of the
// sources' own ids when the pipeline passes those), not all members, so that a record joining the
// cluster later does not change the person's id. That is stable across runs only as long as the
// earliest member stays; across incremental runs (`--master`) the pipeline must therefore look each
// cluster's members up in the master crosswalk first and reuse the existing master id when one is
// found (an existing master id always wins; when members carry several, the one of the earliest
// member), and only mint `goldenIdFor(...)` for clusters with no member in the master. Prefer the
// sources' own ids over `source:row` as keys when a source has them: row numbers shift when a file
// is re-exported, record keys do not.

import { createHash } from 'node:crypto';

const GOLDEN_ID_PREFIX = 'G-';
const GOLDEN_ID_HEX = 12;
const DIGIT_RUN = /(\d+)/;

/** Deterministic golden id (`G-` + 12 hex of sha256) from the earliest of the member keys. */
export function goldenIdFor(memberKeys: readonly string[], salt = ''): string {
  if (memberKeys.length === 0) throw new Error('goldenIdFor needs at least one member key');
  let earliest = memberKeys[0]!;
  for (let i = 1; i < memberKeys.length; i++) {
    const key = memberKeys[i]!;
    if (key !== earliest && compareNatural(key, earliest) < 0) earliest = key;
  }
  const digest = createHash('sha256').update(`${salt}\u0000${earliest}`).digest('hex');
  return GOLDEN_ID_PREFIX + digest.slice(0, GOLDEN_ID_HEX);
}

/** `a.csv:9` before `a.csv:10`: digit runs compare as numbers, the rest by code unit (no locale,
 * so every machine agrees). */
export function compareNatural(a: string, b: string): number {
  if (a === b) return 0;
  const pa = a.split(DIGIT_RUN);
  const pb = b.split(DIGIT_RUN);
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (i % 2 === 1) {
      // Digit runs: numeric value first, then the shorter (fewer leading zeros) first.
      const byValue = compareDigits(x.replace(/^0+/, ''), y.replace(/^0+/, ''));
      if (byValue !== 0) return byValue;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Compares digit strings of any length without Number overflow. */
function compareDigits(x: string, y: string): number {
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}
