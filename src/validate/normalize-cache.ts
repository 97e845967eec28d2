// A bounded cache of normalizer results for one (normalizer, region, date order, options). Customer
// files repeat cities, states, domains and dates, so most lookups hit; columns of unique values
// (emails, ids) would only pay for misses, so the cache switches itself off when it rarely hits.
// Two generations instead of a strict LRU (core/generational-map.ts).

import { GenerationalMap } from '../core/generational-map.js';
import type { NormalizeResult } from '../normalize/definition.js';

/** Lookups per window in which the hit rate is judged, and the rate below which caching stops (a
 * column whose values repeat early but not later is judged again each window). A miss costs two
 * Map probes and an insert of a fresh string (~0.4 us), a hit saves one normalizer call (1-20 us):
 * below ~15% the cache costs more than it saves. Emails, streets, timestamps and phones of the bench
 * data hit 1-8%; names, cities, postcodes, dates of birth 18-99%. */
const PROBE_LOOKUPS = 20_000;
const MIN_HIT_RATE = 0.15;

/** A cached result and the raw text it was cached under (one string shared by every equal cell). */
interface Entry {
  readonly key: string;
  readonly result: NormalizeResult;
}

export class NormalizeCache {
  private readonly entries: GenerationalMap<string, Entry>;
  /** After a hit: the raw text the result was cached under, equal to the value looked up. Records
   * keep it as their raw value instead of the cell just read, so that a million rows of "Springfield"
   * hold one string, and the fresh copies die young (cheap to collect) instead of living on. */
  hitKey = '';
  private lookups = 0;
  private hits = 0;
  enabled = true;

  /** `limit` bounds each generation, so at most 2 × limit results are held. */
  constructor(limit: number) {
    this.entries = new GenerationalMap(limit);
  }

  get(value: string): NormalizeResult | undefined {
    this.lookups++;
    const entry = this.entries.get(value);
    if (entry !== undefined) this.hits++;
    if (this.lookups % PROBE_LOOKUPS === 0) {
      // Judged per window: a column whose values repeat early may stop repeating later.
      if (this.hits < PROBE_LOOKUPS * MIN_HIT_RATE) this.disable();
      this.hits = 0;
    }
    if (entry === undefined) return undefined;
    this.hitKey = entry.key;
    return entry.result;
  }

  set(value: string, result: NormalizeResult): void {
    if (!this.enabled) return;
    this.entries.set(value, { key: value, result });
  }

  private disable(): void {
    this.enabled = false;
    this.entries.clear();
  }
}
