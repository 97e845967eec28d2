// Reads a text file a line at a time without holding it whole: a million-row master's
// members.ndjson is ~800 MB, past V8's longest string (~512 MB), so `readFile(…, 'utf8')` of it
// fails. Lines are split on LF in the bytes (UTF-8 never has 0x0A inside a character), then decoded.

import { open } from 'node:fs/promises';
import { InputError } from '../core/errors.js';

const READ_BYTES = 1 << 20;

/** The file's lines, without their LF (a last line without one included), read `readBytes` at a
 * time. Throws InputError `input.unreadable` when the file cannot be opened or read. */
export async function* readLines(path: string, readBytes = READ_BYTES): AsyncGenerator<string> {
  const unreadable = (err: NodeJS.ErrnoException): never => {
    throw new InputError('input.unreadable', `cannot read ${path}: ${err.code ?? String(err)}`, path);
  };
  const handle = await open(path, 'r').catch(unreadable);
  try {
    const buffer = Buffer.allocUnsafe(readBytes);
    // The start of a line that a read cut off, copied out of the reused buffer.
    let carry: Buffer | undefined;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, readBytes, null).catch(unreadable);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      let start = 0;
      for (let lf = chunk.indexOf(10); lf >= 0; lf = chunk.indexOf(10, start)) {
        if (carry === undefined) yield chunk.toString('utf8', start, lf);
        else {
          yield Buffer.concat([carry, chunk.subarray(0, lf)]).toString('utf8');
          carry = undefined;
        }
        start = lf + 1;
      }
      if (start < bytesRead) carry = Buffer.concat(carry === undefined ? [chunk.subarray(start)] : [carry, chunk.subarray(start)]);
    }
    if (carry !== undefined) yield carry.toString('utf8');
  } finally {
    await handle.close();
  }
}
