// Retention (`stale_after: 3y`): a golden record is stale when none of its source rows shows
// activity (a timestamp-role value) on or after the cutoff; one without any timestamp is stale too,
// since nothing shows it is in use. Pure: "today" is given, so runs stay reproducible.

import { ConfigError } from '../core/errors.js';

export interface Duration {
  years: number;
  months: number;
  days: number;
}

export interface StaleRecord {
  golden_id: string;
  /** Latest activity (ISO timestamp or date) among its members; null when none is known. */
  last_activity: string | null;
}

const PART = /(\d+)([ymwd])/g;

export function parseDuration(text: string, path = 'stale_after'): Duration {
  if (!/^(\d+[ymwd])+$/.test(text)) throw new ConfigError('config.bad_duration', `${path}: a duration such as 3y, 18m, 6w or 90d, not '${text}'`, path);
  const d: Duration = { years: 0, months: 0, days: 0 };
  for (const [, n, unit] of text.matchAll(PART)) {
    const k = Number(n);
    if (unit === 'y') d.years += k;
    else if (unit === 'm') d.months += k;
    else if (unit === 'w') d.days += 7 * k;
    else d.days += k;
  }
  return d;
}

/** `today` minus the duration, as an ISO date (UTC calendar arithmetic; day overflow clamps). */
export function staleCutoff(today: string, duration: Duration): string {
  const [y, m, d] = today.slice(0, 10).split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) - duration.years * 12 - duration.months;
  const year = Math.floor(months / 12);
  const month = months - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month, Math.min(d, lastDay)) - duration.days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** Golden records whose latest member activity is before `cutoff`, by golden id. */
export function staleRecords(
  goldenIds: readonly string[],
  members: readonly { golden_id: string; values: Readonly<Record<string, string>> }[],
  activityFields: readonly string[],
  cutoff: string,
): StaleRecord[] {
  const latest = new Map<string, string>();
  for (const m of members) {
    if (!m.golden_id) continue;
    for (const f of activityFields) {
      const v = m.values[f];
      if (v && v > (latest.get(m.golden_id) ?? '')) latest.set(m.golden_id, v);
    }
  }
  const stale: StaleRecord[] = [];
  for (const id of goldenIds) {
    const last = latest.get(id);
    if (last === undefined || last.slice(0, 10) < cutoff) stale.push({ golden_id: id, last_activity: last ?? null });
  }
  return stale.sort((a, b) => (a.golden_id < b.golden_id ? -1 : a.golden_id > b.golden_id ? 1 : 0));
}
