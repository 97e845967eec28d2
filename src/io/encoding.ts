// Text encoding of an input: sniffed from its first bytes, then every chunk is transcoded to UTF-8
// bytes so that the CSV parser can stay in its fast native-buffer mode and the JSON readers can use
// one decoder.

import { isAscii, isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';

/** What the sniffer decided before reading the rest; 'auto' waits for the first non-ASCII byte. */
export type EncodingGuess = 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'auto';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * BOM first, then the zero-byte pattern of BOM-less UTF-16 (ASCII text in UTF-16 has a zero in every
 * other byte), otherwise 'auto': UTF-8 vs Windows-1252 is decided lazily by the transcoder.
 */
export function sniffEncoding(head: Buffer): EncodingGuess {
  if (head.length >= 3 && head[0] === UTF8_BOM[0] && head[1] === UTF8_BOM[1] && head[2] === UTF8_BOM[2]) return 'utf-8-bom';
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = Math.min(head.length, 4096) & ~1;
  if (sample < 4) return 'auto';
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return 'auto';
}

/** Decodes a sample of the head for sniffing the format and delimiter (only ASCII matters there). */
export function sampleText(head: Buffer, guess: EncodingGuess, explicit?: string): string {
  if (explicit) return iconv.decode(head, explicit);
  if (guess === 'utf-16le' || guess === 'utf-16be') return iconv.decode(head, guess);
  return head.toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
}

/** Length of an incomplete UTF-8 sequence at the end of `buf` (0 when it ends on a boundary). */
function incompleteTail(buf: Buffer): number {
  const end = buf.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = buf[end - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that cannot start or continue one. */
function utf8Evidence(buf: Buffer): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < buf.length; ) {
    const lead = buf[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const need = lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    let ok = need > 0 && i + need <= buf.length;
    for (let k = 1; ok && k < need; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * Transcodes any supported input encoding to UTF-8 bytes. In 'auto' mode the bytes pass through
 * while they are ASCII (identical in UTF-8 and Windows-1252); the first non-ASCII run decides: valid
 * UTF-8 → UTF-8, otherwise Windows-1252 (Excel's default "CSV" on Windows). This avoids a sniff
 * window: an accented name on row 40,000 still decides correctly.
 */
export class Transcoder extends Transform {
  /** The encoding that was used, for the report ('utf-8' also for pure ASCII). */
  encoding: string;
  /** Set as soon as a chunk had bytes invalid in the encoding (they become U+FFFD). */
  sawInvalid = false;
  private mode: 'auto' | 'utf-8' | 'iconv';
  private carry: Buffer | null = null;
  private decoder: ReturnType<typeof iconv.getDecoder> | null = null;
  private first = true;

  constructor(guess: EncodingGuess, explicit?: string) {
    super();
    if (explicit) {
      this.encoding = explicit.toLowerCase();
      this.mode = /^utf-?8$/.test(this.encoding) ? 'utf-8' : 'iconv';
      if (this.mode === 'iconv') this.decoder = iconv.getDecoder(explicit);
    } else if (guess === 'utf-16le' || guess === 'utf-16be') {
      this.encoding = guess;
      this.mode = 'iconv';
      this.decoder = iconv.getDecoder(guess);
    } else {
      this.encoding = guess === 'utf-8-bom' ? 'utf-8-bom' : 'utf-8';
      this.mode = guess === 'utf-8-bom' ? 'utf-8' : 'auto';
    }
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.first) {
      this.first = false;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf && this.mode !== 'iconv') {
        chunk = chunk.subarray(3);
      }
    }
    if (this.mode === 'auto') this.decide(chunk);
    if (this.mode === 'iconv') {
      const text = this.decoder!.write(chunk);
      if (text.includes('\uFFFD')) this.sawInvalid = true;
      if (text.length > 0) this.push(Buffer.from(text, 'utf8'));
    } else {
      if (this.mode === 'utf-8') this.checkUtf8(chunk);
      if (chunk.length > 0) this.push(chunk);
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.decoder) {
      const rest = this.decoder.end();
      if (rest) {
        if (rest.includes('\uFFFD')) this.sawInvalid = true;
        this.push(Buffer.from(rest, 'utf8'));
      }
    } else if (this.carry && this.carry.length > 0) {
      this.sawInvalid = true; // the file ends inside a multi-byte sequence
    }
    done();
  }

  private decide(chunk: Buffer): void {
    if (isAscii(chunk)) return;
    let i = 0;
    while (chunk[i]! < 0x80) i++;
    const rest = chunk.subarray(i);
    const complete = rest.subarray(0, rest.length - incompleteTail(rest));
    const evidence = utf8Evidence(complete);
    // Windows-1252 text almost never forms valid multi-byte UTF-8 by chance, so a majority of valid
    // sequences means UTF-8 with a few bad bytes (reported), not Windows-1252.
    if (complete.length === 0 || (evidence.valid > 0 && evidence.valid >= evidence.invalid)) {
      this.mode = 'utf-8';
      return;
    }
    this.mode = 'iconv';
    this.encoding = 'windows-1252';
    // iconv-lite, not TextDecoder: Node 20's TextDecoder('windows-1252') decodes as Latin-1.
    this.decoder = iconv.getDecoder('win1252');
  }

  private checkUtf8(chunk: Buffer): void {
    if (this.sawInvalid) return;
    let bytes = chunk;
    if (this.carry) {
      bytes = Buffer.concat([this.carry, chunk]);
      this.carry = null;
    }
    if (isAscii(bytes)) return;
    const tail = incompleteTail(bytes);
    if (tail > 0) this.carry = Buffer.from(bytes.subarray(bytes.length - tail));
    if (!isUtf8(bytes.subarray(0, bytes.length - tail))) this.sawInvalid = true;
  }
}
