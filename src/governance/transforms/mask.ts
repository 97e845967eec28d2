// `mask`: the same masking reports use (`j***@gmail.com`), chosen by the field's role.

import { maskValue } from '../../mask/index.js';
import type { TransformDefinition } from './definition.js';

export const maskTransform: TransformDefinition = {
  id: 'mask',
  description: 'mask the value by its role (j***@gmail.com, ***-***-1234)',
  apply: (value, role) => maskValue(value, role),
};
