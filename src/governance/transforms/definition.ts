// The contract of a view transform (`cdm export --view`), built-in or plugin: a pure function from
// one golden value to what the view shows. Registered in the `transforms` registry like every stage.

import type { Definition } from '../../plugins/registry.js';

/** A transform's options: the config's, plus what the view compiler adds — `salt` (from the
 * environment, for hash) and `today` (ISO date, for age bands). */
export type TransformOptions = Readonly<Record<string, unknown>>;

export interface TransformDefinition extends Definition {
  /** The field is left out of the view altogether (no column); `apply` is never called. */
  removesField?: boolean;
  /** Needs the salt from CDM_HASH_SALT; a view using it without a salt is a config error. */
  needsSalt?: boolean;
  /** Checked once when the view is compiled: a message saying what is wrong, or undefined. */
  checkOptions?(role: string, options: TransformOptions): string | undefined;
  /** The shown form of a non-empty value of a field of `role`. */
  apply(value: string, role: string, options: TransformOptions): string;
}
