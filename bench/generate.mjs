#!/usr/bin/env node
// Writes a seeded synthetic customer dataset: node bench/generate.mjs --seed 42 --people 300 --out fixtures/sample

import { parseArgs } from 'node:util';
import { writeDataset } from './lib/dataset.mjs';

const USAGE = `usage: node bench/generate.mjs --out DIR [--seed 42] [--people N | --rows N] [--sources 1|2|3]
       [--error-rate 0.03] [--duplicate-rate 0.08] [--countries US,GB,CA,AU,DE] [--source-prefix PATH] [--truth-dir DIR]`;

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '42' },
    people: { type: 'string' },
    rows: { type: 'string' },
    out: { type: 'string' },
    sources: { type: 'string', default: '3' },
    'error-rate': { type: 'string' },
    'duplicate-rate': { type: 'string' },
    countries: { type: 'string' },
    'source-prefix': { type: 'string' },
    'truth-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || !values.out) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

/** @param {string | undefined} text @param {string} flag */
function number(text, flag) {
  const n = Number(text);
  if (text === undefined || !Number.isFinite(n)) {
    console.error(`${flag}: expected a number, got ${text}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const { ROWS_PER_PERSON } = await import('./lib/generate.mjs');
const people = values.people ? number(values.people, '--people') : values.rows ? Math.max(1, Math.round(number(values.rows, '--rows') / ROWS_PER_PERSON)) : 1000;
const started = performance.now();
const summary = writeDataset(values.out, {
  seed: number(values.seed, '--seed'),
  people,
  sources: /** @type {1|2|3} */ (number(values.sources, '--sources')),
  errorRate: values['error-rate'] === undefined ? undefined : number(values['error-rate'], '--error-rate'),
  duplicateRate: values['duplicate-rate'] === undefined ? undefined : number(values['duplicate-rate'], '--duplicate-rate'),
  countries: values.countries?.split(','),
  sourcePrefix: values['source-prefix'],
  truthDir: values['truth-dir'],
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const f of Object.values(summary.files)) console.error(`${f.source}: ${f.rows} rows`);
console.error(`${summary.rows} rows, ${summary.entities} people, ${summary.injectedErrors} injected errors → ${summary.truth}, ${summary.injected} (${seconds}s)`);
