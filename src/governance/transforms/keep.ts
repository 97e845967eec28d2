// `keep`: the value as the golden record has it (the view only decides that the field is shown).

import type { TransformDefinition } from './definition.js';

export const keepTransform: TransformDefinition = {
  id: 'keep',
  description: 'show the golden value unchanged',
  apply: (value) => value,
};
