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

import { sha256Hex } from '../core/hash.js';

const GOLDEN_ID_PREFIX = 'G-';
const GOLDEN_ID_HEX = 12;

/** Deterministic golden id (`G-` + 12 hex of sha256) from the earliest of the member keys. */
export function goldenIdFor(memberKeys: readonly string[], salt = ''): string {
  if (memberKeys.length === 0) throw new Error('goldenIdFor needs at least one member key');
  let earliest = memberKeys[0]!;
  for (let i = 1; i < memberKeys.length; i++) {
    const key = memberKeys[i]!;
    if (key !== earliest && compareNatural(key, earliest) < 0) earliest = key;
  }
  const digest = sha256Hex(`${salt}\u0000${earliest}`);
  return GOLDEN_ID_PREFIX + digest.slice(0, GOLDEN_ID_HEX);
}

/** `a.csv:9` before `a.csv:10`: the keys split into alternating non-digit and digit runs; digit
 * runs compare as numbers (then the one with fewer leading zeros first), the rest by code unit (no
 * locale, so every machine agrees), and a key whose runs are a prefix of the other's comes first.
 * Only the run holding the first differing code unit can decide, so the scan starts there. */
export function compareNatural(a: string, b: string): number {
  if (a === b) return 0;
  let k = 0;
  while (k < a.length && k < b.length && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  const digitA = isDigitAt(a, k);
  const digitB = isDigitAt(b, k);
  let start = k;
  while (start > 0 && isDigitAt(a, start - 1)) start--;
  if ((digitA || digitB) && (start < k || (digitA && digitB))) {
    // Inside (or at the start of) a digit run in both keys: compare the whole runs by value.
    const x = a.slice(start, digitRunEnd(a, k));
    const y = b.slice(start, digitRunEnd(b, k));
    const byValue = compareDigits(x.replace(/^0+/, ''), y.replace(/^0+/, ''));
    return byValue !== 0 ? byValue : x.length - y.length;
  }
  // In a non-digit run: a key that ends here has the fewer runs, so comes first; a run that ends
  // here (at a digit) is a prefix of the other, so its key comes first.
  if (k === a.length) return -1;
  if (k === b.length) return 1;
  if (digitA) return -1;
  if (digitB) return 1;
  return a.charCodeAt(k) < b.charCodeAt(k) ? -1 : 1;
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i); // NaN past the end
  return c >= 48 && c <= 57;
}

function digitRunEnd(s: string, from: number): number {
  let i = from;
  while (isDigitAt(s, i)) i++;
  return i;
}

/** Compares digit strings of any length without Number overflow. */
function compareDigits(x: string, y: string): number {
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}
