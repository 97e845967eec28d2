// The crosswalk (DESIGN §3): every input row exactly once, with its golden id and status.
// `golden` marks the earliest member of a golden record, `merged` every other member.

import type { CustomerRecord } from '../core/record.js';
import type { GoldenRecord } from '../merge/index.js';
import type { ScoredPair } from '../match/index.js';

export type RowStatus = 'golden' | 'merged' | 'quarantined';

export interface CrosswalkRow {
  source: string;
  row: number;
  golden_id: string;
  status: RowStatus;
  /** The strongest link from this row to another member of its golden record; null alone. */
  match_probability: number | null;
}

export function buildCrosswalk(
  records: readonly CustomerRecord[],
  golden: readonly GoldenRecord[],
  pairs: readonly ScoredPair[],
): CrosswalkRow[] {
  const goldenOf = new Array<string>(records.length).fill('');
  const isFirst = new Uint8Array(records.length);
  for (const g of golden) {
    g.members.forEach((m, k) => {
      goldenOf[m.index] = g.golden_id;
      if (k === 0) isFirst[m.index] = 1;
    });
  }
  const best = new Float64Array(records.length).fill(-1);
  for (const p of pairs) {
    if (goldenOf[p.a] === '' || goldenOf[p.a] !== goldenOf[p.b]) continue;
    if (p.probability > best[p.a]!) best[p.a] = p.probability;
    if (p.probability > best[p.b]!) best[p.b] = p.probability;
  }
  return records.map((r): CrosswalkRow => {
    const id = goldenOf[r.index]!;
    if (r.quarantine.length > 0 || id === '') {
      return { source: r.source, row: r.row, golden_id: '', status: 'quarantined', match_probability: null };
    }
    const p = best[r.index]!;
    return {
      source: r.source,
      row: r.row,
      golden_id: id,
      status: isFirst[r.index] ? 'golden' : 'merged',
      match_probability: p < 0 ? null : Math.round(p * 1e6) / 1e6,
    };
  });
}
