// The built-in survivorship strategies. They register through the same registry plugins use.

import { Registry } from '../plugins/registry.js';
import type { SurvivorshipDefinition } from './definition.js';
import { firstNonNull } from './strategies/first-non-null.js';
import { longest } from './strategies/longest.js';
import { mostComplete } from './strategies/most-complete.js';
import { mostFrequent } from './strategies/most-frequent.js';
import { mostRecent } from './strategies/most-recent.js';
import { mostRestrictive } from './strategies/most-restrictive.js';
import { recentThenFrequent } from './strategies/recent-then-frequent.js';
import { sourcePriority } from './strategies/source-priority.js';

export const builtinSurvivorship: readonly SurvivorshipDefinition[] = [
  mostRecent,
  mostFrequent,
  mostComplete,
  sourcePriority,
  longest,
  firstNonNull,
  mostRestrictive,
  recentThenFrequent,
];

/** A registry holding the built-ins; plugins register into it afterwards (same id replaces). */
export function createSurvivorshipRegistry(): Registry<SurvivorshipDefinition> {
  const registry = new Registry<SurvivorshipDefinition>('survivorship');
  for (const definition of builtinSurvivorship) registry.register(definition);
  return registry;
}
