// The contract every survivorship strategy keeps, built-in or plugin: given the values one field
// takes across a cluster's members (with where each came from), pick the one that survives.

import type { Role } from '../core/roles.js';

/** One member's value for the field being merged, with its provenance and what strategies rank by. */
export interface SurvivorshipCandidate {
  /** Canonical, valid, non-empty value. For a part group (name, address) the parts joined with
   * PART_SEPARATOR in the order of `context.parts` ('' for a missing part). */
  value: string;
  source: string;
  /** 1-based data row in `source`. */
  row: number;
  /** The member record's dense index. */
  index: number;
  /** Rank of the member's source (lower wins); Infinity when the source is not ranked. */
  priority: number;
  /** When the value was current, epoch ms: for a timestamp field the value itself, otherwise the
   * member record's latest recency-field value. Undefined when the record has no usable timestamp. */
  recency?: number;
  /** How many schema fields the member record has a value for. */
  completeness: number;
  /** Which of several same-role fields the value came from (0 for `phone`, 1 for `phone_2`); 0 otherwise. */
  slot: number;
}

export interface SurvivorshipContext {
  /** The field being merged; for a part group, its first field. */
  field: string;
  role: Role;
  /** For a part group: the fields whose values are joined in each candidate's `value`. */
  parts?: readonly string[];
}

export interface SurvivorshipDefinition {
  id: string;
  description: string;
  /** Index of the surviving candidate, or -1 when none should survive. Pure and deterministic:
   * equal inputs give the same index, whatever order the cluster was built in. */
  choose(candidates: readonly SurvivorshipCandidate[], context: SurvivorshipContext): number;
  /** True when a lone candidate always survives (choose([c]) is 0). Lets the merge skip building
   * candidates for single-member clusters — most of a real file. Leave unset if unsure. */
  keepsLoneCandidate?: boolean;
}

/** Joins a part group's values (first/middle/last name, street/city/…) into one candidate value. A
 * control character, because real names and addresses contain spaces, commas and pipes. */
export const PART_SEPARATOR = '\u001f';
