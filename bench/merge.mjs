#!/usr/bin/env node
// Merge-stage micro-benchmark: mergeClusters of the built dist/ on a million synthetic records in
// clusters of about 1.3 members, the best of three runs. Figures, never a pass/fail test.
// usage: npx tsc -p . && node bench/merge.mjs [rows] [dist dir, to compare with another checkout's build]

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const rows = Number(process.argv[2] ?? 1_000_000);
const dist = resolve(process.argv[3] ?? new URL('../dist', import.meta.url).pathname);
const { createSurvivorshipRegistry, mergeClusters } = await import(pathToFileURL(`${dist}/merge/index.js`).href);

const roles = ['id', 'first_name', 'last_name', 'email', 'phone', 'phone', 'street', 'city', 'state', 'postcode', 'country', 'dob', 'consent', 'timestamp'];
const fields = roles.map((role, i) => ({ name: i === 5 ? 'phone_2' : role, role }));
const records = [];
for (let i = 0; i < rows; i++) {
  const values = {
    id: `C${i}`, first_name: 'Ann', last_name: `Lee${i % 1000}`, email: `a${i}@x.com`, phone: `+1555${i}`, street: '1 Main St',
    city: 'Reno', state: 'NV', postcode: '89501', country: 'US', dob: '1980-01-01', consent: 'true', timestamp: `2021-01-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`,
  };
  records.push({ index: i, source: i % 3 === 0 ? 'a.csv' : 'b.csv', row: i + 1, raw: values, values, keys: {}, codes: [], quarantine: [] });
}
const clusterOf = new Int32Array(rows).map((_, i) => Math.floor(i / 1.3));

let best = Infinity;
let golden = 0;
for (let run = 0; run < 3; run++) {
  const start = performance.now();
  golden = mergeClusters(records, clusterOf, fields, { registry: createSurvivorshipRegistry(), idOf: (m) => `G${m[0].index}` }).length;
  best = Math.min(best, performance.now() - start);
}
console.log(`mergeClusters: ${rows.toLocaleString('en-US')} records → ${golden.toLocaleString('en-US')} golden in ${Math.round(best)} ms (best of 3; ${dist})`);
