// The validate helper thread (see helper.ts): rebuilds the plans from the same schema, validates
// its rows as they arrive (RowPart messages), and sends back its records, findings and counts encoded (transfer.ts).

import { workerData } from 'node:worker_threads';
import type { SourceTable } from '../core/record.js';
import { createRegistries } from '../plugins/index.js';
import { defaultNormalizerFor } from '../normalize/index.js';
import { signalEnd, signalProgress, type HelperInput, type RowPart } from './helper.js';
import { RowValidator } from './orchestrator.js';
import { buildPlans, type PlanOptions } from './plan.js';
import { ShareEncoder, type EncodedShare } from './transfer.js';

const BATCH_ROWS = 5_000;

const input = workerData as HelperInput;
try {
  const tables: SourceTable[] = input.tables.map((t) => ({ ...t, rows: [], diagnostics: [], sha256: '', bytes: 0 }));
  const options: PlanOptions = { today: input.today, cacheSize: input.cacheSize };
  if (input.defaultNormalizers) options.defaultNormalizerFor = defaultNormalizerFor;
  const plans = buildPlans(tables, input.schema, createRegistries(), options);
  const validator = new RowValidator(input.schema, input.cacheSize, input.rows, input.keep);
  // Records and findings go back every few thousand rows, encoded while hot, so the main thread can
  // take them in between its own rows instead of all at the end.
  const send = (share: EncodedShare) =>
    input.port.postMessage(share, [
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
    send(encoder.finish(last ? validator.counters : []));
  };
  let done = 0;
  const take = (part: RowPart) => {
    const plan = plans[part.table]!;
    for (const row of part.rows) {
      validator.processRow(plan, row);
      if (++done % BATCH_ROWS === 0) {
        batch(false);
        signalProgress(input.signal, done);
      }
    }
    if (done === input.rows) {
      batch(true);
      signalEnd(input.signal, true); // the main thread ends this thread once it has the last batch
    }
  };
  if (input.rows === 0) take({ table: 0, rows: [] });
  else {
    input.port.on('message', (part: RowPart) => {
      try {
        take(part);
      } catch {
        signalEnd(input.signal, false);
      }
    });
  }
} catch {
  signalEnd(input.signal, false);
}
