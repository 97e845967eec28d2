// The built-in rules, registered through the same registry plugins use.

import { Registry } from '../plugins/registry.js';
import type { RuleDefinition } from './definition.js';
import { dobRule } from './rules/dob.js';
import { emailRule } from './rules/email.js';
import { enumRule } from './rules/enum.js';
import { junkRule } from './rules/junk.js';
import { lengthRule } from './rules/length.js';
import { nameConflictRule } from './rules/name-conflict.js';
import { patternRule } from './rules/pattern.js';
import { rangeRule } from './rules/range.js';
import { requiredRule } from './rules/required.js';
import { ssnRule } from './rules/ssn.js';
import { stateZipRule } from './rules/state-zip.js';
import { identifiableRule } from './rules/unidentifiable.js';
import { uniqueRule } from './rules/unique.js';

export const builtinRules: readonly RuleDefinition[] = [
  requiredRule,
  uniqueRule,
  patternRule,
  enumRule,
  lengthRule,
  rangeRule,
  junkRule,
  emailRule,
  dobRule,
  ssnRule,
  stateZipRule,
  nameConflictRule,
  identifiableRule,
];

/** A rule registry holding the built-ins; plugins register into it afterwards. */
export function createRuleRegistry(): Registry<RuleDefinition> {
  const registry = new Registry<RuleDefinition>('rule');
  for (const rule of builtinRules) registry.register(rule);
  return registry;
}
