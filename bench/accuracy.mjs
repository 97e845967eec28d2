#!/usr/bin/env node
// Matching accuracy benchmark: runs the built `cdm clean` on a seeded synthetic dataset (with
// hard negatives) and on the Febrl files, and scores each crosswalk against the truth.
// usage: node bench/accuracy.mjs [--seed 42] [--rows 20000] [--no-febrl] [--json]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeDataset } from './lib/dataset.mjs';
import { ROWS_PER_PERSON } from './lib/generate.mjs';
import { readCrosswalk, readTruth, score } from './lib/score.mjs';

/** @typedef {import('./lib/score.mjs').Truth} Truth */
/**
 * @typedef {object} RunResult
 * @property {string} dataset
 * @property {number} rows
 * @property {boolean} ok
 * @property {string} [error]
 * @property {number} [seconds]
 * @property {import('./lib/score.mjs').Scores} [scores]
 * @property {{ candidatePairs: number, recall: number | null }} [blocking]
 */

// Paths are relative to the repository root, which is also the working directory of every cdm run,
// so the `source` names cdm writes equal those in the truth files.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = 'bin/cdm.js';
const FEBRL_DIR = '../shared/datasets/febrl';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '42' },
    rows: { type: 'string', default: '20000' },
    'no-febrl': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const seed = Number(values.seed);
const people = Math.max(1, Math.round(Number(values.rows) / ROWS_PER_PERSON));
/** @type {RunResult[]} */
const results = [];

results.push(runSynthetic(seed, people));
if (!values['no-febrl']) results.push(...runFebrl());

if (values.json) process.stdout.write(`${JSON.stringify({ seed, results }, null, 2)}\n`);
else {
  printTable(results);
  process.stdout.write(`\n${JSON.stringify({ seed, results: results.map(summaryOf) }, null, 2)}\n`);
}
process.exitCode = results.every((r) => r.ok) ? 0 : 1;

/**
 * @param {number} seed
 * @param {number} people
 * @returns {RunResult}
 */
function runSynthetic(seed, people) {
  const dir = `bench/.cache/accuracy-seed${seed}-people${people}`;
  const truthPath = join(ROOT, dir, '.truth', 'truth.csv');
  // The answer files are written last, so their presence means the cached dataset is complete.
  if (!existsSync(join(ROOT, dir, '.truth', 'injected.csv'))) {
    rmSync(join(ROOT, dir), { recursive: true, force: true });
    writeDataset(join(ROOT, dir), { seed, people, sourcePrefix: dir });
  }
  const inputs = ['crm-contacts.csv', 'shop-customers.ndjson', 'signup-sheet.csv'].map((f) => `${dir}/${f}`);
  return runAndScore(`synthetic (seed ${seed}, ${people} people)`, inputs, truthPath, undefined);
}

/** @returns {RunResult[]} */
function runFebrl() {
  const abs = join(ROOT, FEBRL_DIR);
  if (!existsSync(abs)) {
    process.stderr.write(`Febrl datasets not found at ${FEBRL_DIR} (relative to the repo): skipped\n`);
    return [];
  }
  return readdirSync(abs)
    .filter((f) => /^dataset\d+\.csv$/.test(f))
    .sort()
    .map((f) => {
      const source = `${FEBRL_DIR}/${f}`;
      return runAndScore(`febrl ${f}`, [source], join(abs, f.replace(/\.csv$/, '.truth.csv')), source);
    });
}

/**
 * @param {string} dataset
 * @param {string[]} inputs   paths relative to the repo root, as given to cdm
 * @param {string} truthPath
 * @param {string | undefined} truthSource  the source name Febrl truth rows belong to
 * @returns {RunResult}
 */
