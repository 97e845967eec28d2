// `hash`: salted SHA-256 of the value, so that a department can join on a person without seeing
// them. Emails are compared case-insensitively everywhere in cdm, so they are lower-cased first.

import { saltedHash } from '../salt.js';
import type { TransformDefinition } from './definition.js';

export const hashTransform: TransformDefinition = {
  id: 'hash',
  description: 'salted SHA-256 of the value (salt from CDM_HASH_SALT)',
  needsSalt: true,
  apply(value, role, options) {
    const salt = options.salt;
    if (typeof salt !== 'string' || salt === '') throw new Error('hash transform called without a salt');
    const canonical = role === 'email' ? value.trim().toLowerCase() : value.trim();
    return saltedHash(salt, canonical);
  },
};
