// A worker thread that validates the last part of the rows while this thread validates the first:
// rows are independent once the plans are built, except under the `unique` rule (state across rows)
// and rules or normalizers a plugin registered (they live in this thread only); with either, or few
// rows, everything stays on this thread. The helper's records come back encoded (transfer.ts) and
// are appended after this thread's, so records, findings and counts are those of one thread. When
// this thread is done first, it takes the helper's last chunks of rows (claimBack); those follow
// the helper's. A helper may also start before the rows are all read (spawn, begin, then post as
// they come: pipeline/head-start.ts), taking every row from the first; this thread then only takes
// its last chunks.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { RawRow, Schema, SourceTable } from '../core/record.js';
import { builtinNormalizers, defaultNormalizerFor } from '../normalize/index.js';
import { builtinRules } from './builtin.js';
import type { KeepRecords } from './orchestrator.js';
import type { SourcePlan } from './plan.js';
import type { EncodedShare } from './transfer.js';

/** Below this many rows a helper's start-up (~0.2 s) costs more than it saves. */
export const MIN_ROWS_FOR_HELPER = 50_000;
/** A helper that reports no progress for this long is given up on; its rows are validated here. */
const STALL_MS = 30_000;

// The shared signal: [0] state (0 running, 1 done, 2 failed), [1] rows validated so far, [2] the
// claims on the helper's chunks of rows (see claimFront).
const STATE = 0;
const DONE = 1;
const CLAIM = 2;
/** Chunks are counted in 16 bits (see claimFront). */
const MAX_CHUNKS = 0xffff;
/** Rows per chunk, at least: small enough that the last chunks even out the two threads' ends,
 * large enough that claiming one costs nothing beside validating it. */
const MIN_CHUNK_ROWS = 1_000;

/** What a helper's plans need of a table. */
export type TableMeta = Pick<SourceTable, 'source' | 'format' | 'columns'>;

export interface HelperOptions {
  today: string;
  cacheSize: number;
  /** The run gave the default normalizer choice (the only one a helper can rebuild). */
  defaultNormalizers: boolean;
  /** Which records to send back (the others are only counted). */
  keep: KeepRecords;
}

/** The helper's workerData: its port, and the signal shared with this thread. */
export interface HelperChannel {
  port: MessagePort;
  signal: Int32Array;
}

/** The helper's first message: the plans' inputs. Its rows follow as RowPart messages, in order,
 * then a RowsEnd. */
export interface HelperJob extends HelperOptions {
  schema: Schema;
  tables: TableMeta[];
  /** How many rows it will get, if known (0 if not): room for its counts. */
  expectedRows: number;
  /** Its rows are claimed in chunks of this many (claimFront), the last one maybe shorter. */
  chunkRows: number;
}

/** Some of the helper's rows: consecutive rows of table `table`. */
export interface RowPart {
  table: number;
  rows: RawRow[];
}

/** After the last RowPart: how many rows were sent in all. */
export interface RowsEnd {
  end: number;
}

/** Rows per RowPart. Sent as one message, the rows of a 500,000-row file took the helper 0.9 s to
 * receive before it could start (structured clone); in parts it starts on the first. */
const PART_ROWS = 20_000;

/** Where the helper's rows start: table index and row position within it. */
export interface Split {
  table: number;
  row: number;
  /** Rows before the split (this thread's share). */
  before: number;
}

const WORKER_FILE = new URL('./validate-worker.js', import.meta.url);

/** Whether a helper may validate part of these rows: two threads or more, enough rows, and only
 * built-in rules (no `unique`) and normalizers in the plans. */
export function helperAllowed(
  tables: readonly SourceTable[],
  plans: readonly SourcePlan[],
  threads: number,
  options: { defaultNormalizerFor?: unknown; recordRules?: unknown },
): boolean {
  const total = tables.reduce((n, t) => n + t.rows.length, 0);
  return total >= MIN_ROWS_FOR_HELPER && helperMayRun(plans, threads, options);
}

