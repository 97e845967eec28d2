// The built-in view transforms, registered exactly as a plugin's would be.

import { Registry } from '../../plugins/registry.js';
import type { TransformDefinition } from './definition.js';
import { dropTransform } from './drop.js';
import { generalizeTransform } from './generalize.js';
import { hashTransform } from './hash.js';
import { keepTransform } from './keep.js';
import { maskTransform } from './mask.js';

export type { TransformDefinition, TransformOptions } from './definition.js';
export { dropTransform, generalizeTransform, hashTransform, keepTransform, maskTransform };

export const builtinTransforms: TransformDefinition[] = [keepTransform, maskTransform, hashTransform, generalizeTransform, dropTransform];

export function createTransformRegistry(): Registry<TransformDefinition> {
  const registry = new Registry<TransformDefinition>('transform');
  for (const t of builtinTransforms) registry.register(t);
  return registry;
}
