// The order pairs and match edges are taken in: weight, largest first, then the first record, then
// the second (smallest first). Sorting a permutation over typed arrays rather than objects: at a
// million rows ~700k edges and ~900k scored pairs were sorted with comparators that chased an
// object per comparison (4 s of the run).

/** Indices 0..weight.length-1 in the order above. */
export function strongestFirst(weight: Float64Array, a: Int32Array, b: Int32Array): Int32Array {
  const order = new Int32Array(weight.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((x, y) => weight[y]! - weight[x]! || a[x]! - a[y]! || b[x]! - b[y]!);
}

type Weighted = { weight: number; a: number; b: number };

/** The order above of objects carrying weight, a and b, as their indices. */
export function strongestFirstOf(items: readonly Weighted[]): Int32Array {
  return strongestFirst(
    Float64Array.from(items, (i) => i.weight),
    Int32Array.from(items, (i) => i.a),
    Int32Array.from(items, (i) => i.b),
  );
}

/** The objects themselves in that order. */
export function sortStrongestFirst<T extends Weighted>(items: readonly T[]): T[] {
  return Array.from(strongestFirstOf(items), (k) => items[k]!);
}
