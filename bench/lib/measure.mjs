// Runs the built CLI in this process and, when it ends, writes its peak RSS and wall time as JSON
// to $CDM_MEASURE_OUT — so the bench measures exactly what a user's `cdm …` costs. bench/run.mjs
// starts it with the V8 flags `cdm` runs with (dist/cli/launch.js NODE_FLAGS).
// usage: CDM_MEASURE_OUT=/tmp/m.json node bench/lib/measure.mjs clean a.csv --out dir -q

import { writeFileSync } from 'node:fs';
import { main } from '../../dist/cli/index.js';

const started = performance.now();
const code = await main([process.argv[0], 'cdm', ...process.argv.slice(2)]);
const usage = process.resourceUsage();
const out = process.env.CDM_MEASURE_OUT;
if (out) {
  writeFileSync(out, JSON.stringify({ code, seconds: (performance.now() - started) / 1000, maxRssMb: Math.round(usage.maxRSS / 1024) }));
}
process.exitCode = code;
