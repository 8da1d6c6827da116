/**
 * The I/O edge of the pipeline: files are read from disk here, and only here, then handed to the pure stages.
 * An unreadable input is reported as one line naming the file; the other inputs go on.
 */
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { readDocument, ReadError, MAX_INPUT_BYTES, type SourceDocument } from '../read/index.ts';
import { extract } from '../extract/index.ts';
import type { Disclosure } from '../model/index.ts';
import type { Io } from './command.ts';

export interface Loaded {
  file: string;
  docs: SourceDocument[];
  disclosure: Disclosure;
}

export async function loadSource(file: string): Promise<SourceDocument> {
  let bytes: Uint8Array;
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw new ReadError(file, 'is a directory, not a file');
    if (s.size > MAX_INPUT_BYTES) throw new ReadError(file, `file too large (${s.size} bytes; the limit is ${MAX_INPUT_BYTES})`);
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new ReadError(file, why);
  }
  const doc = await readDocument(file, bytes);
  doc.sha256 = createHash('sha256').update(bytes).digest('hex');
  return doc;
}

/** Read and extract each file on its own, or all of them as one disclosure (--as-one). */
export async function loadDisclosures(files: string[], asOne: boolean, io: Io): Promise<{ loaded: Loaded[]; failed: number }> {
  const docs: SourceDocument[] = [];
  const loaded: Loaded[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const doc = await loadSource(file);
      if (asOne) docs.push(doc);
      else loaded.push({ file, docs: [doc], disclosure: extract([doc]) });
    } catch (e) {
      failed++;
      io.err(`yusuan: ${file}: ${e instanceof ReadError ? e.message : `unexpected error: ${(e as Error).message}`}`);
    }
  }
  if (asOne && docs.length) loaded.push({ file: docs.map((d) => d.file).join(' + '), docs, disclosure: extract(docs) });
  return { loaded, failed };
}