function runAndScore(dataset, inputs, truthPath, truthSource) {
  const truth = readTruth(truthPath, truthSource ? { source: truthSource } : {});
  const base = { dataset, rows: truth.size };
  if (!existsSync(join(ROOT, CLI)) || !existsSync(join(ROOT, 'dist', 'cli', 'index.js'))) {
    return { ...base, ok: false, error: `the cdm CLI is not built (${CLI} → dist/cli/index.js missing): run \`npm run build\` first` };
  }
  const out = mkdtempSync(join(tmpdir(), 'cdm-accuracy-'));
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, [CLI, 'clean', ...inputs, '--out', out, '--quiet'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    const seconds = (performance.now() - started) / 1000;
    // Exit 1 means a quality gate failed, which still produces every output; 2 and 3 do not.
    if (run.error || (run.status !== 0 && run.status !== 1)) {
      const why = run.error ? run.error.message : `exit ${run.status}: ${tail(run.stderr || run.stdout)}`;
      return { ...base, ok: false, seconds, error: `cdm clean failed (${why})` };
    }
    const crosswalkPath = join(out, 'crosswalk.csv');
    if (!existsSync(crosswalkPath)) return { ...base, ok: false, seconds, error: `cdm clean (exit ${run.status}) wrote no crosswalk.csv: ${tail(run.stderr || run.stdout)}` };
    const crosswalk = readCrosswalk(crosswalkPath);
    const scores = score(crosswalk.clustering, truth, crosswalk);
    return { ...base, ok: true, seconds, scores, blocking: readBlocking(inputs, truthPath, truthSource) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Blocking recall from the library run of bench/lib/blocking-recall.mjs (the CLI writes no
 * candidate pairs): the share of true pairs that some blocking rule proposed.
 * @param {string[]} inputs
 * @param {string} truthPath
 * @param {string | undefined} source
 * @returns {{ candidatePairs: number, recall: number | null } | undefined}
 */
function readBlocking(inputs, truthPath, source) {
  const args = [join(ROOT, 'bench/lib/blocking-recall.mjs'), '--truth', truthPath, ...(source ? ['--source', source] : []), ...inputs];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) return undefined;
  const figures = JSON.parse(run.stdout);
  return { candidatePairs: figures.candidatePairs, recall: figures.recall };
}

/** @param {RunResult} r */
function summaryOf(r) {
  if (!r.ok || !r.scores) return { dataset: r.dataset, rows: r.rows, ok: false, error: r.error };
  const s = r.scores;
  return {
    dataset: r.dataset, rows: r.rows, ok: true, seconds: round(r.seconds ?? 0),
    precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), bcubed_f1: round(s.bcubedF1),
    bcubed_precision: round(s.bcubedPrecision), bcubed_recall: round(s.bcubedRecall),
    hard_negative_pairs: s.hardNegativePairs, hard_negative_merged: s.hardNegativeMerged,
    quarantined: s.quarantined, missing_rows: s.missing,
    blocking_candidate_pairs: r.blocking?.candidatePairs ?? null, blocking_recall: r.blocking?.recall == null ? null : round(r.blocking.recall),
  };
}

/** @param {RunResult[]} list */
function printTable(list) {
  const head = ['dataset', 'rows', 'precision', 'recall', 'F1', 'B3 F1', 'hard-neg merged', 'blocking recall', 'seconds'];
  const body = list.map((r) => {
    if (!r.ok || !r.scores) return [r.dataset, String(r.rows), `FAILED: ${r.error}`];
    const s = r.scores;
    return [r.dataset, String(r.rows), pct(s.precision), pct(s.recall), pct(s.f1), pct(s.bcubedF1),
      s.hardNegativePairs ? `${s.hardNegativeMerged}/${s.hardNegativePairs} (${pct(s.hardNegativeMergedShare)})` : 'n/a',
      r.blocking?.recall == null ? 'n/a' : pct(r.blocking.recall), (r.seconds ?? 0).toFixed(1)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.filter((row) => row.length === head.length).map((row) => row[i].length)));
  const fmt = (/** @type {string[]} */ row) => row.map((c, i) => (row.length === head.length ? c.padEnd(widths[i]) : c)).join('  ');
  process.stdout.write(`${fmt(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${body.map(fmt).join('\n')}\n`);
}

/** The first lines of an error output (a stack trace's message comes first). @param {string} text */
function tail(text) {
  const lines = text.trim().split('\n').filter((l) => l.trim() && !/^\s+at /.test(l) && !/^node:internal|^\s*\^|^Node\.js v/.test(l));
  return lines.slice(0, 3).join(' | ') || '(no output)';
}

/** @param {number} x */
function pct(x) {
  return `${(x * 100).toFixed(1)}%`;
}

/** @param {number} x */
function round(x) {
  return Math.round(x * 10000) / 10000;
}