/** helperAllowed, whatever the number of rows. */
export function helperMayRun(plans: readonly SourcePlan[], threads: number, options: { defaultNormalizerFor?: unknown; recordRules?: unknown }): boolean {
  if (threads < 2 || options.recordRules !== undefined) return false;
  if (options.defaultNormalizerFor !== undefined && options.defaultNormalizerFor !== defaultNormalizerFor) return false;
  for (const plan of plans) {
    if (!plan.recordRules.every((use) => builtinRules.includes(use.rule))) return false;
    for (const fp of plan.fields) {
      if (fp.normalizer !== undefined && !builtinNormalizers.includes(fp.normalizer)) return false;
      for (const use of [...fp.rawRules, ...fp.valueRules, ...fp.finalRules]) {
        if (!builtinRules.includes(use.rule) || use.rule.id === 'unique') return false;
      }
    }
  }
  return existsSync(fileURLToPath(WORKER_FILE));
}

/** The split after the first `before` rows of the tables in order. */
export function splitAt(tables: readonly SourceTable[], before: number): Split | undefined {
  let rest = before;
  for (let t = 0; t < tables.length; t++) {
    const n = tables[t]!.rows.length;
    if (rest < n) return { table: t, row: rest, before };
    rest -= n;
  }
  return undefined;
}

// The helper's rows come in chunks that either thread may claim: the helper from the front, in
// order, and this thread from the back once its own rows are done, so that neither waits long for
// the other whatever their speeds. One word holds both ends (chunks the helper has claimed, and the
// chunks left to it), so one compare-and-swap decides each claim.
function pack(front: number, limit: number): number {
  return (front << 16) | limit;
}

/** Claims a chunk from the front (the helper's next) or the back (this thread's); undefined when
 * none is left. */
function claim(signal: Int32Array, back: boolean): number | undefined {
  for (;;) {
    const word = Atomics.load(signal, CLAIM);
    const front = word >>> 16;
    const limit = word & 0xffff;
    if (front >= limit) return undefined;
    const claimed = back ? pack(front, limit - 1) : pack(front + 1, limit);
    if (Atomics.compareExchange(signal, CLAIM, word, claimed) === word) return back ? limit - 1 : front;
  }
}

/** The helper's next chunk, or undefined when this thread has taken the rest. */
export function claimFront(signal: Int32Array): number | undefined {
  return claim(signal, false);
}

/** This thread's claim: the helper's last unclaimed chunk, or undefined when none is left. */
export function claimBack(signal: Int32Array): number | undefined {
  return claim(signal, true);
}

