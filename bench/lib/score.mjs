// Scores a clustering (cdm's crosswalk.csv) against a known truth: pairwise and B-cubed precision,
// recall and F1, and how many hard-negative pairs (households, twins, Jr/Sr) were wrongly merged.
// Pairs are counted from cluster contingency tables (n choose 2 per cell), never enumerated, so
// 1M rows score in seconds.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/**
 * @typedef {object} TruthRow
 * @property {string} entity
 * @property {string} group    hard-negative group id, '' when none
 */
/** @typedef {Map<string, TruthRow>} Truth  key: `${source}\u0000${row}` */
/** @typedef {Map<string, string>} Clustering  key → predicted cluster id */
/**
 * @typedef {object} Scores
 * @property {number} rows                  rows scored (present in the truth)
 * @property {number} missing               truth rows absent from the crosswalk (scored as singletons)
 * @property {number} extra                 crosswalk rows absent from the truth (ignored)
 * @property {number} quarantined
 * @property {number} truePairs
 * @property {number} predictedPairs
 * @property {number} correctPairs
 * @property {number} precision
 * @property {number} recall
 * @property {number} f1
 * @property {number} bcubedPrecision
 * @property {number} bcubedRecall
 * @property {number} bcubedF1
 * @property {number} hardNegativePairs     pairs of different people within one hard-negative group
 * @property {number} hardNegativeMerged    of those, pairs put in the same cluster
 * @property {number} hardNegativeMergedShare
 */

/** @param {string} source @param {string|number} row */
export function rowKey(source, row) {
  return `${source}\u0000${row}`;
}

/**
 * Reads a truth file: our truth.csv (`source,row,entity[,kind,hard_negative_group]`) or a Febrl-style
 * `row,entity` file, whose rows all belong to `source`.
 * @param {string} path
 * @param {{ source?: string }} [options]
 * @returns {Truth}
 */
export function readTruth(path, options = {}) {
  return truthFromRecords(parseCsv(readFileSync(path)), options);
}

/**
 * @param {Record<string, string>[]} records
 * @param {{ source?: string }} [options]
 * @returns {Truth}
 */
export function truthFromRecords(records, options = {}) {
  /** @type {Truth} */
  const truth = new Map();
  for (const r of records) {
    const source = r.source ?? options.source;
    if (source === undefined) throw new Error('truth rows have no source column: pass options.source');
    truth.set(rowKey(source, r.row), { entity: r.entity, group: r.hard_negative_group ?? '' });
  }
  return truth;
}

/**
 * Reads crosswalk.csv (`source,row,golden_id,status,match_probability`). A quarantined row is its
 * own singleton cluster: it was not matched to anyone.
 * @param {string} path
 * @returns {{ clustering: Clustering, quarantined: number }}
 */
export function readCrosswalk(path) {
  return crosswalkFromRecords(parseCsv(readFileSync(path)));
}

/**
 * @param {Record<string, string>[]} records
 * @returns {{ clustering: Clustering, quarantined: number }}
 */
export function crosswalkFromRecords(records) {
  /** @type {Clustering} */
  const clustering = new Map();
  let quarantined = 0;
  for (const r of records) {
    const key = rowKey(r.source, r.row);
    if (r.status === 'quarantined' || !r.golden_id) {
      quarantined++;
      clustering.set(key, `\u0000q${key}`);
    } else clustering.set(key, r.golden_id);
  }
  return { clustering, quarantined };
}

/**
 * @param {Clustering} clustering
 * @param {Truth} truth
 * @param {{ quarantined?: number }} [extra]
 * @returns {Scores}
 */
