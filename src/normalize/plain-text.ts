// The id and text normalizers: whitespace only. An id is a source's own key and a text field is free
// text; changing either beyond spacing would lose information.

import type { NormalizerDefinition } from './definition.js';
import { cleanText } from './whitespace.js';

export const idNormalizer: NormalizerDefinition = {
  id: 'id',
  description: 'Record key: whitespace trimmed and collapsed, nothing else.',
  roles: ['id'],
  normalize: (value) => ({ value: cleanText(value) }),
};

export const textNormalizer: NormalizerDefinition = {
  id: 'text',
  description: 'Free text: whitespace trimmed and collapsed, nothing else.',
  roles: ['text'],
  normalize: (value) => ({ value: cleanText(value) }),
};
