// The parse-only floor: reads every input with the same reader `cdm` uses and does nothing else.
// usage: node bench/lib/floor.mjs file…   → prints { rows, seconds } as JSON

import { readSource } from '../../dist/io/index.js';

const started = performance.now();
let rows = 0;
for (const file of process.argv.slice(2)) rows += (await readSource(file)).rows.length;
console.log(JSON.stringify({ rows, seconds: (performance.now() - started) / 1000 }));
