// Block key functions: how a field's value becomes a blocking key. A key reference is
// `source[:fn]`; the source is a derived key (`email.match`) or a field's canonical value.

import { doubleMetaphone } from 'double-metaphone';

export type KeyFunction = (value: string) => string | undefined;

const FIRST_N = /^first([1-9])$/;

/** The identity key function (not worth remembering). */
export const EXACT: KeyFunction = (v) => v;

const KEY_FUNCTIONS: Record<string, KeyFunction> = {
  exact: EXACT,
  /** Primary Double Metaphone code: Smith / Smyth share a block. */
  metaphone: (v) => doubleMetaphone(v)[0] || undefined,
  /** Year of an ISO date. */
  year: (v) => (/^\d{4}/.test(v) ? v.slice(0, 4) : undefined),
  /** First word (company names: "acme" of "acme widgets"). */
  token: (v) => v.split(/[^\p{L}\p{N}]+/u).find((t) => t.length > 1),
};

export function keyFunction(name: string): KeyFunction | undefined {
  const n = FIRST_N.exec(name);
  if (n) {
    const len = Number(n[1]);
    return (v) => (v.length >= len ? v.slice(0, len) : undefined);
  }
  return KEY_FUNCTIONS[name];
}

export interface KeyRef {
  source: string;
  fn: KeyFunction;
}

export function parseKeyRef(ref: string): KeyRef | string {
  const colon = ref.lastIndexOf(':');
  const source = colon < 0 ? ref : ref.slice(0, colon);
  const fnName = colon < 0 ? 'exact' : ref.slice(colon + 1);
  const fn = keyFunction(fnName);
  if (!fn) return `unknown block key function '${fnName}' in '${ref}'`;
  return { source, fn };
}
