// A compare helper thread (see helpers.ts): prepares the columns it was started with, then claims
// chunks of each posted job until none is left.

import { parentPort, workerData } from 'node:worker_threads';
import { comparableColumn, type ComparableColumn } from './columns.js';
import type { HelperColumn, HelperJob } from './helpers.js';
import { reportFailure, runChunks } from './helpers.js';
import { comparators } from './registry.js';

let columns: ComparableColumn[] | undefined;
let failed = false;
try {
  columns = (workerData as HelperColumn[]).map((c) => comparableColumn(comparators.get(c.comparator)!, c.ids, c.inputs));
} catch {
  failed = true;
}
parentPort!.postMessage('prepared');

parentPort!.on('message', (job: HelperJob) => {
  if (failed || columns === undefined) {
    reportFailure(job);
    return;
  }
  try {
    runChunks(columns, job, undefined, 3);
  } catch {
    reportFailure(job);
  }
});
