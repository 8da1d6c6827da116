/**
 * A PDF's Flate and LZW streams are checked before pdf.js opens the file: pdf.js decodes a stream whole, into
 * memory, so a 1 MB file whose one stream expands to 1 GB would cost gigabytes. Each /FlateDecode stream is inflated
 * here with an output cap (zlib stops at the cap: nothing beyond it is allocated); each /LZWDecode stream's decoded
 * size is counted from its codes without decoding it (lzwSize). The file is refused when one stream or all of them
 * together expand past their limits. Streams in other filters (DCT images …) are not expanded here; broken or
 * encrypted streams are left to pdf.js, which reports them.
 */
import { constants, inflateSync } from 'node:zlib';
import { ReadError } from '../document.ts';

/** One stream: a scanned A4 page at 600 dpi in RGB is about 100 MB. */
export const MAX_PDF_STREAM = 128 * 1024 * 1024;
/** All Flate and LZW streams of a file together. */
export const MAX_PDF_INFLATED = 1024 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');

/** The expanding filter the dictionary just before `at` names (Flate first where both are chained), with LZW's EarlyChange. */
function filterOf(b: Buffer, at: number): { flate: true } | { lzw: true; earlyChange: 0 | 1 } | undefined {
  const head = b.subarray(Math.max(0, at - 512), at).toString('latin1');
  const dict = head.slice(head.lastIndexOf(' obj') + 1);
  if (/\/(FlateDecode|Fl)\b/.test(dict)) return { flate: true };
  if (/\/(LZWDecode|LZW)\b/.test(dict)) return { lzw: true, earlyChange: /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1 };
  return undefined;
}

/**
 * The size LZW data decodes to, counted without decoding (PDF 32000 §7.4.4: 9- to 12-bit codes, 256 clears the
 * table, 257 ends the data, each new entry one byte longer than the one it extends), stopping past `cap`; -1 for an
 * impossible code (pdf.js will say what is wrong). A code's length is all the output needs, so no byte is allocated.
 */
export function lzwSize(data: Uint8Array, cap: number, earlyChange: 0 | 1 = 1): number {
  const length = new Uint32Array(4097);
  const lengthOf = (code: number) => (code < 256 ? 1 : length[code]);
  let next = 258;
  let width = 9;
  let prev = -1;
  let out = 0;
  let buffer = 0;
  let bits = 0;
  for (const byte of data) {
    buffer = ((buffer << 8) | byte) & 0xffffff;
    bits += 8;
    while (bits >= width) {
      bits -= width;
      const code = (buffer >>> bits) & ((1 << width) - 1);
      if (code === 256) {
        [next, width, prev] = [258, 9, -1];
        continue;
      }
      if (code === 257) return out;
      let n: number;
      if (code < 256 || code < next) n = lengthOf(code);
      else if (code === next && prev >= 0)
        n = lengthOf(prev) + 1; // the entry being made (KwKwK)
      else return -1;
      out += n;
      if (out > cap) return out;
      if (prev >= 0 && next < 4096) {
        length[next++] = lengthOf(prev) + 1;
        if (next + earlyChange >= 1 << width && width < 12) width++;
      }
      prev = code;
    }
  }
  return out;
}

/** The size a stream inflates to, or -1 when it is not valid Flate data (pdf.js will say so). */
function inflatedSize(data: Buffer, cap: number): number {
  try {
    return inflateSync(data, { maxOutputLength: cap + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return cap + 1;
    return -1;
  }
}

export function guardPdfStreams(file: string, bytes: Uint8Array): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = b.indexOf(STREAM); at >= 0; at = b.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && b.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (b[start] === 0x0d) start++;
    if (b[start] === 0x0a) start++;
    const end = b.indexOf(END, start);
    if (end < 0) break;
    const filter = filterOf(b, at);
    if (!filter) continue;
    const data = b.subarray(start, end);
    const size = 'flate' in filter ? inflatedSize(data, MAX_PDF_STREAM) : lzwSize(data, MAX_PDF_STREAM, filter.earlyChange);
    if (size > MAX_PDF_STREAM) {
      throw new ReadError(file, `a compressed stream in the PDF expands to more than ${MAX_PDF_STREAM / 1048576} MB: refused as a possible decompression bomb`);
    }
    total += Math.max(0, size);
    if (total > MAX_PDF_INFLATED) {
      throw new ReadError(
        file,
        `the PDF's compressed streams expand to more than ${MAX_PDF_INFLATED / 1048576} MB together: refused as a possible decompression bomb`,
      );
    }
    at = end;
  }
}
