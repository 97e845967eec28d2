// The validate helper thread (see helper.ts): rebuilds the plans from the same schema, validates
// its rows, and sends back its records, findings and counts encoded (transfer.ts).

import { workerData } from 'node:worker_threads';
import type { SourceTable } from '../core/record.js';
import { createRegistries } from '../plugins/index.js';
import { defaultNormalizerFor } from '../normalize/index.js';
import { signalEnd, signalProgress, type HelperInput } from './helper.js';
import { RowValidator } from './orchestrator.js';
import { buildPlans, type PlanOptions } from './plan.js';
import { ShareEncoder } from './transfer.js';

const input = workerData as HelperInput;
try {
  const tables: SourceTable[] = input.tables.map((t) => ({ ...t, rows: [], diagnostics: [], sha256: '', bytes: 0 }));
  const options: PlanOptions = { today: input.today, cacheSize: input.cacheSize };
  if (input.defaultNormalizers) options.defaultNormalizerFor = defaultNormalizerFor;
  const plans = buildPlans(tables, input.schema, createRegistries(), options);
  const rows = input.parts.reduce((n, p) => n + p.rows.length, 0);
  const validator = new RowValidator(input.schema, input.cacheSize, rows);
  // Records and findings are encoded every few thousand rows, while hot, and then let go.
  const encoder = new ShareEncoder();
  const flush = () => {
    encoder.addRecords(validator.records);
    encoder.addDiagnostics(validator.diagnostics);
    validator.records.length = 0;
    validator.diagnostics.length = 0;
  };
  let done = 0;
  for (const part of input.parts) {
    const plan = plans[part.table]!;
    for (const row of part.rows) {
      validator.processRow(plan, row);
      if (++done % 5_000 === 0) {
        flush();
        signalProgress(input.signal, done);
      }
    }
  }
  flush();
  const share = encoder.finish(validator.counters);
  input.port.postMessage(share, [share.records.buffer as ArrayBuffer, share.diagnostics.buffer as ArrayBuffer, share.recordText.lengths.buffer as ArrayBuffer, share.diagnosticText.lengths.buffer as ArrayBuffer, ...share.counters.map((c) => c.hashes.buffer as ArrayBuffer)]);
  signalEnd(input.signal, true);
} catch {
  signalEnd(input.signal, false);
}
