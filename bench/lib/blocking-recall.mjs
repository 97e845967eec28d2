// Blocking recall: the share of true duplicate pairs that any blocking rule made a candidate.
// Runs the library's clean() in this process to see the candidate pairs (the CLI does not write them).
// usage: node bench/lib/blocking-recall.mjs --truth PATH [--source NAME] input…  → JSON on stdout

import { parseArgs } from 'node:util';
import { clean } from '../../dist/index.js';
import { blockingRecall, readTruth, rowKey } from './score.mjs';

const { values, positionals } = parseArgs({ options: { truth: { type: 'string' }, source: { type: 'string' } }, allowPositionals: true });
const truth = readTruth(values.truth, values.source ? { source: values.source } : {});
let pairs = [];
const result = await clean(positionals, {
  onCandidates: (a, b) => {
    pairs = { a, b };
  },
});
const keyOf = (i) => rowKey(result.records[i].source, result.records[i].row);
function* candidatePairs() {
  for (let k = 0; k < pairs.a.length; k++) yield [keyOf(pairs.a[k]), keyOf(pairs.b[k])];
}
const recall = blockingRecall(candidatePairs(), truth);
console.log(JSON.stringify({ candidatePairs: pairs.a.length, recall: recall.recall, truePairs: recall.truePairs, found: recall.found }));
