// Worker threads that share the comparison of candidate pairs with the main thread. Comparing is
// pure (a level is a function of two prepared values), so the pairs are cut into chunks that
// whichever thread is free claims through a shared counter, and each writes its chunks' levels
// straight into one shared vector array: nothing is copied back, and the result does not depend on
// which thread compared what. A helper gets each column's ids and texts when it starts (before
// blocking), prepares them while the main thread blocks, then joins in once the pairs are known.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BUILTIN_COMPARATORS } from './registry.js';
import { compareRange, type ComparableColumn, type PreparationInputs, type PreparedComparison } from './columns.js';

/** Pairs per chunk: small enough to balance the threads, large enough that claiming is noise. */
export const CHUNK_PAIRS = 8192;
/** Below this many records a helper's start-up (~0.1 s) costs more than it saves. */
export const MIN_RECORDS_FOR_HELPERS = 20_000;
/** A helper that finishes no chunk for this long is given up on; its chunks are compared here. */
const STALL_MS = 10_000;

// Layout of the shared control array.
const NEXT = 0; // next chunk to claim
const DONE = 1; // chunks finished, by any thread
const FAILED = 2; // a helper hit an error: its claimed chunks are redone here

/** What a helper receives when it starts: each column's comparator, ids and texts. */
export interface HelperColumn {
  comparator: string;
  ids: Int32Array;
  inputs: PreparationInputs;
}

/** The job posted once the candidate pairs are known. */
export interface HelperJob {
  left: Int32Array;
  right: Int32Array;
  out: Uint8Array;
  control: Int32Array;
  /** Per chunk: 0 unclaimed, 1 claimed, 2 done here, 3 done by a helper. */
  status: Uint8Array;
  chunkPairs: number;
}

const WORKER_FILE = new URL('./compare-worker.js', import.meta.url);

export class CompareHelpers {
  private readonly prepared: Promise<void>;

  private constructor(private readonly workers: Worker[]) {
    this.prepared = Promise.all(workers.map((w) => new Promise<void>((resolve) => w.once('message', () => resolve())))).then(() => {});
  }

  /** Resolves once every helper has prepared its columns (tests; matching never waits for it). */
  ready(): Promise<void> {
    return this.prepared;
  }

  /**
   * Starts `threads - 1` helpers for these columns, or none (undefined) when one thread is asked
   * for, the input is small, a comparator is not built in (a plugin's lives only in this thread),
   * or the worker script is not there (running from the TypeScript sources).
   */
  static start(prepared: readonly PreparedComparison[], records: number, threads: number): CompareHelpers | undefined {
    const count = Math.floor(threads) - 1;
    if (count < 1 || records < MIN_RECORDS_FOR_HELPERS) return undefined;
    if (!prepared.every((p) => BUILTIN_COMPARATORS.includes(p.comparator))) return undefined;
    if (!existsSync(fileURLToPath(WORKER_FILE))) return undefined;
    const columns: HelperColumn[] = prepared.map((p) => ({ comparator: p.comparator.id, ids: p.ids, inputs: p.inputs }));
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < count; i++) {
        const worker = new Worker(WORKER_FILE, { workerData: columns });
        // Never keeps the process alive; an error shows up as chunks the main thread redoes.
        worker.unref();
        worker.on('error', () => {});
        workers.push(worker);
      }
    } catch {
      // A worker that cannot start (no threads left, data that does not clone): this thread alone.
      for (const worker of workers) void worker.terminate();
      return undefined;
    }
    return new CompareHelpers(workers);
  }

  /** Fills `out` (on a SharedArrayBuffer) with the levels of every pair, sharing the chunks.
   * `byHelpers`: chunks helpers compared; `fellBack`: a helper failed or stalled and this thread
   * compared what it left, while it may still be writing (the same levels) into `out`. */
  compareAll(prepared: readonly PreparedComparison[], left: Int32Array, right: Int32Array, out: Uint8Array): { byHelpers: number; fellBack: boolean } {
    const chunks = Math.ceil(left.length / CHUNK_PAIRS);
    const control = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    const status = new Uint8Array(new SharedArrayBuffer(Math.max(1, chunks)));
    const job: HelperJob = { left, right, out, control, status, chunkPairs: CHUNK_PAIRS };
    for (const worker of this.workers) worker.postMessage(job);
    runChunks(prepared, job, chunks);
    // Wait for the chunks helpers still hold; redo them here should a helper fail or stall.
    let done = Atomics.load(control, DONE);
    let since = Date.now();
    let fellBack = false;
    while (done < chunks) {
      if (Atomics.load(control, FAILED) !== 0 || Date.now() - since > STALL_MS) {
        // No new claims; what is not done yet is compared here.
        Atomics.store(control, NEXT, chunks);
        for (let k = 0; k < chunks; k++) {
          if (Atomics.load(status, k) < 2) compareChunk(prepared, job, k);
        }
        fellBack = true;
        break;
      }
      Atomics.wait(control, DONE, done, 200);
      const now = Atomics.load(control, DONE);
      if (now !== done) {
        done = now;
        since = Date.now();
      }
    }
    let byHelpers = 0;
    for (let k = 0; k < chunks; k++) if (Atomics.load(status, k) === 3) byHelpers++;
    return { byHelpers, fellBack };
  }

  close(): void {
    for (const worker of this.workers) void worker.terminate();
  }
}

/** Claims chunks until none is left. Used by the main thread and (`doneMark` 3) by every helper. */
export function runChunks(columns: readonly ComparableColumn[], job: HelperJob, chunks = Math.ceil(job.left.length / job.chunkPairs), doneMark = 2): void {
  for (;;) {
    const k = Atomics.add(job.control, NEXT, 1);
    if (k >= chunks) return;
    Atomics.store(job.status, k, 1);
    compareChunk(columns, job, k);
    Atomics.store(job.status, k, doneMark);
    Atomics.add(job.control, DONE, 1);
    Atomics.notify(job.control, DONE);
  }
}

function compareChunk(columns: readonly ComparableColumn[], job: HelperJob, k: number): void {
  const from = k * job.chunkPairs;
  compareRange(columns, job.left, job.right, job.out, from, Math.min(job.left.length, from + job.chunkPairs));
}

/** Marks the job failed so the main thread stops waiting and redoes what is not done. */
export function reportFailure(job: HelperJob): void {
  Atomics.store(job.control, FAILED, 1);
  Atomics.notify(job.control, DONE);
}
