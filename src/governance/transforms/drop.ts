// `drop`: the field is named in the view (so the choice is explicit and reviewable) but never written.

import type { TransformDefinition } from './definition.js';

export const dropTransform: TransformDefinition = {
  id: 'drop',
  description: 'leave the field out of the view',
  removesField: true,
  apply: () => '',
};
