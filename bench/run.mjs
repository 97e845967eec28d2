#!/usr/bin/env node
// Speed benchmark (`npm run bench`): figures, never a pass/fail test.
//  1. reader, `cdm profile` and `cdm validate` on a generated 500,000-row CSV beside csv-parse alone;
//  2. `cdm clean` on seeded multi-source datasets (default 20k, 100k, 200k and 1M rows): wall time,
//     rows/s per stage, peak RSS, candidate pairs, pairwise F1, and the ratio to the parse-only floor.
// usage: node bench/run.mjs [--sizes 20000,100000,1000000] [--skip-csv] [--json]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeDataset } from './lib/dataset.mjs';
import { ROWS_PER_PERSON } from './lib/generate.mjs';
import { readCrosswalk, readTruth, score } from './lib/score.mjs';
import { benchCsv, benchReader } from './reader.mjs';
import { NODE_FLAGS } from '../dist/cli/launch.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..');
const CACHE = join(HERE, '.cache');

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '20000,100000,200000,1000000' },
    'skip-csv': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const log = (line) => process.stderr.write(`${line}\n`);

/** Runs `cdm <args>` under the measuring wrapper; returns its exit code, seconds and peak RSS. */
function measure(args) {
  const tmp = mkdtempSync(join(tmpdir(), 'cdm-measure-'));
  const out = join(tmp, 'm.json');
  // Node's default heap limit and the V8 flags the `cdm` command starts its run with (NODE_FLAGS),
  // as a user's `cdm` runs; the launching process's own ~60 ms are not counted.
  const run = spawnSync(process.execPath, [...NODE_FLAGS, join(HERE, 'lib/measure.mjs'), ...args], {
    cwd: REPO,
    env: { ...process.env, CDM_MEASURE_OUT: out, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const result = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { code: run.status, seconds: NaN, maxRssMb: NaN };
  rmSync(tmp, { recursive: true, force: true });
  if (result.code > 1) throw new Error(`cdm ${args.join(' ')} failed (${result.code}):\n${run.stderr}`);
  return result;
}

/** The fastest of `runs` measurements (by wall time), logged as they come. */
function bestOf(runs, run) {
  let best;
  for (let i = 0; i < runs; i++) {
    const result = run();
    log(`  run ${i + 1}: ${result.seconds.toFixed(2)} s`);
    if (best === undefined || result.seconds < best.seconds) best = result;
  }
  return best;
}

function floor(files) {
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', join(HERE, 'lib/floor.mjs'), ...files], { cwd: REPO, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`parse floor failed:\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

function csvSection() {
  log('· 500,000-row CSV: reader, profile and validate beside csv-parse alone');
  return benchReader({ rows: 500_000, runs: 3, log }).then((reader) => {
    const file = benchCsv(500_000);
    const tmp = mkdtempSync(join(tmpdir(), 'cdm-bench-'));
    // Best of three, as the csv-parse floor is (benchReader): like is compared with like.
    const profile = bestOf(3, () => measure(['profile', file, '--json']));
    const validate = bestOf(3, () => measure(['validate', file, '--out', join(tmp, 'v'), '-q']));
    rmSync(tmp, { recursive: true, force: true });
    const parseSeconds = 500_000 / reader.csvParseRowsPerSecond;
    return {
      rows: 500_000,
      csvParse: { seconds: parseSeconds, rowsPerSecond: reader.csvParseRowsPerSecond },
      reader: { seconds: 500_000 / reader.oursRowsPerSecond, rowsPerSecond: reader.oursRowsPerSecond, ratio: reader.ratio },
      profile: { seconds: profile.seconds, rowsPerSecond: Math.round(500_000 / profile.seconds), ratio: profile.seconds / parseSeconds, maxRssMb: profile.maxRssMb },
      validate: { seconds: validate.seconds, rowsPerSecond: Math.round(500_000 / validate.seconds), ratio: validate.seconds / parseSeconds, maxRssMb: validate.maxRssMb },
    };
  });
}

function dataset(rows) {
  const dir = join(CACHE, `perf-seed42-rows${rows}`);
  if (!existsSync(join(dir, '.truth', 'truth.csv'))) {
    log(`· generating ${rows.toLocaleString('en-US')} rows into ${dir}`);
    writeDataset(dir, { seed: 42, people: Math.round(rows / ROWS_PER_PERSON), sourcePrefix: dir });
  }
  const files = readdirSync(dir).filter((f) => !f.startsWith('.')).sort().map((f) => join(dir, f));
  return { dir, files };
}

function cleanSection(rows) {
  const { dir, files } = dataset(rows);
  log(`· cdm clean on ${rows.toLocaleString('en-US')} rows`);
  const floorRun = floor(files);
  const tmp = mkdtempSync(join(tmpdir(), 'cdm-bench-'));
  const out = join(tmp, 'out');
  const run = measure(['clean', ...files, '--out', out, '-q']);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  const { clustering, quarantined } = readCrosswalk(join(out, 'crosswalk.csv'));
  const scores = score(clustering, readTruth(join(dir, '.truth', 'truth.csv')), { quarantined });
  rmSync(tmp, { recursive: true, force: true });
  const inputRows = report.totals.input_rows;
  const stages = Object.fromEntries(
    Object.entries(report.run.timings_ms).map(([stage, ms]) => [stage, { ms, rowsPerSecond: ms > 0 ? Math.round(inputRows / (ms / 1000)) : null }]),
  );
  // What the stage timings do not cover: start-up, rendering and writing the output files.
  const staged = Object.values(report.run.timings_ms).reduce((a, b) => a + b, 0);
  stages.write = { ms: Math.max(0, Math.round(run.seconds * 1000 - staged)), rowsPerSecond: null };
  return {
    rows: inputRows,
    seconds: run.seconds,
    maxRssMb: run.maxRssMb,
    rowsPerSecond: Math.round(inputRows / run.seconds),
    parseFloorSeconds: floorRun.seconds,
    ratioToFloor: run.seconds / floorRun.seconds,
    candidatePairs: report.matching.blocking.total_pairs,
    pairsPerRow: report.matching.blocking.total_pairs / inputRows,
    f1: scores.f1,
    precision: scores.precision,
    recall: scores.recall,
    stages,
  };
}

const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

const results = { machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, csv: null, clean: [] };
if (!flags['skip-csv']) results.csv = await csvSection();
for (const size of flags.sizes.split(',').map(Number).filter((n) => n > 0)) results.clean.push(cleanSection(size));

if (results.csv) {
  const c = results.csv;
  console.log('\n500,000-row CSV (rows/s, each the best of 3 runs; ratio = time / csv-parse alone)');
  console.log(`  csv-parse alone  ${c.csvParse.rowsPerSecond.toLocaleString('en-US')} rows/s`);
  console.log(`  cdm reader       ${c.reader.rowsPerSecond.toLocaleString('en-US')} rows/s  ratio ${fmt(c.reader.ratio)} (target ≤ 1.5)`);
  console.log(`  cdm profile      ${c.profile.rowsPerSecond.toLocaleString('en-US')} rows/s  ratio ${fmt(c.profile.ratio)} (target ≤ 3)`);
  console.log(`  cdm validate     ${c.validate.rowsPerSecond.toLocaleString('en-US')} rows/s  ratio ${fmt(c.validate.ratio)} (target ≤ 3)`);
}
if (results.clean.length > 0) {
  console.log('\ncdm clean (3 sources, seeded synthetic data)');
  console.log('  rows       wall s  rows/s   peak RSS MB  pairs      pairs/row  F1      floor s  ×floor  stage ms');
  for (const r of results.clean) {
    const stages = Object.entries(r.stages).map(([s, v]) => `${s} ${v.ms}`).join(', ');
    console.log(
      `  ${String(r.rows).padEnd(10)} ${fmt(r.seconds, 1).padStart(6)}  ${String(r.rowsPerSecond).padStart(7)}  ${String(r.maxRssMb).padStart(11)}  ${String(r.candidatePairs).padEnd(10)} ${fmt(r.pairsPerRow, 1).padStart(9)}  ${fmt(r.f1, 4)}  ${fmt(r.parseFloorSeconds, 1).padStart(7)}  ${fmt(r.ratioToFloor, 1).padStart(6)}  ${stages}`,
    );
  }
}
console.log(`\n${JSON.stringify(results, null, flags.json ? 2 : 0)}`);
