// `cdm clean` owns its process, so it tunes V8's heap for a run that holds a million records: by default
// V8 lets the old generation grow to about twice what survived the last full collection, so a run
// with 1.4 GB of live records peaked at 3.4 GB of RSS. Growing by 30% instead keeps the 1M-row bench
// run near 2.7 GB at no measurable cost in time (back to back: 121.8 s at 50%, 3.02 GB; 122.4 s at
// 30%, 2.70 GB; the default: 136 s, 3.36 GB). Other commands keep V8's default: `cdm validate` holds
// only findings and quarantined rows, and there the tighter heap cost CPU (500k rows, three runs
// each: 12.3–15.3 s of user time at 30%, 11.5–12.1 s with the default). A library caller keeps its
// own settings; a user's own flag on node's command line wins (NODE_OPTIONS does not accept this V8 flag).

import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 30;
/** While records are being built (load, validate) the heap only grows, and each full collection
 * marks all of it: at 30% that is a dozen collections of up to 1.5 GB. Looser growth there, then
 * 30% from matching on, where the run's peak is. 1M-row bench run, back to back (2026-11-23): the
 * validate stage 29.5–33.1 s (three runs) against 35.1–36.5 s at 30% throughout (two), peak
 * 2.68–2.69 GB against 2.71–2.79 GB; 60% throughout peaked at 2.87 GB. */
export const HEAP_GROWING_PERCENT_WHILE_LOADING = 60;

/** Sets the heap growth for the run's start; returns a function that tightens it to 30% (called
 * when matching starts), or undefined when the user set their own flag. */
export function tuneHeap(execArgv: readonly string[] = process.execArgv): (() => void) | undefined {
  if (execArgv.some((a) => /heap[-_]growing[-_]percent/.test(a))) return undefined;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT_WHILE_LOADING}`);
  return () => setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
