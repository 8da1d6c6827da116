/**
 * The I/O edge of the pipeline: files are read from disk here, and only here, then handed to the pure stages.
 * An unreadable input is reported as one line naming the file; the other inputs go on.
 */
import { createHash } from 'node:crypto';
import { readDocument, readInputFile, ReadError, type SourceDocument } from '../read/index.ts';
import { decodeText } from '../read/decode.ts';
import { extract } from '../extract/index.ts';
import type { Disclosure } from '../model/index.ts';
import { UsageError, type Io } from './command.ts';
import { failureLine } from '../read/failure.ts';

export interface Loaded {
  file: string;
  docs: SourceDocument[];
  disclosure: Disclosure;
}

/** Read one file (bytes already read may be passed: `import` hashes them first). */
export async function loadSource(file: string, read?: Uint8Array): Promise<SourceDocument> {
  const bytes = read ?? (await readInputFile(file));
  const doc = await readDocument(file, bytes);
  doc.sha256 = createHash('sha256').update(bytes).digest('hex');
  return doc;
}

/** A model file (JSON or YAML) is a few hundred KB; far larger is not one. */
export const MAX_MODEL_BYTES = 20 * 1024 * 1024;

/** A model file (what `yusuan parse` or `yusuan template` prints) in any text encoding → a valid Disclosure, or a ReadError. */
export async function loadModel(file: string, read?: Uint8Array): Promise<Disclosure> {
  const bytes = read ?? (await readInputFile(file, MAX_MODEL_BYTES));
  if (bytes.length > MAX_MODEL_BYTES) throw new ReadError(file, `too large for a model (${bytes.length} bytes; the limit is ${MAX_MODEL_BYTES})`);
  const decoded = decodeText(bytes);
  if (!decoded) throw new ReadError(file, 'not a text file in UTF-8, UTF-16 or GB18030/GBK (binary data?)');
  const { parseModel, ModelError } = await import('../write/input.ts');
  try {
    return parseModel(decoded.text);
  } catch (e) {
    if (e instanceof ModelError) throw new ReadError(file, e.message);
    throw e;
  }
}

/** Files read ahead of the one being extracted (each holds its bytes and text in memory until its turn). */
const READ_AHEAD = 2;

/** Read and extract each file on its own, or all of them as one disclosure (--as-one). */
export async function loadDisclosures(files: string[], asOne: boolean, io: Io): Promise<{ loaded: Loaded[]; failed: number }> {
  if (!files.length) throw new UsageError('no input file');
  const docs: SourceDocument[] = [];
  const loaded: Loaded[] = [];
  let failed = 0;
  // the next files are read while this one is extracted: a PDF's text comes from a pdftotext subprocess, which
  // then runs on the other core instead of after the extraction; results are taken in the order given
  const reading = files.map(() => undefined as Promise<SourceDocument> | undefined);
  const readAt = (i: number) => {
    if (i < files.length && !reading[i]) (reading[i] = loadSource(files[i])).catch(() => {});
  };
  for (const [i, file] of files.entries()) {
    readAt(i);
    for (let k = 1; k <= READ_AHEAD; k++) readAt(i + k);
    try {
      const doc = await reading[i]!;
      reading[i] = undefined;
      if (asOne) docs.push(doc);
      else loaded.push({ file, docs: [doc], disclosure: extract([doc]) });
    } catch (e) {
      failed++;
      io.err(failureLine(file, e));
    }
  }
  if (asOne && docs.length) loaded.push({ file: docs.map((d) => d.file).join(' + '), docs, disclosure: extract(docs) });
  return { loaded, failed };
}
