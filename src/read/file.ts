/**
 * Reading an input file's bytes, bounded before anything is allocated: the file is opened without blocking (a FIFO
 * would otherwise wait for a writer for ever), and its type and size are taken from the open descriptor (fstat),
 * so a symlink to /dev/zero, a FIFO or a socket is refused, and a file over the limit is refused unread.
 */
import { open } from 'node:fs/promises';
import { constants } from 'node:fs';
import { ReadError } from './document.ts';

/** Files larger than this are refused before reading: no disclosure is anywhere near it. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** A plain-words reason for a failed open/read (ENOENT → "no such file"). */
export function ioReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'a symbolic link that loops (not followed)';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    default:
      return `cannot read: ${err.code ?? err.message}`;
  }
}

/** The bytes of a regular file of at most `limit` bytes; a ReadError otherwise. */
export async function readInputFile(file: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  let fh;
  try {
    fh = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new ReadError(file, ioReason(e));
  }
  try {
    const s = await fh.stat();
    if (s.isDirectory()) throw new ReadError(file, 'is a directory, not a file');
    if (!s.isFile()) throw new ReadError(file, 'not a regular file (a device, FIFO or socket): refused');
    if (s.size === 0) throw new ReadError(file, 'empty file');
    if (s.size > limit) throw new ReadError(file, `file too large (${s.size} bytes; the limit is ${limit})`);
    // read what fstat announced and no more: a file that grows while read is cut at its size when opened
    const bytes = new Uint8Array(s.size);
    let got = 0;
    while (got < bytes.length) {
      const { bytesRead } = await fh.read(bytes, got, bytes.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return got === bytes.length ? bytes : bytes.subarray(0, got);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(file, ioReason(e));
  } finally {
    await fh.close();
  }
}
