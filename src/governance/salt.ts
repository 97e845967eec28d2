// The salt of every salted hash cdm writes (view `hash` transform, suppression list). It comes only
// from the environment, never from a config file: configs are shared and committed, salts are secrets.

import { ConfigError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';

export { sha256Hex };

export const SALT_ENV = 'CDM_HASH_SALT';

/** The salt from the environment; a ConfigError (exit 2) naming the variable when it is unset. */
export function requireSalt(why: string, env: NodeJS.ProcessEnv = process.env): string {
  const salt = env[SALT_ENV];
  if (salt === undefined || salt === '') {
    throw new ConfigError('privacy.no_salt', `${why} needs a secret salt: set the environment variable ${SALT_ENV} (it is never read from the config file)`);
  }
  return salt;
}

/** Salted SHA-256: the salt is a prefix with a separator that cannot occur in a normalized value. */
export function saltedHash(salt: string, value: string): string {
  return sha256Hex(`${salt}\u0000${value}`);
}

/** A short fingerprint that tells whether the same salt is in use, without revealing it. */
export function saltCheck(salt: string): string {
  return sha256Hex(`cdm/salt-check\u0000${salt}`).slice(0, 16);
}
