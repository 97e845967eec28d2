// Shared paths and a stdin stand-in for the io tests.

import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const FORMATS = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));
export const MALFORMED = fileURLToPath(new URL('../../fixtures/malformed/', import.meta.url));

/** A readable that hands `bytes` over in `size`-byte chunks, to hit every chunk-boundary case. */
export function chunked(bytes: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks, { objectMode: false });
}
