// The contract every comparator keeps, built-in or plugin: an ordered list of levels (best first,
// the last meaning "different") and a pure compare of two prepared values. Missing values never
// reach compare: the pair loop gives them the null level (-1, weight 0), so absence is never a mismatch.

import type { Role } from '../../core/roles.js';

export interface CompareContext {
  /** The comparison's options from the model or config (thresholds), when it has any. */
  options: Readonly<Record<string, unknown>>;
}

export interface ComparatorDef<P = unknown> {
  id: string;
  description: string;
  /** Level labels, best first; the last one is "different". */
  levels: readonly string[];
  /** Roles this comparator is the default for. */
  roles?: readonly Role[];
  /** Roles whose values this comparator can read at all (a date comparator reads no names); absent:
   * any. A config naming it for a field of another role (free text aside) is refused. */
  reads?: readonly Role[];
  /** Read the field from `record.keys['<field>.<keySuffix>']` when present (e.g. the email match key). */
  keySuffix?: string;
  /** Index of the level that means "same value", eligible for term-frequency adjustment. */
  exactLevel?: number;
  /** compare(x, x) is `exactLevel` for every prepared x: the pair loop then skips the call for two
   * records holding the same value (most fields of most candidate pairs). */
  identicalIsExact?: boolean;
  /** Builds the comparable form of one (lower-cased) value, once per distinct value: phonetic codes,
   * tokens, nickname groups. `cross` is the value of the comparison's cross field (swap detection). */
  prepare(value: string, cross: string | undefined): P;
  /** Level index of two prepared values, or NO_EVIDENCE when the pair says nothing either way
   * (weight 0, like a missing value); must be symmetric (compare(a,b) = compare(b,a)). */
  compare(a: P, b: P, ctx: CompareContext): number;
}

/** A compare result meaning "this pair carries no evidence on this field": scored as missing. */
export const NO_EVIDENCE = -1;

/** Erases the prepared type so definitions of different P can share one registry. */
export type AnyComparator = ComparatorDef<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
