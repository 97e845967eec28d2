// SHA-256 of a string, as hex: golden ids, salted hashes, audit chains, file digests of outputs.
// crypto.hash (Node >= 20.12) hashes a string in one call, several times faster than a Hash object
// per value (a golden id per cluster is half a million calls at 1M rows); older Node 20 releases
// take the Hash object. Strings are hashed as UTF-8 either way.

import * as crypto from 'node:crypto';

const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
