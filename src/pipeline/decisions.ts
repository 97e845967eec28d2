// A reviewer's decisions on review.csv (`cdm clean --decisions`): the filled `decision` column read
// back as forced match / no-match pairs of this run's records.

import { normalize } from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { CustomerRecord } from '../core/record.js';
import { readSource } from '../io/index.js';
import type { Decision } from '../match/index.js';

/** review.csv with a filled `decision` column → forced match / no-match pairs by record index. */
const MATCH_WORDS: ReadonlySet<string> = new Set(['match', 'matched', 'yes', 'y', 'same', 'same-person', 'duplicate', 'merge', '1', 'true']);
const NO_MATCH_WORDS: ReadonlySet<string> = new Set(['no-match', 'nomatch', 'not-a-match', 'no', 'n', 'different', 'distinct', 'separate', 'keep-apart', '0', 'false']);

/**
 * A reviewer's decisions (review.csv with its `decision` column filled). A blank decision is none;
 * a word that says neither match nor no-match, and a row naming no record of this run, are reported
 * (`decisions.unrecognized`, `decisions.unresolved`) rather than dropped in silence; what was
 * applied is reported too (`decisions.applied`, info). Sources compare as paths (`./crm.csv`).
 */
export async function readDecisions(path: string, records: readonly CustomerRecord[], keys: readonly string[], diagnostics: Diagnostic[]): Promise<Decision[]> {
  const table = await readSource(path);
  const col = (name: string) => table.columns.indexOf(name);
  const [as, ar, bs, br, dc, ak, bk] = ['a_source', 'a_row', 'b_source', 'b_row', 'decision', 'a_key', 'b_key'].map(col);
  if ([as, ar, bs, br, dc].some((c) => c === undefined || c < 0)) {
    throw new ConfigError('decisions.columns', `${path} needs the columns a_source, a_row, b_source, b_row and decision (a review.csv with decisions filled in)`);
  }
  const pathKey = (source: string | undefined, row: string | undefined) => `${source === undefined || source === '-' ? source : normalize(source)}\u0000${row?.trim()}`;
  // After incremental runs one source:row can be rows of several nights (-1: ambiguous); the
  // member keys review.csv also writes tell them apart.
  const indexOf = new Map<string, number>();
  for (const r of records) {
    const at = pathKey(r.source, String(r.row));
    indexOf.set(at, indexOf.has(at) ? -1 : r.index);
  }
  const byKey = new Map(records.map((r) => [keys[r.index]!, r.index]));
  // A key given is the answer: one that names no row of this run (the contact was deleted or
  // erased since) leaves the decision unplaced rather than guessing by a row number. Only a sheet
  // without keys is read by source:row.
  const resolve = (values: readonly string[], source: number, row: number, key: number) => {
    const k = key >= 0 ? (values[key] ?? '') : '';
    if (k.trim() === '') return indexOf.get(pathKey(values[source], values[row]));
    return byKey.get(k) ?? byKey.get(k.trim());
  };
  const finding = (row: number, code: string, message: string, value?: string) => {
    const d: Diagnostic = { source: path, row, field: 'decision', code, severity: 'warning', message };
    if (value !== undefined) d.value = value;
    diagnostics.push(d);
  };
  type MutableDecision = Omit<Decision, 'decision'> & { decision: Decision['decision'] | 'cancelled' };
  const decisions: MutableDecision[] = [];
  const decided = new Map<string, { row: number; said: Decision['decision']; decision: MutableDecision }>();
  for (const { row, values } of table.rows) {
    const given = values[dc!]!.trim();
    if (given === '') continue;
    const word = given.toLowerCase().replace(/[\s_]+/g, '-');
    const decision = MATCH_WORDS.has(word) ? 'match' : NO_MATCH_WORDS.has(word) ? 'no-match' : undefined;
    if (decision === undefined) {
      finding(row, 'decisions.unrecognized', 'The decision is neither match nor no-match; it is not applied. Write "match" or "no-match".', given);
      continue;
    }
    const a = resolve(values, as!, ar!, ak!);
    const b = resolve(values, bs!, br!, bk!);
    if (a === undefined || b === undefined || a < 0 || b < 0) {
      const bad = a === undefined || a < 0 ? a : b;
      const keyOf = (column: number) => (column >= 0 ? (values[column] ?? '').trim() : '');
      const named = bad === a ? keyOf(ak!) || `${values[as!]}:${values[ar!]}` : keyOf(bk!) || `${values[bs!]}:${values[br!]}`;
      const why =
        bad === undefined
          ? `${named} is no row of this run; the decision is not applied. Name the inputs as the run that wrote review.csv did.`
          : `${named} names rows of more than one run; the decision is not applied. Keep review.csv's a_key and b_key columns, which tell them apart.`;
      finding(row, 'decisions.unresolved', why);
      continue;
    }
    if (a === b) {
      finding(row, 'decisions.unresolved', 'The decision pairs a row with itself; it is not applied.');
      continue;
    }
    // The same pair decided twice: one answer stands, two different ones cancel (a reviewer must say which).
    const pair = a < b ? `${a}:${b}` : `${b}:${a}`;
    const earlier = decided.get(pair);
    if (earlier !== undefined) {
      if (earlier.said !== decision) {
        finding(row, 'decisions.conflict', `The pair is also decided ${earlier.said} on row ${earlier.row}; neither is applied. Keep one decision per pair.`, given);
        earlier.decision.decision = 'cancelled';
      }
      continue;
    }
    const made: MutableDecision = { a, b, decision };
    decided.set(pair, { row, said: decision, decision: made });
    decisions.push(made);
  }
  const applied = decisions.filter((d): d is Decision => d.decision !== 'cancelled');
  if (applied.length > 0) {
    const matches = applied.filter((d) => d.decision === 'match').length;
    diagnostics.push({ source: path, row: 0, field: '', code: 'decisions.applied', severity: 'info', message: `${applied.length} decision(s) applied: ${matches} match, ${applied.length - matches} no-match.` });
  }
  return applied;
}
