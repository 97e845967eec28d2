// Clustering: union-find over match edges taken strongest first, where a union is refused when any
// record on one side conflicts with any on the other (guard) or a reviewer said "no match". Refused
// edges go to review. Reviewer "match" decisions are applied first and are never refused.

import { strongestFirstOf } from '../order.js';
import { conflictBetween, CONFLICT_CODES, representatives, type IdentityView } from './guard.js';

export interface Edge {
  a: number;
  b: number;
  /** Match weight: orders edges strongest first (probabilities saturate at 1, weights do not). */
  weight: number;
}

export interface RefusedEdge {
  edge: number;
  reason: string;
}

export interface ClusterResult {
  /** Representative per position: the smallest position in the cluster. */
  root: Int32Array;
  refused: RefusedEdge[];
}

export function clusterEdges(
  n: number,
  edges: readonly Edge[],
  views: readonly IdentityView[],
  forcedMatches: readonly [number, number][],
  forbidden: ReadonlySet<number>,
): ClusterResult {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (ra: number, rb: number) => {
    // Smaller list moves into the larger; the root is kept as the smaller position for stable ids later.
    const [big, small] = members[ra]!.length >= members[rb]!.length ? [ra, rb] : [rb, ra];
    parent[small] = big;
    for (const x of members[small]!) members[big]!.push(x);
    members[small] = [];
  };
  const reasonAgainst = (ra: number, rb: number, a: number, b: number): string | undefined => {
    if (forbidden.size > 0) {
      for (const x of members[ra]!) for (const y of members[rb]!) if (forbidden.has(x < y ? x * n + y : y * n + x)) return CONFLICT_CODES.decision;
    }
    // The edge's own records, then every pair of the clusters' representatives: a chain through
    // records without the deciding field (no first name, no dob) cannot join twins, while one
    // corrupted record does not keep the rest of its person apart.
    const direct = conflictBetween(views[a]!, views[b]!);
    if (direct) return direct;
    const xs = representatives(views, members[ra]!);
    const ys = representatives(views, members[rb]!);
    for (const x of xs) {
      for (const y of ys) {
        const code = conflictBetween(views[x]!, views[y]!);
        if (code) return code;
      }
    }
    return undefined;
  };

  for (const [a, b] of forcedMatches) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) union(ra, rb);
  }
  const order = strongestFirstOf(edges);
  const refused: RefusedEdge[] = [];
  for (const e of order) {
    const { a, b } = edges[e]!;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const reason = reasonAgainst(ra, rb, a, b);
    if (reason) refused.push({ edge: e, reason });
    else union(ra, rb);
  }
  const root = new Int32Array(n);
  const smallest = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = find(i);
    if (smallest[r] === -1) smallest[r] = i;
    root[i] = smallest[r]!;
  }
  return { root, refused };
}
