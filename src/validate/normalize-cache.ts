// A bounded cache of normalizer results for one (normalizer, region, date order, options). Customer
// files repeat cities, states, domains and dates, so most lookups hit; columns of unique values
// (emails, ids) would only pay for misses, so the cache switches itself off when it rarely hits.
// Two generations instead of a strict LRU: eviction is one Map swap, never per-insert work.

import type { NormalizeResult } from '../normalize/definition.js';

/** Lookups before the hit rate is judged, and the rate below which caching stops. A miss costs two
 * Map probes and an insert of a fresh string (~0.4 us), a hit saves one normalizer call (1-20 us):
 * below ~15% the cache costs more than it saves. Emails, streets, timestamps and phones of the bench
 * data hit 1-8%; names, cities, postcodes, dates of birth 18-99%. */
const PROBE_LOOKUPS = 20_000;
const MIN_HIT_RATE = 0.15;

export class NormalizeCache {
  private young = new Map<string, NormalizeResult>();
  private old = new Map<string, NormalizeResult>();
  private lookups = 0;
  private hits = 0;
  enabled = true;

  /** `limit` bounds each generation, so at most 2 × limit results are held. */
  constructor(private readonly limit: number) {}

  get(value: string): NormalizeResult | undefined {
    this.lookups++;
    let result = this.young.get(value);
    if (result === undefined) {
      result = this.old.get(value);
      if (result !== undefined) this.young.set(value, result); // promote: still in use
    }
    if (result !== undefined) this.hits++;
    else if (this.lookups === PROBE_LOOKUPS && this.hits < PROBE_LOOKUPS * MIN_HIT_RATE) this.disable();
    return result;
  }

  set(value: string, result: NormalizeResult): void {
    if (!this.enabled) return;
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(value, result);
  }

  private disable(): void {
    this.enabled = false;
    this.young = new Map();
    this.old = new Map();
  }
}
