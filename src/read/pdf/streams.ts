/**
 * A PDF's Flate streams are checked before pdf.js opens the file: pdf.js inflates a stream whole, into memory,
 * so a 1 MB file whose one stream expands to 1 GB would cost gigabytes. Each /FlateDecode stream is inflated here
 * with an output cap (zlib stops at the cap: nothing beyond it is allocated), and the file is refused when one
 * stream or all of them together expand past their limits. Streams in other filters (DCT images, LZW) are not
 * inflated here; broken or encrypted streams are left to pdf.js, which reports them.
 */
import { constants, inflateSync } from 'node:zlib';
import { ReadError } from '../document.ts';

/** One stream: a scanned A4 page at 600 dpi in RGB is about 100 MB. */
export const MAX_PDF_STREAM = 128 * 1024 * 1024;
/** All Flate streams of a file together. */
export const MAX_PDF_INFLATED = 1024 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');

/** Whether the dictionary just before `at` names the Flate filter. */
function isFlate(b: Buffer, at: number): boolean {
  const head = b.subarray(Math.max(0, at - 512), at).toString('latin1');
  const dict = head.slice(head.lastIndexOf(' obj') + 1);
  return /\/(FlateDecode|Fl)\b/.test(dict);
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
    if (!isFlate(b, at)) continue;
    const size = inflatedSize(b.subarray(start, end), MAX_PDF_STREAM);
    if (size > MAX_PDF_STREAM) {
      throw new ReadError(file, `a compressed stream in the PDF expands to more than ${MAX_PDF_STREAM / 1048576} MB: refused as a possible decompression bomb`);
    }
    total += Math.max(0, size);
    if (total > MAX_PDF_INFLATED) {
      throw new ReadError(file, `the PDF's compressed streams expand to more than ${MAX_PDF_INFLATED / 1048576} MB together: refused as a possible decompression bomb`);
    }
    at = end;
  }
}
