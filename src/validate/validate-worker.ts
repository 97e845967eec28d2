// The validate helper thread (see helper.ts): started early so that its modules load while the main
// thread is still busy, it waits for its job (a HelperJob message), rebuilds the plans from the same
// schema, validates its rows as they arrive (RowPart messages, then RowsEnd) in chunks it claims, and
// sends back its records, findings and counts encoded (transfer.ts).

import { workerData } from 'node:worker_threads';
import type { RawRow, SourceTable } from '../core/record.js';
import { createRegistries } from '../plugins/index.js';
import { defaultNormalizerFor } from '../normalize/index.js';
import { claimFront, failOnExit, signalEnd, signalProgress, type HelperChannel, type HelperJob, type RowPart, type RowsEnd } from './helper.js';
import { RowValidator } from './orchestrator.js';
import { buildPlans, type PlanOptions } from './plan.js';
import { ShareEncoder, type EncodedShare } from './transfer.js';

const BATCH_ROWS = 5_000;

const { port, signal } = workerData as HelperChannel;
failOnExit(signal);

/** Validates the rows that follow the job on the port. */
function work(job: HelperJob): void {
  const tables: SourceTable[] = job.tables.map((t) => ({ ...t, rows: [], diagnostics: [], sha256: '', bytes: 0 }));
  const options: PlanOptions = { today: job.today, cacheSize: job.cacheSize };
  if (job.defaultNormalizers) options.defaultNormalizerFor = defaultNormalizerFor;
  const plans = buildPlans(tables, job.schema, createRegistries(), options);
  const validator = new RowValidator(job.schema, job.cacheSize, job.expectedRows, job.keep);
  // Records and findings go back every few thousand rows, encoded while hot, so the main thread can
  // take them in between its own rows instead of all at the end.
  const send = (share: EncodedShare) =>
    port.postMessage(share, [
      share.records.buffer as ArrayBuffer,
      share.diagnostics.buffer as ArrayBuffer,
      share.recordText.lengths.buffer as ArrayBuffer,
      share.diagnosticText.lengths.buffer as ArrayBuffer,
      ...share.counters.map((c) => c.hashes.buffer as ArrayBuffer),
    ]);
  const batch = (last: boolean) => {
    const encoder = new ShareEncoder();
    encoder.addRecords(validator.records);
    encoder.addDiagnostics(validator.diagnostics);
    validator.records.length = 0;
    validator.diagnostics.length = 0;
    send(last ? encoder.finish(validator.counters, validator.extraFilled) : encoder.finish());
  };
  // Rows as they arrive, then validated chunk by chunk, each chunk claimed first: the main thread
  // may take the last ones (claimFront).
  const rows: (RawRow | undefined)[] = [];
  const tableOf: number[] = [];
  let done = 0;
  let total = Infinity; // until the RowsEnd message
  let ended = false;
  const end = () => {
    ended = true;
    batch(true);
    signalEnd(signal, true); // the main thread ends this thread once it has the last batch
  };
  const pump = () => {
    while (!ended) {
      const from = done;
      const to = Math.min(from + job.chunkRows, total);
      if (from >= total) return end();
      if (rows.length < to) return; // the chunk's rows have not all arrived
      if (claimFront(signal) === undefined) return end();
      for (let k = from; k < to; k++) {
        validator.processRow(plans[tableOf[k]!]!, rows[k]!);
        rows[k] = undefined; // let it go
        if (++done % BATCH_ROWS === 0) {
          batch(false);
          signalProgress(signal, done);
        }
      }
    }
  };
  port.on('message', (message: RowPart | RowsEnd) => {
    if (ended) return;
    try {
      if ('end' in message) total = message.end;
      else {
        for (const row of message.rows) {
          rows.push(row);
          tableOf.push(message.table);
        }
      }
      pump();
    } catch {
      ended = true;
      signalEnd(signal, false);
    }
  });
}

port.once('message', (job: HelperJob) => {
  try {
    work(job);
  } catch {
    signalEnd(signal, false);
  }
});
