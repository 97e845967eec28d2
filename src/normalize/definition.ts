// The contract every normalizer keeps, built-in or plugin: a pure function from one raw value
// (already trimmed, never empty, never a junk placeholder) to its canonical form. Pure so that the
// pipeline can cache repeated values (customer files repeat cities, domains, dates and phones).

import type { Severity } from '../core/diagnostic.js';
import type { DateOrder, Role } from '../core/roles.js';

export interface NormalizeContext {
  /** Default region of the source (ISO 3166 alpha-2), e.g. 'US' — phones, postcodes, states. */
  region: string;
  /** The column's day/month order, when it is a date column and the order is known. */
  dateOrder?: DateOrder;
  /** True when the column's order could not be inferred (ambiguous values must be reported). */
  dateOrderAmbiguous?: boolean;
  /** The order of the column's dotted dates where it differs from `dateOrder`. */
  dottedDateOrder?: DateOrder;
  /** No dotted value decided `dottedDateOrder`. */
  dottedDateAmbiguous?: boolean;
  /** The field's options from the config (e.g. `{ fixTypos: true }` for email). */
  options: Readonly<Record<string, unknown>>;
}

export interface NormalizeIssue {
  /** Stable namespaced code, e.g. `phone.too_short`, `date.invalid`. */
  code: string;
  severity: Severity;
  message: string;
  /** A suggested correction (e.g. `gmail.com` for `gmial.com`). */
  suggestion?: string;
}

export interface NormalizeResult {
  /** Canonical value; null when the value cannot be made valid (then an error issue says why). */
  value: string | null;
  /** Parts for other roles found inside this value, keyed by role name: a full name's
   * `first_name`/`last_name`/`title`/`suffix`/`middle_name`, a one-line address's
   * `street`/`city`/`state`/`postcode`. The pipeline fills them in where the record has no such field. */
  derived?: Partial<Record<Role, string>>;
  /** Auxiliary values that belong to this field only and are never customer data, e.g.
   * `{ match: 'johnsmith@gmail.com' }` for an email, `{ extension: '123' }` for a phone. */
  keys?: Record<string, string>;
  issues?: NormalizeIssue[];
}

export interface NormalizerDefinition {
  id: string;
  description: string;
  /** Roles this normalizer applies to by default. */
  roles: Role[];
  normalize(value: string, context: NormalizeContext): NormalizeResult;
}