export function score(clustering, truth, extra = {}) {
  /** @type {Map<string, number>} */ const predicted = new Map();
  /** @type {Map<string, number>} */ const actual = new Map();
  /** @type {Map<string, number>} */ const cells = new Map();
  /** @type {Map<string, number>} */ const groupSizes = new Map();
  /** @type {Map<string, number>} */ const groupEntity = new Map();
  /** @type {Map<string, number>} */ const groupCluster = new Map();
  /** @type {Map<string, number>} */ const groupCell = new Map();
  let rows = 0;
  let missing = 0;
  for (const [key, t] of truth) {
    let cluster = clustering.get(key);
    if (cluster === undefined) {
      missing++;
      cluster = `\u0000m${key}`;
    }
    rows++;
    increment(predicted, cluster);
    increment(actual, t.entity);
    const cell = `${cluster}\u0001${t.entity}`;
    increment(cells, cell);
    if (t.group) {
      increment(groupSizes, t.group);
      increment(groupEntity, `${t.group}\u0001${t.entity}`);
      increment(groupCluster, `${t.group}\u0001${cluster}`);
      increment(groupCell, `${t.group}\u0001${cell}`);
    }
  }
  let extraRows = 0;
  for (const key of clustering.keys()) if (!truth.has(key)) extraRows++;

  const predictedPairs = sumPairs(predicted);
  const truePairs = sumPairs(actual);
  const correctPairs = sumPairs(cells);
  const precision = ratio(correctPairs, predictedPairs);
  const recall = ratio(correctPairs, truePairs);

  // B-cubed: per row, |own cluster ∩ own entity| over |own cluster| (precision) or |own entity| (recall),
  // averaged over rows; rows of one contingency cell share the same values.
  let bp = 0;
  let br = 0;
  for (const [cell, n] of cells) {
    const sep = cell.lastIndexOf('\u0001');
    bp += (n * n) / /** @type {number} */ (predicted.get(cell.slice(0, sep)));
    br += (n * n) / /** @type {number} */ (actual.get(cell.slice(sep + 1)));
  }
  const bcubedPrecision = rows ? bp / rows : 1;
  const bcubedRecall = rows ? br / rows : 1;

  const hardNegativePairs = sumPairs(groupSizes) - sumPairs(groupEntity);
  const hardNegativeMerged = sumPairs(groupCluster) - sumPairs(groupCell);
  return {
    rows, missing, extra: extraRows, quarantined: extra.quarantined ?? 0,
    truePairs, predictedPairs, correctPairs, precision, recall, f1: harmonic(precision, recall),
    bcubedPrecision, bcubedRecall, bcubedF1: harmonic(bcubedPrecision, bcubedRecall),
    hardNegativePairs, hardNegativeMerged, hardNegativeMergedShare: hardNegativePairs ? hardNegativeMerged / hardNegativePairs : 0,
  };
}

/**
 * Share of true pairs that survive blocking, given the candidate pairs as row-key pairs.
 * @param {Iterable<[string, string]>} candidatePairs
 * @param {Truth} truth
 */
export function blockingRecall(candidatePairs, truth) {
  /** @type {Map<string, number>} */ const actual = new Map();
  for (const t of truth.values()) increment(actual, t.entity);
  const truePairs = sumPairs(actual);
  const seen = new Set();
  let found = 0;
  for (const [a, b] of candidatePairs) {
    const ta = truth.get(a);
    const tb = truth.get(b);
    if (!ta || !tb || ta.entity !== tb.entity || a === b) continue;
    const id = a < b ? `${a}\u0002${b}` : `${b}\u0002${a}`;
    if (seen.has(id)) continue;
    seen.add(id);
    found++;
  }
  return { truePairs, found, recall: ratio(found, truePairs) };
}

/** @param {Map<string, number>} counts */
function sumPairs(counts) {
  let total = 0;
  for (const n of counts.values()) total += (n * (n - 1)) / 2;
  return total;
}

/** @param {Map<string, number>} counts @param {string} key */
function increment(counts, key) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

// Nothing claimed is nothing wrong: an empty denominator scores 1 rather than NaN (JSON has no NaN).
/** @param {number} a @param {number} b */
function ratio(a, b) {
  return b ? a / b : 1;
}

/** @param {number} p @param {number} r */
function harmonic(p, r) {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** @param {Buffer} buffer @returns {Record<string, string>[]} */
function parseCsv(buffer) {
  return parse(buffer, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
}
