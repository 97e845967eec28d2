// Reader benchmark: our readSource beside csv-parse's stream API alone, on the same generated
// 500,000-row customer-like CSV (seeded, cached in bench/.cache/). Target: ours within 1.5×.
// Run: npx tsc -p . && node bench/reader.mjs [rows]. The main bench imports benchReader().

import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { createRandom } from './lib/random.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CACHE = join(HERE, '.cache');

const FIRST = ['James', 'Mary', 'José', 'Zoë', 'Li', 'Fatima', 'Olivia', 'Søren', 'Ananya', "D'Arcy", 'Renée', 'Mohammed'];
const LAST = ['Smith', 'Müller', "O'Brien", 'García', 'Nguyen', 'van der Berg', 'McDonald', 'Kowalski', 'Johnson', 'Łukasiewicz'];
const STREETS = ['Main St', 'Oak Avenue', 'Elm Street, Apt 4', 'Rue de la Paix', 'Hauptstraße', '1st Ave'];
const CITIES = ['Springfield', 'Zürich', 'Kraków', 'São Paulo', 'Austin', 'Lyon'];

function quote(value) {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes (once) and returns the path of a `rows`-row customer CSV. */
export function benchCsv(rows = 500_000, seed = 42) {
  const path = join(CACHE, `customers-${rows}-${seed}.csv`);
  if (existsSync(path)) return path;
  mkdirSync(CACHE, { recursive: true });
  const rand = createRandom(seed).next;
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const lines = ['customer_id,first_name,last_name,email,phone,street,city,postcode,dob,notes'];
  for (let i = 1; i <= rows; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const email = `${first}.${last}${i}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
    const phone = `+1 (${200 + Math.floor(rand() * 800)}) 555-${String(Math.floor(rand() * 10000)).padStart(4, '0')}`;
    const dob = `${1940 + Math.floor(rand() * 60)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const notes = rand() < 0.1 ? 'said "call after 5pm", prefers email' : '';
    lines.push([`C${i}`, first, last, email, phone, `${1 + Math.floor(rand() * 999)} ${pick(STREETS)}`, pick(CITIES), String(10000 + Math.floor(rand() * 89999)), dob, notes].map(quote).join(','));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function csvParseAlone(path, options) {
  let rows = -1; // header excluded, as in ours
  const parser = parse(options);
  parser.on('data', () => rows++);
  await pipeline(createReadStream(path, { highWaterMark: 64 * 1024 }), parser);
  return rows;
}

async function timed(fn) {
  const start = process.hrtime.bigint();
  const rows = await fn();
  return { rows, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** Runs both readers `runs` times (best of) and returns rows/s and the ratio (ours / csv-parse time). */
export async function benchReader({ rows = 500_000, runs = 3, log = () => {} } = {}) {
  const io = await import('../dist/io/index.js');
  const { parserOptions } = await import('../dist/io/csv-reader.js');
  const path = benchCsv(rows);
  let ours = Infinity;
  let baseline = Infinity;
  for (let run = 0; run < runs; run++) {
    const a = await timed(async () => (await io.readSource(path)).rows.length);
    const b = await timed(() => csvParseAlone(path, parserOptions(',')));
    if (a.rows !== rows || b.rows !== rows) throw new Error(`row count mismatch: ours ${a.rows}, csv-parse ${b.rows}, expected ${rows}`);
    ours = Math.min(ours, a.seconds);
    baseline = Math.min(baseline, b.seconds);
    log(`run ${run + 1}: ours ${a.seconds.toFixed(2)} s, csv-parse ${b.seconds.toFixed(2)} s`);
  }
  return {
    rows,
    oursRowsPerSecond: Math.round(rows / ours),
    csvParseRowsPerSecond: Math.round(rows / baseline),
    ratio: ours / baseline,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 500_000);
  const result = await benchReader({ rows, log: (line) => console.log(line) });
  const fmt = (n) => n.toLocaleString('en-US');
  console.log(`reader on ${fmt(result.rows)} rows: ours ${fmt(result.oursRowsPerSecond)} rows/s, csv-parse alone ${fmt(result.csvParseRowsPerSecond)} rows/s, ratio ${result.ratio.toFixed(2)}× (target ≤ 1.50×)`);
  process.exitCode = result.ratio <= 1.5 ? 0 : 1;
}