export class ValidateHelper {
  /** The helper's rows, once all are sent (end). */
  rows = 0;
  /** Rows per chunk of the helper's rows (set by begin). */
  chunkRows = MIN_CHUNK_ROWS;
  private posted = 0;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly signal: Int32Array,
  ) {
    signal[CLAIM] = pack(0, 0);
  }

  /** Starts the helper on the rows from `split` on; undefined when a worker cannot start (then
   * this thread validates everything). */
  static start(tables: readonly SourceTable[], schema: Schema, split: Split, options: HelperOptions): ValidateHelper | undefined {
    let rows = 0;
    for (let t = split.table; t < tables.length; t++) rows += tables[t]!.rows.length - (t === split.table ? split.row : 0);
    const helper = ValidateHelper.spawn();
    if (helper === undefined) return undefined;
    helper.begin(tables, schema, options, rows);
    for (let t = split.table; t < tables.length; t++) helper.post(t, tables[t]!.rows, t === split.table ? split.row : 0, tables[t]!.rows.length);
    helper.end(rows);
    return helper;
  }

  /** A helper thread, started before its job is known so that its modules load meanwhile (begin
   * gives the job); undefined when a worker cannot start. */
  static spawn(): ValidateHelper | undefined {
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    const channel: HelperChannel = { port: port2, signal };
    let worker: Worker;
    try {
      worker = new Worker(WORKER_FILE, { workerData: channel, transferList: [port2] });
    } catch {
      port1.close();
      return undefined;
    }
    worker.unref();
    worker.on('error', () => {});
    return new ValidateHelper(worker, port1, signal);
  }

  /** Gives a spawned helper its job; its rows follow (post, then end), and may still be being read.
   * `expectedRows`: how many, if known (the chunk size, room for counts). */
  begin(tables: readonly TableMeta[], schema: Schema, options: HelperOptions, expectedRows?: number): void {
    this.chunkRows = Math.max(MIN_CHUNK_ROWS, Math.ceil((expectedRows ?? 0) / MAX_CHUNKS));
    const job: HelperJob = {
      schema,
      tables: tables.map((t) => ({ source: t.source, format: t.format, columns: t.columns })),
      expectedRows: expectedRows ?? 0,
      chunkRows: this.chunkRows,
      ...options,
    };
    this.port.postMessage(job);
  }

  /** Sends the rows [from, to) of table `table`, following the rows sent before, in parts. */
  post(table: number, rows: readonly RawRow[], from: number, to: number): void {
    for (let at = from; at < to; at += PART_ROWS) {
      const part: RowPart = { table, rows: rows.slice(at, Math.min(at + PART_ROWS, to)) };
      this.posted += part.rows.length;
      // The chunks these rows complete become claimable before the rows are sent: the helper claims
      // a chunk once its rows have arrived, and must find it unclaimed then.
      this.raiseLimit(Math.floor(this.posted / this.chunkRows));
      this.port.postMessage(part);
    }
  }

  /** Says that no rows follow the `rows` sent; false when they are more chunks than a claim word
   * counts (the helper is then useless: close it). */
  end(rows: number): boolean {
    const chunks = Math.ceil(rows / this.chunkRows);
    if (chunks > MAX_CHUNKS || rows !== this.posted) return false;
    this.raiseLimit(chunks);
    this.rows = rows;
    const end: RowsEnd = { end: rows };
    this.port.postMessage(end);
    return true;
  }

  /** Rows sent so far. */
  get sent(): number {
    return this.posted;
  }

  private raiseLimit(limit: number): void {
    if (limit > MAX_CHUNKS) return; // end() refuses such a run
    for (;;) {
      const word = Atomics.load(this.signal, CLAIM);
      if ((word & 0xffff) >= limit) return;
      if (Atomics.compareExchange(this.signal, CLAIM, word, pack(word >>> 16, limit)) === word) return;
    }
  }

  /** Takes the helper's last unclaimed chunk for this thread; undefined when none is left. */
  steal(): number | undefined {
    return claimBack(this.signal);
  }

  /** Chunks left to the helper: once nothing is left to steal, the helper validates exactly the
   * chunks before this one. */
  limit(): number {
    return Atomics.load(this.signal, CLAIM) & 0xffff;
  }

  /** Rows the helper has validated so far. */
  progress(): number {
    return Atomics.load(this.signal, DONE);
  }

  /** Hands over the batches the helper has sent so far, in order. */
  drain(take: (share: EncodedShare) => void): void {
    for (let m = receiveMessageOnPort(this.port); m !== undefined; m = receiveMessageOnPort(this.port)) take(m.message as EncodedShare);
  }

  /** Blocks until the helper is done, handing over its batches as they come; false when it failed
   * or stalled (then the rows left to it must be validated here, and what it sent be dropped). */
  finish(take: (share: EncodedShare) => void): boolean {
    let seen = this.progress();
    let since = Date.now();
    while (Atomics.load(this.signal, STATE) === 0) {
      this.drain(take);
      Atomics.wait(this.signal, STATE, 0, 100);
      const now = this.progress();
      if (now !== seen) {
        seen = now;
        since = Date.now();
      } else if (Date.now() - since > STALL_MS) {
        break;
      }
    }
    const ok = Atomics.load(this.signal, STATE) === 1;
    if (ok) this.drain(take);
    this.close();
    return ok;
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}

/** The helper side of the signal (validate-worker.ts). */
export function signalProgress(signal: Int32Array, done: number): void {
  Atomics.store(signal, DONE, done);
}

export function signalEnd(signal: Int32Array, ok: boolean): void {
  Atomics.store(signal, STATE, ok ? 1 : 2);
  Atomics.notify(signal, STATE);
}

/** A helper that exits before it signalled its end (an error its own handlers did not catch, or
 * out of memory) is marked failed as it exits, so the main thread, blocked on the signal, takes over
 * at once instead of after STALL_MS without progress. */
export function failOnExit(signal: Int32Array): void {
  process.on('exit', () => {
    if (Atomics.compareExchange(signal, STATE, 0, 2) === 0) Atomics.notify(signal, STATE);
  });
}
