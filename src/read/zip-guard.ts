/**
 * A ZIP container (DOCX, XLSX) is checked before any library inflates it: the central directory must be
 * intact, the declared uncompressed sizes must stay under a limit and under an absurd compression ratio, and
 * every entry is inflated here with an output cap of its declared size, so an archive that lies about its sizes
 * (a zip bomb) is refused too.
 */
import { inflateRawSync } from 'node:zlib';
import { ReadError } from './document.ts';

/** Total uncompressed size refused above this. */
export const MAX_UNCOMPRESSED = 200 * 1024 * 1024;
/** Compression ratio refused above this for entries larger than RATIO_FLOOR (XML compresses about 10–30×). */
export const MAX_RATIO = 500;
const RATIO_FLOOR = 1024 * 1024;
const MAX_ENTRIES = 20_000;

export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
  /** the unpacked bytes, for the entries guardZip was asked to keep */
  data?: Uint8Array;
}

/** The central directory's entries; a ReadError if the archive is truncated or not a ZIP. */
export function zipEntries(file: string, b: Uint8Array): ZipEntry[] {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ReadError(file, 'broken or truncated file (the ZIP directory at its end is missing)');
  const count = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ReadError(file, 'a ZIP64 archive: far larger than any office document (refused)');
  if (count > MAX_ENTRIES) throw new ReadError(file, `the archive holds ${count} files (refused)`);
  if (cdOffset + cdSize > eocd) throw new ReadError(file, 'broken or truncated file (the ZIP directory points outside the file)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || dv.getUint32(p, true) !== 0x02014b50) throw new ReadError(file, 'broken or truncated file (bad ZIP directory entry)');
    const method = dv.getUint16(p + 10, true);
    const compressed = dv.getUint32(p + 20, true);
    const size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const localOffset = dv.getUint32(p + 42, true);
    const name = new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff || compressed === 0xffffffff) throw new ReadError(file, `ZIP entry ${name} declares a size over 4 GB (refused)`);
    entries.push({ name, method, compressed, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Refuse archives that would inflate to more than MAX_UNCOMPRESSED or at an absurd ratio, and prove the
 * declared sizes by inflating each entry with its declared size as the cap.
 */
export function guardZip(file: string, b: Uint8Array, keep: (name: string) => boolean = () => false): ZipEntry[] {
  const entries = zipEntries(file, b);
  const total = entries.reduce((a, e) => a + e.size, 0);
  if (total > MAX_UNCOMPRESSED) {
    throw new ReadError(
      file,
      `the archive would unpack to ${Math.round(total / 1048576)} MB (limit ${MAX_UNCOMPRESSED / 1048576} MB): refused as a possible zip bomb`,
    );
  }
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (const e of entries) {
    if (e.size > RATIO_FLOOR && e.size > MAX_RATIO * Math.max(1, e.compressed)) {
      throw new ReadError(
        file,
        `ZIP entry ${e.name} has an absurd compression ratio (${Math.round(e.size / Math.max(1, e.compressed))}:1): refused as a possible zip bomb`,
      );
    }
    const lh = e.localOffset;
    if (lh + 30 > b.length || dv.getUint32(lh, true) !== 0x04034b50) throw new ReadError(file, `broken or truncated file (ZIP entry ${e.name} is missing)`);
    const start = lh + 30 + dv.getUint16(lh + 26, true) + dv.getUint16(lh + 28, true);
    if (start + e.compressed > b.length) throw new ReadError(file, `broken or truncated file (ZIP entry ${e.name} is cut off)`);
    if (e.method === 0) {
      if (e.compressed !== e.size) throw new ReadError(file, `broken ZIP entry ${e.name} (stored with inconsistent sizes)`);
      if (keep(e.name)) e.data = b.subarray(start, start + e.size);
    } else if (e.method === 8) {
      try {
        const out = inflateRawSync(b.subarray(start, start + e.compressed), { maxOutputLength: Math.max(1, e.size) + 16 });
        if (out.length !== e.size) throw new Error('size mismatch');
        if (keep(e.name)) e.data = out;
      } catch (err) {
        const msg = (err as Error).message ?? '';
        if (/maxOutputLength|buffer|size mismatch|RangeError/i.test(msg) || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ReadError(file, `ZIP entry ${e.name} unpacks to more than it declares: refused as a possible zip bomb`);
        }
        throw new ReadError(file, `broken or truncated file (ZIP entry ${e.name} cannot be unpacked: ${msg})`);
      }
    } else {
      throw new ReadError(file, `ZIP entry ${e.name} uses compression method ${e.method}, which office files do not use`);
    }
  }
  return entries;
}

/** Refuse an archive whose entries matching `which` hold more than `limit` bytes of XML together. */
export function limitXml(file: string, entries: ZipEntry[], which: RegExp, limit: number, what: string): void {
  const total = entries.filter((e) => which.test(e.name)).reduce((a, e) => a + e.size, 0);
  if (total > limit) {
    throw new ReadError(
      file,
      `${what} holds ${Math.round(total / 1048576)} MB of XML (at most ${Math.round(limit / 1048576)} MB are read): far larger than any disclosure, refused`,
    );
  }
}
