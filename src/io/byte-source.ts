// Opens an input (a file, or '-' for standard input) as a stream of bytes: hashed and counted as
// read, gunzipped when it carries the gzip magic bytes, with the first chunk held back for sniffing.

import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../core/errors.js';

/** How much of the (decompressed) start of an input the sniffers look at. */
export const SNIFF_BYTES = 64 * 1024;

export interface ByteSource {
  /** The first bytes (at least SNIFF_BYTES unless the input is shorter), already decompressed. */
  head: Buffer;
  /** All bytes, head included, decompressed. */
  stream: Readable;
  gzipped: boolean;
  /** Raw bytes read so far and their sha256; complete once `stream` has ended. */
  digest: { hash: Hash; bytes: number };
}

async function* hashed(raw: AsyncIterable<Buffer>, digest: { hash: Hash; bytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of raw) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    digest.hash.update(buf);
    digest.bytes += buf.length;
    yield buf;
  }
}

/** Reads at least `min` bytes from `source` and returns them with a stream that replays them first. */
async function peek(source: AsyncIterable<Buffer>, min: number): Promise<{ head: Buffer; stream: Readable }> {
  const it = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < min) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, stream: Readable.from(replay(), { objectMode: false }) };
}

function unreadable(source: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'does not exist' : code === 'EACCES' || code === 'EPERM' ? 'is not readable (permission denied)' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? String(err)})`;
  return new InputError('input.unreadable', `Input ${source} ${why}; check the path and its permissions.`, source);
}

async function openRaw(source: string, stdin: NodeJS.ReadableStream): Promise<AsyncIterable<Buffer>> {
  if (source === '-') return stdin as AsyncIterable<Buffer>;
  try {
    const handle = await open(source, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    }
    return handle.createReadStream({ highWaterMark: SNIFF_BYTES });
  } catch (err) {
    throw unreadable(source, err);
  }
}

/** Magic bytes of a workbook (xlsx, ods, numbers: a ZIP file; xls: an OLE2 compound file). Read as
 * text, either gives hundreds of garbage rows, every one quarantined. */
const WORKBOOK_MAGIC: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
];

function refuseSpreadsheet(source: string, head: Buffer): void {
  if (!WORKBOOK_MAGIC.some((magic) => head.length >= magic.length && magic.every((b, i) => head[i] === b))) return;
  throw new InputError(
    'input.spreadsheet',
    `Input ${source} is a spreadsheet workbook (Excel or a ZIP archive), not CSV or JSON; save the sheet as CSV (UTF-8) and give that file.`,
    source,
  );
}

export async function openByteSource(source: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<ByteSource> {
  const raw = await openRaw(source, stdin);
  const digest = { hash: createHash('sha256'), bytes: 0 };
  let peeked: { head: Buffer; stream: Readable };
  try {
    peeked = await peek(hashed(raw, digest), SNIFF_BYTES);
  } catch (err) {
    throw unreadable(source, err);
  }
  refuseSpreadsheet(source, peeked.head);
  const gzipped = peeked.head.length >= 2 && peeked.head[0] === 0x1f && peeked.head[1] === 0x8b;
  if (!gzipped) return { ...peeked, gzipped, digest };
  const gunzip = createGunzip();
  peeked.stream.on('error', (err) => gunzip.destroy(err));
  let inner: { head: Buffer; stream: Readable };
  try {
    inner = await peek(peeked.stream.pipe(gunzip), SNIFF_BYTES);
  } catch (err) {
    throw new InputError('input.gzip_corrupt', `Input ${source} looks gzip-compressed but cannot be decompressed (${(err as Error).message}); re-compress it or pass it uncompressed.`, source);
  }
  return { ...inner, gzipped, digest };
}
